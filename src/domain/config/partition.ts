export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const
export type Partition = (typeof PARTITIONS)[number]

/** The partition a region belongs to, as the AWS CLI derives it (`cn-*`, `us-gov*`, else `aws`). */
export function partitionOfRegion(region: string): Partition {
  if (region.startsWith('cn-')) return 'aws-cn'
  if (region.startsWith('us-gov')) return 'aws-us-gov'
  return 'aws'
}

const REGION_PATTERN = /^(?:[a-z]{2}|us-gov)-[a-z]+-\d{1,2}$/
const ISOLATED_PATTERN = /^(?:[a-z]{2}-iso[a-z]?-|eusc-)/

/** Why a region code is unusable, or undefined when it is fine. */
export function regionProblem(region: string): string | undefined {
  if (region === '') return 'Choose the AWS Region the role is used in, for example us-east-1.'
  if (ISOLATED_PATTERN.test(region)) {
    return `${region} is in an isolated or sovereign partition, which this tool does not support (only aws, aws-cn and aws-us-gov).`
  }
  if (!REGION_PATTERN.test(region)) {
    return `"${region}" is not a region code. Use the form us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.`
  }
  return undefined
}
