import type { Config } from '../config/schema'
import type { RiskWarning } from './risk'

/**
 * Read and write on a whole table bucket: jobs can create namespaces and tables, and rewrite the data and metadata of
 * every table in it, other teams' and later ones included. A namespace limits all but CreateNamespace (which is then
 * left out). One warning, at the first such row.
 */
function writeEveryNamespace(config: Config): RiskWarning[] {
  const index = config.tableBuckets.findIndex((row) => row.access === 'read-write' && row.namespace === '')
  if (index === -1) return []
  const buckets = [...new Set(config.tableBuckets.filter((r) => r.access === 'read-write' && r.namespace === '').map((r) => r.bucket))]
  const shown = buckets.slice(0, 2).join(', ') + (buckets.length > 2 ? ` and ${buckets.length - 2} more` : '')
  return [
    {
      id: 's3-tables-write-every-namespace',
      severity: 'low',
      title: 'Read and write on every table of a table bucket',
      detail: `Jobs can create namespaces and tables in ${shown}, and overwrite the data and metadata of every table there, later ones included.`,
      saferAlternative: 'Give a namespace on read-and-write rows (the one your jobs write), and use "Read only" for tables they only read.',
      field: `tableBuckets.${index}.access`,
    },
  ]
}

/**
 * A table bucket in another account: this role's policy is only half of the access. The other account's table bucket
 * policy must also allow the role (S3 User Guide, s3-tables-setting-up.html: cross-account access per action;
 * s3-tables-resource-based-policies.html). Informational: nothing broader is granted.
 */
function otherAccount(config: Config): RiskWarning[] {
  // arn:<partition>:s3tables:<region>:<account>:bucket/<name>, read without the page's modules (this file loads later).
  const parts = (bucket: string) => bucket.split(':')
  const index = config.tableBuckets.findIndex((row) => row.bucket.startsWith('arn:') && parts(row.bucket)[4] !== config.accountId)
  const row = config.tableBuckets[index]
  if (!row) return []
  const arn = { accountId: parts(row.bucket)[4] ?? '', name: row.bucket.slice(row.bucket.indexOf(':bucket/') + ':bucket/'.length) }
  return [
    {
      id: 's3-tables-other-account',
      severity: 'low',
      title: 'A table bucket in another account',
      detail: `${arn.name} belongs to account ${arn.accountId}: jobs reach it only if that account’s table bucket policy also allows this role.`,
      saferAlternative: 'Ask the owner to allow this role in the table bucket policy, for the same actions and namespace.',
      field: `tableBuckets.${index}.bucket`,
      informational: { answers: [row.bucket] },
    },
  ]
}

export function assessTableBucketRisks(config: Config): RiskWarning[] {
  return [...writeEveryNamespace(config), ...otherAccount(config)]
}
