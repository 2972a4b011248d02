import { lstat, mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { describeError, describeReason } from './describe-error'
import type { OutputFile } from './plan-roles'

export type WriteResult = { ok: true; value: string[] } | { ok: false; message: string }

const TEMP_PREFIX = '.emr-role-builder-'
const WRITES_AT_ONCE = 32

/** A file moved into place, and where the file it replaced waits until every file is in place. */
interface Moved {
  target: string
  previous?: string
}

const isFolder = (path: string) => stat(path).then((s) => s.isDirectory(), () => false)
const exists = (path: string) => lstat(path).then(() => true, () => false)

/** The temporary folder: beside --out (same file system); inside --out when only --out itself is writable. */
async function makeTempFolder(out: string, created: string[]): Promise<string> {
  const parent = dirname(out)
  const made = await mkdir(parent, { recursive: true })
  if (made) created.push(made)
  try {
    return await mkdtemp(join(parent, TEMP_PREFIX))
  } catch (error) {
    if (await isFolder(out)) return mkdtemp(join(out, TEMP_PREFIX))
    throw error
  }
}

/** Sets aside the file a new one replaces; a folder in the way stops everything. */
async function setAside(target: string, previous: string): Promise<string | undefined> {
  const existing = await lstat(target).catch(() => undefined)
  if (!existing) return undefined
  if (existing.isDirectory()) throw new Error(`${target} is a folder, where a file should go`)
  await mkdir(dirname(previous), { recursive: true })
  await rename(target, previous)
  return previous
}

/** Makes each folder the files go into, once, remembering the ones this run created. */
async function makeFolders(root: string, files: readonly OutputFile[], created: string[] = []): Promise<void> {
  for (const folder of new Set(files.map((file) => dirname(join(root, file.path))))) {
    const made = await mkdir(folder, { recursive: true })
    if (made) created.push(made)
  }
}

async function moveIntoPlace(temp: string, out: string, files: readonly OutputFile[], created: string[]): Promise<void> {
  const moved: Moved[] = []
  try {
    await makeFolders(out, files, created)
    for (const file of files) {
      const target = join(out, file.path)
      moved.push({ target, previous: await setAside(target, join(temp, 'previous', file.path)) })
      await rename(join(temp, 'new', file.path), target)
    }
  } catch (error) {
    for (const entry of moved.reverse()) await putBack(entry)
    throw error
  }
}

/** Undoes one move; a failure here must not hide the error that caused the undo. */
async function putBack({ target, previous }: Moved): Promise<void> {
  try {
    await rm(target, { force: true })
    if (previous) await rename(previous, target)
  } catch {
    // Nothing more can be done; the original error is reported.
  }
}

async function writeAndMove(temp: string, out: string, files: readonly OutputFile[], created: string[]): Promise<void> {
  await makeFolders(join(temp, 'new'), files)
  for (let i = 0; i < files.length; i += WRITES_AT_ONCE) {
    const batch = files.slice(i, i + WRITES_AT_ONCE)
    await Promise.all(batch.map((file) => writeFile(join(temp, 'new', file.path), file.text, { mode: file.mode })))
  }
  // A new folder moves into place in one step; an existing one receives the files one by one.
  if (await exists(out)) await moveIntoPlace(temp, out, files, created)
  else await rename(join(temp, 'new'), out)
}

/**
 * Writes every file into a temporary folder, then moves them into `out`; files they replace are set aside and
 * put back if any step fails, so a failed run leaves neither a partial set of files nor the temporary folder.
 */
export async function writeAtomically(outDir: string, files: readonly OutputFile[]): Promise<WriteResult> {
  const out = resolve(outDir)
  const created: string[] = []
  let temp: string | undefined
  try {
    temp = await makeTempFolder(out, created)
    await writeAndMove(temp, out, files, created)
    return { ok: true, value: files.map((file) => join(out, file.path)) }
  } catch (error) {
    for (const folder of created.reverse()) await rm(folder, { recursive: true, force: true })
    // The temporary folder is ours to know about; the user hears about their own paths only.
    const detail = describeError(error)
    return { ok: false, message: `cannot write to ${out}: ${detail.includes(TEMP_PREFIX) ? describeReason(error) : detail}` }
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true })
  }
}
