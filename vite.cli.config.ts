import { defineConfig } from 'vite'

/** The command-line generator: one self-contained ES module for Node, built from the same domain code. */
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'emr-role-builder.mjs' } },
  },
  ssr: { noExternal: true },
  publicDir: false,
  logLevel: 'warn',
})
