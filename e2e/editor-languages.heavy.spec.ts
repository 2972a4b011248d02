import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, MONACO_START_MS, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

// In the "heavy" project (see playwright.config.ts): Monaco started with four languages and axe run over its view
// take about 25 s of a 2-core machine, and came past the 30 s limit while the other worker was busy.

/** Distinct token classes Monaco paints in its view. */
async function editorTokenKinds(page: Page): Promise<number> {
  const classes = await page.locator('.editor-frame .view-lines span span').evaluateAll((spans: Element[]) => spans.map((span) => span.className))
  return new Set(classes).size
}

test('the code editor colours JSON, HCL, YAML and shell; closing it shows the text view again', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await page.getByRole('button', { name: 'Code editor' }).click()
  await expect(page.locator('.editor-frame .monaco-editor')).toBeVisible({ timeout: MONACO_START_MS })
  await expect.poll(() => editorTokenKinds(page)).toBeGreaterThanOrEqual(3)
  for (const [label, language] of [['Terraform', 'hcl'], ['CloudFormation', 'yaml'], ['AWS CLI script', 'shell']] as const) {
    await page.getByLabel('Document', { exact: true }).selectOption({ label })
    await expect(page.locator(`.editor-frame[data-language="${language}"] .monaco-editor`)).toBeVisible()
    await expect.poll(() => editorTokenKinds(page)).toBeGreaterThanOrEqual(3)
  }
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await page.getByRole('button', { name: 'Code editor' }).click()
  await expect(page.getByRole('region', { name: 'AWS CLI script (read-only)' })).toContainText('#!/usr/bin/env bash')
  await expect(page.locator('.editor-frame .monaco-editor')).toHaveCount(0)
})
