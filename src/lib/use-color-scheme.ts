import { useSyncExternalStore } from 'react'

const QUERY = '(prefers-color-scheme: dark)'

function subscribe(onChange: () => void): () => void {
  const media = typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined
  media?.addEventListener('change', onChange)
  return () => media?.removeEventListener('change', onChange)
}

const snapshot = (): 'light' | 'dark' => (typeof matchMedia === 'function' && matchMedia(QUERY).matches ? 'dark' : 'light')

/** The system's colour scheme, following it when it changes (for what CSS cannot style, such as Monaco). */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, snapshot, () => 'light')
}
