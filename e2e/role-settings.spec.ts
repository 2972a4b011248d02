import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { expect, test } from './fixtures'
import { fillRoleStep, goToStep, next } from './helpers'

const BOUNDARY = 'arn:aws:iam::123456789012:policy/boundaries/DataPlatformBoundary'

async function download(page: Page, label: string): Promise<{ fileName: string; text: string }> {
  await page.getByLabel('Document', { exact: true }).selectOption({ label })
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const file = await downloading
  return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') }
}

test('a permissions boundary and two tags: set on the role step, listed in the review, read back from the downloaded CloudFormation and script', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'BoundedRole' })
  await page.getByText('Role settings your platform may require').click()

  const boundary = page.getByRole('textbox', { name: 'Permissions boundary (optional)' })
  // A boundary in another partition is explained at its field, and Next stays on the step.
  await boundary.fill('arn:aws-cn:iam::123456789012:policy/DataPlatformBoundary')
  await boundary.blur()
  await expect(boundary).toHaveAccessibleDescription(/in the role's partition: arn:aws:iam::<account ID or aws>:policy/)
  await boundary.fill(BOUNDARY)
  await page.getByRole('combobox', { name: 'Maximum session duration' }).selectOption({ label: '4 hours' })
  for (const [index, key, value] of [[1, 'team', 'data platform'], [2, 'cost-center', '4711']] as const) {
    await page.getByRole('button', { name: 'Add tag' }).click()
    await page.getByRole('textbox', { name: `Tag ${index} key` }).fill(key)
    await page.getByRole('textbox', { name: `Tag ${index} value` }).fill(value)
  }
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')

  await goToStep(page, 'Review')
  const review = page.getByRole('definition').filter({ hasText: BOUNDARY })
  await expect(review).toContainText('limits what the role’s policies grant')
  await expect(page.getByRole('definition').filter({ hasText: 'team=data platform, cost-center=4711' })).toBeVisible()
  await expect(page.getByText(/Cannot use any of these permissions that its permissions boundary, arn:aws:iam::123456789012:policy\/boundaries\/DataPlatformBoundary, does not also allow/)).toBeVisible()

  const template = await download(page, 'CloudFormation')
  expect(template.fileName).toBe('BoundedRole.cfn.yaml')
  const role = (parseYaml(template.text) as { Resources: { JobRole: { Properties: Record<string, unknown> } } }).Resources.JobRole.Properties
  expect(role.PermissionsBoundary).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/boundaries/DataPlatformBoundary' })
  expect(role.MaxSessionDuration).toBe(14400)
  expect(role.Tags).toEqual([
    { Key: 'team', Value: 'data platform' },
    { Key: 'cost-center', Value: '4711' },
  ])

  const script = await download(page, 'AWS CLI script')
  expect(script.fileName).toBe('create-BoundedRole.sh')
  expect(script.text).toContain(`permissions_boundary='${BOUNDARY}'`)
  expect(script.text).toContain('--permissions-boundary="$permissions_boundary" --max-session-duration="$max_session_duration" --tags="file://$documents/tags.json"')
  expect(script.text).toContain('iam put-role-permissions-boundary --role-name="$role_name"')
  const tagsFile = /cat > "\$documents\/tags\.json" <<'EOF_POLICY'\n([\s\S]*?)\nEOF_POLICY/.exec(script.text)?.[1] ?? ''
  expect(JSON.parse(tagsFile)).toEqual([
    { Key: 'team', Value: 'data platform' },
    { Key: 'cost-center', Value: '4711' },
  ])
})
