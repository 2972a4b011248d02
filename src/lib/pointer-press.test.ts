// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { nextTask } from './when-idle'
import { afterPress, trackPointerPresses } from './pointer-press'

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => (done = true))
  await Promise.resolve()
  await Promise.resolve()
  return done
}

const fire = (target: EventTarget, type: string) => target.dispatchEvent(new Event(type))

describe('afterPress', () => {
  let stop = () => {}
  afterEach(() => stop())

  it('resolves at once when nothing is pressed', async () => {
    stop = trackPointerPresses(window)
    expect(await settled(afterPress())).toBe(true)
  })

  it('waits while a button is down, and resolves after the click that follows its release', async () => {
    stop = trackPointerPresses(window)
    fire(window, 'pointerdown')
    const waiting = afterPress()
    const order: string[] = []
    void waiting.then(() => order.push('resolved'))
    await nextTask()
    expect(order).toEqual([]) // still pressed
    fire(window, 'pointerup')
    order.push('click') // the browser dispatches the click in the same task as pointerup
    await Promise.resolve()
    expect(order).toEqual(['click'])
    await waiting
    expect(order).toEqual(['click', 'resolved'])
  })

  it('a cancelled press, or the window losing focus, ends it; a field losing focus (what a press causes) does not', async () => {
    stop = trackPointerPresses(window)
    fire(window, 'pointerdown')
    const input = document.body.appendChild(document.createElement('input'))
    input.dispatchEvent(new FocusEvent('blur'))
    expect(await settled(afterPress())).toBe(false)
    fire(window, 'blur')
    expect(await settled(afterPress())).toBe(true)

    fire(window, 'pointerdown')
    const cancelled = afterPress()
    fire(window, 'pointercancel')
    expect(await settled(cancelled)).toBe(true)
  })

  it('stopping releases whatever waits, and presses are no longer followed', async () => {
    stop = trackPointerPresses(window)
    fire(window, 'pointerdown')
    const waiting = afterPress()
    stop()
    expect(await settled(waiting)).toBe(true)
    fire(window, 'pointerdown')
    expect(await settled(afterPress())).toBe(true)
  })
})
