import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../domain/config/validate-config'
import { eksTestConfig, testConfig } from '../../domain/test-configs'
import { derivePreview } from './derive-preview'
import { answerMessage } from './worker-protocol'

const VALID = [
  ['EMR Serverless, specific buckets', testConfig({ buckets: [{ name: 'amzn-a', prefix: 'raw/', access: 'read-write' }] })],
  ['EMR Serverless, all buckets, applications', testConfig({ s3Access: 'all', trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00f1abcdefghij12' }] } })],
  ['EMR on EKS with logs and submitters', eksTestConfig({}, { requireAudience: true })],
] as const

describe('the worker protocol', () => {
  it.each(VALID)('a valid configuration is the answers themselves, so the page may use its copy: %s', (_name, config) => {
    const checked = validateConfig(config)
    expect(checked.ok && checked.value).toEqual(config)
  })

  it('a reply to all the answers carries them; a reply to a typed one does not, and neither carries the configuration', () => {
    const config = testConfig({ roleName: 'Protocol' })
    const first = answerMessage(undefined, [{ kind: 'all', values: config }])
    expect(first.reply.answers).toEqual(config)
    expect(first.reply.preview.role.ok && first.reply.preview.role.config).toBeNull()
    const typed = answerMessage(first.answers, [{ kind: 'one', path: 'roleName', value: 'Typed' }])
    expect(typed.reply).not.toHaveProperty('answers')
    const expected = derivePreview({ ...config, roleName: 'Typed' })
    expect(typed.reply.preview.items).toEqual(expected.items)
  })

  it('problems are replied in full', () => {
    const { reply } = answerMessage(undefined, [{ kind: 'all', values: { ...testConfig(), accountId: 'x' } }])
    expect(reply.preview.role.ok ? [] : reply.preview.role.problems.map((p) => p.field)).toEqual(['accountId'])
  })
})
