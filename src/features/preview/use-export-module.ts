import { useEffect, useState } from 'react'

export type ExportModule = typeof import('./export-module')

let loading: Promise<ExportModule> | undefined
let loaded: ExportModule | undefined

/** Loads the exports' chunk once; later calls share the same promise. */
export function loadExportModule(): Promise<ExportModule> {
  loading ??= import('./export-module').then((module) => (loaded = module))
  return loading
}

export type ExportModuleState = { status: 'loading' } | { status: 'ready'; module: ExportModule } | { status: 'failed' }

/** The exports' module once it is needed (`wanted`), loading it then; its state while it loads or if it cannot. */
export function useExportModule(wanted: boolean): ExportModuleState {
  const [state, setState] = useState<ExportModuleState>(() => (loaded ? { status: 'ready', module: loaded } : { status: 'loading' }))
  useEffect(() => {
    if (!wanted || state.status !== 'loading') return
    let current = true
    loadExportModule().then(
      (module) => current && setState({ status: 'ready', module }),
      () => current && setState({ status: 'failed' }),
    )
    return () => {
      current = false
    }
  }, [wanted, state.status])
  return state
}
