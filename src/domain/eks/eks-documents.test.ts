import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { configSchema, type Config } from '../config/schema'
import { eksTestConfig, TEST_CONTEXT } from '../test-configs'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import { buildEksDocuments } from './eks-documents'
import { buildCliTrustStatement } from './eks-trust'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')

const golden = (name: string, actual: unknown) => expectGolden(join(GOLDEN_DIR, `${name}.json`), asGoldenJson(actual))

const build = (config: Config) => buildEksDocuments(configSchema.parse(config))

const ISSUERS = {
  aws: ['oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E', 'oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF', 'oidc.eks.ap-southeast-3.amazonaws.com/id/FEDCBA9876543210FEDCBA9876543210'],
  'aws-cn': ['oidc.eks.cn-north-1.amazonaws.com.cn/id/F3FBBFA3747271100017387E04494B5C', 'oidc.eks.cn-northwest-1.amazonaws.com.cn/id/0123456789ABCDEF0123456789ABCDEF', 'oidc.eks.cn-north-1.amazonaws.com.cn/id/AAAABBBBCCCCDDDDEEEEFFFF00001111'],
  'aws-us-gov': ['oidc.eks.us-gov-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E', 'oidc.eks.us-gov-east-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF', 'oidc.eks.us-gov-west-1.amazonaws.com/id/FEDCBA9876543210FEDCBA9876543210'],
}
const REGIONS = { aws: 'us-west-2', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' }

function pairs(partition: keyof typeof ISSUERS, count: number): EksConfig['clusters'] {
  return ISSUERS[partition].slice(0, count).map((issuer, i) => ({
    clusterName: `cluster-${i + 1}`,
    namespace: ['spark-jobs', 'team-b', 'etl'][i] ?? 'x',
    oidcIssuer: i === 0 ? `https://${issuer}` : issuer,
    accountId: '',
  }))
}

describe('EMR on EKS trust policy (golden files)', () => {
  for (const partition of ['aws', 'aws-cn', 'aws-us-gov'] as const) {
    for (const count of [1, 3]) {
      it(`${count} pair(s) in ${partition}`, () => {
        const config = eksTestConfig({ region: REGIONS[partition] }, { clusters: pairs(partition, count) })
        golden(`trust-${partition}-${count}-pairs`, build(config).trustPolicy)
      })
    }
  }

  it('with the aud condition and the operator and Livy service accounts', () => {
    const config = eksTestConfig({}, {
      requireAudience: true,
      serviceAccounts: { sparkOperator: true, flinkOperator: true, livy: true },
    })
    golden('trust-aws-1-pair-aud-operators', build(config).trustPolicy)
  })
})

describe('the CLI statement', () => {
  it('matches domain-facts §1.2’s full example, key for key', () => {
    const statement = buildCliTrustStatement(
      { clusterName: 'c', namespace: 'spark-jobs', oidcIssuer: 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E/', accountId: '' },
      'myrole',
      TEST_CONTEXT,
    )
    expect(statement).toStrictEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringLike: {
          'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E:sub':
            'system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p',
        },
      },
    })
    expect(Object.keys(statement)).toEqual(['Effect', 'Principal', 'Action', 'Condition'])
  })

  it('names the role’s own account in the principal and the pattern, whatever an older cluster answer says', () => {
    const statement = buildCliTrustStatement(
      { clusterName: 'c', namespace: 'ns', oidcIssuer: ISSUERS.aws[0] ?? '', accountId: '210987654321' },
      'myrole',
      TEST_CONTEXT,
    )
    expect(JSON.stringify(statement)).toContain('arn:aws:iam::123456789012:oidc-provider/')
    expect(JSON.stringify(statement)).toContain('emr-containers-sa-*-*-123456789012-16o0gwny3p')
    expect(JSON.stringify(statement)).not.toContain('210987654321')
  })

  it('lists the CLI command for each pair', () => {
    const docs = build(eksTestConfig())
    expect(docs.cliCommands).toEqual([
      'aws emr-containers update-role-trust-policy \\\n  --cluster-name=analytics \\\n  --namespace=spark-jobs \\\n  --role-name=myrole \\\n  --region=us-west-2',
    ])
  })

  it('passes a role name that starts with "-" as a value, never as an option, in one shell word', () => {
    const [command] = build(eksTestConfig({ roleName: '-team=a,b@c' })).cliCommands
    const words = execFileSync('bash', ['-c', `printf '%s\\n' ${(command ?? '').replace(/^aws /, '')}`], { encoding: 'utf8' })
    expect(words.trim().split('\n')).toEqual([
      'emr-containers',
      'update-role-trust-policy',
      '--cluster-name=analytics',
      '--namespace=spark-jobs',
      '--role-name=-team=a,b@c',
      '--region=us-west-2',
    ])
  })
})

describe('StartJobRun policy (golden files)', () => {
  const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
    submitters: {
      enabled: true,
      virtualClusterIds: [{ id: 'a1b2c3d4e5f6g7h8i9j0k1l2m' }],
      limit: 'roles',
      roleArns: [{ arn: 'arn:aws:iam::123456789012:role/team-b-execution' }],
      rolePrefix: 'analytics-',
      conditionOperators: 'string',
      ...overrides,
    },
  })
  it.each<[string, Partial<EksConfig['submitters']>]>([
    ['two-roles-string', {}],
    ['two-roles-arn', { conditionOperators: 'arn' }],
    ['prefix-string', { limit: 'prefix' }],
    ['prefix-arn', { limit: 'prefix', conditionOperators: 'arn' }],
    ['two-virtual-clusters-no-limit', { limit: 'none', virtualClusterIds: [{ id: 'zzz111' }, { id: 'aaa222' }] }],
  ])('%s', (name, overrides) => {
    golden(`startjobrun-${name}`, build(eksTestConfig({}, submitters(overrides))).submitterPolicy)
  })

  it('is left out when turned off', () => {
    expect(build(eksTestConfig()).submitterPolicy).toBeNull()
  })
})

describe('EMR on EKS permissions policy (golden files)', () => {
  it('S3, Glue and CloudWatch Logs with CreateLogGroup', () => {
    const config = eksTestConfig(
      { glueAccess: 'read', buckets: [{ name: 'amzn-example-data', prefix: 'jobs/', access: 'read-write' }] },
      { logs: { enabled: true, logGroupName: '/emr-on-eks/spark', logStreamPrefix: 'analytics', createLogGroup: true } },
    )
    golden('permissions-s3-glue-logs', build(config).permissionsPolicy)
  })
})
