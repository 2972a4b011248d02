// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, expect, it, vi } from 'vitest'
import { useLineChanges } from './use-line-changes'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
let container: HTMLElement

/** Shows how many line changes the hook reports. */
function Probe({ text, documentKey }: { text: string; documentKey: string }) {
  return <output>{useLineChanges(text, documentKey).lines.length}</output>
}

const changedCount = () => Number(container.textContent)

function show(text: string, documentKey: string) {
  act(() => root?.render(<Probe text={text} documentKey={documentKey} />))
}

/** The comparison runs in a chunk loaded on demand: waits until it has answered. */
async function whenCompared(check: () => void) {
  await vi.waitFor(check, { timeout: 5000 })
}

afterEach(() => {
  act(() => root?.unmount())
  root = undefined
})

const before = '{\n  "a": 1\n}'
const after = '{\n  "a": 1,\n  "b": 2\n}'

it('highlights what a change of the same document added', async () => {
  container = document.createElement('div')
  root = createRoot(container)
  show(before, 'permissions')
  expect(changedCount()).toBe(0)
  show(after, 'permissions')
  await whenCompared(() => expect(changedCount()).toBeGreaterThan(0))
})

it('forgets the last change when another document is shown, even on coming back to the same text', async () => {
  container = document.createElement('div')
  root = createRoot(container)
  show(before, 'permissions')
  show(after, 'permissions')
  await whenCompared(() => expect(changedCount()).toBeGreaterThan(0))
  show('{}', 'trust')
  expect(changedCount()).toBe(0)
  show(after, 'permissions')
  expect(changedCount()).toBe(0)
})
