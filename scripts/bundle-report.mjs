// Prints the size of what `vite build` wrote, split into what the first page load needs (the entry
// script and what index.html references) and what loads later: chunks loaded on demand (the highlighter, the
// bucket rows, the exports), Monaco (only when a person opens the code editor), workers and fonts.
// Fails when the JavaScript the first page load needs passes the budget.
// `--json` prints the same figures as one JSON object instead of the table (the benchmark reads it); the
// checks and the exit status are the same either way.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const BUDGET_INITIAL_JS_GZIP = 120 * 1024
const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url))

/** Sizes of dist/assets and what the checks found; `problems` is empty when the build is within budget. */
export function measureBundle(dist = defaultDist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]))
  const rows = readdirSync(join(dist, 'assets')).map((name) => {
    const path = join(dist, 'assets', name)
    const bytes = readFileSync(path)
    return { file: `assets/${name}`, raw: statSync(path).size, gzip: gzipSync(bytes, { level: 9 }).length, initial: initial.has(`assets/${name}`) }
  })
  rows.sort((a, b) => b.gzip - a.gzip)
  const initialJs = rows.filter((r) => r.initial && r.file.endsWith('.js'))
  const editor = rows.find((r) => /code-editor-.*\.js$/.test(r.file))
  const lazyJs = rows.filter((r) => r.file.endsWith('.js') && !r.initial && !/worker-/.test(r.file))
  // Monaco's own chunks: the editor and the tokenizers it loads per language.
  const monacoJs = lazyJs.filter((r) => /\/(code-editor|shell|yaml|hcl)-[^/]+\.js$/.test(r.file))
  // The policy checker's AWS data: one chunk per service (scripts/vite-iam-catalog.ts), loaded when a document names it.
  const serviceDataJs = lazyJs.filter((r) => /\/iam-data-[^/]+\.js$/.test(r.file))
  const onDemandJs = lazyJs.filter((r) => !monacoJs.includes(r) && !serviceDataJs.includes(r))
  const problems = []
  if (!editor) problems.push('No lazy json-editor chunk: Monaco must load in its own chunk.')
  else if (editor.initial) problems.push('index.html references the editor chunk: Monaco must load lazily.')
  const initialJsGzip = initialJs.reduce((sum, r) => sum + r.gzip, 0)
  if (initialJsGzip > BUDGET_INITIAL_JS_GZIP) problems.push('The JavaScript the first page load needs is over budget.')
  return {
    budgetInitialJsGzip: BUDGET_INITIAL_JS_GZIP,
    initialJsGzip,
    monacoJsGzip: monacoJs.reduce((sum, r) => sum + r.gzip, 0),
    monacoJsChunks: monacoJs.length,
    onDemandJs: onDemandJs.map((r) => ({ file: r.file, gzip: r.gzip })),
    serviceDataJsGzip: serviceDataJs.reduce((sum, r) => sum + r.gzip, 0),
    serviceDataJsChunks: serviceDataJs.length,
    editorChunkGzip: editor ? editor.gzip : null,
    totalRaw: rows.reduce((sum, r) => sum + r.raw, 0),
    files: rows,
    problems,
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const pad = (s, n) => String(s).padEnd(n)

function printTable(report) {
  console.log(pad('file', 46), pad('raw', 12), pad('gzip', 12), 'loaded')
  for (const row of report.files.filter((r) => !/\/iam-data-[^/]+\.js$/.test(r.file))) {
    console.log(pad(row.file, 46), pad(kb(row.raw), 12), pad(kb(row.gzip), 12), row.initial ? 'at start' : 'later')
  }
  console.log(`\nJavaScript the first page load needs: ${kb(report.initialJsGzip)} gzip (budget ${kb(report.budgetInitialJsGzip)})`)
  console.log(`Loaded on demand: ${report.onDemandJs.map((r) => `${r.file.replace(/^assets\/|-[\w-]{8}\.js$/g, '')} ${kb(r.gzip)}`).join(', ')}`)
  console.log(
    `Monaco (when the code editor is opened): ${kb(report.monacoJsGzip)} gzip in ${report.monacoJsChunks} chunks, ` +
      `${report.editorChunkGzip === null ? 'missing' : kb(report.editorChunkGzip)} of it in the code-editor chunk`,
  )
  if (report.serviceDataJsChunks > 0) {
    console.log(`AWS service data for the policy checker: ${kb(report.serviceDataJsGzip)} gzip in ${report.serviceDataJsChunks} chunks (iam-data-*), one loaded per service a document names`)
  }
  console.log(`dist/assets total: ${kb(report.totalRaw)} raw in ${report.files.length} files`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = measureBundle()
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2))
  else printTable(report)
  if (report.problems.length > 0) {
    console.error(report.problems[0])
    process.exit(1)
  }
}
