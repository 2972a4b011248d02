// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, expect, it } from 'vitest'
import { useLineChanges } from './use-line-changes'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | undefined
let container: HTMLElement

/** Shows how many line changes the hook reports. */
function Probe({ text, documentKey }: { text: string; documentKey: string }) {
  return <output>{useLineChanges(text, documentKey).lines.length}</output>
}

const changedCount = () => Number(container.textContent)

async function show(text: string, documentKey: string) {
  act(() => root?.render(<Probe text={text} documentKey={documentKey} />))
  // The comparison runs in a chunk loaded on demand: give it a moment.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
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
  await show(before, 'permissions')
  expect(changedCount()).toBe(0)
  await show(after, 'permissions')
  expect(changedCount()).toBeGreaterThan(0)
})

it('forgets the last change when another document is shown, even on coming back to the same text', async () => {
  container = document.createElement('div')
  root = createRoot(container)
  await show(before, 'permissions')
  await show(after, 'permissions')
  expect(changedCount()).toBeGreaterThan(0)
  await show('{}', 'trust')
  expect(changedCount()).toBe(0)
  await show(after, 'permissions')
  expect(changedCount()).toBe(0)
})
