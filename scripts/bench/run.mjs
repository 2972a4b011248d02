// `npm run bench`: builds the app (unless --skip-build) and the benchmark (scripts/bench → dist-bench/, so Node
// runs the same TypeScript domain code as the app), then runs it. Flags: --quick (1 Lighthouse run, sizes 1
// and 1,000, one run of each timing; leaves docs/performance.md alone), --skip-build, --skip-lighthouse,
// --only=domain,bundle,keystrokes,paste,open,lighthouse and --sizes=1,1000 (partial runs, docs left alone), and
// --render (rewrites docs/performance.md from reports/bench.json without measuring).
// CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const args = process.argv.slice(2)

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

if (!args.includes('--skip-build')) run('npm', ['run', 'build'])
run('npx', ['vite', 'build', '--config', 'vite.bench.config.ts'])
run(process.execPath, ['dist-bench/bench.mjs', ...args.filter((a) => a !== '--skip-build')])
