import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  clusterNameProblem,
  logGroupNameProblem,
  logStreamPrefixProblem,
  namespaceProblem,
  rolePrefixProblem,
  virtualClusterIdProblem,
} from '../eks/eks-names'
import { applicationIdProblem, roleNameProblem, rolePathProblem } from './iam-names'
import { bucketNameProblem, keyPrefixProblem } from './s3-names'
import {
  suggestBucketName,
  suggestClusterName,
  suggestKeyPrefix,
  suggestLogGroupName,
  suggestLogStreamPrefix,
  suggestLowerCaseId,
  suggestNamespace,
  suggestRoleName,
  suggestRolePath,
  suggestRolePrefix,
} from './suggestions'

type Rule = (value: string) => string | undefined

interface FieldKind {
  kind: string
  problem: Rule
  suggest: (value: string) => string | undefined
  /** Bad values people type for this kind, each with the suggestion a person would expect. */
  examples: [string, string | undefined][]
}

const KINDS: FieldKind[] = [
  {
    kind: 'bucket name',
    problem: bucketNameProblem,
    suggest: suggestBucketName,
    examples: [
      ['Bad_Name', 'bad-name'],
      ['My Data Bucket', 'my-data-bucket'],
      ['-logs..2024-', 'logs.2024'],
      ['team--x-s3', 'team-x-s3'],
      ['sthree-Data', 'data'],
      ['192.168.5.4', undefined],
      ['s3://x/y', undefined], // split into bucket and prefix by the field instead
    ],
  },
  { kind: 'key prefix', problem: keyPrefixProblem, suggest: suggestKeyPrefix, examples: [['/raw/*', 'raw/'], ['logs/${aws:username}/', 'logs/{aws:username}/'], ['*', undefined]] },
  {
    kind: 'namespace',
    problem: namespaceProblem,
    suggest: suggestNamespace,
    examples: [['batch_jobs', 'batch-jobs'], ['Batch_Jobs', 'batch-jobs'], ['-spark jobs-', 'spark-jobs'], ['___', undefined]],
  },
  {
    kind: 'application ID',
    problem: applicationIdProblem,
    suggest: suggestLowerCaseId,
    examples: [['00FABC', '00fabc'], ['00f-abc', '00fabc'], ['arn:aws:emr-serverless:x', undefined]],
  },
  { kind: 'virtual cluster ID', problem: virtualClusterIdProblem, suggest: suggestLowerCaseId, examples: [['AB_12', 'ab12']] },
  { kind: 'role name', problem: roleNameProblem, suggest: suggestRoleName, examples: [['Spark job role', 'Spark-job-role'], ['role/x', 'role-x']] },
  { kind: 'role path', problem: rolePathProblem, suggest: suggestRolePath, examples: [['emr/jobs', '/emr/jobs/'], ['/a//b/', '/a/b/'], ['/team*/', '/team/'], ['/emr jobs/', '/emr-jobs/']] },
  { kind: 'cluster name', problem: clusterNameProblem, suggest: suggestClusterName, examples: [['_spark cluster', 'spark-cluster']] },
  { kind: 'log group name', problem: logGroupNameProblem, suggest: suggestLogGroupName, examples: [['/emr on eks/spark', '/emr-on-eks/spark']] },
  { kind: 'log stream prefix', problem: logStreamPrefixProblem, suggest: suggestLogStreamPrefix, examples: [['jobs:*', 'jobs']] },
  { kind: 'role-name prefix', problem: rolePrefixProblem, suggest: suggestRolePrefix, examples: [['analytics-*', 'analytics-']] },
]

/** Characters that break one rule or another: case, separators, wildcards, policy variables, controls, non-ASCII. */
const TRICKY = [...'aZz09-_.:/ *?${}#@+=,', '\t', '\u0000', '\u007f', 'é', 'İ', '\u2028', '😀', '"']
const badCandidates = fc.oneof(
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 60, maxLength: 600 }), // past every length limit
  fc.string({ unit: 'binary', maxLength: 70 }),
  fc.constantFrom('192.168.5.4', 'xn--a', 'sthree-a', 'amzn-s3-demo-a', 'a-s3alias', 'a--ol-s3', 'a.mrap', 'a--x-s3', 'a--table-s3', 'a..b', '/'),
)

/** The suggestions a message offers: every "did you mean "…"?" in it. */
function suggestionsIn(message: string): string[] {
  return [...message.matchAll(/[Dd]id you mean "(.*?)"\?/g)].map((match) => match[1] ?? '')
}

describe('every suggestion offered for a bad value is valid by the rule that judged the value', () => {
  it.each(KINDS)('$kind: 1,000 generated bad values', ({ problem, suggest }) => {
    fc.assert(
      fc.property(
        badCandidates.filter((value) => problem(value) !== undefined),
        (bad) => {
          const message = problem(bad) ?? ''
          const offered = [suggest(bad), ...suggestionsIn(message)].filter((s): s is string => s !== undefined && s !== bad)
          for (const suggestion of offered) expect(problem(suggestion), `${JSON.stringify(bad)} → ${JSON.stringify(suggestion)}`).toBeUndefined()
        },
      ),
      { numRuns: 1000 },
    )
  })

  it.each(KINDS.flatMap(({ kind, problem, suggest, examples }) => examples.map(([bad, expected]) => ({ kind, problem, suggest, bad, expected }))))(
    '$kind: $bad → $expected',
    ({ problem, suggest, bad, expected }) => {
      expect(problem(bad)).toBeDefined()
      expect(suggest(bad)).toBe(expected)
      // The message offers the same suggestion as the field's button, or none.
      expect(suggestionsIn(problem(bad) ?? '')).toEqual(expected === undefined ? [] : [expected])
    },
  )

  it('a suggestion is offered for most bad values, not only for the easy ones', () => {
    const samples = fc.sample(badCandidates.filter((value) => namespaceProblem(value) !== undefined), { numRuns: 1000, seed: 11 })
    const offered = samples.filter((bad) => suggestNamespace(bad) !== undefined && suggestNamespace(bad) !== bad)
    expect(offered.length).toBeGreaterThan(500)
  })
})
