// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyPreloaded } from './lazy-preloaded'

afterEach(cleanup)

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>

describe('lazyPreloaded', () => {
  it('once preloaded, renders in the same commit, without its fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const { Component, preload } = lazyPreloaded(load)
    preload()
    preload()
    await act(() => Promise.resolve())
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Ada" />
      </Suspense>,
    )
    expect(screen.getByText('Hello Ada')).toBeTruthy()
    expect(load).toHaveBeenCalledOnce()
  })

  it('loads on its first render when not preloaded, and tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting)
    const { Component, preload } = lazyPreloaded<{ name: string }>(load)
    preload() // fails, quietly
    await act(() => Promise.resolve())
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Grace" />
      </Suspense>,
    )
    expect(screen.getByText('Loading…')).toBeTruthy()
    expect(await screen.findByText('Hello Grace')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
