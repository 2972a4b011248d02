import type { RoleContext } from '../context/role-context'

/**
 * The table bucket ARN form again (table-bucket-arn.ts holds the one the rules use): the wizard's paste cleaning loads
 * with the S3 step, and importing the page's own modules from there would split them into chunks of their own.
 */
const BUCKET_ARN = /^arn:([^:]*):s3tables:([^:]*):([^:]*):bucket\/([^/]*)(?:\/table\/.*)?$/

/**
 * What a table bucket field stores after `text` was pasted or typed into it: a table bucket ARN (or a table's ARN,
 * cut to its bucket) in the role's own partition, account and region becomes the bare name, as other ARN fields
 * keep only the ID; an ARN anywhere else is kept whole (a table's cut to its bucket), so its account and region reach
 * the policy exactly. Anything else is only trimmed, for the field's rule to judge.
 */
export function tableBucketFromPaste(text: string, role: RoleContext): string {
  const trimmed = text.trim()
  const arn = BUCKET_ARN.exec(trimmed)
  if (!arn) return trimmed
  const [, partition, region, accountId, name = ''] = arn
  const own = partition === role.partition && region === role.region && accountId === role.accountId
  return own ? name : `arn:${partition}:s3tables:${region}:${accountId}:bucket/${name}`
}
