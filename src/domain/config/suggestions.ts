import { isBucketLocation } from '../s3/bucket-location'

/**
 * A valid value close to a bad one, for each field that offers one: in its message ("did you mean …?") and as
 * the field's "Use …" button. Each returns a value that its field's own rule accepts, or undefined when nothing
 * close would be; `suggestions.test.ts` proves it for generated bad values.
 */

/** ` Did you mean "x"?` for a message, when there is a suggestion and it is not the value itself. */
export function didYouMean(suggestion: string | undefined, value: string): string {
  return suggestion === undefined || suggestion === value ? '' : ` Did you mean "${suggestion}"?`
}

const RESERVED_BUCKET_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-']
const RESERVED_BUCKET_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']

/** S3 bucket names: lower case, other characters become "-", no ".." or "--", no reserved prefix or suffix. */
export function suggestBucketName(name: string): string | undefined {
  if (isBucketLocation(name)) return undefined // the field splits a location into bucket and prefix instead
  let next = name.trim().toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/-{2,}/g, '-').replace(/\.{2,}/g, '.')
  let previous = ''
  while (next !== previous) {
    previous = next
    next = next.slice(0, 63).replace(/^[.-]+|[.-]+$/g, '')
    for (const prefix of RESERVED_BUCKET_PREFIXES) if (next.startsWith(prefix)) next = next.slice(prefix.length)
    for (const suffix of RESERVED_BUCKET_SUFFIXES) if (next.endsWith(suffix)) next = next.slice(0, -suffix.length)
  }
  if (next.length < 3 || /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(next)) return undefined
  return next
}

/** S3 key prefixes: no leading "/", no wildcard or policy variable, printable Latin-1 only. */
export function suggestKeyPrefix(prefix: string): string | undefined {
  const next = withoutPolicyVariables(prefix.replace(/[^\u0020-\u00ff]|[*?]/g, '')).replace(/^\/+/, '').slice(0, 1024)
  return next === '' ? undefined : next
}

/** Kubernetes namespaces (DNS-1123 labels): lower case, other characters become "-", letters or digits at both ends. */
export function suggestNamespace(namespace: string): string | undefined {
  const next = namespace.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+/, '').slice(0, 63).replace(/-+$/, '')
  return next === '' ? undefined : next
}

/** EMR Serverless application IDs and EMR on EKS virtual cluster IDs: lower-case letters and digits, at most 64. */
export function suggestLowerCaseId(id: string): string | undefined {
  if (/^arn:/i.test(id.trim())) return undefined // the field reads the ID out of a pasted ARN instead
  const next = id.toLowerCase().replace(/[^0-9a-z]/g, '').slice(0, 64)
  return next === '' ? undefined : next
}

/** IAM role names: other characters become "-", at most 64. */
export function suggestRoleName(name: string): string | undefined {
  const next = name.trim().replace(/[^\w+=,.@-]+/g, '-').slice(0, 64)
  return next === '' ? undefined : next
}

/** IAM role paths: the segments, cleaned (spaces become "-"), between slashes (/emr/jobs/); "/" when none is left. */
export function suggestRolePath(path: string): string {
  const segments = path
    .split('/')
    .map((segment) => withoutPolicyVariables(segment.replace(/\s+/g, '-').replace(/[^\u0021-\u007e]|[*?]/g, '')))
    .filter((segment) => segment !== '')
  let next = '/'
  for (const segment of segments) {
    const room = 512 - next.length - 1
    if (room <= 0) break
    next += `${segment.slice(0, room)}/`
  }
  return next
}

/** EKS cluster names: letters, digits, "-" and "_", starting with a letter or digit, at most 100. */
export function suggestClusterName(name: string): string | undefined {
  const next = name.replace(/[^0-9A-Za-z_-]+/g, '-').replace(/^[-_]+/, '').slice(0, 100)
  return next === '' ? undefined : next
}

/** CloudWatch Logs log group names: other characters become "-", at most 512. */
export function suggestLogGroupName(name: string): string | undefined {
  const next = name.trim().replace(/[^.\-_/#A-Za-z0-9]+/g, '-').slice(0, 512)
  return next === '' ? undefined : next
}

/** Log stream prefixes: no ":", wildcard, policy variable or control character, at most 256. */
export function suggestLogStreamPrefix(prefix: string): string | undefined {
  const next = withoutPolicyVariables(prefix.replace(/[^\u0020-\u007e\u00a0-\u00ff]|[:*?]/g, '')).slice(0, 256)
  return next === '' ? undefined : next
}

/** Role-name prefixes: the characters of role names only, shorter than a role name. */
export function suggestRolePrefix(prefix: string): string | undefined {
  const next = prefix.replace(/[^\w+=,.@-]/g, '').slice(0, 63)
  return next === '' ? undefined : next
}

/** "${" starts an IAM policy variable: the "$" goes, until none is left ("$${x}" too). */
function withoutPolicyVariables(text: string): string {
  let next = text
  while (next.includes('${')) next = next.replaceAll('${', '{')
  return next
}
