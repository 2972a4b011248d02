// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { lazyComponent } from './lazy-component'

const Hello = ({ name }: { name: string }) => <p>Hello {name}</p>

describe('lazyComponent', () => {
  afterEach(cleanup)

  it('once preloaded, renders within the same synchronous render, without a fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Hello))
    const lazy = lazyComponent(load)
    lazy.preload()
    lazy.preload()
    await act(async () => {}) // the chunk arrives
    expect(load).toHaveBeenCalledOnce()
    const host = document.createElement('div')
    const root = createRoot(host)
    flushSync(() =>
      root.render(
        <Suspense fallback={<p>Loading</p>}>
          <lazy.Component name="step" />
        </Suspense>,
      ),
    )
    expect(host.textContent).toBe('Hello step')
    root.unmount()
  })

  it('shows the fallback until loaded, and tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello)
    const lazy = lazyComponent(load)
    lazy.preload()
    await act(async () => {}) // the first load fails, quietly
    render(
      <Suspense fallback={<p>Loading</p>}>
        <lazy.Component name="again" />
      </Suspense>,
    )
    expect(screen.getByText('Loading')).toBeTruthy()
    await act(async () => {})
    expect(screen.getByText('Hello again')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
