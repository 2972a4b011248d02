import type { Locator, Page } from '@playwright/test'
import type { Config } from '../src/domain/config/schema'
import { eksTestConfig, testConfig } from '../src/domain/test-configs'
import { expect, test } from './fixtures'
import { linkTo } from './links'

// Issue 11, item 3: a new row waits for the person (its messages show when they leave it, or on Next), and a
// message never moves the control being clicked, so a click always lands where it was aimed.

/**
 * Clicks as a person does: aims at where the control is now, and holds the button down for a moment (a click lasts
 * about a tenth of a second). Pressing leaves the field that had the focus; if the message that check shows moved
 * the control down before the button came up, the click would land on something else.
 */
async function clickAsAPerson(page: Page, control: Locator) {
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  if (box === null) throw new Error('The control is not on screen')
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { delay: 150 })
}

/** The preview names a field among the answers to finish: the check of the answers has seen it. */
async function previewNames(page: Page, field: string) {
  await expect(page.getByRole('region', { name: 'Documents' }).getByRole('button', { name: field, exact: true })).toBeVisible()
}

interface ListCase {
  list: string
  /** The answers, opened as a link on the list's step. */
  config: Config
  step: string
  add: string
  /** The first field of row n, which takes the focus when the row is added. */
  rowField: (n: number) => string
  /** The rows the list starts with. */
  rows: number
  /** A control below the list that keeps its place when clicked twice (a checkbox, or one of two radios). */
  below: (page: Page, round: number) => Locator
}

const EKS = eksTestConfig()
const SUBMITTERS = { ...EKS.eks.submitters, enabled: true, virtualClusterIds: [{ id: 'a1b2c3d4e5f6g7h8i9j0k1l2m' }] }

const LISTS: ListCase[] = [
  {
    list: 'buckets',
    config: testConfig(),
    step: 's3',
    add: 'Add bucket',
    rowField: (n) => `Bucket ${n} name`,
    rows: 1,
    below: (page) => page.getByLabel('Read access to the EMR sample buckets'),
  },
  {
    list: 'application IDs',
    config: testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] } }),
    step: 'trust',
    add: 'Add application',
    rowField: (n) => `Application ID ${n}`,
    rows: 1,
    below: (page) => page.getByLabel('Create the job submitters’ PassRole policy'),
  },
  {
    list: 'EKS cluster and namespace pairs',
    config: EKS,
    step: 'clusters',
    add: 'Add cluster and namespace',
    rowField: (n) => `EKS cluster name (pair ${n})`,
    rows: 1,
    below: (page) => page.getByLabel('Also require the aud claim to be sts.amazonaws.com'),
  },
  {
    list: 'virtual clusters',
    config: { ...EKS, eks: { ...EKS.eks, submitters: SUBMITTERS } },
    step: 'submitters',
    add: 'Add virtual cluster',
    rowField: (n) => `Virtual cluster ID ${n}`,
    rows: 1,
    below: (page, round) => page.getByRole('radio', { name: round % 2 === 0 ? 'Any role' : 'Approved roles' }),
  },
  {
    list: 'approved execution roles',
    config: { ...EKS, eks: { ...EKS.eks, submitters: { ...SUBMITTERS, roleArns: [{ arn: 'arn:aws:iam::123456789012:role/team-b' }] } } },
    step: 'submitters',
    add: 'Add approved role',
    rowField: (n) => `Approved role ARN ${n}`,
    rows: 1,
    below: (page, round) => page.getByRole('radio', { name: round % 2 === 0 ? 'ArnEquals / ArnLike' : 'StringEquals / StringLike' }),
  },
]

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }

for (const [device, lists] of [
  ['desktop', LISTS],
  ['phone', LISTS.filter((c) => c.list === 'buckets' || c.list === 'EKS cluster and namespace pairs')],
] as const) {
  test.describe(device, () => {
    if (device === 'phone') test.use(PHONE)

    for (const c of lists) {
      test(`${c.list}: a new row waits for the person, and the control below it takes the click, three times in a row`, async ({ page }) => {
        await page.goto(`/?step=${c.step}${linkTo(c.config).slice(1)}`)
        const add = page.getByRole('button', { name: c.add })
        for (let round = 0; round < 3; round++) {
          const n = c.rows + round + 1
          await clickAsAPerson(page, add)
          const field = page.getByLabel(c.rowField(n), { exact: true })
          await expect(field).toBeFocused()
          // The new row is checked (the preview lists it among the answers to finish), yet it shows no message.
          await previewNames(page, c.rowField(n))
          await expect(field).not.toHaveAttribute('aria-invalid')

          const below = c.below(page, round)
          const wasChecked = await below.isChecked()
          await clickAsAPerson(page, below) // leaves the new row, whose message appears after the click
          // A checkbox toggles; a radio (each round the other of two) is chosen.
          await expect(below).toBeChecked({ checked: (await below.getAttribute('type')) === 'radio' || !wasChecked })
          await expect(field).toHaveAttribute('aria-invalid', 'true')
          await expect(field).toHaveAccessibleDescription(/^Enter /)
        }
      })
    }

    test('Add bucket, three times in a row, adds three rows; only the row left says what it needs', async ({ page }) => {
      await page.goto(`/?step=s3${linkTo(testConfig()).slice(1)}`)
      const add = page.getByRole('button', { name: 'Add bucket' })
      for (const n of [2, 3, 4]) {
        await clickAsAPerson(page, add)
        await expect(page.getByLabel(`Bucket ${n} name`)).toBeFocused()
      }
      await expect(page.getByRole('group', { name: 'Buckets (4)' })).toBeVisible()
      await previewNames(page, 'Bucket 4 name')
      await expect(page.getByLabel('Bucket 4 name')).not.toHaveAttribute('aria-invalid')
      // Rows 2 and 3 lost the focus to the next new row: they were left empty, and say so.
      await expect(page.getByLabel('Bucket 2 name')).toHaveAccessibleDescription('Enter a bucket name.')
      await expect(page.getByLabel('Bucket 3 name')).toHaveAccessibleDescription('Enter a bucket name.')
      await expect(page.getByLabel('Bucket 1 name')).not.toHaveAttribute('aria-invalid')
    })

    test('Next shows the message of a new row that was never left, and focuses it', async ({ page }) => {
      await page.goto(`/?step=s3${linkTo(testConfig()).slice(1)}`)
      await clickAsAPerson(page, page.getByRole('button', { name: 'Add bucket' }))
      const fresh = page.getByLabel('Bucket 2 name')
      await previewNames(page, 'Bucket 2 name')
      await expect(fresh).not.toHaveAttribute('aria-invalid')
      await clickAsAPerson(page, page.getByRole('button', { name: 'Next' }))
      await expect(fresh).toBeFocused()
      await expect(fresh).toHaveAttribute('aria-invalid', 'true')
      await expect(fresh).toHaveAccessibleDescription('Enter a bucket name.')
    })
  })
}
