import { defineConfig } from 'vite'

/** The benchmark (`npm run bench`): one ES module for Node, built from scripts/bench and the app's domain code. */
export default defineConfig({
  build: {
    ssr: 'scripts/bench/main.ts',
    outDir: 'dist-bench',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'bench.mjs' } },
  },
  publicDir: false,
  logLevel: 'warn',
})
