/** The configurations the benchmark opens: realistic, and checked by the app's own schema before use. */
import { defaultConfig, defaultEksConfig } from '../../src/domain/config/defaults'
import type { BucketEntry, Config, ConfigInput } from '../../src/domain/config/schema'
import { formatFieldProblem, validateConfig } from '../../src/domain/config/validate-config'
import { encodeConfig } from '../../src/domain/share/share-encode'

export const BENCH_ACCOUNT = '123456789012'

const TEAMS = ['analytics', 'finance', 'marketing', 'risk', 'sales', 'ops', 'data-science', 'platform']
const DATASETS = ['raw', 'curated', 'events', 'clickstream', 'orders', 'ledger', 'features', 'exports', 'logs', 'archive']

/** Bucket i as a company would name it: "acme-<team>-<dataset>-<region>-<n>" (lower case, 3 to 63 characters). */
export function bucketName(i: number): string {
  const team = TEAMS[i % TEAMS.length] as string
  const dataset = DATASETS[Math.floor(i / TEAMS.length) % DATASETS.length] as string
  return `acme-${team}-${dataset}-us-east-1-${String(i).padStart(5, '0')}`
}

export function bucketArn(i: number): string {
  return `arn:aws:s3:::${bucketName(i)}`
}

/** `count` buckets: every third with a key prefix, every other read and write. */
export function benchBuckets(count: number): BucketEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    name: bucketName(i),
    prefix: i % 3 === 1 ? `team-${i % 97}/` : '',
    access: i % 2 === 0 ? 'read' : 'read-write',
  }))
}

/** A valid configuration, or an error naming every broken field: a benchmark of an invalid one would mislead. */
export function requireValidConfig(values: ConfigInput, what: string): Config {
  const checked = validateConfig(values)
  if (!checked.ok) throw new Error(`The bench's ${what} configuration is invalid:\n${checked.problems.map(formatFieldProblem).join('\n')}`)
  return checked.value
}

/** EMR Serverless with `count` specific buckets and Glue read access (the keystroke and size runs). */
export function serverlessConfig(count: number): Config {
  return requireValidConfig(
    {
      ...defaultConfig(),
      accountId: BENCH_ACCOUNT,
      roleName: 'BenchRole',
      buckets: benchBuckets(count),
      glueAccess: 'read',
    },
    `${count}-bucket EMR Serverless`,
  )
}

/** EMR on EKS in us-east-1: one cluster and namespace with its OIDC issuer, 20 buckets, CloudWatch Logs. */
export function eksConfig(count = 20): Config {
  const eks = defaultEksConfig()
  return requireValidConfig(
    {
      ...defaultConfig(),
      target: 'eks',
      region: 'us-east-1',
      accountId: BENCH_ACCOUNT,
      roleName: 'emr-eks-analytics-job-role',
      buckets: benchBuckets(count),
      glueAccess: 'read',
      eks: {
        ...eks,
        clusters: [
          {
            clusterName: 'analytics-prod',
            namespace: 'spark-jobs',
            oidcIssuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/5C1A2B3D4E5F60718293A4B5C6D7E8F9',
            accountId: '',
          },
        ],
        logs: { enabled: true, logGroupName: '/emr-on-eks/analytics-prod', logStreamPrefix: 'spark-jobs', createLogGroup: false },
      },
    },
    `${count}-bucket EMR on EKS`,
  )
}

/** The app's path for a configuration: "/#config=…". */
export function shareLink(config: Config): string {
  return `/#${encodeConfig(config)}`
}
