import { z } from 'zod/mini'

/**
 * Settings a platform team may require of every role: a permissions boundary, a description, a maximum session
 * duration and tags. Each is off (empty) by default, and then the role is created as before.
 */
export const roleSettingsSchema = z.object({
  /** The ARN of the managed policy that bounds the role's permissions; '' for none. */
  permissionsBoundary: z.string(),
  /** The role's description; '' for the one this tool writes. */
  description: z.string(),
  /** Seconds, 3600–43200; null leaves IAM's default (one hour). */
  maxSessionDuration: z.nullable(z.number()),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
})

export type RoleSettings = z.output<typeof roleSettingsSchema>

/** Nothing set, as every configuration made before the answer existed. */
export function defaultRoleSettings(): RoleSettings {
  return { permissionsBoundary: '', description: '', maxSessionDuration: null, tags: [] }
}

/** IAM limits (botocore iam service-2.json: roleDescriptionType, roleMaxSessionDurationType, tagKeyType, tagValueType, tagListType). */
export const ROLE_SETTING_LIMITS = { description: 1000, minSession: 3600, maxSession: 43200, tags: 50, key: 128, value: 256 } as const

const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
const DESCRIPTION_TEXT = /^[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*$/u
/** arn:<partition>:iam::<account or aws>:policy/<path><name> (botocore policyPathType and policyNameType). */
const POLICY_ARN = /^arn:([^:]*):iam::([^:]*):policy((?:\/[A-Za-z0-9.,+@=_-]+)*)\/([\w+=,.@-]+)$/

const length = (text: string) => [...text].length

export function permissionsBoundaryProblem(arn: string, partition: string): string | undefined {
  if (arn === '') return undefined
  const example = `arn:${partition}:iam::123456789012:policy/TeamBoundary`
  const match = POLICY_ARN.exec(arn)
  if (match === null) return `Enter the ARN of a managed policy, for example ${example}.`
  const [, arnPartition, account, , name = ''] = match
  if (arnPartition !== partition) return `The boundary must be in the role's partition, ${partition}: its ARN starts arn:${partition}:iam::.`
  if (account !== 'aws' && !/^\d{12}$/.test(account ?? '')) return `The account in the ARN is a 12-digit ID, or "aws" for an AWS managed policy.`
  if (length(name) > 128) return `Policy names are at most 128 characters; this one has ${length(name)}.`
  if (arn.length > 2048) return `ARNs are at most 2048 characters; this one has ${arn.length}.`
  return undefined
}

export function roleDescriptionProblem(description: string): string | undefined {
  if (length(description) > ROLE_SETTING_LIMITS.description) {
    return `Role descriptions are at most ${ROLE_SETTING_LIMITS.description} characters; this one has ${length(description)}.`
  }
  if (!DESCRIPTION_TEXT.test(description)) return 'A role description cannot contain tabs, line breaks or other control characters.'
  // The AWS CLI reads a value starting with file:// or fileb:// as the name of a file to send instead.
  if (/^fileb?:\/\//.test(description)) return 'A role description cannot start with file:// or fileb://: the AWS CLI would read a file instead.'
  return undefined
}

export function maxSessionDurationProblem(seconds: number | null): string | undefined {
  if (seconds === null) return undefined
  const { minSession, maxSession } = ROLE_SETTING_LIMITS
  if (!Number.isInteger(seconds) || seconds < minSession || seconds > maxSession) {
    return `The maximum session duration is a whole number of seconds from ${minSession} (1 hour) to ${maxSession} (12 hours).`
  }
  return undefined
}

function tagTextProblem(text: string, what: 'key' | 'value', max: number): string | undefined {
  if (length(text) > max) return `Tag ${what}s are at most ${max} characters; this one has ${length(text)}.`
  if (!TAG_TEXT.test(text)) {
    const bad = [...text].find((c) => !TAG_TEXT.test(c)) ?? ''
    return `Tag ${what}s may use letters, digits, spaces and _ . : / = + - @ only; ${JSON.stringify(bad)} is not allowed.`
  }
  if (/^aws:/i.test(text)) return `Tag ${what}s cannot start with "aws:": AWS keeps that prefix for itself.`
  return undefined
}

type Report = (path: (string | number)[], message: string | undefined) => void

/** Every rule of the role's settings, each reported at its field (paths below `roleSettings`). */
export function checkRoleSettings(settings: RoleSettings, partition: string, report: Report): void {
  report(['permissionsBoundary'], permissionsBoundaryProblem(settings.permissionsBoundary, partition))
  report(['description'], roleDescriptionProblem(settings.description))
  report(['maxSessionDuration'], maxSessionDurationProblem(settings.maxSessionDuration))
  if (settings.tags.length > ROLE_SETTING_LIMITS.tags) {
    report(['tags'], `A role has at most ${ROLE_SETTING_LIMITS.tags} tags; remove ${settings.tags.length - ROLE_SETTING_LIMITS.tags}.`)
  }
  const firstSeen = new Map<string, number>()
  settings.tags.forEach(({ key, value }, index) => {
    const earlier = firstSeen.get(key.toLowerCase())
    const keyProblem =
      key === ''
        ? 'Enter a tag key, or remove this row.'
        : (tagTextProblem(key, 'key', ROLE_SETTING_LIMITS.key) ??
          (earlier === undefined ? undefined : `Tag ${earlier + 1} has this key already (IAM role tag keys ignore case).`))
    report(['tags', index, 'key'], keyProblem)
    report(['tags', index, 'value'], tagTextProblem(value, 'value', ROLE_SETTING_LIMITS.value))
    if (earlier === undefined) firstSeen.set(key.toLowerCase(), index)
  })
}
