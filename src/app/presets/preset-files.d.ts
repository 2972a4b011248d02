/** The files of public/presets/, by name, as they are (vite.config.ts, `presetFiles`). */
declare module 'virtual:preset-files' {
  const files: Readonly<Record<string, string>>
  export default files
}
