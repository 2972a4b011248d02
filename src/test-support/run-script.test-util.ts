import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IamStandIn } from './iam-stand-in.test-util'

/**
 * Debian's AWS CLI v2 (package awscli). Named explicitly: another `aws` on PATH (a pyenv shim of the v1 CLI, say)
 * must not answer instead.
 */
export const AWS_CLI = '/usr/bin/aws'

/** Fails, rather than skips, when the CLI is missing: CI must run these tests. */
export function requireAwsCli(): void {
  if (!existsSync(AWS_CLI)) {
    throw new Error(`${AWS_CLI} is missing: run scripts/ensure-test-tools.sh (it installs Debian's awscli).`)
  }
}

/** All the script may use besides bash's builtins and the AWS CLI: no jq, no Python, no grep. */
const TOOLS = ['bash', 'cat', 'mktemp', 'rm']

function linkTools(bin: string): void {
  for (const tool of TOOLS) {
    const path = ['/usr/bin', '/bin'].map((dir) => join(dir, tool)).find((candidate) => existsSync(candidate))
    if (path === undefined) throw new Error(`${tool} is missing`)
    symlinkSync(path, join(bin, tool))
  }
}

export interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs a generated script with bash and the real AWS CLI, sent to the stand-in: the `aws` on PATH adds
 * `--endpoint-url` and hands over to the CLI, so the script itself is run unchanged. PATH holds nothing else but
 * bash, cat, mktemp and rm. Fake credentials, no configuration files, no pager, no retries.
 */
export async function runScript(script: string, args: string[], standIn: IamStandIn): Promise<ScriptRun> {
  const dir = mkdtempSync(join(tmpdir(), 'emr-role-script-'))
  const bin = join(dir, 'bin')
  mkdirSync(bin)
  writeFileSync(join(bin, 'aws'), `#!/bin/sh\nexec ${AWS_CLI} --endpoint-url=${standIn.endpoint} "$@"\n`)
  chmodSync(join(bin, 'aws'), 0o755)
  linkTools(bin)
  const file = join(dir, 'create-role.sh')
  writeFileSync(file, script)
  const env = {
    PATH: bin,
    HOME: dir,
    LANG: 'C.UTF-8',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    AWS_PAGER: '',
    AWS_MAX_ATTEMPTS: '1',
    AWS_EC2_METADATA_DISABLED: 'true',
  }
  return new Promise((resolve) => {
    execFile(join(bin, 'bash'), [file, ...args], { env, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr })
    })
  })
}
