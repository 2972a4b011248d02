import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { downloadDocument, goToStep } from './helpers'

/** What `aws iam get-role` and `aws iam get-role-policy` print for an EMR Serverless role, pasted one after the other. */
const SERVERLESS_ROLE = `${JSON.stringify({
  Role: {
    Path: '/',
    RoleName: 'SparkRuntimeRole',
    RoleId: 'AROADBQP57FF2AEXAMPLE',
    Arn: 'arn:aws:iam::111122223333:role/SparkRuntimeRole',
    CreateDate: '2026-04-18T05:01:58+00:00',
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EMRServerlessTrustPolicy',
          Effect: 'Allow',
          Principal: { Service: 'emr-serverless.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'aws:SourceAccount': '111122223333' },
            ArnEquals: { 'aws:SourceArn': 'arn:aws:emr-serverless:us-west-2:111122223333:/applications/00fexample1111111' },
          },
        },
      ],
    },
    MaxSessionDuration: 3600,
  },
}, null, 4)}
${JSON.stringify({
  RoleName: 'SparkRuntimeRole',
  PolicyName: 'SparkRuntimePolicy',
  PolicyDocument: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadWriteOutput', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::amzn-example-output', 'arn:aws:s3:::amzn-example-output/*'] },
      { Sid: 'DynamoDBEverything', Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
    ],
  },
}, null, 4)}`

/** An EMR on EKS role after \`aws emr-containers update-role-trust-policy\` (get-role only). */
const EKS_ROLE = JSON.stringify({
  Role: {
    Path: '/',
    RoleName: 'myrole',
    Arn: 'arn:aws:iam::123456789012:role/myrole',
    AssumeRolePolicyDocument: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E' },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringLike: {
              'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E:sub':
                'system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p',
            },
          },
        },
      ],
    },
  },
})

async function startFromRole(page: Page, text: string) {
  await page.getByRole('button', { name: 'Start from an existing role' }).click()
  const dialog = page.getByRole('dialog', { name: 'Start from an existing role' })
  await dialog.getByLabel('Paste get-role, get-role-policy, list-attached-role-policies, a CloudFormation or Terraform role').fill(text)
  await dialog.getByRole('button', { name: 'Read role' }).click()
  return dialog
}

test('an EMR Serverless role’s get-role and get-role-policy output fills the wizard, and its broader statement is kept as an edited document', async ({ page }) => {
  await page.goto('/')
  const dialog = await startFromRole(page, SERVERLESS_ROLE)
  await expect(dialog.getByRole('status')).toHaveText('1 pasted document is kept as edited.')
  await expect(dialog.getByRole('listitem').filter({ hasText: "statement 'DynamoDBEverything' grants dynamodb:* on *, broader than the wizard writes" })).toBeVisible()
  await dialog.getByRole('button', { name: 'Start from this role' }).click()
  await expect(dialog).toBeHidden()

  await expect(page.getByRole('radio', { name: 'EMR Serverless' })).toBeChecked()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SparkRuntimeRole')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('111122223333')
  await expect(page.getByLabel('AWS Region')).toHaveValue('us-west-2')
  // The preview shows the pasted permissions policy as it was, its broader statement included.
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Permissions policy (edited)' })
  const shown = page.getByRole('region', { name: 'Documents' }).getByRole('region', { name: /Permissions policy/ })
  await expect(shown).toContainText('"Sid": "DynamoDBEverything"')
  await expect(shown).toContainText('"Action": "dynamodb:*"')
  // The checker's findings on the kept document show what is broader than the wizard writes.
  await expect(page.getByRole('region', { name: /^Findings/ }).getByRole('listitem').filter({ hasText: 'dynamodb:* allows every dynamodb action' })).toBeVisible()
  const permissions = await downloadDocument(page, 'Permissions policy (edited)')
  expect(JSON.stringify(permissions.json)).toContain('"Sid":"DynamoDBEverything","Effect":"Allow","Action":"dynamodb:*","Resource":"*"')
  const trust = await downloadDocument(page, 'Trust policy')
  expect(JSON.stringify(trust.json)).toContain('arn:aws:emr-serverless:us-west-2:111122223333:/applications/00fexample1111111')

  await goToStep(page, 'S3')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-output')
  await expect(page.getByLabel('Bucket 1 access')).toHaveValue('read-write')
  // The answers replaced earlier ones as an imported file does: one click brings the earlier ones back.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible()
})

test('an EMR on EKS role after update-role-trust-policy becomes the cluster pair, with the cluster name left to enter', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  const dialog = await startFromRole(page, EKS_ROLE)
  await expect(dialog.getByRole('listitem').filter({ hasText: 'enter the cluster names' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Start from this role' }).click()

  await expect(page.getByRole('radio', { name: 'EMR on EKS' })).toBeChecked()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('myrole')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
  await goToStep(page, 'EKS clusters')
  await expect(page.getByLabel('Namespace (pair 1)')).toHaveValue('spark-jobs')
  await expect(page.getByLabel('OIDC issuer (pair 1)')).toHaveValue('https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E')
  await expect(page.getByLabel('EKS cluster name (pair 1)')).toHaveAccessibleDescription(/Enter the EKS cluster name/)
})

test('text that is no role says so and changes nothing', async ({ page }) => {
  await page.goto('/')
  const dialog = await startFromRole(page, 'just some words')
  await expect(dialog.getByRole('listitem').filter({ hasText: 'This is not AWS CLI output, a CloudFormation role or a Terraform role' })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
  // What was pasted is still there when the box opens again.
  await page.getByRole('button', { name: 'Start from an existing role' }).click()
  await expect(dialog.getByLabel('Paste get-role, get-role-policy, list-attached-role-policies, a CloudFormation or Terraform role')).toHaveValue('just some words')
})
