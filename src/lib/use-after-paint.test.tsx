// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAfterFirstPaint } from './use-after-paint'

function Probe() {
  return <p>{useAfterFirstPaint() ? 'after' : 'first'}</p>
}

/** jsdom has no animation frames: these are run by the test, as a browser would before its next paint. */
function stubFrames() {
  const frames: FrameRequestCallback[] = []
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
  vi.stubGlobal('cancelAnimationFrame', () => undefined)
  return () => frames.splice(0).forEach((callback) => callback(0))
}

describe('useAfterFirstPaint', () => {
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('is false in the first render and true only after the next frame and a task after it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const paint = stubFrames()
    render(<Probe />)
    expect(screen.getByText('first')).toBeTruthy()
    act(() => paint())
    expect(screen.getByText('first')).toBeTruthy() // the frame alone is not enough: the task after it
    act(() => {
      vi.advanceTimersByTime(0)
    })
    expect(screen.getByText('after')).toBeTruthy()
  })

  it('turns true without animation frames (a tab in the background) after a short wait', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    stubFrames() // frames that never come
    render(<Probe />)
    act(() => {
      vi.advanceTimersByTime(249)
    })
    expect(screen.getByText('first')).toBeTruthy()
    act(() => {
      vi.advanceTimersByTime(1)
    })
    expect(screen.getByText('after')).toBeTruthy()
  })
})
