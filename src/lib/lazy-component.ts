import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface LazyComponent<P> {
  /** Renders the component once loaded (suspending until then, the first time only). */
  Component: LazyExoticComponent<ComponentType<P>>
  /** Starts loading it (once); a failure is forgotten, so a later render tries again. */
  preload: () => void
  /** Loads it if need be; resolves once it can render at once (rejects if it could not be loaded). */
  load: () => Promise<void>
  isLoaded: () => boolean
}

/**
 * React.lazy, with two things it lacks: a preload, and, once loaded, a synchronous answer, so a component that
 * is already in renders at once instead of suspending for a microtask. A problem link that opens a step and
 * focuses a field (in one flushSync) must find the step's fields rendered.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  type Module = { default: ComponentType<P> }
  let loaded: Module | null = null
  let loading: Promise<Module> | null = null
  const get = (): PromiseLike<Module> => {
    if (loaded) {
      const module = loaded
      return { then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(module) : module) } as PromiseLike<Module>
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
    Component: lazy(get as () => Promise<Module>),
    preload: () => void get().then(undefined, () => undefined),
    load: () => Promise.resolve(get()).then(() => undefined),
    isLoaded: () => loaded !== null,
  }
}
