import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'

/** `npm run screenshots`: rewrites the README's pictures from the built app (not a test; CI does not run it). */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /screenshots\.ts$/,
  projects: [{ name: 'screenshots', use: base.projects?.[0]?.use }],
  retries: 0,
  reporter: 'list',
})
