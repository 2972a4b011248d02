// The deployable exports and the zip writer: the largest part of the domain code that the first paint does
// not need. Loaded on demand (see use-export-module.ts) as one chunk.
export { allExportFiles, exportProblems, renderExports } from '../../domain/export/export-files'
export { zipFiles } from '../../domain/export/zip'
export { downloadRoleZip } from './role-zip'
