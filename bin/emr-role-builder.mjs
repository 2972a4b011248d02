#!/usr/bin/env node
// Runs the generator built by `npm run build:cli` (npm ci and npm install run it through "prepare").
import { existsSync } from 'node:fs'

const built = new URL('../dist-cli/emr-role-builder.mjs', import.meta.url)
if (!existsSync(built)) {
  console.error('The generator is not built yet: run `npm run build:cli` (npm ci does it for you).')
  process.exit(1)
}
await import(built.href)
