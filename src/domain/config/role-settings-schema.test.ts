import { describe, expect, it } from 'vitest'
import { testConfig } from '../test-configs'
import { defaultRoleSettings, type RoleSettings } from './role-settings-schema'
import type { Config } from './schema'
import { validateConfig } from './validate-config'

const settings = (answers: Partial<RoleSettings>): RoleSettings => ({ ...defaultRoleSettings(), ...answers })
const tags = (...pairs: [string, string][]) => pairs.map(([key, value]) => ({ key, value }))
const problemsOf = (config: Config) => {
  const checked = validateConfig(config)
  return checked.ok ? [] : checked.problems
}
const BOUNDARY = 'arn:aws:iam::123456789012:policy/TeamBoundary'

describe('role settings: permissions boundary, description, maximum session duration, tags', () => {
  it.each<[string, Partial<RoleSettings>, { field: string; message: RegExp }[], Partial<Config>?]>([
    ['none set (the default)', {}, []],
    ['all four set', { permissionsBoundary: BOUNDARY, description: 'Spark jobs of team A ${x} "quoted" `ticks` 100%', maxSessionDuration: 43200, tags: tags(['team', 'data'], ['cost-center', '']) }, []],
    ['an AWS managed boundary, with a path', { permissionsBoundary: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' }, []],
    ['a boundary in aws-cn for a China region', { permissionsBoundary: 'arn:aws-cn:iam::123456789012:policy/b' }, [], { region: 'cn-north-1' }],
    ['a boundary in another partition', { permissionsBoundary: BOUNDARY }, [
      { field: 'roleSettings.permissionsBoundary', message: /role's partition: arn:aws-us-gov:iam::/ },
    ], { region: 'us-gov-west-1' }],
    ['a role ARN as the boundary', { permissionsBoundary: 'arn:aws:iam::123456789012:role/x' }, [
      { field: 'roleSettings.permissionsBoundary', message: /^Enter the ARN of a managed policy/ },
    ]],
    ['a policy name only', { permissionsBoundary: 'TeamBoundary' }, [{ field: 'roleSettings.permissionsBoundary', message: /ARN of a managed policy/ }]],
    ['a wildcard in the boundary', { permissionsBoundary: 'arn:aws:iam::123456789012:policy/*' }, [{ field: 'roleSettings.permissionsBoundary', message: /ARN of a managed policy/ }]],
    ['an 11-digit account', { permissionsBoundary: 'arn:aws:iam::12345678901:policy/b' }, [{ field: 'roleSettings.permissionsBoundary', message: /<account ID or aws>/ }]],
    ['a 129-character policy name', { permissionsBoundary: `arn:aws:iam::aws:policy/${'p'.repeat(129)}` }, [{ field: 'roleSettings.permissionsBoundary', message: /ARN of a managed policy/ }]],
    ['a 1000-character description', { description: 'é'.repeat(1000) }, []],
    ['a 1001-character description', { description: 'd'.repeat(1001) }, [{ field: 'roleSettings.description', message: /at most 1000 characters; this one has 1001/ }]],
    ['a line break in the description', { description: 'a\nb' }, [{ field: 'roleSettings.description', message: /printable ASCII and Latin-1/ }]],
    ['an em dash in the description (IAM’s two published patterns disagree beyond Latin-1)', { description: 'a — b' }, [{ field: 'roleSettings.description', message: /printable ASCII and Latin-1/ }]],
    ['a description the AWS CLI would read as a file', { description: 'file:///etc/passwd' }, [{ field: 'roleSettings.description', message: /file:\/\// }]],
    ['1 hour', { maxSessionDuration: 3600 }, []],
    ['below 1 hour', { maxSessionDuration: 3599 }, [{ field: 'roleSettings.maxSessionDuration', message: /from 3600 \(1 hour\) to 43200/ }]],
    ['above 12 hours', { maxSessionDuration: 43201 }, [{ field: 'roleSettings.maxSessionDuration', message: /43200 \(12 hours\)/ }]],
    ['a fraction of a second', { maxSessionDuration: 3600.5 }, [{ field: 'roleSettings.maxSessionDuration', message: /whole number/ }]],
    ['an empty tag key', { tags: tags(['', 'x']) }, [{ field: 'roleSettings.tags.0.key', message: /^Enter a tag key/ }]],
    ['letters of any script, spaces and _ . : / = + - @', { tags: tags(['Équipe données', 'a_b.c:d/e=f+g-h@i 1']) }, []],
    ['a "$" in a key', { tags: tags(['a$b', '']) }, [{ field: 'roleSettings.tags.0.key', message: /letters, digits, spaces and _ \. : \/ = \+ - @ only/ }]],
    ['a "{" in a value', { tags: tags(['a', '${x}']) }, [{ field: 'roleSettings.tags.0.value', message: /only\.$/ }]],
    ['a tab in a value', { tags: tags(['a', 'x\ty']) }, [{ field: 'roleSettings.tags.0.value', message: /only\.$/ }]],
    ['a key starting with aws:, in any case', { tags: tags(['AWS:team', 'x']) }, [{ field: 'roleSettings.tags.0.key', message: /cannot start with "aws:"/ }]],
    ['a value starting with aws:', { tags: tags(['team', 'aws:x']) }, [{ field: 'roleSettings.tags.0.value', message: /cannot start with "aws:"/ }]],
    ['a 128-character key and a 256-character value', { tags: tags(['k'.repeat(128), 'v'.repeat(256)]) }, []],
    ['a 129-character key', { tags: tags(['k'.repeat(129), '']) }, [{ field: 'roleSettings.tags.0.key', message: /at most 128 characters; this one has 129/ }]],
    ['a 257-character value', { tags: tags(['k', 'v'.repeat(257)]) }, [{ field: 'roleSettings.tags.0.value', message: /at most 256 characters/ }]],
    ['the same key twice, in another case', { tags: tags(['Team', 'a'], ['x', 'b'], ['team', 'c']) }, [
      { field: 'roleSettings.tags.2.key', message: /^Tag 1 has this key already \(role tag keys ignore case\)/ },
    ]],
    ['50 tags', { tags: Array.from({ length: 50 }, (_, i) => ({ key: `k${i}`, value: '' })) }, []],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' })) }, [
      { field: 'roleSettings.tags', message: /at most 50 tags; remove 1/ },
    ]],
  ])('%s', (_name, answers, expected, overrides = {}) => {
    const problems = problemsOf(testConfig({ ...overrides, roleSettings: settings(answers) }))
    expect(problems.map((p) => p.field)).toEqual(expected.map((e) => e.field))
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]?.message ?? /./))
  })

  it('apply to EMR on EKS roles too', () => {
    const problems = problemsOf(testConfig({ target: 'eks', roleSettings: settings({ maxSessionDuration: 60 }) }))
    expect(problems.map((p) => p.field)).toContain('roleSettings.maxSessionDuration')
  })
})
