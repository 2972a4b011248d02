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
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u
/**
 * What both IAM's API model ([\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]*) and the AWS CLI reference for update-role
 * ([\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*) accept: printable ASCII and Latin-1, no soft hyphen, no controls.
 */
const DESCRIPTION_TEXT = /^[\u0020-\u007e\u00a1-\u00ac\u00ae-\u00ff]*$/
const length = (text: string) => [...text].length

/** arn:<the role's partition>:iam::<account or aws>:policy/<path><name> (botocore arnType, policyPathType, policyNameType). */
export function permissionsBoundaryProblem(arn: string, partition: string): string | undefined {
  const form = new RegExp(`^arn:${partition}:iam::(\\d{12}|aws):policy(/[\\w.,+@=-]+)*/[\\w+=,.@-]{1,128}$`)
  return arn === '' || (form.test(arn) && arn.length <= 2048)
    ? undefined
    : `Enter the ARN of a managed policy in the role's partition: arn:${partition}:iam::<account ID or aws>:policy/<name>.`
}

export function roleDescriptionProblem(description: string): string | undefined {
  if (length(description) > 1000) return `Role descriptions are at most 1000 characters; this one has ${length(description)}.`
  if (!DESCRIPTION_TEXT.test(description)) return 'A role description may use printable ASCII and Latin-1 characters (such as é or ü) only, on one line.'
  // The AWS CLI reads a value starting with file:// or fileb:// as the name of a file to send instead.
  return /^fileb?:\/\//.test(description) ? 'A role description cannot start with file:// or fileb:// (the AWS CLI would read a file).' : undefined
}

function tagProblem(text: string, what: string, max: number): string | undefined {
  if (length(text) > max) return `Tag ${what}s are at most ${max} characters; this one has ${length(text)}.`
  if (!TAG_TEXT.test(text)) return `Tag ${what}s may use letters, digits, spaces and _ . : / = + - @ only.`
  return /^aws:/i.test(text) ? `Tag ${what}s cannot start with "aws:" (kept for AWS).` : undefined
}

type Report = (path: (string | number)[], message: string | undefined) => void

/** Every rule of the role's settings, each reported at its field (paths below `roleSettings`). */
export function checkRoleSettings(settings: RoleSettings, partition: string, report: Report): void {
  const { maxSessionDuration: seconds, tags } = settings
  report(['permissionsBoundary'], permissionsBoundaryProblem(settings.permissionsBoundary, partition))
  report(['description'], roleDescriptionProblem(settings.description))
  if (seconds !== null && !(Number.isInteger(seconds) && seconds >= 3600 && seconds <= 43200)) {
    report(['maxSessionDuration'], 'The maximum session duration is a whole number of seconds from 3600 (1 hour) to 43200 (12 hours).')
  }
  if (tags.length > 50) report(['tags'], `A role has at most 50 tags; remove ${tags.length - 50}.`)
  const firstSeen = new Map<string, number>()
  tags.forEach(({ key, value }, index) => {
    const earlier = firstSeen.get(key.toLowerCase())
    report(
      ['tags', index, 'key'],
      key === ''
        ? 'Enter a tag key, or remove this row.'
        : (tagProblem(key, 'key', 128) ?? (earlier === undefined ? undefined : `Tag ${earlier + 1} has this key already (role tag keys ignore case).`)),
    )
    report(['tags', index, 'value'], tagProblem(value, 'value', 256))
    if (earlier === undefined) firstSeen.set(key.toLowerCase(), index)
  })
}
