import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { eksTestConfig, testConfig } from '../src/domain/test-configs'
import { stepsFor } from '../src/features/wizard/steps'
import { expect, MONACO_START_MS, test } from './fixtures'
import { goToStep } from './helpers'
import { linkTo } from './links'

/** Configurations that show what each step can show: several buckets, a risk warning, notes. */
const CONFIGS = [
  ['EMR Serverless', 'serverless', testConfig({ buckets: [{ name: 'amzn-example-data', prefix: 'raw/', access: 'read-write' }, { name: 'amzn-example-logs', prefix: '', access: 'read' }], glueAccess: 'create-read' })],
  ['EMR on EKS', 'eks', eksTestConfig({}, { requireAudience: true })],
] as const

/** Axe on the whole page, or on the answers' section only (`include`), which is what a step changes. */
async function expectNoViolations(page: Page, where: string, include?: string) {
  const builder = new AxeBuilder({ page })
  const results = await (include === undefined ? builder : builder.include(include)).analyze()
  expect(results.violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    for (const [name, target, config] of CONFIGS) {
      // The whole page once (documents, warnings, header), then each step's section: only it changes per step.
      test(`axe finds nothing: ${name}, every step, ${scheme}, ${width} px`, async ({ page }) => {
        test.slow() // axe runs up to eight times in this one test
        await page.emulateMedia({ colorScheme: scheme })
        await page.setViewportSize({ width, height: 900 })
        await page.goto(linkTo(config))
        await expect(page.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('amzn-example-data')
        await expectNoViolations(page, 'whole page')
        for (const step of stepsFor(target)) {
          await goToStep(page, step.title)
          await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: step.title })).toHaveAttribute('aria-current', 'step')
          await expectNoViolations(page, step.title, '#answers')
        }
      })
    }
  }
}

test('the page and the code editor follow the dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto(linkTo(testConfig()))
  const view = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(view).toContainText('amzn-example-data')
  const background = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(await background(page.locator('body'))).not.toBe('rgb(242, 243, 243)') // the light page colour
  expect(await background(page.locator('.preview'))).toBe('rgb(26, 30, 35)')
  await page.getByRole('button', { name: 'Code editor' }).click()
  await expect(page.locator('.editor-frame .monaco-editor')).toHaveClass(/vs-dark/, { timeout: MONACO_START_MS })
  await expectNoViolations(page, 'code editor, dark')
  // The scheme changes while the page is open: the editor follows.
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('.editor-frame .monaco-editor')).not.toHaveClass(/vs-dark/)
  expect(await background(page.locator('.preview'))).toBe('rgb(255, 255, 255)')
})

test('a new step takes the focus to its heading; "Change this answer" lands on the field instead', async ({ page }) => {
  await page.goto(linkTo(testConfig({ s3Access: 'all' })))
  await page.getByLabel('Role name', { exact: true }).focus()
  await page.keyboard.press('Tab') // on to the next field: the step's own controls work as before
  await page.getByRole('button', { name: 'Next' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Amazon S3', level: 3 })).toBeFocused()
  await goToStep(page, 'Glue')
  await expect(page.getByRole('heading', { name: 'AWS Glue Data Catalog', level: 3 })).toBeFocused()
  const warning = page.locator('[data-risk-id^="s3-all-buckets"]')
  await warning.getByRole('button', { name: 'Change this answer' }).click()
  await expect(page.getByRole('radio', { name: /All buckets/ })).toBeFocused()
})
