/**
 * Lighthouse through its Node API with Debian's Chromium. Lighthouse is installed on demand into the gitignored
 * .bench-tools/ (pinned; 12.x is the last line that runs on Node 20), so `npm ci` and CI stay light.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { FormFactor, LighthouseResult } from './report'
import { medianRun } from './stats'

export const LIGHTHOUSE_VERSION = '12.8.2'

/** The little of Lighthouse's result the benchmark reads. */
interface LighthouseRunnerResult {
  lhr: {
    lighthouseVersion: string
    runtimeError?: { code: string; message: string }
    categories: { performance?: { score: number | null } }
    audits: Record<string, { numericValue?: number } | undefined>
  }
}
type LighthouseFn = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<LighthouseRunnerResult | undefined>
interface LaunchedChrome {
  port: number
  kill: () => void | Promise<void>
}
interface ChromeLauncher {
  launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<LaunchedChrome>
}

/** Installs Lighthouse into `<root>/.bench-tools` unless the pinned version is already there; returns the folder. */
export function ensureLighthouse(root: string): string {
  const tools = join(root, '.bench-tools')
  const installed = join(tools, 'node_modules', 'lighthouse', 'package.json')
  if (existsSync(installed) && (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version === LIGHTHOUSE_VERSION) return tools
  mkdirSync(tools, { recursive: true })
  const manifest = { name: 'emr-role-builder-bench-tools', private: true, description: 'Written by npm run bench', dependencies: { lighthouse: LIGHTHOUSE_VERSION } }
  writeFileSync(join(tools, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`Installing lighthouse@${LIGHTHOUSE_VERSION} into .bench-tools/ (once)…`)
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev'], { cwd: tools, stdio: 'inherit' })
  return tools
}

async function importFrom<T>(tools: string, path: string): Promise<T> {
  return (await import(/* @vite-ignore */ pathToFileURL(join(tools, 'node_modules', path)).href)) as T
}

export interface LighthouseTarget {
  page: string
  url: string
}

export async function runLighthouse(options: {
  tools: string
  chromePath: string
  targets: LighthouseTarget[]
  runs: number
  log: (line: string) => void
}): Promise<{ version: string; results: LighthouseResult[] }> {
  const { default: lighthouse } = await importFrom<{ default: LighthouseFn }>(options.tools, 'lighthouse/core/index.js')
  const { default: desktopConfig } = await importFrom<{ default: unknown }>(options.tools, 'lighthouse/core/config/desktop-config.js')
  const chromeLauncher = await importFrom<ChromeLauncher>(options.tools, 'chrome-launcher/dist/index.js')
  let version = ''
  const results: LighthouseResult[] = []
  for (const formFactor of ['mobile', 'desktop'] as const satisfies FormFactor[]) {
    for (const target of options.targets) {
      const runs: Omit<LighthouseResult, 'scores'>[] = []
      for (let run = 0; run < options.runs; run += 1) {
        // A fresh browser per run: no cache, no warmed-up code from the run before.
        const chrome = await chromeLauncher.launch({
          chromePath: options.chromePath,
          chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
        })
        try {
          const result = await lighthouse(
            target.url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
            formFactor === 'desktop' ? desktopConfig : undefined,
          )
          if (!result) throw new Error('Lighthouse returned no result')
          const { lhr } = result
          if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
          const score = lhr.categories.performance?.score
          if (score == null) throw new Error('Lighthouse gave no performance score')
          version = lhr.lighthouseVersion
          const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN
          runs.push({
            page: target.page,
            url: target.url,
            formFactor,
            score,
            tbtMs: metric('total-blocking-time'),
            lcpMs: metric('largest-contentful-paint'),
            fcpMs: metric('first-contentful-paint'),
          })
          options.log(`  Lighthouse ${formFactor}, ${target.page}, run ${run + 1}: ${score.toFixed(2)}`)
        } finally {
          await chrome.kill()
        }
      }
      results.push({ ...medianRun(runs, (r) => r.score), scores: runs.map((r) => r.score) })
    }
  }
  return { version, results }
}
