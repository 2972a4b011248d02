// @vitest-environment jsdom
import { act } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { LINES_PER_BLOCK } from './blocks'
import { CodeView } from './code-view'
import { loadHighlighter } from './use-code-blocks'

// The test drives React's scheduler itself (flushSync, then waiting), so it can see the commit before colour.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

/** A JSON document of `blocks` blocks, each of whose lines names `word` (so each test's text is new to the cache). */
function document(word: string, blocks: number): string {
  const lines = Array.from({ length: blocks * LINES_PER_BLOCK - 3 }, (_, i) => `  "${word}-${i}": ${i},`)
  return `{\n${lines.join('\n')}\n  "last": true\n}`
}

const blockTexts = (container: HTMLElement) => [...container.querySelectorAll('.code-block')].map((block) => block.textContent)
const colouredBlocks = (container: HTMLElement) => [...container.querySelectorAll('.code-block')].filter((block) => block.querySelector('.token') !== null).length

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 200 && !condition(); tries += 1) await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBe(true)
}

let root: Root | undefined
let container: HTMLElement

beforeAll(async () => {
  await loadHighlighter()
})

afterEach(() => {
  root?.unmount()
  container.remove()
})

function show(value: string) {
  flushSync(() => root?.render(<CodeView value={value} language="json" ariaLabel="Permissions policy" />))
}

describe('CodeView', () => {
  it('commits new text plain and colours it after that commit, exactly the same text', async () => {
    container = window.document.body.appendChild(window.document.createElement('div'))
    root = createRoot(container)
    const value = document('first', 3)
    show(value)
    expect(blockTexts(container).join('')).toBe(value)
    expect(colouredBlocks(container)).toBe(0)
    await until(() => colouredBlocks(container) === 3)
    expect(blockTexts(container).join('')).toBe(value)
  })

  it('keeps the colour of unchanged blocks in the commit that changes another', async () => {
    container = window.document.body.appendChild(window.document.createElement('div'))
    root = createRoot(container)
    const value = document('second', 3)
    show(value)
    await until(() => colouredBlocks(container) === 3)
    const changed = value.replace('"second-0"', '"changed-0"')
    show(changed)
    expect(blockTexts(container).join('')).toBe(changed)
    // The first block is new text: plain in this commit. The other two come from the cache, coloured.
    expect(container.querySelectorAll('.code-block')[0]?.querySelector('.token')).toBeNull()
    expect(colouredBlocks(container)).toBe(2)
    await until(() => colouredBlocks(container) === 3)
  })

  it('colours text it has highlighted before in the first commit', async () => {
    container = window.document.body.appendChild(window.document.createElement('div'))
    root = createRoot(container)
    const value = document('third', 2)
    show(value)
    await until(() => colouredBlocks(container) === 2)
    act(() => root?.unmount())
    root = createRoot(container)
    show(value)
    expect(colouredBlocks(container)).toBe(2)
  })
})
