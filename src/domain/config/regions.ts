import type { Partition } from './partition'

export interface KnownRegion {
  code: string
  name: string
}

export interface RegionGroup {
  partition: Partition
  title: string
  regions: readonly KnownRegion[]
}

/**
 * The regions offered in the list, by partition, with their names: botocore's `partitions.json`
 * (boto/botocore `botocore/data/partitions.json`, 2025), without its global pseudo-regions and the isolated and
 * sovereign partitions this tool does not support. Any other well-formed region code can still be typed.
 */
export const REGION_GROUPS: readonly RegionGroup[] = [
  {
    partition: 'aws',
    title: 'AWS commercial',
    regions: [
      { code: 'us-east-1', name: 'US East (N. Virginia)' },
      { code: 'us-east-2', name: 'US East (Ohio)' },
      { code: 'us-west-1', name: 'US West (N. California)' },
      { code: 'us-west-2', name: 'US West (Oregon)' },
      { code: 'af-south-1', name: 'Africa (Cape Town)' },
      { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)' },
      { code: 'ap-east-2', name: 'Asia Pacific (Taipei)' },
      { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
      { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)' },
      { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)' },
      { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)' },
      { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)' },
      { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)' },
      { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
      { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)' },
      { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)' },
      { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)' },
      { code: 'ap-southeast-6', name: 'Asia Pacific (New Zealand)' },
      { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)' },
      { code: 'ca-central-1', name: 'Canada (Central)' },
      { code: 'ca-west-1', name: 'Canada West (Calgary)' },
      { code: 'eu-central-1', name: 'Europe (Frankfurt)' },
      { code: 'eu-central-2', name: 'Europe (Zurich)' },
      { code: 'eu-north-1', name: 'Europe (Stockholm)' },
      { code: 'eu-south-1', name: 'Europe (Milan)' },
      { code: 'eu-south-2', name: 'Europe (Spain)' },
      { code: 'eu-west-1', name: 'Europe (Ireland)' },
      { code: 'eu-west-2', name: 'Europe (London)' },
      { code: 'eu-west-3', name: 'Europe (Paris)' },
      { code: 'il-central-1', name: 'Israel (Tel Aviv)' },
      { code: 'me-central-1', name: 'Middle East (UAE)' },
      { code: 'me-south-1', name: 'Middle East (Bahrain)' },
      { code: 'mx-central-1', name: 'Mexico (Central)' },
      { code: 'sa-east-1', name: 'South America (São Paulo)' },
    ],
  },
  {
    partition: 'aws-cn',
    title: 'China',
    regions: [
      { code: 'cn-north-1', name: 'China (Beijing)' },
      { code: 'cn-northwest-1', name: 'China (Ningxia)' },
    ],
  },
  {
    partition: 'aws-us-gov',
    title: 'AWS GovCloud (US)',
    regions: [
      { code: 'us-gov-east-1', name: 'AWS GovCloud (US-East)' },
      { code: 'us-gov-west-1', name: 'AWS GovCloud (US-West)' },
    ],
  },
]

const KNOWN = new Set(REGION_GROUPS.flatMap((group) => group.regions.map((region) => region.code)))

/** True for a region in the list; any other well-formed code is still accepted (`regionProblem`). */
export function isKnownRegion(region: string): boolean {
  return KNOWN.has(region)
}
