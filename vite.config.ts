/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, runnerImport, type Plugin } from 'vite'
import { iamCatalog } from './scripts/vite-iam-catalog.ts'

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

/**
 * The example configurations in public/presets/ (published as they are) as a module, `virtual:preset-files`: the
 * file names and their texts. The page may not fetch them (connect-src 'none'), so they come in with the code that
 * offers them; the files stay the one source.
 */
function presetFiles(): Plugin {
  const id = 'virtual:preset-files'
  const dir = new URL('./public/presets/', import.meta.url)
  return {
    name: 'preset-files',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined
      const names = readdirSync(dir).filter((name) => name.endsWith('.json')).sort()
      const texts = names.map((name) => {
        const file = new URL(name, dir)
        this.addWatchFile(fileURLToPath(file))
        return [name, readFileSync(file, 'utf8')]
      })
      return `export default ${JSON.stringify(Object.fromEntries(texts))}`
    },
  }
}

/**
 * The built app's Content Security Policy: everything from its own origin, no eval, no requests at all (the app
 * needs none), no plugins, no <base>, no form submission. Monaco needs inline styles: it writes <style> elements
 * and style attributes at run time, with no nonce support.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/**
 * Puts the policy in the built index.html as a <meta http-equiv>, first in <head>. Only in the build: the dev
 * server injects inline scripts (React Refresh) and inline styles (CSS hot reload) that it would block.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />'
      if (!html.includes(charset)) throw new Error(`index.html has no ${charset} to put the Content Security Policy after`)
      return html.replace(charset, `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`)
    },
  }
}

export default defineConfig({
  plugins: [react(), configJsonSchema(), presetFiles(), contentSecurityPolicy(), iamCatalog()],
  build: {
    chunkSizeWarningLimit: 4500, // the lazy Monaco chunk is ~3.9 MB min (~1 MB gzip)
    // Every browser the app supports has <link rel="modulepreload">: Vite's polyfill for it is dead weight at start.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The schema, its field rules, ARNs and React are needed at start and by lazy chunks too (the review, the
        // risk rules, the crash page): left to itself the bundler puts each such module set in a small chunk of its
        // own, several of them preloaded at start; one chunk for them costs 1 KB gzip less.
        codeSplitting: {
          groups: [{ name: 'core', test: /\/(src\/domain\/(config|kms\/key-arn|iam|eks\/(oidc-issuer|eks-names))|node_modules\/react\/)/ }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
})
