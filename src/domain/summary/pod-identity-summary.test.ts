import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema'
import { podIdentityTestConfig } from '../test-configs'
import { summarizeRole } from './role-summary'

describe('the review summary with EKS Pod Identity', () => {
  it('says which clusters and namespaces, how pods are recognised, and the associations', () => {
    const { can, cannot } = summarizeRole(configSchema.parse(podIdentityTestConfig()))
    expect(can).toContain(
      'Can be assumed through EKS Pod Identity by EMR on EKS jobs run with this role in namespaces spark-jobs and etl of cluster analytics',
    )
    expect(can).toContain('Can be assumed through EKS Pod Identity by EMR on EKS jobs run with this role in namespace spark-jobs of cluster reporting')
    expect(can.join('\n')).toContain('one of 6 names computed for this role')
    expect(can.join('\n')).toContain('Is given to pods by 18 EKS Pod Identity associations')
    expect(can.join('\n')).not.toContain('OIDC')
    expect(cannot.join('\n')).toContain('before emr-7.3.0')
    expect(cannot.join('\n')).toContain('Cannot be assumed from another cluster, namespace, account or region')
  })
})
