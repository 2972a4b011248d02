import type { Config } from '../../domain/config/schema'
import { allExportFiles, exportProblems } from '../../domain/export/export-files'
import { zipFiles } from '../../domain/export/zip'
import { downloadBytes } from '../../lib/download'

/** Saves every document, every format and the configuration in one .zip named after the role; says what it saved. */
export function downloadRoleZip(config: Config): string {
  const [problem] = exportProblems(config)
  if (problem !== undefined) return `Nothing downloaded. ${problem}`
  const files = allExportFiles(config)
  const fileName = `${config.roleName}.zip`
  downloadBytes(fileName, zipFiles(config.roleName, files), 'application/zip')
  return `Downloaded ${fileName} (${files.length} files).`
}
