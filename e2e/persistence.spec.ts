import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { testConfig } from '../src/domain/test-configs'
import { expect, grantClipboard, test } from './fixtures'
import { fillRoleStep, goToStep, next } from './helpers'
import { configFile, linkTo } from './links'

const ANSWERS_KEY = 'emr-role-builder:answers'

function stepButton(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name })
}

async function expectStep(page: Page, name: string) {
  await expect(stepButton(page, name)).toHaveAttribute('aria-current', 'step')
}

function swapStatus(page: Page) {
  return page.locator('.swap-status')
}

/** Answers a person typed: a role name, an account, and a bucket on the S3 step, where they are left. */
async function typeAnswers(page: Page, roleName: string, bucket: string) {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill(bucket)
  await expectStep(page, 'S3')
}

async function expectAnswers(page: Page, roleName: string, bucket: string) {
  await goToStep(page, 'S3')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue(bucket)
  await goToStep(page, 'Role and account')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue(roleName)
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
}

/** Leaves the page, as closing the tab would: whatever is pending is saved on the way out. */
async function leave(page: Page) {
  await page.goto('about:blank')
}

test('a reload keeps the answers and the step', async ({ page }) => {
  await typeAnswers(page, 'KeptRole', 'amzn-example-kept')
  await page.reload()
  await expectStep(page, 'S3')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-kept')
  await expectAnswers(page, 'KeptRole', 'amzn-example-kept')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('answers are saved once typing pauses, before the page is left', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Role name', { exact: true }).fill('PausedRole')
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), ANSWERS_KEY)).toContain('"roleName":"PausedRole"')
})

test('Back and Forward move between the steps and stay in the app', async ({ page, baseURL }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await expectStep(page, 'S3')
  await goToStep(page, 'Glue')
  await goToStep(page, 'Review')
  await expect(page).toHaveURL(/\?step=review$/)

  await page.goBack()
  await expectStep(page, 'Glue')
  await expect(page).toHaveURL(/\?step=glue$/)
  await page.goBack()
  await expectStep(page, 'S3')
  await page.goBack()
  await expectStep(page, 'Role and account')
  expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin)
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')

  await page.goForward()
  await expectStep(page, 'S3')
  await page.goForward()
  await expectStep(page, 'Glue')
  // The wizard's own Back is a step too.
  await page.getByRole('button', { name: 'Back', exact: true }).click()
  await expectStep(page, 'S3')
  await page.goBack()
  await expectStep(page, 'Glue')
})

test('Start over resets to the defaults, and Undo brings back every answer and the step', async ({ page }) => {
  await typeAnswers(page, 'StartedRole', 'amzn-example-started')
  await page.getByRole('button', { name: 'Start over' }).click()
  await expect(swapStatus(page)).toContainText('Started over from the defaults.')
  await expectStep(page, 'Role and account')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('')
  await expectNoAxeViolations(page)

  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expect(swapStatus(page)).toContainText('Your previous answers are back.')
  await expectStep(page, 'S3')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-started')
  await expectAnswers(page, 'StartedRole', 'amzn-example-started')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')

  // Redo starts over again; the restored answers were saved, so Undo and a reload bring them back.
  await swapStatus(page).getByRole('button', { name: 'Redo' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await page.reload()
  await expectAnswers(page, 'StartedRole', 'amzn-example-started')
})

test('Import replaces the answers, and Undo restores the previous ones whole', async ({ page }) => {
  await typeAnswers(page, 'BeforeImport', 'amzn-example-before')
  const imported = testConfig({ roleName: 'ImportedRole', accountId: '210987654321', buckets: [{ name: 'amzn-example-imported', prefix: '', access: 'read' }] })
  await page.getByLabel('Import configuration').setInputFiles(configFile('imported.json', imported))
  await expect(swapStatus(page)).toContainText('Replaced your answers with those in imported.json.')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-imported')
  await goToStep(page, 'Role and account')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('ImportedRole')

  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expectStep(page, 'S3')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-before')
  await expectAnswers(page, 'BeforeImport', 'amzn-example-before')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
})

test('Undo goes back through every replacement: Start over, then Import, then Undo twice', async ({ page }) => {
  await typeAnswers(page, 'FirstRole', 'amzn-example-first')
  await page.getByRole('button', { name: 'Start over' }).click()
  await page.getByLabel('Import configuration').setInputFiles(configFile('second.json', testConfig({ roleName: 'SecondRole' })))
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SecondRole')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expectStep(page, 'S3')
  await expectAnswers(page, 'FirstRole', 'amzn-example-first')
  await swapStatus(page).getByRole('button', { name: 'Redo' }).click()
  await swapStatus(page).getByRole('button', { name: 'Redo' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SecondRole')
})

const linked = testConfig({ roleName: 'LinkedRole', buckets: [{ name: 'amzn-example-linked', prefix: '', access: 'read' }] })

test('a link opened over different saved answers asks first; the link’s answers open with Undo', async ({ page }) => {
  await typeAnswers(page, 'SavedRole', 'amzn-example-saved')
  await leave(page)
  await page.goto(linkTo(linked))
  const question = page.getByRole('alert').filter({ hasText: 'This link’s answers differ from the ones saved in this browser' })
  await expect(question).toBeVisible()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SavedRole')
  await expectNoAxeViolations(page)

  await question.getByRole('button', { name: 'Open the link’s answers' }).click()
  await expect(question).toHaveCount(0)
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('LinkedRole')
  await expect(swapStatus(page)).toContainText('Opened the link’s answers.')
  expect(new URL(page.url()).hash).toBe('')
  await page.reload() // the link is out of the address bar: nothing asks again, and the link's answers were saved
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectAnswers(page, 'LinkedRole', 'amzn-example-linked')

  await page.goto(linkTo(linked)) // the same link again: the saved answers are the link's, so it opens unasked
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('LinkedRole')
})

test('Undo after opening the link’s answers brings back the saved ones', async ({ page }) => {
  await typeAnswers(page, 'SavedRole', 'amzn-example-saved')
  await leave(page)
  await page.goto(linkTo(linked))
  await page.getByRole('button', { name: 'Open the link’s answers' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('LinkedRole')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expect(swapStatus(page)).toContainText('Kept your saved answers.')
  await expectAnswers(page, 'SavedRole', 'amzn-example-saved')
})

test('keeping the saved answers over a link leaves the link’s answers one click away', async ({ page }) => {
  await typeAnswers(page, 'SavedRole', 'amzn-example-saved')
  await leave(page)
  await page.goto(linkTo(linked))
  await page.getByRole('button', { name: 'Keep your saved answers' }).click()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SavedRole')
  expect(new URL(page.url()).hash).toBe('')

  await swapStatus(page).getByRole('button', { name: 'Open the link’s answers' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('LinkedRole')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SavedRole')
  await page.reload()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectAnswers(page, 'SavedRole', 'amzn-example-saved')
})

test('a share link left in the address bar never overrides answers changed since: a reload asks', async ({ page }) => {
  await grantClipboard(page)
  await typeAnswers(page, 'SharedRole', 'amzn-example-shared')
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toBeVisible()
  expect(new URL(page.url()).hash).toMatch(/^#config=/)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-changed')
  await page.reload()
  await expect(page.getByRole('alert').filter({ hasText: 'This link’s answers differ' })).toBeVisible()
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-changed')
  await page.getByRole('button', { name: 'Keep your saved answers' }).click()
  await page.reload()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectAnswers(page, 'SharedRole', 'amzn-example-changed')
})

test('a broken link opened over saved answers leaves them on screen and says so', async ({ page }) => {
  await typeAnswers(page, 'SavedRole', 'amzn-example-saved')
  await leave(page)
  await page.goto('/#config=2.deadbeef.NoWayThisIsValid')
  const notice = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' })
  await expect(notice).toContainText('Your saved answers are open instead.')
  await expectAnswers(page, 'SavedRole', 'amzn-example-saved')
})

test('a link pasted into the address bar of an open page opens, leaves the address bar, and offers Undo', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'TypedRole' })
  await page.goto(linkTo(linked)) // only the fragment changes: the page stays, as when a link is pasted
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('LinkedRole')
  await expect(swapStatus(page)).toContainText('Opened the link’s answers.')
  expect(new URL(page.url()).hash).toBe('')
  await swapStatus(page).getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('TypedRole')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
})

const UNREADABLE: readonly [name: string, text: string, reason: string][] = [
  ['damaged', '{"version":2,"config":{"target":', 'They are damaged: they are not valid JSON.'],
  ['from a newer version', '{"version":99,"config":{}}', 'They were saved by a newer version of EMR Role Builder (format 99)'],
]

for (const [name, text, reason] of UNREADABLE) {
  test(`saved answers ${name} open the defaults with a notice, keep the text, and never crash`, async ({ page }) => {
    // Put there before the app starts, once (a reload must find what the app saved since).
    await page.addInitScript(
      ([key, value]) => {
        if (sessionStorage.getItem('seeded') !== null) return
        localStorage.setItem(key, value)
        sessionStorage.setItem('seeded', 'yes')
      },
      [ANSWERS_KEY, text] as const,
    )
    await page.goto('/')
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved answers could not be read' })
    await expect(notice).toContainText(reason)
    await expect(notice).toContainText('The builder started from its defaults.')
    await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')

    const downloading = page.waitForEvent('download')
    await notice.getByRole('button', { name: 'Download the unreadable answers' }).click()
    expect(await readFile(await (await downloading).path(), 'utf8')).toBe(text)
    expect(await page.evaluate(() => localStorage.getItem('emr-role-builder:unreadable-answers'))).toBe(text)

    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await page.getByLabel('Role name', { exact: true }).fill('FreshRole')
    await page.reload()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('FreshRole')
    expect(await page.evaluate(() => localStorage.getItem('emr-role-builder:unreadable-answers'))).toBe(text)
  })
}

test('when the browser refuses to store anything, the builder works and says answers are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError')
      },
    })
  })
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'Your answers are not being saved in this browser' })).toBeVisible()
  await expectNoAxeViolations(page)
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'UnsavedRole' })
  await next(page)
  await expectStep(page, 'S3')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('when the browser’s storage is full, the builder says answers are not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto('/')
  const status = page.getByRole('status').filter({ hasText: 'Your answers are not being saved in this browser' })
  await page.getByLabel('Role name', { exact: true }).fill('UnsavedRole')
  await expect(status).toBeVisible()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('UnsavedRole')
})
