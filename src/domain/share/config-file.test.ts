import { describe, expect, it } from 'vitest'
import { eksTestConfig, testConfig } from '../test-configs'
import { configFileJsonSchema, exportConfigFile, openConfigFile, parseConfigFile } from './config-file'

describe('configuration files', () => {
  it.each([
    ['EMR Serverless', testConfig({ glueAccess: 'read' })],
    ['EMR on EKS', eksTestConfig()],
  ])('round-trips an %s configuration', (_name, config) => {
    const text = exportConfigFile(config)
    expect(JSON.parse(text)).toMatchObject({ $schema: 'emr-role-builder.schema.json', version: 2 })
    expect(parseConfigFile(text)).toEqual({ ok: true, value: config })
  })

  it.each<[string, string, RegExp]>([
    ['text that is not JSON', 'role: x', /not valid JSON/],
    ['JSON without a config', '{"roleName": "x"}', /no "config"/],
    ['no version', '{"config": {}}', /no format "version"/],
    ['a newer version', '{"version": 3, "config": {}}', /newer version .*format 3/],
    ['text over 1,000,000 characters', `{"version": 2, "config": {}}${' '.repeat(1_000_000)}`, /^The file has more than 1,000,000 characters, the most this tool reads .* Choose a file saved with Export configuration\.$/],
    ['JSON nested over 64 levels', `{"version": 2, "config": ${'['.repeat(65)}${']'.repeat(65)}}`, /nests lists and objects more than 64 levels deep/],
  ])('explains %s', (_name, text, reason) => {
    const result = parseConfigFile(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('names every invalid field by its path', () => {
    const config = { ...testConfig(), accountId: '1', buckets: [{ name: 'A', prefix: '', access: 'read' }] }
    const result = parseConfigFile(JSON.stringify({ version: 2, config }))
    expect(result).toMatchObject({
      ok: false,
      reason: 'The file’s configuration has values this tool cannot accept.',
      problems: [
        'accountId: An AWS account ID is exactly 12 digits; this one has 1.',
        'buckets.0.name: Bucket names are 3 to 63 characters long; "A" has 1.',
      ],
    })
  })

  it('opens a file whose answers break rules with every answer, each problem at its field', () => {
    const config = { ...testConfig(), accountId: '1', roleName: 'a b' }
    expect(openConfigFile(JSON.stringify({ version: 2, config }))).toEqual({
      ok: true,
      values: config,
      problems: [
        { field: 'accountId', message: 'An AWS account ID is exactly 12 digits; this one has 1.' },
        { field: 'roleName', message: 'Role names cannot contain spaces; use letters, digits and + = , . @ _ - only. Did you mean "a-b"?' },
      ],
      config: null,
    })
  })

  it('does not open a file whose structure is wrong', () => {
    const result = openConfigFile(JSON.stringify({ version: 2, config: { ...testConfig(), glueAccess: 'all', trust: null } }))
    expect(result).toMatchObject({ ok: false, reason: 'The file’s configuration is not in the form this tool reads.' })
    if (!result.ok) expect(result.problems.map((p) => p.split(':')[0])).toEqual(['glueAccess', 'trust'])
  })

  it('publishes a JSON Schema that lists every choice', () => {
    const schema = JSON.stringify(configFileJsonSchema())
    for (const value of ['serverless', 'eks', 'specific', 'create-read', 'all-applications', 'prefix', 'arn']) {
      expect(schema).toContain(`"${value}"`)
    }
    expect(configFileJsonSchema()).toMatchObject({ type: 'object', required: ['version', 'config'] })
  })
})
