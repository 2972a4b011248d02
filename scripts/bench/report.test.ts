import { describe, expect, it } from 'vitest'
import { summariseKeystrokes, type EventEntry } from './event-timing'
import { checkTargets, LIGHTHOUSE_PAGES, renderConsoleTable, renderMarkdown, withRatios, type BenchReport, type KeystrokeResult } from './report'

function keys(buckets: number, field: KeystrokeResult['field'], slowMs: number[]): Omit<KeystrokeResult, 'p95Ratio' | 'p95RatioVsFloor'> {
  const entries: EventEntry[] = slowMs.map((duration, i) => ({ name: 'keydown', interactionId: i + 1, duration, startTime: i }))
  return { buckets, field, stats: summariseKeystrokes(entries, 40), reportedMs: slowMs }
}

function lighthouse(page: string, formFactor: 'mobile' | 'desktop', score: number) {
  return { page, url: 'http://127.0.0.1/', formFactor, scores: [score], score, tbtMs: 10, lcpMs: 1234.4, fcpMs: 800 }
}

function sampleReport(overrides: Partial<BenchReport> = {}): BenchReport {
  return {
    date: '2026-12-02 10:00 UTC',
    quick: false,
    durationS: 300,
    machine: { cores: 2, cpu: 'Test CPU', node: 'v20.20.2', chromium: '156.0', lighthouse: '12.8.2', os: 'Debian', loadAverage: { start: 1, end: 2 } },
    links: [{ buckets: 1000, chars: 15_141 }],
    linkLimitChars: 100_000,
    bundle: { initialJsGzip: 142_252, monacoJsGzip: 1_015_379, budgetInitialJsGzip: 153_600, problems: [] },
    lighthouse: [
      lighthouse(LIGHTHOUSE_PAGES.landing, 'mobile', 0.96),
      lighthouse(LIGHTHOUSE_PAGES.eks20, 'mobile', 0.94),
      lighthouse(LIGHTHOUSE_PAGES.landing, 'desktop', 0.996),
      lighthouse(LIGHTHOUSE_PAGES.eks20, 'desktop', 0.99),
    ],
    keystrokes: withRatios([
      keys(1, 'role name', []),
      keys(1, 'bucket 1 key prefix', [24, 24, 24]),
      keys(1000, 'role name', [20, 20, 20]),
      keys(1000, 'bucket 1 key prefix', [48, 48, 48]),
    ]),
    paste: { buckets: 1000, runsMs: [150, 180, 250], medianMs: 180 },
    linkOpen: null,
    derive: [{ buckets: 1000, deriveMs: 13.876, encodeMs: 37.8, decodeMs: 4.08 }],
    errors: [],
    ...overrides,
  }
}

describe('withRatios', () => {
  it('divides each p95 by the p95 of one bucket for the same field, floors counted as 16', () => {
    const ratios = sampleReport().keystrokes.map((k) => [k.buckets, k.field, k.p95Ratio, k.p95RatioVsFloor])
    expect(ratios).toEqual([
      [1, 'role name', 1, true],
      [1, 'bucket 1 key prefix', 1, false],
      [1000, 'role name', 20 / 16, true],
      [1000, 'bucket 1 key prefix', 2, false],
    ])
  })

  it('gives no ratio without a one-bucket run', () => {
    expect(withRatios([keys(1000, 'role name', [])])[0]?.p95Ratio).toBeNull()
  })
})

describe('checkTargets', () => {
  const checks = new Map(checkTargets(sampleReport()).map((c) => [c.what, c]))

  it.each([
    ['Lighthouse mobile, landing page', '0.96', true],
    ['Lighthouse mobile, EMR on EKS link, 20 buckets', '0.94', false],
    ['Lighthouse desktop, landing page', '1.00', true], // Lighthouse shows 0.996 as 100
    ['Lighthouse desktop, EMR on EKS link, 20 buckets', '0.99', false],
    ['Initial JavaScript (gzip)', '138.9 KB', false],
    ['Keystroke p95, role name, 1,000 buckets vs 1', '1.25× (vs ≤16)', true],
    ['Keystroke p95, bucket 1 key prefix, 1,000 buckets vs 1', '2.00×', false],
    ['Paste 1,000 buckets → documents shown', '180 ms', true],
  ])('%s: %s, pass %s', (what, value, pass) => {
    expect(checks.get(what)).toMatchObject({ value, pass })
  })

  it('marks what was not measured as neither pass nor fail', () => {
    expect(checks.get('Open a 10,000-bucket link → documents shown')).toMatchObject({ value: 'not measured', pass: null })
    expect(checks.get('Keystroke p95, role name, 10,000 buckets vs 1')).toMatchObject({ pass: null })
  })

  it('passes the initial JavaScript at exactly 120 KB and fails it one byte over', () => {
    const at = (bytes: number) =>
      checkTargets(sampleReport({ bundle: { initialJsGzip: bytes, monacoJsGzip: 0, budgetInitialJsGzip: 153_600, problems: [] } })).find(
        (c) => c.what === 'Initial JavaScript (gzip)',
      )?.pass
    expect(at(120 * 1024)).toBe(true)
    expect(at(120 * 1024 + 1)).toBe(false)
  })
})

describe('rendering', () => {
  it('prints one line per target with its verdict, and what could not be measured', () => {
    const table = renderConsoleTable(sampleReport({ errors: ['Lighthouse: no Chrome'] })).split('\n')
    expect(table).toHaveLength(12) // 11 targets and the one error
    expect(table[0]).toMatch(/^Lighthouse mobile, landing page +0\.96 +≥ 0\.95 +pass$/)
    expect(table.at(-2)).toMatch(/Open a 10,000-bucket link → documents shown +not measured +≤ 2000 ms +–$/)
    expect(table.at(-1)).toBe('not measured: Lighthouse: no Chrome')
  })

  it('writes the targets table, the machine and each section in Markdown', () => {
    const markdown = renderMarkdown(sampleReport())
    expect(markdown).toContain('| Lighthouse mobile, EMR on EKS link, 20 buckets | 0.94 | ≥ 0.95 | FAIL |')
    expect(markdown).toContain('| Paste 1,000 buckets → documents shown | 180 ms | ≤ 200 ms | pass |')
    expect(markdown).toContain('2 cores (Test CPU)')
    expect(markdown).toContain('Chromium 156.0, Lighthouse 12.8.2')
    expect(markdown).toContain('| 1 | role name | ≤16 | ≤16 | ≤16 | 0/40 | 1.00× (vs ≤16) |')
    expect(markdown).toContain('| 1,000 | bucket 1 key prefix | ≤16 | 48 | 48 | 3/40 | 2.00× |')
    expect(markdown).toContain('| landing page | mobile | 0.96 (0.96) | 10 ms | 1234 ms | 800 ms |')
    expect(markdown).toContain('| 1,000 | 13.88 ms | 37.80 ms | 4.08 ms | 15,141 |')
    expect(markdown).not.toContain('Open a link → documents shown |')
  })

  it('leaves out the sections of parts that did not run', () => {
    const markdown = renderMarkdown(sampleReport({ lighthouse: [], keystrokes: [], paste: null, derive: [], bundle: null }))
    expect(markdown).not.toContain('## ')
    expect(markdown).toContain('| Initial JavaScript (gzip) | not measured | ≤ 120.0 KB | – |')
  })
})
