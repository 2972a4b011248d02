import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

const SPARK = (component: string) => `emr-containers-sa-spark-${component}-123456789012-16o0gwny3p`

test('EKS Pod Identity: a role built in the wizard, its trust policy and associations in the Download all zip', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await fillRoleStep(page, { region: 'us-west-2', accountId: '123456789012', roleName: 'myrole' })
  await next(page)

  const credentials = page.getByRole('radiogroup', { name: 'How job pods get the role’s credentials' })
  await expect(credentials.getByRole('radio', { name: 'IAM roles for service accounts (IRSA)' })).toBeChecked()
  await credentials.getByRole('radio', { name: 'EKS Pod Identity' }).check()
  // No OIDC issuer with Pod Identity.
  await expect(page.getByLabel('OIDC issuer (pair 1)')).toHaveCount(0)
  await page.getByLabel('EKS cluster name (pair 1)').fill('analytics')
  await page.getByLabel('Namespace (pair 1)').fill('spark-jobs')
  await page.getByRole('button', { name: 'Add cluster and namespace' }).click()
  await page.getByLabel('EKS cluster name (pair 2)').fill('reporting')
  await page.getByLabel('Namespace (pair 2)').fill('etl')
  await next(page)
  await page.getByRole('radio', { name: 'None' }).check()

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download all (.zip)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('myrole.zip')
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  const text = (name: string) => new TextDecoder().decode(files[`myrole/${name}`])

  const statement = (cluster: string, namespace: string, index: number) => ({
    Sid: `PodIdentity${index}`,
    Effect: 'Allow',
    Principal: { Service: 'pods.eks.amazonaws.com' },
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    Condition: {
      StringEquals: {
        'aws:RequestTag/eks-cluster-arn': `arn:aws:eks:us-west-2:123456789012:cluster/${cluster}`,
        'aws:RequestTag/kubernetes-namespace': namespace,
        'aws:RequestTag/kubernetes-service-account': [SPARK('client'), SPARK('driver'), SPARK('executor')],
      },
    },
  })
  expect(JSON.parse(text('myrole-trust-policy.json'))).toEqual({
    Version: '2012-10-17',
    Statement: [statement('analytics', 'spark-jobs', 1), statement('reporting', 'etl', 2)],
  })

  const script = text('create-myrole.sh')
  for (const component of ['client', 'driver', 'executor']) {
    expect(script).toContain(`\nanalytics\tspark-jobs\t${SPARK(component)}\n`)
    expect(script).toContain(`\nreporting\tetl\t${SPARK(component)}\n`)
  }
  expect(script).toContain('eks create-pod-identity-association --region="$region" --cluster-name="$cluster"')
  expect(script).toContain('eks list-pod-identity-associations')
  expect(script).not.toContain('update-role-trust-policy')
  expect(text('myrole.cfn.yaml').match(/Type: "AWS::EKS::PodIdentityAssociation"/g)).toHaveLength(6)
  expect(text('myrole.tf')).toContain(`"reporting/etl/${SPARK('executor')}" = {`)
  expect(text('myrole.tf')).toContain('resource "aws_eks_pod_identity_association" "job" {')
  expect(JSON.parse(text('myrole-config.json'))).toMatchObject({ config: { eksCredentials: 'pod-identity' } })
})
