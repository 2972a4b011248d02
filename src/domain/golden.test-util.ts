import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { expect } from 'vitest'

/**
 * Compares output with its golden file, byte for byte (so key order and formatting count too).
 * `UPDATE_GOLDEN=1 npm test` rewrites the files; review the diff before committing.
 */
export function expectGolden(file: string, text: string): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 and review it`)
  expect(text).toBe(readFileSync(file, 'utf8'))
}

export const asGoldenJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`
