/**
 * `npm run bench` (after scripts/bench/run.mjs has built the app and this file): measures the built app and the
 * domain, prints a short table, writes reports/bench.json and, on a full run, docs/performance.md.
 * A report, not a test: missed targets do not fail it; a part that could not be measured does (exit status 1).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, type } from 'node:os'
import { join } from 'node:path'
import { INPUT_LIMITS } from '../../src/domain/share/input-limits'
import { launchBrowser, measureKeystrokes, measureLinkOpen, measurePaste } from './browser'
import { eksConfig, serverlessConfig, shareLink } from './configs'
import { timeDomain } from './domain-timing'
import { ensureLighthouse, runLighthouse } from './lighthouse'
import { startPreview } from './preview-server'
import { LIGHTHOUSE_PAGES, renderConsoleTable, renderMarkdown, withRatios, type BenchReport } from './report'

const root = process.cwd()
const args = new Set(process.argv.slice(2))
const quick = args.has('--quick')
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))
const sizes = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : quick ? [1, 1000] : [1, 100, 1000, 10_000]
const lighthouseRuns = quick ? 1 : 3
const timedRuns = quick ? 1 : 3
const log = (line: string) => console.log(line)
/** --only=domain,bundle,keystrokes,paste,open,lighthouse runs only those parts (for working on one). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',')
const wanted = (part: string) => only === undefined || only.includes(part)

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? `${type()} ${release()}`
  } catch {
    return `${type()} ${release()}`
  }
}

async function attempt<T>(what: string, errors: string[], run: () => Promise<T> | T): Promise<T | null> {
  try {
    return await run()
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)
    errors.push(`${what}: ${message}`)
    console.error(`✗ ${what}: ${error instanceof Error ? (error.stack ?? message) : message}`)
    return null
  }
}

async function main(): Promise<number> {
  const started = performance.now()
  const errors: string[] = []
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    quick,
    durationS: 0,
    machine: { cores: cpus().length, cpu: cpus()[0]?.model.trim() ?? 'unknown', node: process.version, chromium: 'unknown', lighthouse: null, os: osName(), loadAverage: { start: loadavg()[0] ?? 0, end: 0 } },
    links: sizes.map((buckets) => ({ buckets, chars: shareLink(serverlessConfig(buckets)).length - '/#config='.length })),
    linkLimitChars: INPUT_LIMITS.linkChars,
    bundle: null,
    lighthouse: [],
    keystrokes: [],
    paste: null,
    linkOpen: null,
    derive: [],
    errors,
  }

  if (wanted('domain')) log('Domain, per size (Node)…')
  for (const buckets of wanted('domain') ? sizes : []) {
    const timing = await attempt(`deriveRole with ${buckets} buckets`, errors, () => timeDomain(buckets))
    if (timing) {
      report.derive.push(timing)
      log(`  ${buckets} buckets: deriveRole ${timing.deriveMs.toFixed(2)} ms, encode ${timing.encodeMs.toFixed(2)} ms, decode ${timing.decodeMs.toFixed(2)} ms`)
    }
  }

  if (wanted('bundle')) log('Bundle…')
  report.bundle = !wanted('bundle') ? null : await attempt('bundle sizes', errors, () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bundle-report.mjs'), '--json'], { encoding: 'utf8' })
    if (result.stdout.trim() === '') throw new Error(result.stderr.trim() || 'bundle-report printed nothing')
    // Over budget still prints the figures (and exits 1): the table shows the miss.
    return JSON.parse(result.stdout) as BenchReport['bundle']
  })

  const server = await attempt('vite preview', errors, () => startPreview(root))
  if (server) {
    try {
      log(`Serving dist/ at ${server.origin}`)
      const browser = await attempt('Chromium (Playwright)', errors, () => launchBrowser(chromePath))
      if (browser) {
        try {
          report.machine.chromium = browser.version()
          if (wanted('keystrokes')) log('Keystrokes (Event Timing)…')
          const keystrokes = []
          for (const buckets of wanted('keystrokes') ? sizes : []) {
            const measured = await attempt(`keystrokes with ${buckets} buckets`, errors, () => measureKeystrokes(browser, server.origin, buckets, log))
            if (measured) keystrokes.push(...measured)
          }
          report.keystrokes = withRatios(keystrokes)
          if (wanted('paste')) log('Paste 1,000 buckets…')
          if (wanted('paste')) report.paste = await attempt('paste 1,000 buckets', errors, () => measurePaste(browser, server.origin, 1000, timedRuns, log))
          if (wanted('open')) log('Open a 10,000-bucket link…')
          if (wanted('open')) report.linkOpen = await attempt('open a 10,000-bucket link', errors, () => measureLinkOpen(browser, server.origin, 10_000, timedRuns, log))
        } finally {
          await browser.close()
        }
      }
      if (!args.has('--skip-lighthouse') && wanted('lighthouse')) {
        log(`Lighthouse (${lighthouseRuns} run${lighthouseRuns === 1 ? '' : 's'} each)…`)
        const lighthouse = await attempt('Lighthouse', errors, async () => {
          const tools = ensureLighthouse(root)
          return runLighthouse({
            tools,
            chromePath,
            runs: lighthouseRuns,
            log,
            targets: [
              { page: LIGHTHOUSE_PAGES.landing, url: `${server.origin}/` },
              { page: LIGHTHOUSE_PAGES.eks20, url: server.origin + shareLink(eksConfig()) },
            ],
          })
        })
        if (lighthouse) {
          report.lighthouse = lighthouse.results
          report.machine.lighthouse = lighthouse.version
        }
      }
    } finally {
      await server.stop()
    }
  }

  report.durationS = (performance.now() - started) / 1000
  report.machine.loadAverage.end = loadavg()[0] ?? 0
  mkdirSync(join(root, 'reports'), { recursive: true })
  writeFileSync(join(root, 'reports/bench.json'), `${JSON.stringify(report, null, 2)}\n`)
  const partial = quick || only !== undefined || sizesArg !== undefined || args.has('--skip-lighthouse')
  if (partial) log('\nA partial run (--quick, --only, --sizes or --skip-lighthouse): docs/performance.md left as it is.')
  else writeFileSync(join(root, 'docs/performance.md'), renderMarkdown(report))
  log(`\n${renderConsoleTable(report)}\n`)
  log(`Wrote reports/bench.json${partial ? '' : ' and docs/performance.md'} (${Math.round(report.durationS)} s).`)
  return errors.length > 0 ? 1 : 0
}

/** --render: rewrites docs/performance.md from reports/bench.json, measuring nothing (after a change to the tables). */
function render(): number {
  const report = JSON.parse(readFileSync(join(root, 'reports/bench.json'), 'utf8')) as BenchReport
  report.keystrokes = withRatios(report.keystrokes)
  if (!report.quick) writeFileSync(join(root, 'docs/performance.md'), renderMarkdown(report))
  log(renderConsoleTable(report))
  return 0
}

if (args.has('--render')) {
  process.exit(render())
}
if (!existsSync(chromePath)) {
  console.error(`No Chromium at ${chromePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`)
  process.exit(1)
}
process.exitCode = await main()
