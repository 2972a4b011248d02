/**
 * A message that appears while a mouse button or a finger is down moves what is under the pointer: pressing a
 * control below a field leaves the field, its check shows a message, the control moves down before the button is
 * released, and the click lands on something else (or nothing). The form's resolver waits for `afterPress()`, so
 * what a press makes appear appears just after the click it makes.
 */
let pressed = false
let waiting: (() => void)[] = []

function release() {
  pressed = false
  const resolve = waiting
  waiting = []
  for (const done of resolve) done()
}

/** Follows presses on `target` until the returned function is called (an effect's clean-up). */
export function trackPointerPresses(target: EventTarget = window): () => void {
  const press = () => {
    pressed = true
  }
  // The click follows pointerup in the same task: release in the next one, after it.
  const lift = () => setTimeout(release)
  // A press that ends in another window never comes up here. (Listening in the capture phase, the window also
  // hears every field's blur: those are what a press causes.)
  const leave = (event: Event) => {
    if (event.target === event.currentTarget) release()
  }
  const events = [
    ['pointerdown', press],
    ['pointerup', lift],
    ['pointercancel', release],
    ['blur', leave],
  ] as const
  for (const [type, listener] of events) target.addEventListener(type, listener, true)
  return () => {
    for (const [type, listener] of events) target.removeEventListener(type, listener, true)
    release()
  }
}

/** Resolves at once when nothing is pressed, or once the press in progress has ended (after its click). */
export function afterPress(): Promise<void> {
  return new Promise((resolve) => (pressed ? waiting.push(resolve) : resolve()))
}
