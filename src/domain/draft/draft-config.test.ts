import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults'
import type { ConfigInput } from '../config/schema'
import { validateConfig } from '../config/validate-config'
import { deriveRole } from '../role/derive-role'
import { eksTestConfig, testConfig } from '../test-configs'
import { draftConfig, fillPlaceholders } from './draft-config'

function draftOf(values: ConfigInput) {
  const checked = validateConfig(values)
  return draftConfig(values, checked.ok ? [] : checked.problems)
}

const eksStart = (): ConfigInput => ({ ...defaultConfig(), target: 'eks', roleName: 'EMRContainers-JobExecutionRole' })

describe('draftConfig', () => {
  it.each<[string, ConfigInput, string[]]>([
    ['the first screen (EMR Serverless defaults)', defaultConfig(), ['accountId', 'buckets.0.name']],
    ['EMR on EKS at its start', eksStart(), ['accountId', 'buckets.0.name', 'eks.clusters.0.clusterName', 'eks.clusters.0.oidcIssuer', 'eks.clusters.0.namespace']],
    ['only the account missing', testConfig({ accountId: '' }), ['accountId']],
    [
      'a Glue database and its table row left empty',
      testConfig({ glueAccess: 'read', glueScope: { scope: 'databases', databases: [{ name: '', access: 'read', tables: [{ name: '' }] }], icebergRest: false } }),
      ['glueScope.databases.0.name', 'glueScope.databases.0.tables.0.name'],
    ],
    ['an application ID row left empty', testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '' }] } }), ['trust.applicationIds.0.id']],
  ])('%s: fills exactly the empty answers, and the result makes documents', (_name, values, fields) => {
    const draft = draftOf(values)
    expect(draft?.placeholders.map((p) => p.field)).toEqual(fields)
    if (!draft) return
    expect(validateConfig(draft.config).ok).toBe(true)
    const role = deriveRole(draft.config)
    expect(role.ok).toBe(true)
    if (role.ok) for (const placeholder of draft.placeholders) expect(JSON.stringify(role.documents)).toContain(placeholder.value)
  })

  it.each<[string, ConfigInput]>([
    ['every answer valid (nothing to stand in for)', testConfig()],
    ['an account ID that was typed and is wrong', testConfig({ accountId: '12345' })],
    ['a bucket name that was typed and is wrong', testConfig({ buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' }] })],
    ['an empty answer with no placeholder (the role name)', testConfig({ roleName: '' })],
    ['an empty bucket list (a list problem, not an empty answer)', testConfig({ buckets: [] })],
    ['answers not in the configuration’s form', { ...testConfig(), s3Access: 'everything' } as unknown as ConfigInput],
  ])('%s: no draft, the problems are shown instead', (_name, values) => {
    expect(draftOf(values)).toBeNull()
  })

  it('a tag row just added (its key empty) does not stop the documents', () => {
    const values = testConfig({ roleSettings: { permissionsBoundary: '', description: '', maxSessionDuration: null, tags: [{ key: '', value: '' }] } })
    const draft = draftOf(values)
    expect(draft?.placeholders).toEqual([{ field: 'roleSettings.tags.0.key', value: 'your-tag-key', standsFor: 'a tag key' }])
    expect(draft && deriveRole(draft.config).ok).toBe(true)
  })

  it('gives an issuer of the region’s own form, China included', () => {
    const draft = draftOf({ ...eksStart(), region: 'cn-north-1' })
    const issuer = draft?.placeholders.find((p) => p.field.endsWith('oidcIssuer'))?.value
    expect(issuer).toBe('oidc.eks.cn-north-1.amazonaws.com.cn/id/EXAMPLED539D4633E53DE1B71EXAMPLE')
  })

  it('does not change the answers it was given', () => {
    const values = defaultConfig()
    const before = JSON.stringify(values)
    draftOf(values)
    expect(JSON.stringify(values)).toBe(before)
  })

  it('for any valid configuration with some of its placeholder answers emptied, fills just those', () => {
    const emptiable = ['accountId', 'buckets.0.name', 'buckets.1.name', 'eks.clusters.0.clusterName', 'eks.clusters.0.namespace', 'eks.clusters.0.oidcIssuer']
    fc.assert(
      fc.property(fc.constantFrom('serverless' as const, 'eks' as const), fc.subarray(emptiable, { minLength: 1 }), (target, fields) => {
        const base = target === 'eks' ? eksTestConfig() : testConfig()
        const values = structuredClone({ ...base, buckets: [{ name: 'raw-data', prefix: 'in/', access: 'read' as const }, { name: 'curated', prefix: '', access: 'read-write' as const }] })
        for (const field of fields) {
          const path = field.split('.')
          const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, values as unknown as Record<string, unknown>)
          parent[path[path.length - 1] ?? ''] = ''
        }
        const checked = validateConfig(values)
        const expected = checked.ok ? [] : [...new Set(checked.problems.map((p) => p.field))]
        const draft = draftConfig(values, checked.ok ? [] : checked.problems)
        // EKS answers of an EMR Serverless role are kept but not checked, so emptying them is no problem at all.
        if (expected.length === 0) expect(draft).toBeNull()
        else expect(draft?.placeholders.map((p) => p.field).sort()).toEqual([...expected].sort())
      }),
      { numRuns: 80 },
    )
  })
})

describe('fillPlaceholders', () => {
  it('puts each value in its field and copies only what lies on the way', () => {
    const values = testConfig({ accountId: '', buckets: [{ name: 'kept', prefix: '', access: 'read' }, { name: '', prefix: 'x/', access: 'read' }] })
    const filled = fillPlaceholders(values, [
      { field: 'accountId', value: '111122223333', standsFor: 'your AWS account ID' },
      { field: 'buckets.1.name', value: 'your-bucket-name', standsFor: 'a bucket name' },
    ])
    expect(filled.accountId).toBe('111122223333')
    expect(filled.buckets).toEqual([{ name: 'kept', prefix: '', access: 'read' }, { name: 'your-bucket-name', prefix: 'x/', access: 'read' }])
    expect(filled.buckets[0]).toBe(values.buckets[0]) // untouched entries are shared, not copied
    expect(filled.trust).toBe(values.trust)
    expect(values.accountId).toBe('') // the answers themselves are not changed
    expect(values.buckets[1]?.name).toBe('')
  })
})
