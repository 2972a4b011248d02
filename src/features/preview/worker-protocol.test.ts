import { assessRisks } from '../../domain/risks/assess-risks'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../domain/config/validate-config'
import { eksTestConfig, testConfig } from '../../domain/test-configs'
import { derivePreview } from './derive-preview'
import type { ViewItem } from './view-items'
import { answerMessage, INITIAL_WORKER_STATE } from './worker-answer'
import { leaveOutSameTexts, NO_TEXTS, replyTexts, restoreSameTexts } from './worker-protocol'

const VALID = [
  ['EMR Serverless, specific buckets', testConfig({ buckets: [{ name: 'amzn-a', prefix: 'raw/', access: 'read-write' }] })],
  ['EMR Serverless, all buckets, applications', testConfig({ s3Access: 'all', trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00f1abcdefghij12' }] } })],
  ['EMR on EKS with logs and submitters', eksTestConfig({}, { requireAudience: true })],
] as const

const item = (id: string, text: string | null): ViewItem => ({ id, label: id, fileName: `${id}.json`, language: 'json', text, absentReason: text === null ? 'none' : '' })

describe('the worker protocol', () => {
  it.each(VALID)('a valid configuration is the answers themselves, so the page may use its copy: %s', (_name, config) => {
    const checked = validateConfig(config)
    expect(checked.ok && checked.value).toEqual(config)
  })

  it('a reply to all the answers carries them; a reply to a typed one does not, and neither carries the configuration', () => {
    const config = testConfig({ roleName: 'Protocol' })
    const first = answerMessage(INITIAL_WORKER_STATE, [{ kind: 'all', values: config }], assessRisks)
    expect(first.reply.answers).toEqual(config)
    expect(first.reply.preview.role.ok && first.reply.preview.role.config).toBeNull()
    const typed = answerMessage(first.state, [{ kind: 'one', path: 'roleName', value: 'Typed' }], assessRisks)
    expect(typed.reply).not.toHaveProperty('answers')
    const expected = derivePreview({ ...config, roleName: 'Typed' })
    expect(restoreSameTexts(typed.reply.preview.items, replyTexts(derivePreview(config).items))).toEqual(expected.items)
  })

  it('leaves out a text the previous reply held: typing the role name does not resend the permissions policy', () => {
    const config = testConfig({ roleName: 'Before', buckets: [{ name: 'amzn-a', prefix: '', access: 'read' }] })
    const first = answerMessage(INITIAL_WORKER_STATE, [{ kind: 'all', values: config }], assessRisks)
    expect(first.reply.preview.items.some((i) => i.same)).toBe(false) // nothing to repeat in a first reply
    const typed = answerMessage(first.state, [{ kind: 'one', path: 'roleName', value: 'After' }], assessRisks)
    const byId = new Map(typed.reply.preview.items.map((i) => [i.id, i]))
    expect(byId.get('permissions-policy')).toMatchObject({ same: true, text: null })
    expect(byId.get('passrole-policy')?.same).toBeUndefined() // it names the role
    expect(byId.get('passrole-policy')?.text).toContain('role/After')
  })

  it('a text that is absent (null) is never marked as the same', () => {
    const previous = replyTexts([item('a', null)])
    expect(leaveOutSameTexts([item('a', null)], previous)).toEqual([item('a', null)])
  })

  it('restoring what was left out gives the items back, whatever the previous reply held', () => {
    const text = fc.option(fc.constantFrom('{}', '{"a":1}', '{"b":2}'), { nil: null })
    const items = fc.uniqueArray(fc.record({ id: fc.constantFrom('p', 't', 's', 'x'), text }), { selector: (i) => i.id })
    fc.assert(
      fc.property(items, items, (before, after) => {
        const previous = replyTexts(before.map((i) => item(i.id, i.text)))
        const next = after.map((i) => item(i.id, i.text))
        expect(restoreSameTexts(structuredClone(leaveOutSameTexts(next, previous)), previous)).toEqual(next)
      }),
    )
    expect(replyTexts([])).toEqual(NO_TEXTS)
  })

  it('problems are replied in full', () => {
    const { reply } = answerMessage(INITIAL_WORKER_STATE, [{ kind: 'all', values: { ...testConfig(), accountId: 'x' } }], assessRisks)
    expect(reply.preview.role.ok ? [] : reply.preview.role.problems.map((p) => p.field)).toEqual(['accountId'])
  })
})
