let editorImport: Promise<typeof import('./code-editor')> | undefined

/** Starts fetching Monaco (about 750 KB gzip) once; called on intent, such as pointing at "Code editor". */
export function preloadCodeEditor(): Promise<typeof import('./code-editor')> {
  editorImport ??= import('./code-editor')
  return editorImport
}
