import { partitionOfRegion } from '../config/partition'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { tableBucketArn } from './table-bucket-location'
import { tableBucketProblem, tableNamespaceProblem } from './table-bucket-names'

export interface TableBucketIssue {
  path: (string | number)[]
  message: string
}

/** Each table bucket row's problems, at its fields: the bucket (name or ARN), the namespace, and rows listed twice. */
export function checkTableBuckets(rows: readonly TableBucketEntry[], region: string, accountId: string): TableBucketIssue[] {
  const partition = partitionOfRegion(region)
  const context = { partition, region, accountId }
  const issues: TableBucketIssue[] = []
  const firstSeen = new Map<string, number>()
  rows.forEach((row, index) => {
    const bucketIssue = tableBucketProblem(row.bucket, partition)
    if (bucketIssue !== undefined) issues.push({ path: ['tableBuckets', index, 'bucket'], message: bucketIssue })
    const namespaceIssue = tableNamespaceProblem(row.namespace)
    if (namespaceIssue !== undefined) issues.push({ path: ['tableBuckets', index, 'namespace'], message: namespaceIssue })
    if (bucketIssue !== undefined) return
    const key = `${tableBucketArn(context, row.bucket)}\u0000${row.namespace}`
    const earlier = firstSeen.get(key)
    if (earlier === undefined) {
      firstSeen.set(key, index)
    } else {
      issues.push({ path: ['tableBuckets', index, 'bucket'], message: `Already listed as table bucket ${earlier + 1}.` })
    }
  })
  return issues
}
