import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import type { Statement } from '../iam/policy'
import { eksTestConfig, testConfig } from '../test-configs'
import { startIamStandIn, WRITE_ACTIONS, type IamStandIn, type StandInCall } from '../../test-support/iam-stand-in.test-util'
import type { Caller } from '../../test-support/iam-state.test-util'
import { requireAwsCli, runScript } from '../../test-support/run-script.test-util'
import { renderAwsCli } from './render-aws-cli'
import { buildRoleBundle } from './role-bundle'

// The generated script, run by bash with the real AWS CLI against a local stand-in for IAM and STS. Each CLI
// call costs about a second of CPU, so the scenarios run side by side, each with its own stand-in, and each
// proves several things at once (about 60 calls in all).

const ACCOUNT: Caller = { account: '123456789012', partition: 'aws' }
const S3_FULL_ACCESS = 'arn:aws:iam::aws:policy/AmazonS3FullAccess'
/**
 * About a second of CPU per CLI call and up to 24 calls in a scenario: some 30 s on an idle machine, but each call
 * took up to 9 s on a shared two-CPU machine under a load of 10. Generous, so that load never fails a test.
 */
const SCENARIO_TIMEOUT = 480_000

const standIns: IamStandIn[] = []
beforeAll(requireAwsCli)
afterAll(async () => {
  await Promise.all(standIns.map((s) => s.close()))
})

async function startStandIn(caller: Caller = ACCOUNT): Promise<IamStandIn> {
  const standIn = await startIamStandIn(caller)
  standIns.push(standIn)
  return standIn
}

/** One write call, named by what it changes: `AttachRolePolicy arn:…`, `DeletePolicyVersion v1`. */
const describeWrite = ({ action, params }: StandInCall) =>
  `${action} ${params.VersionId ?? params.PolicyName ?? params.PolicyArn ?? params.RoleName ?? ''}`

/** Renders the configuration's script, runs it once, and returns what happened with the calls it made. */
async function deploy(standIn: IamStandIn, config: Config, args: string[] = []) {
  const bundle = buildRoleBundle(configSchema.parse(config))
  const first = standIn.calls.length
  const run = await runScript(renderAwsCli(bundle), args, standIn)
  const calls = standIn.calls.slice(first)
  return {
    ...run,
    bundle,
    lines: run.stdout.trim().split('\n'),
    actions: calls.map((c) => c.action),
    writes: calls.filter((c) => WRITE_ACTIONS.has(c.action)).map(describeWrite),
  }
}

/** A statement the script did not write, which it must leave alone. */
const UNRELATED: Statement = {
  Sid: 'CiDeployer',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::123456789012:role/ci-deployer' },
  Action: 'sts:AssumeRole',
}

const EMPTY_POLICY = '{"Version":"2012-10-17","Statement":[]}'

function seedRole(standIn: IamStandIn, roleName: string, trust: unknown) {
  standIn.state.run('iam', 'CreateRole', { RoleName: roleName, Path: '/', AssumeRolePolicyDocument: JSON.stringify(trust) })
}

/** EMR on EKS, role "myrole", with the job submitters' StartJobRun policy for one virtual cluster. */
function eksWithSubmitters(virtualClusterId: string, overrides: Partial<Config> = {}, eks: Partial<Config['eks']> = {}): Config {
  const { submitters } = eksTestConfig().eks
  return eksTestConfig(overrides, { submitters: { ...submitters, enabled: true, virtualClusterIds: [{ id: virtualClusterId }] }, ...eks })
}

const SUBMITTERS_POLICY = 'arn:aws:iam::123456789012:policy/myrole-startjobrun'

/** The past tense the script prints for what --dry-run said it would do. */
const done = (line: string) =>
  line.replace(/^Would (\w+)/, (_, verb: string) =>
    ({ create: 'Created', update: 'Updated', put: 'Put', attach: 'Attached', detach: 'Detached', delete: 'Deleted' })[verb] ?? verb,
  )

describe.concurrent('the AWS CLI script against a stand-in for IAM and STS', () => {
  // First: the longest chain of calls.
  it('EMR on EKS: --dry-run plans with read-only calls; the run merges the trust policy as the AWS CLI does and removes what it does not name; a second run changes nothing', async () => {
    const standIn = await startStandIn()
    const config = eksWithSubmitters('abc123', {}, { serviceAccounts: { ...eksTestConfig().eks.serviceAccounts, sparkOperator: true } })
    const [jobs, operator] = buildRoleBundle(configSchema.parse(config)).trustStatements
    expect(operator).toBeDefined()
    // A statement the script did not write, and its jobs statement with the keys in another order (still the same
    // statement); an inline and a managed policy of old.
    const { Condition, Action, Principal, Effect } = jobs ?? UNRELATED
    seedRole(standIn, 'myrole', { Version: '2012-10-17', Statement: [UNRELATED, { Condition, Action, Principal, Effect }] })
    standIn.state.run('iam', 'PutRolePolicy', { RoleName: 'myrole', PolicyName: 'legacy-extra', PolicyDocument: EMPTY_POLICY })
    standIn.state.run('iam', 'AttachRolePolicy', { RoleName: 'myrole', PolicyArn: S3_FULL_ACCESS })
    const before = standIn.state.role('myrole')

    const plan = await deploy(standIn, config, ['--dry-run'])
    expect(plan.code, plan.stderr).toBe(0)
    expect(plan.actions.filter((action) => WRITE_ACTIONS.has(action))).toEqual([])
    const changes = [
      'Would update the trust policy of role myrole (1 statements added)',
      'Would put inline policy myrole-permissions',
      'Would delete inline policy legacy-extra',
      `Would detach ${S3_FULL_ACCESS}`,
      `Would create policy ${SUBMITTERS_POLICY}`,
    ]
    expect(plan.lines).toEqual([
      ...changes,
      `Job submitters’ policy: ${SUBMITTERS_POLICY} (attach it to the people or pipelines that submit jobs)`,
      'Dry run: 5 change(s) planned, none made.',
    ])
    expect(standIn.state.role('myrole')).toEqual(before)
    expect(standIn.state.policy(SUBMITTERS_POLICY)).toBeUndefined()

    const applied = await deploy(standIn, config)
    expect(applied.code, applied.stderr).toBe(0)
    expect(applied.writes).toEqual([
      'UpdateAssumeRolePolicy myrole',
      'PutRolePolicy myrole-permissions',
      'DeleteRolePolicy legacy-extra',
      `DetachRolePolicy ${S3_FULL_ACCESS}`,
      'CreatePolicy myrole-startjobrun',
    ])
    expect(applied.lines.slice(0, changes.length)).toEqual(changes.map(done))
    const merged = { Version: '2012-10-17', Statement: [UNRELATED, jobs, operator] }
    expect(standIn.state.role('myrole')).toEqual({
      path: '/',
      trust: merged,
      inline: { 'myrole-permissions': applied.bundle.inlinePolicy?.document },
      attached: [],
    })
    expect(standIn.state.policy(SUBMITTERS_POLICY)?.versions).toEqual([{ id: 'v1', document: applied.bundle.submitterPolicy?.document }])

    const again = await deploy(standIn, config)
    expect(again.code, again.stderr).toBe(0)
    expect(again.actions).toEqual([
      'GetCallerIdentity',
      'GetRole',
      'ListRolePolicies',
      'ListAttachedRolePolicies',
      'GetRolePolicy',
      'ListPolicyVersions',
      'GetPolicyVersion',
    ])
    expect(again.lines.at(-1)).toBe(`Role ready: ${again.bundle.roleArn} (0 change(s))`)
    expect(standIn.state.role('myrole')?.trust).toEqual(merged)
  }, SCENARIO_TIMEOUT)

  it('the submitters’ policy at five versions: each run deletes the oldest that is not the default, then adds the new default', async () => {
    const standIn = await startStandIn()
    // The role's trust policy holds one statement as an object, not a list; the policy has five versions (as after
    // five earlier runs) and someone has rolled its default back to v1, so the oldest is not the one to delete.
    seedRole(standIn, 'myrole', { Version: '2012-10-17', Statement: UNRELATED })
    standIn.state.run('iam', 'CreatePolicy', { PolicyName: 'myrole-startjobrun', PolicyDocument: EMPTY_POLICY })
    for (let i = 2; i <= 5; i += 1) {
      standIn.state.run('iam', 'CreatePolicyVersion', { PolicyArn: SUBMITTERS_POLICY, PolicyDocument: EMPTY_POLICY, SetAsDefault: 'true' })
    }
    standIn.state.run('iam', 'SetDefaultPolicyVersion', { PolicyArn: SUBMITTERS_POLICY, VersionId: 'v1' })
    const options = { s3Access: 'none', emrSamplesAccess: false } as const

    const sixth = await deploy(standIn, eksWithSubmitters('cluster6', options))
    expect(sixth.code, sixth.stderr).toBe(0)
    expect(sixth.writes).toEqual(['UpdateAssumeRolePolicy myrole', 'DeletePolicyVersion v2', `CreatePolicyVersion ${SUBMITTERS_POLICY}`])
    expect(sixth.lines).toContain(`Deleted version v2 of ${SUBMITTERS_POLICY}`)
    expect(standIn.state.role('myrole')?.trust).toEqual({ Version: '2012-10-17', Statement: [UNRELATED, ...sixth.bundle.trustStatements] })
    const afterSixth = standIn.state.policy(SUBMITTERS_POLICY)
    expect(afterSixth?.versions.map((v) => v.id)).toEqual(['v1', 'v3', 'v4', 'v5', 'v6'])
    expect(afterSixth?.defaultVersion).toBe('v6')
    expect(afterSixth?.versions.at(-1)?.document).toEqual(sixth.bundle.submitterPolicy?.document)

    const seventh = await deploy(standIn, eksWithSubmitters('cluster7', options))
    expect(seventh.code, seventh.stderr).toBe(0)
    expect(seventh.writes).toEqual(['DeletePolicyVersion v1', `CreatePolicyVersion ${SUBMITTERS_POLICY}`])
    const afterSeventh = standIn.state.policy(SUBMITTERS_POLICY)
    expect(afterSeventh?.versions.map((v) => v.id)).toEqual(['v3', 'v4', 'v5', 'v6', 'v7'])
    expect(afterSeventh?.defaultVersion).toBe('v7')
    expect(afterSeventh?.versions.at(-1)?.document).toEqual(seventh.bundle.submitterPolicy?.document)
  }, SCENARIO_TIMEOUT)

  it('seven runs in a row from nothing, each with a changed submitters’ policy: all succeed, five versions at most', async () => {
    const standIn = await startStandIn()
    const options = { s3Access: 'none', emrSamplesAccess: false } as const
    for (let run = 1; run <= 7; run += 1) {
      const result = await deploy(standIn, eksWithSubmitters(`cluster${run}`, options))
      expect(result.code, `run ${run}: ${result.stderr}`).toBe(0)
      const policy = standIn.state.policy(SUBMITTERS_POLICY)
      expect(policy?.versions.length).toBe(Math.min(run, 5))
      expect(policy?.defaultVersion).toBe(`v${run}`)
      expect(policy?.versions.at(-1)?.document).toEqual(result.bundle.submitterPolicy?.document)
      if (run > 5) expect(result.writes).toEqual([`DeletePolicyVersion v${run - 5}`, `CreatePolicyVersion ${SUBMITTERS_POLICY}`])
    }
    expect(standIn.state.policy(SUBMITTERS_POLICY)?.versions.map((v) => v.id)).toEqual(['v3', 'v4', 'v5', 'v6', 'v7'])
    expect(standIn.state.role('myrole')?.trust).toEqual({
      Version: '2012-10-17',
      Statement: buildRoleBundle(configSchema.parse(eksWithSubmitters('cluster7', options))).trustStatements,
    })
  }, SCENARIO_TIMEOUT)

  it('S3 broad → narrow → broad, for a role named "-team-role" with shell characters in its path', async () => {
    const standIn = await startStandIn()
    const role = { roleName: '-team-role', rolePath: `/a$b\`c'd"e!f\\g$HOME%{x}/`, emrSamplesAccess: false, passRolePolicy: false }
    const broad = testConfig({ ...role, s3Access: 'all' })
    const narrow = testConfig(role)
    const state = () => standIn.state.role('-team-role')

    const first = await deploy(standIn, broad)
    expect(first.code, first.stderr).toBe(0)
    expect(first.bundle.inlinePolicy).toBeNull()
    expect(first.writes).toEqual(['CreateRole -team-role', `AttachRolePolicy ${S3_FULL_ACCESS}`])
    expect(first.lines).toEqual(['Created role -team-role', `Attached ${S3_FULL_ACCESS}`, `Role ready: ${first.bundle.roleArn} (2 change(s))`])
    expect(state()).toEqual({ path: role.rolePath, trust: first.bundle.trustPolicy, inline: {}, attached: [S3_FULL_ACCESS] })

    const second = await deploy(standIn, narrow)
    expect(second.code, second.stderr).toBe(0)
    // The narrow policy arrives before the broad one goes, so jobs never lose access in between.
    expect(second.writes).toEqual(['PutRolePolicy -team-role-permissions', `DetachRolePolicy ${S3_FULL_ACCESS}`])
    expect(second.lines).toContain(`Detached ${S3_FULL_ACCESS}`)
    expect(state()).toEqual({
      path: role.rolePath,
      trust: second.bundle.trustPolicy,
      inline: { '-team-role-permissions': second.bundle.inlinePolicy?.document },
      attached: [],
    })

    const third = await deploy(standIn, broad)
    expect(third.code, third.stderr).toBe(0)
    expect(third.writes).toEqual([`AttachRolePolicy ${S3_FULL_ACCESS}`, 'DeleteRolePolicy -team-role-permissions'])
    expect(third.lines).toContain('Deleted inline policy -team-role-permissions')
    expect(state()).toEqual({ path: role.rolePath, trust: third.bundle.trustPolicy, inline: {}, attached: [S3_FULL_ACCESS] })
  }, SCENARIO_TIMEOUT)

  it('role settings: a new role gets them with create-role; an existing one gets each that differs (tags it does not name stay), and a second run changes nothing', async () => {
    const standIn = await startStandIn()
    const settings = {
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundaries/DataPlatformBoundary',
      description: 'Spark jobs: "data" team, ${not.a.variable} `no command` $(none)',
      maxSessionDuration: 43200,
      tags: [{ key: 'team', value: 'data platform' }, { key: 'cost-center', value: '4711' }],
    }
    const config = testConfig({ passRolePolicy: false, emrSamplesAccess: false, roleSettings: settings })
    const expected = {
      boundary: settings.permissionsBoundary,
      description: settings.description,
      maxSessionDuration: 43200,
      tags: [{ Key: 'team', Value: 'data platform' }, { Key: 'cost-center', Value: '4711' }],
    }

    const created = await deploy(standIn, testConfig({ ...config, roleName: 'new-role' }))
    expect(created.code, created.stderr).toBe(0)
    expect(created.writes).toEqual(['CreateRole new-role', 'PutRolePolicy new-role-permissions'])
    expect(standIn.state.roleSettings('new-role')).toEqual(expected)

    // A role as an earlier run without the settings made it, with a tag of its own and an old value for "Team".
    const bundle = buildRoleBundle(configSchema.parse(config))
    seedRole(standIn, bundle.roleName, bundle.trustPolicy)
    standIn.state.run('iam', 'PutRolePolicy', { RoleName: bundle.roleName, PolicyName: bundle.inlinePolicy?.name ?? '', PolicyDocument: JSON.stringify(bundle.inlinePolicy?.document) })
    standIn.state.run('iam', 'TagRole', { RoleName: bundle.roleName, 'Tags.member.1.Key': 'Team', 'Tags.member.1.Value': 'old', 'Tags.member.2.Key': 'other', 'Tags.member.2.Value': 'kept' })

    const plan = await deploy(standIn, config, ['--dry-run'])
    expect(plan.code, plan.stderr).toBe(0)
    const changes = [
      `Would update the permissions boundary of role ${bundle.roleName}`,
      `Would update the description and maximum session duration of role ${bundle.roleName}`,
      `Would update the tags of role ${bundle.roleName}`,
    ]
    expect(plan.lines).toEqual([...changes, 'Dry run: 3 change(s) planned, none made.'])

    const applied = await deploy(standIn, config)
    expect(applied.code, applied.stderr).toBe(0)
    expect(applied.writes).toEqual(['PutRolePermissionsBoundary', 'UpdateRole', 'TagRole'].map((action) => `${action} ${bundle.roleName}`))
    expect(applied.lines.slice(0, 3)).toEqual(changes.map(done))
    expect(standIn.state.roleSettings(bundle.roleName)).toEqual({
      ...expected,
      tags: [{ Key: 'team', Value: 'data platform' }, { Key: 'other', Value: 'kept' }, { Key: 'cost-center', Value: '4711' }],
    })

    const again = await deploy(standIn, config)
    expect(again.code, again.stderr).toBe(0)
    expect(again.writes).toEqual([])
    expect(again.lines.at(-1)).toBe(`Role ready: ${bundle.roleArn} (0 change(s))`)

    // Only the session duration differs now: update-role is given that alone, and the description stays.
    const shorter = await deploy(standIn, testConfig({ ...config, roleSettings: { ...settings, description: '', maxSessionDuration: 7200 } }))
    expect(shorter.code, shorter.stderr).toBe(0)
    expect(shorter.writes).toEqual([`UpdateRole ${bundle.roleName}`])
    expect(standIn.state.roleSettings(bundle.roleName)).toMatchObject({ description: settings.description, maxSessionDuration: 7200 })
  }, SCENARIO_TIMEOUT)

  it('stops before any change when the credentials are for another account', async () => {
    const standIn = await startStandIn({ account: '210987654321', partition: 'aws' })
    const result = await deploy(standIn, testConfig())
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'Stopped before any change: this script is for account 123456789012 (partition aws), but the AWS CLI is signed in to account 210987654321 (partition aws).\n',
    )
    expect(result.actions).toEqual(['GetCallerIdentity'])
  }, SCENARIO_TIMEOUT)

  it('stops before any change when the credentials are for another partition', async () => {
    const standIn = await startStandIn()
    const china = eksTestConfig(
      { region: 'cn-north-1', s3Access: 'none' },
      { clusters: [{ clusterName: 'c', namespace: 'jobs', oidcIssuer: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/F3FBBFA3747271100017387E04494B5C', accountId: '' }] },
    )
    const result = await deploy(standIn, china)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^Stopped before any change: .*\(partition aws-cn\).*\(partition aws\)\.\n$/)
    expect(result.actions).toEqual(['GetCallerIdentity'])
  }, SCENARIO_TIMEOUT)

  it('stops before any change when the role exists with another path, which IAM cannot change', async () => {
    const standIn = await startStandIn()
    standIn.state.run('iam', 'CreateRole', {
      RoleName: 'EMRServerlessS3RuntimeRole',
      Path: '/old/',
      AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}',
    })
    const result = await deploy(standIn, testConfig({ rolePath: '/emr/' }))
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'Stopped before any change: role EMRServerlessS3RuntimeRole exists with path /old/, not /emr/; IAM cannot move a role to another path.\n',
    )
    expect(result.actions).toEqual(['GetCallerIdentity', 'GetRole'])
  }, SCENARIO_TIMEOUT)

  it('--help prints the usage; an unknown argument prints it too and exits with 2; neither calls AWS', async () => {
    const standIn = await startStandIn()
    const help = await deploy(standIn, testConfig(), ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: bash create-role\.sh \[--dry-run\] \[--help\]\n/)
    const wrong = await deploy(standIn, testConfig(), ['--dryrun'])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/^Unknown argument: --dryrun\nUsage: /)
    expect(standIn.calls).toEqual([])
  })
})
