import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = import.meta.dirname

/** Every .ts/.tsx file under src/, tests included. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The files a module imports from src/ (type-only imports too: they tie the files together just the same). */
function localImports(file: string, known: ReadonlySet<string>): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1] ?? '')
  return specifiers
    .map((specifier) => resolve(dirname(file), specifier))
    .flatMap((base) => [base, `${base}.ts`, `${base}.tsx`].filter((candidate) => known.has(candidate)).slice(0, 1))
}

/** Each cycle once, as the files in import order, relative to src/. */
function importCycles(files: readonly string[]): string[][] {
  const known = new Set(files)
  const graph = new Map(files.map((file) => [file, localImports(file, known)]))
  const cycles: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  for (const start of files) {
    if (state.has(start)) continue
    // Depth-first without recursion: a stack of (file, index of the next import to follow).
    const stack: [string, number][] = [[start, 0]]
    state.set(start, 'open')
    while (stack.length > 0) {
      const top = stack[stack.length - 1]
      if (!top) break
      const [file, next] = top
      const target = graph.get(file)?.[next]
      if (target === undefined) {
        state.set(file, 'done')
        stack.pop()
        continue
      }
      top[1] = next + 1
      if (state.get(target) === 'open') {
        const from = stack.findIndex(([f]) => f === target)
        cycles.push(stack.slice(from).map(([f]) => relative(SRC, f)))
      } else if (!state.has(target)) {
        state.set(target, 'open')
        stack.push([target, 0])
      }
    }
  }
  return cycles
}

describe('imports', () => {
  it('form no cycle anywhere in src/', () => {
    expect(importCycles(sourceFiles(SRC))).toEqual([])
  })
})
