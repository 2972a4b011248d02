import { lazy, type ComponentType } from 'react'

type Module<P> = { default: ComponentType<P> }

/**
 * React.lazy for a chunk the page loads before it is needed (`preload`, when the browser is idle). Once the chunk
 * is in, the component renders at once instead of suspending: its loader answers with a thenable that resolves
 * synchronously, which React reads without waiting. So a field in it exists within the render that shows it, and
 * a "Change" link or Next can focus it in the same task. A failed load is tried again by the next render.
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: Module<P> | null = null
  let loading: Promise<Module<P>> | null = null

  function loadModule(): PromiseLike<Module<P>> {
    if (loaded) {
      const module = loaded
      return { then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(module) : module) } as PromiseLike<Module<P>>
    }
    loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = null
        throw error
      },
    )
    return loading
  }

  return {
    // React's types ask for a Promise; React itself takes any thenable (and reads a synchronous answer at once).
    Component: lazy(loadModule as () => Promise<Module<P>>),
    preload: (): void => {
      loadModule().then(undefined, () => undefined)
    },
  }
}
