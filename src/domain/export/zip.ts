import { strToU8, zipSync, type Zippable } from 'fflate'
import type { ExportFile } from './export-files'

/** A .zip of the files in one folder named after the role; a fixed date keeps the bytes stable. */
export function zipFiles(folder: string, files: readonly ExportFile[]): Uint8Array {
  const mtime = new Date('2026-01-01T00:00:00Z')
  const entries: Zippable = {}
  for (const file of files) {
    const mode = file.language === 'shell' ? 0o755 : 0o644
    entries[`${folder}/${file.fileName}`] = [strToU8(file.text), { mtime, os: 3, attrs: mode << 16 }]
  }
  return zipSync(entries, { level: 6 })
}
