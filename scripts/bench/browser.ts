/**
 * The measurements made in Chromium through Playwright: keystroke latency (Event Timing), paste-to-documents
 * and link-open-to-documents. "Documents shown" means: a <pre> in the preview (the plain or highlighted text
 * shown before Monaco) or Monaco's visible lines hold the last bucket's ARN. The page functions below run in
 * the browser, so each one is self-contained.
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { bucketArn, bucketName, BENCH_ACCOUNT, serverlessConfig, shareLink } from './configs'
import type { EventEntry } from './event-timing'
import { interactionDurations, summariseKeystrokes } from './event-timing'
import type { KeystrokeField, KeystrokeResult, TimedRuns } from './report'
import { median } from './stats'

export const TYPED = {
  'role name': '-Analytics-Nightly-Spark-Jobs-Runtime-01',
  'bucket 1 key prefix': 'team-analytics/nightly/spark/raw-events/',
} as const satisfies Record<KeystrokeField, string>
const KEY_DELAY_MS = 50

interface BenchWindow {
  __benchEvents?: EventEntry[]
  __benchShownAt?: number
  /** Whether the preview shows `text` (see the module comment); installed in every page by `newPage`. */
  __benchShows: (text: string) => boolean
}

/** Runs in the page, before its own scripts: defines `__benchShows`. */
function installShows() {
  const page = window as unknown as BenchWindow
  page.__benchShows = (text: string) => {
    const preview = document.querySelector('.preview')
    if (!preview) return false
    for (const pre of preview.querySelectorAll('pre')) if (pre.textContent?.includes(text)) return true
    const lines = preview.querySelector('.monaco-editor .view-lines')
    return (lines?.textContent ?? '').replace(/\u00a0/g, ' ').includes(text)
  }
}

export async function launchBrowser(chromePath: string): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] })
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 })
  await context.addInitScript(installShows)
  return context.newPage()
}

/** Resolves when the preview shows `needle` (see the module comment). */
async function waitForDocuments(page: Page, needle: string, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    (text: string) => (window as unknown as BenchWindow).__benchShows(text),
    needle,
    { timeout: timeoutMs, polling: 'raf' },
  )
}

/** Waits until the page has been idle (nothing loading, the main thread free) for a moment. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (left: number) => requestIdleCallback(() => (left === 0 ? resolve() : idle(left - 1)), { timeout: 5000 })
        idle(3)
      }),
  )
}

async function typeAndMeasure(page: Page, label: string, text: string): Promise<EventEntry[]> {
  const field = page.getByLabel(label, { exact: true })
  await field.focus() // focus() is no interaction; a click would be counted
  await field.evaluate((el: HTMLInputElement) => el.setSelectionRange(el.value.length, el.value.length))
  const t0 = await page.evaluate(() => performance.now())
  await page.keyboard.type(text, { delay: KEY_DELAY_MS })
  await settle(page)
  // Event Timing entries arrive after the frame that follows each interaction: give the last one time to land.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
  return page.evaluate((start: number) => ((window as unknown as BenchWindow).__benchEvents ?? []).filter((e) => e.startTime >= start), t0)
}

/** p50/p95 of typing into the role name and the first bucket's key prefix, with `buckets` buckets. */
export async function measureKeystrokes(browser: Browser, origin: string, buckets: number, log: (line: string) => void) {
  const page = await newPage(browser)
  try {
    await page.goto(origin + shareLink(serverlessConfig(buckets)))
    await waitForDocuments(page, bucketArn(buckets - 1), 120_000)
    await settle(page)
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow
      w.__benchEvents = []
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as PerformanceEventTiming[]) {
          if (entry.interactionId > 0) {
            w.__benchEvents?.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration, startTime: entry.startTime })
          }
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit)
    })
    const results: Omit<KeystrokeResult, 'buckets' | 'p95Ratio' | 'p95RatioVsFloor'>[] = []
    const roleName = await typeAndMeasure(page, 'Role name', TYPED['role name'])
    results.push({ field: 'role name', stats: summariseKeystrokes(roleName, TYPED['role name'].length), reportedMs: interactionDurations(roleName) })
    await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'S3' }).click()
    await settle(page)
    const prefix = await typeAndMeasure(page, 'Bucket 1 key prefix', TYPED['bucket 1 key prefix'])
    results.push({
      field: 'bucket 1 key prefix',
      stats: summariseKeystrokes(prefix, TYPED['bucket 1 key prefix'].length),
      reportedMs: interactionDurations(prefix),
    })
    for (const r of results) log(`  keystrokes, ${buckets} buckets, ${r.field}: p50 ${r.stats.p50} ms, p95 ${r.stats.p95} ms (${r.stats.reported}/${r.stats.keys} reported)`)
    return results.map((r) => ({ buckets, ...r }))
  } finally {
    await page.context().close()
  }
}

/** From the click on "Add pasted buckets" to the first frame whose preview shows the last pasted bucket. */
async function pasteOnce(browser: Browser, origin: string, count: number): Promise<number> {
  const page = await newPage(browser)
  try {
    await page.goto(`${origin}/`)
    await page.getByLabel('AWS account ID').fill(BENCH_ACCOUNT)
    await page.getByRole('button', { name: 'Next' }).click()
    const names = Array.from({ length: count }, (_, i) => bucketName(i))
    await page.getByLabel('Paste bucket names').fill(names.join('\n'))
    await settle(page)
    const shown = page.evaluate((text: string) => {
      return new Promise<number>((resolve, reject) => {
        let clickedAt: number | undefined
        const shows = () => (window as unknown as BenchWindow).__benchShows(text)
        const poll = () => {
          if (clickedAt === undefined) return
          if (shows()) resolve(performance.now() - clickedAt)
          else if (performance.now() - clickedAt > 60_000) reject(new Error('the documents did not show the pasted buckets within 60 s'))
          else requestAnimationFrame(poll)
        }
        document.addEventListener(
          'click',
          (event) => {
            const button = event.target instanceof Element ? event.target.closest('button') : null
            if (!button?.textContent?.includes('Add pasted buckets')) return
            clickedAt = performance.now()
            requestAnimationFrame(poll)
          },
          { capture: true },
        )
      })
    }, bucketArn(count - 1))
    await page.getByRole('button', { name: 'Add pasted buckets' }).click()
    return await shown
  } finally {
    await page.context().close()
  }
}

/** From navigation start to the first frame whose preview shows the last bucket of a `count`-bucket link. */
async function openOnce(browser: Browser, origin: string, link: string, count: number): Promise<number> {
  const page = await newPage(browser)
  try {
    await page.addInitScript((text: string) => {
      const shows = () => (window as unknown as BenchWindow).__benchShows(text)
      const poll = () => {
        if (shows()) (window as unknown as BenchWindow).__benchShownAt = performance.now()
        else requestAnimationFrame(poll)
      }
      requestAnimationFrame(poll)
    }, bucketArn(count - 1))
    await page.goto(origin + link)
    const handle = await page.waitForFunction(() => (window as unknown as BenchWindow).__benchShownAt, undefined, { timeout: 120_000 })
    return (await handle.jsonValue()) as number
  } finally {
    await page.context().close()
  }
}

export async function measurePaste(browser: Browser, origin: string, count: number, runs: number, log: (line: string) => void): Promise<TimedRuns> {
  const runsMs: number[] = []
  for (let run = 0; run < runs; run += 1) {
    runsMs.push(await pasteOnce(browser, origin, count))
    log(`  paste ${count} buckets, run ${run + 1}: ${Math.round(runsMs[run] ?? 0)} ms`)
  }
  return { buckets: count, runsMs, medianMs: median(runsMs) }
}

export async function measureLinkOpen(browser: Browser, origin: string, count: number, runs: number, log: (line: string) => void): Promise<TimedRuns> {
  const link = shareLink(serverlessConfig(count))
  const runsMs: number[] = []
  for (let run = 0; run < runs; run += 1) {
    runsMs.push(await openOnce(browser, origin, link, count))
    log(`  open a ${count}-bucket link, run ${run + 1}: ${Math.round(runsMs[run] ?? 0)} ms`)
  }
  return { buckets: count, runsMs, medianMs: median(runsMs) }
}
