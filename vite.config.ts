/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import { defineConfig, runnerImport, type Plugin } from 'vite'

type ConfigFileModule = typeof import('./src/domain/share/config-file')

/** Publishes the JSON Schema of configuration files beside the app, generated from the zod schema. */
function configJsonSchema(): Plugin {
  const load = async () => {
    const { module } = await runnerImport<ConfigFileModule>('./src/domain/share/config-file.ts', {
      configFile: false,
      logLevel: 'silent',
    })
    return { fileName: module.CONFIG_SCHEMA_FILE, source: `${JSON.stringify(module.configFileJsonSchema(), null, 2)}\n` }
  }
  return {
    name: 'config-json-schema',
    async generateBundle() {
      const { fileName, source } = await load()
      this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        void load().then(({ fileName, source }) => {
          if (request.url !== `/${fileName}`) return next()
          response.setHeader('Content-Type', 'application/json')
          response.end(source)
        }, next)
      })
    },
  }
}

export default defineConfig({
  plugins: [react(), configJsonSchema()],
  build: { chunkSizeWarningLimit: 4500 }, // the lazy Monaco chunk is ~3.9 MB min (~1 MB gzip)
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
