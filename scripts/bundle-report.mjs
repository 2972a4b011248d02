// Prints the size of what `vite build` wrote, split into what the first page load needs (the entry
// script and what index.html references) and what loads later (Monaco's lazy chunk, workers, fonts).
// Fails when the JavaScript loaded before the editor passes the budget.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_INITIAL_JS_GZIP = 150 * 1024
const dist = new URL('../dist/', import.meta.url).pathname
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]))

const rows = readdirSync(join(dist, 'assets')).map((name) => {
  const path = join(dist, 'assets', name)
  const bytes = readFileSync(path)
  return { file: `assets/${name}`, raw: statSync(path).size, gzip: gzipSync(bytes, { level: 9 }).length }
})
const kb = (n) => `${(n / 1024).toFixed(1)} KB`
const pad = (s, n) => String(s).padEnd(n)

console.log(pad('file', 46), pad('raw', 12), pad('gzip', 12), 'loaded')
for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
  console.log(pad(row.file, 46), pad(kb(row.raw), 12), pad(kb(row.gzip), 12), initial.has(row.file) ? 'at start' : 'later')
}
const initialJs = rows.filter((r) => initial.has(r.file) && r.file.endsWith('.js'))
const initialGzip = initialJs.reduce((sum, r) => sum + r.gzip, 0)
const editor = rows.find((r) => /code-editor-.*\.js$/.test(r.file))
const lazyJs = rows.filter((r) => r.file.endsWith('.js') && !initial.has(r.file) && !r.file.includes('.worker-'))
const lazyGzip = lazyJs.reduce((sum, r) => sum + r.gzip, 0)
const total = rows.reduce((sum, r) => sum + r.raw, 0)
console.log(`\nJavaScript before the editor: ${kb(initialGzip)} gzip (budget ${kb(BUDGET_INITIAL_JS_GZIP)})`)
console.log(`Editor (Monaco, lazy): ${kb(lazyGzip)} gzip in ${lazyJs.length} chunks, ${editor ? kb(editor.gzip) : 'missing'} of it in the code-editor chunk`)
console.log(`dist/assets total: ${kb(total)} raw in ${rows.length} files`)
if (!editor) {
  console.error('No lazy json-editor chunk: Monaco must load in its own chunk.')
  process.exit(1)
}
if (initial.has(editor.file)) {
  console.error('index.html references the editor chunk: Monaco must load lazily.')
  process.exit(1)
}
if (initialGzip > BUDGET_INITIAL_JS_GZIP) {
  console.error('The JavaScript loaded before the editor is over budget.')
  process.exit(1)
}
