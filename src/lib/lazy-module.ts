import { useEffect, useState } from 'react'
import { whenIdle } from './when-idle'

export interface LazyModule<M> {
  /** The module if it has loaded, else undefined. */
  get: () => M | undefined
  /** Starts loading it (once); resolves with it. A failure is forgotten, so a later call tries again. */
  load: () => Promise<M>
}

/** A module loaded on demand, once, and then at hand synchronously. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined
  let loading: Promise<M> | undefined
  return {
    get: () => loaded,
    load: () => {
      loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined
          throw error
        },
      )
      return loading
    },
  }
}

/**
 * The module once it has loaded; undefined until then (and if it cannot be loaded: what it adds is a nicety, so
 * the caller shows what it can without it). Once `wanted`, it loads when the page is idle, so a chunk it needs
 * is never fetched in the middle of the start-up.
 */
export function useLazyModule<M>(module: LazyModule<M>, wanted: boolean): M | undefined {
  const [value, setValue] = useState(module.get)
  useEffect(() => {
    if (!wanted || value !== undefined) return
    let current = true
    const stopWaiting = whenIdle(() => {
      module.load().then(
        (loaded) => current && setValue(() => loaded),
        () => {},
      )
    })
    return () => {
      current = false
      stopWaiting()
    }
  }, [module, wanted, value])
  return value
}
