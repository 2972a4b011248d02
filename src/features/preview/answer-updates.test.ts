import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import { applyAnswerUpdates } from './answer-updates'

const base = () => ({ ...defaultConfig(), buckets: [{ name: 'amzn-a', prefix: '', access: 'read' }] })

describe('applyAnswerUpdates', () => {
  it('sets a typed answer at its path, deep in a list', () => {
    const values = applyAnswerUpdates(base(), [{ kind: 'one', path: 'buckets.0.prefix', value: 'raw/' }])
    expect(values).toMatchObject({ buckets: [{ name: 'amzn-a', prefix: 'raw/', access: 'read' }] })
  })

  it('takes all the answers, then the typed ones after them', () => {
    const next = { ...base(), roleName: 'Next' }
    const values = applyAnswerUpdates(base(), [
      { kind: 'one', path: 'roleName', value: 'Lost' },
      { kind: 'all', values: next },
      { kind: 'one', path: 'accountId', value: '123456789012' },
    ])
    expect(values).toMatchObject({ roleName: 'Next', accountId: '123456789012' })
  })

  it.each([
    ['a path that does not exist', 'buckets.5.prefix', 'x'],
    ['a key the configuration does not have', 'nothing', 'x'],
    ['a value of another type', 'emrSamplesAccess', 'yes'],
    ['a path through the prototype', '__proto__.polluted', 'yes'],
    ['a path through a constructor', 'buckets.constructor.prototype.polluted', 'yes'],
  ])('ignores %s', (_name, path, value) => {
    const values = applyAnswerUpdates(base(), [{ kind: 'one', path, value }])
    expect(values).toEqual(base())
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
