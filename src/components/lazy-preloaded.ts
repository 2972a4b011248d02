import { lazy, type ComponentType } from 'react'

type Module<P> = { default: ComponentType<P> }

/**
 * A component in a chunk of its own, so the first page load stays within the bundle budget: `preload` starts
 * loading it (when the page is idle, say), and so does its first render. Once loaded it renders without
 * suspending: a problem link (goToField) must find its fields rendered within its flushSync.
 */
export function lazyPreloaded<P>(load: () => Promise<ComponentType<P>>) {
  let loaded: Module<P> | null = null
  let loading: Promise<Module<P>> | null = null

  function get(): PromiseLike<Module<P>> {
    if (loaded) {
      // Already in: a thenable that answers at once, so React.lazy renders without suspending.
      const module = loaded
      return { then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(module) : module) } as PromiseLike<Module<P>>
    }
    loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = null // a later render tries again
        throw error
      },
    )
    return loading
  }

  return {
    // React's types ask for a Promise; React itself takes any thenable (and reads a synchronous answer at once).
    Component: lazy(get as () => Promise<Module<P>>),
    preload: () => void get().then(undefined, () => undefined),
  }
}
