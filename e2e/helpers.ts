import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect } from './fixtures'

export async function fillRoleStep(page: Page, answers: { accountId: string; roleName?: string; region?: string }) {
  if (answers.region !== undefined) await page.getByLabel('AWS Region').selectOption(answers.region)
  await page.getByLabel('AWS account ID').fill(answers.accountId)
  if (answers.roleName !== undefined) await page.getByLabel('Role name', { exact: true }).fill(answers.roleName)
}

export async function next(page: Page) {
  await page.getByRole('button', { name: 'Next' }).click()
}

/**
 * Next on a step whose answers are complete, then wait for the following step, as a person sees it before going
 * on: Next checks the step first (in the preview's worker), so a second click made before that answer would
 * still be on the same step.
 */
export async function nextStep(page: Page) {
  const current = page.getByRole('navigation', { name: 'Steps' }).locator('[aria-current="step"]')
  const before = await current.textContent()
  await next(page)
  await expect(current).not.toHaveText(before ?? '')
}

export async function goToStep(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name }).click()
}

/** Shows a document in the preview and downloads it, as a person would; returns the file's name and JSON. */
export async function downloadDocument(page: Page, label: string): Promise<{ fileName: string; json: unknown }> {
  await page.getByLabel('Document', { exact: true }).selectOption({ label })
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const download = await downloading
  const path = await download.path()
  const text = await readFile(path, 'utf8')
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${download.suggestedFilename()}` })).toBeVisible()
  return { fileName: download.suggestedFilename(), json: JSON.parse(text) as unknown }
}

export async function readExpected(name: string): Promise<unknown> {
  return JSON.parse(await readFile(new URL(`./expected/${name}`, import.meta.url), 'utf8')) as unknown
}

/** The EMR Serverless PassRole policy's statement for the job runtime role `roleArn`, as every download holds it. */
export function passRoleStatement(roleArn: string) {
  return {
    Sid: 'PassJobRuntimeRoleToEMRServerless',
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: roleArn,
    Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } },
  }
}
