import type { Page } from '@playwright/test'
import { eksTestConfig, testConfig } from '../src/domain/test-configs'
import { stepsFor } from '../src/features/wizard/steps'
import { expect, test } from './fixtures'
import { goToStep } from './helpers'
import { linkTo } from './links'

const LONG = 'a-rather-long-bucket-name-that-fills-a-phone-screen-0123456789'
const buckets = [
  { name: LONG, prefix: 'team/analytics/nightly/spark/raw-events/with/many/levels/', access: 'read-write' as const },
  { name: 'amzn-example-data', prefix: '', access: 'read' as const },
  { name: 'amzn-example-logs', prefix: 'logs/', access: 'read-write' as const },
]
const CONFIGS = [
  ['EMR Serverless', 'serverless', testConfig({ roleName: 'A-Long-Role-Name-For-Nightly-Spark-Analytics-Jobs-On-EMR-Srvless', buckets })],
  ['EMR on EKS', 'eks', eksTestConfig({ buckets })],
] as const

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/** Every visible control a finger would tap, shorter than 44 px: none expected. */
const shortControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input:not([type=radio]):not([type=checkbox]):not([type=file]), .step-link, .section-jump a')]
      .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden'))
      .map((el) => ({ what: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName, height: el.getBoundingClientRect().height }))
      .filter(({ height }) => height < 44),
  )

for (const width of [390, 320]) {
  for (const [name, target, config] of CONFIGS) {
    test(`${name} at ${width} px: no step scrolls sideways, and every control is at least 44 px tall`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(linkTo(config))
      await expect(page.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText(LONG)
      for (const step of stepsFor(target)) {
        await goToStep(page, step.title)
        await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: step.title })).toHaveAttribute('aria-current', 'step')
        expect(await scrollWidth(page), step.title).toBeLessThanOrEqual(width)
        expect(await shortControls(page), step.title).toEqual([])
      }
    })
  }
}

test('on a phone the documents are one tap away, and the answers one tap back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto(linkTo(testConfig()))
  const sections = page.getByRole('navigation', { name: 'Sections' })
  const documents = page.getByRole('heading', { name: 'Documents', level: 2 })
  await expect(documents).not.toBeInViewport()
  await sections.getByRole('link', { name: 'Documents' }).click()
  await expect(documents).toBeInViewport()
  await expect(sections).toBeInViewport() // it stays at the top
  await sections.getByRole('link', { name: 'Answers' }).click()
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeInViewport()
})

test('at 1280 px the bar is not needed: both columns are on screen', async ({ page }) => {
  await page.goto(linkTo(testConfig()))
  await expect(page.getByRole('heading', { name: 'Documents', level: 2 })).toBeInViewport()
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden()
})
