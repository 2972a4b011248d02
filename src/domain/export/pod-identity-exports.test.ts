import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import hcl2json from '@cdktf/hcl2json'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { configSchema } from '../config/schema'
import { podIdentityTestConfig, TEST_CONTEXT } from '../test-configs'
import { renderExports } from './export-files'
import { resolveSubs } from './read-exports.test-util'
import { buildRoleBundle } from './role-bundle'

const config = configSchema.parse(podIdentityTestConfig())
const bundle = buildRoleBundle(config)
const files = Object.fromEntries(renderExports(config).map((f) => [f.id, f.text]))

describe('EKS Pod Identity associations in every format', () => {
  it('CloudFormation: one AWS::EKS::PodIdentityAssociation per association, for the role, read back with a YAML parser', () => {
    const template = parseYaml(files.cloudformation ?? '', { strict: true, uniqueKeys: true }) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>
    }
    const associations = Object.values(template.Resources).filter((r) => r.Type === 'AWS::EKS::PodIdentityAssociation')
    expect(associations.map((a) => a.Properties.RoleArn)).toEqual(associations.map(() => ({ 'Fn::GetAtt': ['JobRole', 'Arn'] })))
    const resolved = associations.map((a) => resolveSubs({ ...a.Properties, RoleArn: undefined }, TEST_CONTEXT) as Record<string, unknown>)
    expect(resolved.map((p) => ({ clusterName: p.ClusterName, namespace: p.Namespace, serviceAccount: p.ServiceAccount }))).toEqual(
      bundle.podIdentityAssociations,
    )
    expect(bundle.podIdentityAssociations).toHaveLength(18)
  })

  it('Terraform: a map of the associations and one aws_eks_pod_identity_association per entry, read with HashiCorp’s parser', async () => {
    const parsed = (await hcl2json.parse('role.tf', files.terraform ?? '')) as {
      locals: { pod_identity_associations: Record<string, { cluster_name: string; namespace: string; service_account: string }> }[]
      resource: { aws_eks_pod_identity_association: { job: Record<string, unknown>[] } }
    }
    // The parser returns the map's keys sorted; each key is cluster/namespace/service account.
    const map = parsed.locals[0]?.pod_identity_associations ?? {}
    const expected = Object.fromEntries(
      bundle.podIdentityAssociations.map((a) => [
        `${a.clusterName}/${a.namespace}/${a.serviceAccount}`,
        { cluster_name: a.clusterName, namespace: a.namespace, service_account: a.serviceAccount },
      ]),
    )
    expect(map).toEqual(expected)
    expect(Object.keys(map)).toHaveLength(18)
    expect(parsed.resource.aws_eks_pod_identity_association.job[0]).toMatchObject({
      for_each: '${local.pod_identity_associations}',
      role_arn: '${aws_iam_role.job.arn}',
    })
  })
})

/**
 * A stand-in for the AWS CLI that keeps IAM's role and EKS's associations in a folder: enough for the script to run
 * twice, and to meet associations made by someone else.
 */
const FAKE_AWS = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$STATE/calls.txt"
arg() { local a; for a in "$@"; do case "$a" in --"$NAME"=*) printf '%s' "\${a#*=}";; esac; done; }
NAME=cluster-name; cluster="$(arg "$@")"; NAME=namespace; namespace="$(arg "$@")"
NAME=service-account; sa="$(arg "$@")"; NAME=association-id; id="$(arg "$@")"; NAME=role-arn; role="$(arg "$@")"
case "$1 $2" in
  "sts get-caller-identity") echo "arn:aws:sts::123456789012:assumed-role/deployer/ci" ;;
  "iam get-role") if [ -e "$STATE/role" ]; then printf '/\\tTrue\\n'; else echo "An error occurred (NoSuchEntity)" >&2; exit 254; fi ;;
  "iam create-role") touch "$STATE/role" ;;
  "iam list-role-policies") echo myrole-permissions ;;
  "iam get-role-policy") echo True ;;
  "eks list-pod-identity-associations")
    if [ -e "$STATE/by-account/$cluster.$namespace.$sa" ]; then cat "$STATE/by-account/$cluster.$namespace.$sa"; else echo None; fi ;;
  "eks describe-pod-identity-association") cat "$STATE/by-id/$id" ;;
  "eks create-pod-identity-association")
    n=$(ls "$STATE/by-id" | wc -l); echo "a-$n" > "$STATE/by-account/$cluster.$namespace.$sa"; printf '%s\\tFalse\\n' "$role" > "$STATE/by-id/a-$n" ;;
esac
`

function runScript(state: string, args: string[] = []) {
  const bin = join(state, 'bin')
  mkdirSync(bin, { recursive: true })
  writeFileSync(join(bin, 'aws'), FAKE_AWS)
  chmodSync(join(bin, 'aws'), 0o755)
  writeFileSync(join(state, 'create.sh'), files['aws-cli'] ?? '')
  writeFileSync(join(state, 'calls.txt'), '')
  const result = spawnSync('bash', [join(state, 'create.sh'), ...args], {
    env: { PATH: `${bin}:/usr/bin:/bin`, STATE: state },
    encoding: 'utf8',
  })
  const calls = readFileSync(join(state, 'calls.txt'), 'utf8').split('\n').filter((line) => line !== '')
  return { ...result, calls, created: calls.filter((c) => c.startsWith('eks create-pod-identity-association')) }
}

function newState(): string {
  const state = mkdtempSync(join(tmpdir(), 'emr-pod-identity-'))
  mkdirSync(join(state, 'by-account'))
  mkdirSync(join(state, 'by-id'))
  return state
}

describe('the AWS CLI script and EKS Pod Identity associations', () => {
  it('creates each association once, after the role; a second run creates none', () => {
    const state = newState()
    const first = runScript(state)
    expect(first.status, first.stderr).toBe(0)
    expect(first.created).toHaveLength(18)
    expect(first.created[0]).toBe(
      'eks create-pod-identity-association --region=us-west-2 --cluster-name=analytics --namespace=spark-jobs ' +
        '--service-account=emr-containers-sa-spark-client-123456789012-16o0gwny3p --role-arn=arn:aws:iam::123456789012:role/myrole',
    )
    const createRole = first.calls.findIndex((c) => c.startsWith('iam create-role'))
    const firstAssociation = first.calls.findIndex((c) => c.startsWith('eks create-pod-identity-association'))
    expect(createRole).toBeGreaterThan(-1)
    expect(firstAssociation).toBeGreaterThan(createRole)

    const second = runScript(state)
    expect(second.status, second.stderr).toBe(0)
    expect(second.created).toEqual([])
    expect(second.stdout).toContain('(0 change(s))')
  })

  it('--dry-run only says which associations it would create', () => {
    const run = runScript(newState(), ['--dry-run'])
    expect(run.status).toBe(0)
    expect(run.created).toEqual([])
    expect(run.stdout).toContain(
      'Would create the EKS Pod Identity association of service account emr-container-sa-spark-livy in namespace spark-jobs of cluster reporting',
    )
  })

  it('stops before any change when a service account is associated with another role', () => {
    const state = newState()
    const sa = 'emr-containers-sa-spark-driver-123456789012-16o0gwny3p'
    writeFileSync(join(state, 'by-account', `analytics.etl.${sa}`), 'a-other\n')
    writeFileSync(join(state, 'by-id', 'a-other'), 'arn:aws:iam::123456789012:role/someone-else\tFalse\n')
    const run = runScript(state)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `Stopped before any change: service account ${sa} in namespace etl of cluster analytics is associated with role ` +
        'arn:aws:iam::123456789012:role/someone-else (association a-other).',
    )
    expect(run.calls.filter((c) => / (create|update|put|attach|delete|detach)-/.test(c))).toEqual([])
  })

  it('stops before any change when this role’s association has session tags turned off', () => {
    const state = newState()
    const sa = 'emr-containers-sa-livy'
    writeFileSync(join(state, 'by-account', `reporting.spark-jobs.${sa}`), 'a-untagged\n')
    writeFileSync(join(state, 'by-id', 'a-untagged'), 'arn:aws:iam::123456789012:role/myrole\tTrue\n')
    const run = runScript(state)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('association a-untagged (service account emr-containers-sa-livy in namespace spark-jobs of cluster reporting) has session tags turned off')
    expect(run.created).toEqual([])
  })
})
