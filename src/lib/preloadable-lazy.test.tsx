// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { preloadableLazy } from './preloadable-lazy'

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>Loading</p>}>{node}</Suspense>

describe('preloadableLazy', () => {
  afterEach(cleanup)

  it('suspends until the chunk is in; once preloaded, renders in the first render, loading the chunk once', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const { Component, preload } = preloadableLazy(load)
    preload()
    await act(() => Promise.resolve())
    render(inSuspense(<Component name="review" />))
    expect(screen.getByText('Hello review')).toBeTruthy() // no fallback in between
    preload()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('shows the fallback while loading, and tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<typeof Greeting>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting)
    const { Component, preload } = preloadableLazy(load)
    preload() // fails quietly
    await act(() => Promise.resolve())
    render(inSuspense(<Component name="again" />))
    expect(screen.getByText('Loading')).toBeTruthy()
    expect(await screen.findByText('Hello again')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
