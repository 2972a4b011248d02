import type { Config } from '../../domain/config/schema'
import { loadExportModule } from './use-export-module'

export const EXPORTS_UNAVAILABLE = 'The exports could not be loaded (is the connection down?). Reload the page to try again.'

/** "Download all": loads the exports' chunk, which makes and saves the .zip; resolves to what to tell the person. */
export function downloadAllFiles(config: Config): Promise<string> {
  return loadExportModule().then(
    (exports) => exports.downloadRoleZip(config),
    () => EXPORTS_UNAVAILABLE,
  )
}
