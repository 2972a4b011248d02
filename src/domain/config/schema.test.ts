import { describe, expect, it } from 'vitest'
import { testConfig } from '../test-configs'
import { defaultConfig } from './defaults'
import { configSchema, type Config } from './schema'

/** The issues zod reports for a configuration, as "path: message". */
function problems(config: Config): string[] {
  const result = configSchema.safeParse(config)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const bucket = (name: string, prefix = '', access: 'read' | 'read-write' = 'read') => ({ name, prefix, access })
const oneBucket = (name: string) => testConfig({ buckets: [bucket(name)] })

describe('configSchema rejects, each with a precise message at the field', () => {
  it.each<[string, Config, string]>([
    ['bucket name too short', oneBucket('ab'), 'buckets.0.name: Bucket names are 3 to 63 characters long; "ab" has 2.'],
    ['bucket name too long', oneBucket('a'.repeat(64)), 'buckets.0.name: Bucket names are 3 to 63 characters long; this one has 64.'],
    ['bucket name in upper case', oneBucket('My-Bucket'), 'buckets.0.name: Bucket names cannot contain upper-case letters. Did you mean "my-bucket"?'],
    ['bucket name with an underscore', oneBucket('my_bucket'), 'buckets.0.name: Bucket names may contain only lower-case letters, digits, dots and hyphens; found "_". Did you mean "my-bucket"?'],
    ['bucket name with adjacent dots', oneBucket('my..bucket'), 'buckets.0.name: Bucket names cannot contain two adjacent dots (".."). Did you mean "my.bucket"?'],
    ['bucket name in IP-address form', oneBucket('192.168.5.4'), 'buckets.0.name: Bucket names cannot look like an IP address (such as 192.168.5.4).'],
    ['bucket name ending in a hyphen', oneBucket('my-bucket-'), 'buckets.0.name: Bucket names must begin and end with a letter or a digit. Did you mean "my-bucket"?'],
    ['bucket name with reserved prefix xn--', oneBucket('xn--bucket'), 'buckets.0.name: Bucket names cannot start with "xn--": AWS reserves that prefix. Did you mean "xn-bucket"?'],
    ['bucket name with reserved prefix sthree-', oneBucket('sthree-data'), 'buckets.0.name: Bucket names cannot start with "sthree-": AWS reserves that prefix. Did you mean "data"?'],
    ['bucket name with reserved prefix amzn-s3-demo-', oneBucket('amzn-s3-demo-bucket'), 'buckets.0.name: Bucket names cannot start with "amzn-s3-demo-": AWS reserves that prefix. Did you mean "bucket"?'],
    ['bucket name with reserved suffix -s3alias', oneBucket('data-s3alias'), 'buckets.0.name: Bucket names cannot end with "-s3alias": AWS reserves that suffix. Did you mean "data"?'],
    ['bucket name with reserved suffix --ol-s3', oneBucket('data--ol-s3'), 'buckets.0.name: Bucket names cannot end with "--ol-s3": AWS reserves that suffix. Did you mean "data-ol-s3"?'],
    ['bucket name with reserved suffix .mrap', oneBucket('data.mrap'), 'buckets.0.name: Bucket names cannot end with ".mrap": AWS reserves that suffix. Did you mean "data"?'],
    ['bucket name with reserved suffix --x-s3', oneBucket('data--x-s3'), 'buckets.0.name: Bucket names cannot end with "--x-s3": AWS reserves that suffix. Did you mean "data-x-s3"?'],
    ['bucket name with reserved suffix --table-s3', oneBucket('data--table-s3'), 'buckets.0.name: Bucket names cannot end with "--table-s3": AWS reserves that suffix. Did you mean "data-table-s3"?'],
    ['bucket given as an s3:// URL', oneBucket('s3://data'), 'buckets.0.name: Enter only the bucket name, without s3:// or an ARN (for example amzn-example-data).'],
    ['empty bucket name', oneBucket(''), 'buckets.0.name: Enter a bucket name.'],
    [
      'duplicate bucket',
      testConfig({ buckets: [bucket('amzn-example-data'), bucket('amzn-example-logs'), bucket('amzn-example-data', '', 'read-write')] }),
      'buckets.2.name: "amzn-example-data" is already listed as bucket 1; remove one of them.',
    ],
    [
      'duplicate bucket and prefix',
      testConfig({ buckets: [bucket('amzn-example-data', 'in/'), bucket('amzn-example-data', 'in/')] }),
      'buckets.1.name: "amzn-example-data" with prefix "in/" is already listed as bucket 1; remove one of them.',
    ],
    ['no buckets', testConfig({ buckets: [] }), 'buckets: Add at least one bucket, or choose "None".'],
    ['prefix with a wildcard', testConfig({ buckets: [bucket('amzn-example-data', 'logs/*')] }), 'buckets.0.prefix: Leave out * and ?: the policy already covers every key that starts with the prefix. Did you mean "logs/"?'],
    ['prefix starting with a slash', testConfig({ buckets: [bucket('amzn-example-data', '/logs/')] }), 'buckets.0.prefix: Key prefixes do not start with "/": write logs/ rather than /logs/. Did you mean "logs/"?'],
    ['11-digit account ID', testConfig({ accountId: '12345678901' }), 'accountId: An AWS account ID is exactly 12 digits; this one has 11.'],
    ['13-digit account ID', testConfig({ accountId: '1234567890123' }), 'accountId: An AWS account ID is exactly 12 digits; this one has 13.'],
    ['account ID with dashes', testConfig({ accountId: '1234-5678-9012' }), 'accountId: An AWS account ID contains digits only (no spaces or dashes).'],
    ['empty account ID', testConfig({ accountId: '' }), 'accountId: Enter the 12-digit ID of the AWS account that owns the role.'],
    ['role name with a space', testConfig({ roleName: 'EMR role' }), 'roleName: Role names cannot contain spaces; use letters, digits and + = , . @ _ - only. Did you mean "EMR-role"?'],
    ['role name over 64 characters', testConfig({ roleName: 'R'.repeat(65) }), 'roleName: Role names are at most 64 characters; this one has 65. Did you mean "RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR"?'],
    ['role name with a slash', testConfig({ roleName: 'emr/role' }), 'roleName: Role names may use letters, digits and + = , . @ _ - only; "/" is not allowed. Did you mean "emr-role"?'],
    ['empty role name', testConfig({ roleName: '' }), 'roleName: Enter a role name.'],
    ['role path without slashes', testConfig({ rolePath: 'emr' }), 'rolePath: A role path starts and ends with "/", for example /emr/jobs/. Did you mean "/emr/"?'],
    ['role path with a space', testConfig({ rolePath: '/emr jobs/' }), 'rolePath: Role paths may contain printable ASCII characters only, and no spaces. Did you mean "/emr-jobs/"?'],
    ['role path with a wildcard', testConfig({ rolePath: '/team*/' }), 'rolePath: A role path cannot contain "*": IAM reads it as a wildcard, so the PassRole and StartJobRun policies would match other roles’ ARNs. Did you mean "/team/"?'],
    ['role path with a question mark', testConfig({ rolePath: '/team?/' }), 'rolePath: A role path cannot contain "?": IAM reads it as a wildcard, so the PassRole and StartJobRun policies would match other roles’ ARNs. Did you mean "/team/"?'],
    ['role path with a policy variable', testConfig({ rolePath: '/${aws:username}/' }), 'rolePath: A role path cannot contain "${": IAM reads it as the start of a policy variable. Did you mean "/{aws:username}/"?'],
    ['region that is not a code', testConfig({ region: 'Ohio' }), 'region: "Ohio" is not a region code. Use the form us-east-1, eu-west-2, cn-north-1 or us-gov-west-1.'],
    ['isolated region', testConfig({ region: 'us-iso-east-1' }), 'region: us-iso-east-1 is in an isolated or sovereign partition, which this tool does not support (only aws, aws-cn and aws-us-gov).'],
    [
      'application ID with upper-case letters',
      testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fAbc' }] } }),
      'trust.applicationIds.0.id: Application IDs are lower case. Did you mean "00fabc"?',
    ],
    [
      'application ID with a dash',
      testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00f-abc' }] } }),
      'trust.applicationIds.0.id: Application IDs contain only lower-case letters and digits. Did you mean "00fabc"?',
    ],
    [
      'no application IDs',
      testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [] } }),
      'trust.applicationIds: Add at least one application ID, or allow all applications in the region.',
    ],
  ])('%s', (_name, config, expected) => {
    expect(problems(config)).toEqual([expected])
  })
})

describe('configSchema accepts', () => {
  it.each<[string, Config]>([
    ['a valid configuration', testConfig()],
    ['a 63-character bucket with dots', oneBucket(`a.${'b'.repeat(59)}.c`)],
    ['an account-regional-namespace bucket', oneBucket('data-123456789012-us-east-1-an')],
    ['a 64-character role name with every allowed symbol', testConfig({ roleName: `${'a'.repeat(57)}+=,.@_-` })],
    ['a role path', testConfig({ rolePath: '/emr/jobs/' })],
    ['a role path of "/"', testConfig({ rolePath: '/' })],
    ['a role path with $, % and a backtick, written literally in every format', testConfig({ rolePath: '/a$b%{c`d/' })],
    ['China and GovCloud regions', testConfig({ region: 'cn-northwest-1' })],
    ['the same bucket with two prefixes', testConfig({ buckets: [bucket('amzn-example-data', 'a/'), bucket('amzn-example-data', 'b/')] })],
    ['invalid buckets while All buckets is chosen', testConfig({ s3Access: 'all', buckets: [bucket('Not Valid')] })],
    ['invalid application IDs while the application limit is off', testConfig({ trust: { sourceAccount: true, sourceArn: 'none', applicationIds: [{ id: 'BAD' }] } })],
  ])('%s', (_name, config) => {
    expect(problems(config)).toEqual([])
  })

  it('reports every problem at once, not only the first', () => {
    const config = testConfig({ accountId: '1', roleName: 'a b', buckets: [bucket('AB')] })
    expect(problems(config).map((p) => p.split(':')[0])).toEqual(['accountId', 'roleName', 'buckets.0.name'])
  })

  it('starts from defaults that only lack the account and a bucket name', () => {
    expect(problems(defaultConfig())).toEqual([
      'accountId: Enter the 12-digit ID of the AWS account that owns the role.',
      'buckets.0.name: Enter a bucket name.',
    ])
  })
})
