/** The benchmark's report: its JSON shape, the targets of issue 10 checked against it, and the tables. */
import { formatKeystroke, type KeystrokeStats } from './event-timing'

export type FormFactor = 'mobile' | 'desktop'
export type KeystrokeField = 'role name' | 'bucket 1 key prefix'

export interface LighthouseResult {
  page: string
  url: string
  formFactor: FormFactor
  /** Performance scores (0 to 1) of every run, in run order. */
  scores: number[]
  /** The run with the median score. */
  score: number
  tbtMs: number
  lcpMs: number
  fcpMs: number
}

export interface KeystrokeResult {
  buckets: number
  field: KeystrokeField
  stats: KeystrokeStats
  /** The durations Event Timing reported (≥ 16 ms), in the order the keys were typed. */
  reportedMs: number[]
  /** p95 over the p95 with one bucket, both with unreported keys at 16 ms. */
  p95Ratio: number | null
  /** True when the one-bucket p95 is the 16 ms floor: the real ratio is then at least this one. */
  p95RatioVsFloor: boolean
}

export interface TimedRuns {
  buckets: number
  runsMs: number[]
  medianMs: number
}

export interface BenchReport {
  date: string
  quick: boolean
  durationS: number
  machine: {
    cores: number
    cpu: string
    node: string
    chromium: string
    lighthouse: string | null
    os: string
    /** One-minute load average when the run started and ended: other work on the machine skews every timing. */
    loadAverage: { start: number; end: number }
  }
  links: { buckets: number; chars: number }[]
  linkLimitChars: number
  bundle: { initialJsGzip: number; monacoJsGzip: number; budgetInitialJsGzip: number; problems: string[] } | null
  lighthouse: LighthouseResult[]
  keystrokes: KeystrokeResult[]
  paste: TimedRuns | null
  linkOpen: TimedRuns | null
  derive: { buckets: number; deriveMs: number; encodeMs: number; decodeMs: number }[]
  /** Parts that could not be measured, with why. */
  errors: string[]
}

export interface TargetCheck {
  what: string
  value: string
  target: string
  /** null when it was not measured. */
  pass: boolean | null
}

/** The p95 ratio of each size to one bucket, per field. */
export function withRatios(results: Omit<KeystrokeResult, 'p95Ratio' | 'p95RatioVsFloor'>[]): KeystrokeResult[] {
  return results.map((r) => {
    const one = results.find((o) => o.buckets === 1 && o.field === r.field)
    return { ...r, p95Ratio: one ? r.stats.p95 / one.stats.p95 : null, p95RatioVsFloor: one?.stats.p95Floor ?? false }
  })
}

/** "3.00×", or "3.00× (vs ≤16)" when the one-bucket p95 is the floor. */
function formatRatio(result: KeystrokeResult): string {
  return result.p95Ratio === null ? '–' : `${ratio(result.p95Ratio)}${result.p95RatioVsFloor ? ' (vs ≤16)' : ''}`
}

const INITIAL_JS_TARGET = 120 * 1024

/** A Lighthouse score as Lighthouse shows it: a whole number out of 100. */
export function scorePercent(score: number): number {
  return Math.round(score * 100)
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const ms = (value: number) => `${Math.round(value)} ms`
const ratio = (value: number) => `${value.toFixed(2)}×`

export const LIGHTHOUSE_PAGES = { landing: 'landing page', eks20: 'EMR on EKS link, 20 buckets' } as const

/** Issue 10's "Done when" targets, each with the measured value and whether it passes. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = []
  for (const formFactor of ['mobile', 'desktop'] as const) {
    const minimum = formFactor === 'mobile' ? 95 : 100
    for (const page of Object.values(LIGHTHOUSE_PAGES)) {
      const result = report.lighthouse.find((r) => r.page === page && r.formFactor === formFactor)
      checks.push({
        what: `Lighthouse ${formFactor}, ${page}`,
        value: result ? (result.score).toFixed(2) : 'not measured',
        target: formFactor === 'mobile' ? '≥ 0.95' : '1.00',
        pass: result ? scorePercent(result.score) >= minimum : null,
      })
    }
  }
  checks.push({
    what: 'Initial JavaScript (gzip)',
    value: report.bundle ? kb(report.bundle.initialJsGzip) : 'not measured',
    target: `≤ ${kb(INITIAL_JS_TARGET)}`,
    pass: report.bundle ? report.bundle.initialJsGzip <= INITIAL_JS_TARGET : null,
  })
  for (const [buckets, limit] of [[1000, 1.25], [10_000, 2]] as const) {
    for (const field of ['role name', 'bucket 1 key prefix'] as const) {
      const result = report.keystrokes.find((k) => k.buckets === buckets && k.field === field)
      checks.push({
        what: `Keystroke p95, ${field}, ${buckets.toLocaleString('en-US')} buckets vs 1`,
        value: result?.p95Ratio != null ? formatRatio(result) : 'not measured',
        target: `≤ ${ratio(limit)}`,
        pass: result?.p95Ratio != null ? result.p95Ratio <= limit : null,
      })
    }
  }
  checks.push({
    what: 'Paste 1,000 buckets → documents shown',
    value: report.paste ? ms(report.paste.medianMs) : 'not measured',
    target: '≤ 200 ms',
    pass: report.paste ? report.paste.medianMs <= 200 : null,
  })
  checks.push({
    what: 'Open a 10,000-bucket link → documents shown',
    value: report.linkOpen ? ms(report.linkOpen.medianMs) : 'not measured',
    target: '≤ 2000 ms',
    pass: report.linkOpen ? report.linkOpen.medianMs <= 2000 : null,
  })
  return checks
}

function passText(pass: boolean | null): string {
  return pass === null ? '–' : pass ? 'pass' : 'FAIL'
}

function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The short table printed at the end of a run. */
export function renderConsoleTable(report: BenchReport): string {
  const checks = checkTargets(report)
  const width = Math.max(...checks.map((c) => c.what.length))
  const valueWidth = Math.max(...checks.map((c) => c.value.length))
  const lines = checks.map((c) => `${c.what.padEnd(width)}  ${c.value.padStart(valueWidth)}  ${c.target.padEnd(10)}  ${passText(c.pass)}`)
  return [...lines, ...report.errors.map((e) => `not measured: ${e}`)].join('\n')
}

/** docs/performance.md: the targets first, then the details behind them. */
export function renderMarkdown(report: BenchReport): string {
  const checks = checkTargets(report)
  const m = report.machine
  const parts = [
    '# Performance',
    '',
    `Written by \`npm run bench\`${report.quick ? ' --quick (1 Lighthouse run, fewer sizes: not a baseline)' : ''} on ${report.date}, ` +
      `in ${Math.round(report.durationS)} s. Machine: ${m.cores} cores (${m.cpu}), ${m.os}, Node ${m.node}, ` +
      `Chromium ${m.chromium}, Lighthouse ${m.lighthouse ?? 'not run'}; load average ${m.loadAverage.start.toFixed(1)} at the ` +
      `start, ${m.loadAverage.end.toFixed(1)} at the end (other work on the machine slows every timing). The full ` +
      'figures are in `reports/bench.json`.',
    '',
    'The targets of issue 10 ("Done when"):',
    '',
    markdownTable(['What', 'Measured', 'Target', ''], checks.map((c) => [c.what, c.value, c.target, passText(c.pass)])),
  ]
  if (report.errors.length > 0) parts.push('', 'Not measured:', '', ...report.errors.map((e) => `- ${e}`))
  if (report.lighthouse.length > 0) {
    parts.push(
      '',
      '## Lighthouse',
      '',
      'Performance category; mobile is Lighthouse’s default (simulated throttling), desktop its desktop configuration. ' +
        'The run with the median score gives every figure of its row.',
      '',
      markdownTable(
        ['Page', 'Form factor', 'Score (runs)', 'TBT', 'LCP', 'FCP'],
        report.lighthouse.map((r) => [
          r.page,
          r.formFactor,
          `${r.score.toFixed(2)} (${r.scores.map((s) => s.toFixed(2)).join(', ')})`,
          ms(r.tbtMs),
          ms(r.lcpMs),
          ms(r.fcpMs),
        ]),
      ),
    )
  }
  if (report.keystrokes.length > 0) {
    parts.push(
      '',
      '## Keystrokes',
      '',
      'Event Timing in Chromium (desktop viewport), one interaction per typed key, 50 ms apart. Chromium reports only ' +
        'interactions of 16 ms or more, so a key it did not report counts as 16 ms: "≤16" means the real value is at ' +
        'most 16 ms, and a ratio "(vs ≤16)" divides by 16 ms where the one-bucket figure is lower: the real ratio is at ' +
        'least that.',
      '',
      markdownTable(
        ['Buckets', 'Field', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'reported/keys', 'p95 vs 1 bucket'],
        report.keystrokes.map((k) => [
          k.buckets.toLocaleString('en-US'),
          k.field,
          formatKeystroke(k.stats.p50, k.stats.p50Floor),
          formatKeystroke(k.stats.p95, k.stats.p95Floor),
          formatKeystroke(k.stats.max, k.stats.max <= 16),
          `${k.stats.reported}/${k.stats.keys}`,
          formatRatio(k),
        ]),
      ),
    )
  }
  const timed = [
    report.paste && ['Paste buckets → documents shown', report.paste] as const,
    report.linkOpen && ['Open a link → documents shown', report.linkOpen] as const,
  ].filter((row) => row !== null)
  if (timed.length > 0) {
    parts.push(
      '',
      '## Paste and open',
      '',
      'From the click on "Add pasted buckets" (or from navigation start) to the first animation frame whose preview ' +
        'text holds the last bucket’s ARN.',
      '',
      markdownTable(
        ['What', 'Buckets', 'Median', 'Runs'],
        timed.map(([what, t]) => [what, t.buckets.toLocaleString('en-US'), ms(t.medianMs), t.runsMs.map((v) => Math.round(v)).join(', ')]),
      ),
    )
  }
  if (report.derive.length > 0) {
    parts.push(
      '',
      '## Domain, per size (Node)',
      '',
      'Median time of `deriveRole` (validate, build, assess: one keystroke’s work) and of the share codec; the link ' +
        `length is the configuration part the app checks against its limit of ${report.linkLimitChars.toLocaleString('en-US')} characters.`,
      '',
      markdownTable(
        ['Buckets', 'deriveRole', 'encodeConfig', 'decodeConfig', 'Link characters'],
        report.derive.map((d) => [
          d.buckets.toLocaleString('en-US'),
          `${d.deriveMs.toFixed(2)} ms`,
          `${d.encodeMs.toFixed(2)} ms`,
          `${d.decodeMs.toFixed(2)} ms`,
          (report.links.find((l) => l.buckets === d.buckets)?.chars ?? 0).toLocaleString('en-US'),
        ]),
      ),
    )
  }
  if (report.bundle) {
    parts.push(
      '',
      '## Bundle',
      '',
      `JavaScript the first page load needs ${kb(report.bundle.initialJsGzip)} gzip (the build fails over ` +
        `${kb(report.bundle.budgetInitialJsGzip)}: \`npm run bundle-report\`, the only check CI runs); Monaco, loaded ` +
        `only when the code editor is opened, ${kb(report.bundle.monacoJsGzip)} gzip.`,
    )
  }
  return `${parts.join('\n')}\n`
}
