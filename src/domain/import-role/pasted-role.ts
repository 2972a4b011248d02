/** A policy the role holds inline, by the name it was given (get-role-policy, CloudFormation Policies, Terraform). */
export interface PastedPolicy {
  name: string
  /** The document as pasted: arbitrary JSON, never assumed to be a well-formed policy. */
  document: unknown
}

/** What a pasted role says, whatever form it came in: every field absent when the paste did not say it. */
export interface PastedRole {
  roleName?: string
  /** The IAM path, "/" for none. */
  path?: string
  arn?: string
  description?: string
  maxSessionDuration?: number
  permissionsBoundary?: string
  tags?: { key: string; value: string }[]
  trustPolicy?: unknown
  inlinePolicies: PastedPolicy[]
  managedPolicyArns: string[]
  /** Where the role came from, in plain words ("AWS CLI output", "a CloudFormation template"). */
  sources: string[]
  /** What the paste held that was not understood, each in plain words. */
  unrecognised: string[]
}

export function emptyPastedRole(): PastedRole {
  return { inlinePolicies: [], managedPolicyArns: [], sources: [], unrecognised: [] }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/** A few words of a piece of text or JSON, to say which part was not understood. */
export function excerpt(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 80 ? `${line.slice(0, 77)}…` : line
}

/**
 * A policy document as the AWS API returns it (URL-encoded JSON text, RFC 3986, per the GetRole and GetRolePolicy
 * references), as JSON text, or already an object (the AWS CLI decodes it before printing).
 */
export function readPolicyValue(value: unknown): unknown {
  if (typeof value !== 'string') return value
  const text = value.trim()
  for (const candidate of [text, safeDecode(text)]) {
    if (candidate === undefined) continue
    try {
      return JSON.parse(candidate) as unknown
    } catch {
      // try the next form
    }
  }
  return value
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'))
  } catch {
    return undefined
  }
}
