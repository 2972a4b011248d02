const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way where a folder should be',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

function errorPath(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'path' in error && typeof error.path === 'string' ? error.path : undefined
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ')

/** Why an operation failed, in plain words and on one line, without the path: "it is a folder". */
export function describeReason(error: unknown): string {
  const code = errorCode(error)
  return oneLine((code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error)))
}

/** Any error as one line, with the path it concerns: "/out/x.tf: it is a folder"; never a stack trace. */
export function describeError(error: unknown): string {
  const path = errorPath(error)
  return path ? `${oneLine(path)}: ${describeReason(error)}` : describeReason(error)
}
