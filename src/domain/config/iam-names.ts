import { didYouMean, suggestLowerCaseId, suggestRoleName, suggestRolePath } from './suggestions'

const ROLE_NAME_CHARS = /^[\w+=,.@-]+$/
const PATH_CHARS = /^[\u0021-\u007e]+$/

export function accountIdProblem(accountId: string): string | undefined {
  if (accountId === '') return 'Enter the 12-digit ID of the AWS account that owns the role.'
  if (!/^\d+$/.test(accountId)) return 'An AWS account ID contains digits only (no spaces or dashes).'
  if (accountId.length !== 12) {
    return `An AWS account ID is exactly 12 digits; this one has ${accountId.length}.`
  }
  return undefined
}

export function roleNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a role name.'
  const fix = () => didYouMean(suggestRoleName(name), name)
  if (name.length > 64) return `Role names are at most 64 characters; this one has ${name.length}.${fix()}`
  if (name.includes(' ')) return `Role names cannot contain spaces; use letters, digits and + = , . @ _ - only.${fix()}`
  if (!ROLE_NAME_CHARS.test(name)) {
    const bad = name.match(/[^\w+=,.@-]/)?.[0] ?? ''
    return `Role names may use letters, digits and + = , . @ _ - only; "${bad}" is not allowed.${fix()}`
  }
  return undefined
}

/** IAM path: "/" alone, or starting and ending with "/" (1–512 printable ASCII characters). Empty means "/". */
export function rolePathProblem(path: string): string | undefined {
  if (path === '' || path === '/') return undefined
  const fix = () => didYouMean(suggestRolePath(path), path)
  if (!path.startsWith('/') || !path.endsWith('/')) {
    return `A role path starts and ends with "/", for example /emr/jobs/.${fix()}`
  }
  if (path.length > 512) return `Role paths are at most 512 characters; this one has ${path.length}.${fix()}`
  if (!PATH_CHARS.test(path)) return `Role paths may contain printable ASCII characters only, and no spaces.${fix()}`
  if (path.includes('//')) return `A role path cannot contain an empty segment ("//").${fix()}`
  const literal = iamLiteralProblem(path, 'A role path', 'the PassRole and StartJobRun policies would match other roles’ ARNs')
  return literal === undefined ? undefined : `${literal}${fix()}`
}

/**
 * Text that lands in an ARN or a condition value must stay literal: in `Resource` and in StringLike/ArnLike
 * values IAM reads "*" and "?" as wildcards, and "${" starts a policy variable everywhere (domain-facts §9).
 * `consequence` says what the wildcard would do in this field's documents.
 */
export function iamLiteralProblem(text: string, what: string, consequence: string): string | undefined {
  const wildcard = /[*?]/.exec(text)?.[0]
  if (wildcard !== undefined) return `${what} cannot contain "${wildcard}": IAM reads it as a wildcard, so ${consequence}.`
  if (text.includes('${')) return `${what} cannot contain "\${": IAM reads it as the start of a policy variable.`
  return undefined
}

/** EMR Serverless application IDs: [0-9a-z]+, 1–64 characters (botocore ApplicationId). */
export function applicationIdProblem(id: string): string | undefined {
  if (id === '') return 'Enter an application ID, for example 00fabcdexample01, or remove this row.'
  if (id.startsWith('arn:')) return 'Enter only the ID, the part after /applications/ in the ARN.'
  const fix = () => didYouMean(suggestLowerCaseId(id), id)
  if (/[A-Z]/.test(id)) return `Application IDs are lower case.${fix()}`
  if (!/^[0-9a-z]+$/.test(id)) return `Application IDs contain only lower-case letters and digits.${fix()}`
  if (id.length > 64) return `Application IDs are at most 64 characters; this one has ${id.length}.${fix()}`
  return undefined
}
