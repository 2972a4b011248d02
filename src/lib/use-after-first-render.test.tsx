// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterFirstRender } from './use-after-first-render'

function Probe() {
  return <p>{useAfterFirstRender() ? 'after' : 'first'}</p>
}

describe('useAfterFirstRender', () => {
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  it('is false in the first render and true in the next, started in a task of its own', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    render(<Probe />)
    expect(screen.getByText('first')).toBeTruthy()
    act(() => {
      vi.advanceTimersByTime(0)
    })
    expect(screen.getByText('after')).toBeTruthy()
  })

  it('stays false while the task has not run, and the task is cancelled when the component goes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { unmount } = render(<Probe />)
    expect(screen.getByText('first')).toBeTruthy()
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })
})
