import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import { applyAnswerUpdates, withAnswerUpdates } from './answer-updates'

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

describe('withAnswerUpdates', () => {
  it('copies only the path to the typed answer, and leaves the given answers alone', () => {
    const before = { ...base(), buckets: [{ name: 'amzn-a', prefix: '', access: 'read' }, { name: 'amzn-b', prefix: '', access: 'read' }] }
    const after = withAnswerUpdates(before, [{ kind: 'one', path: 'buckets.1.prefix', value: 'raw/' }]) as typeof before
    expect(after.buckets[1]).toEqual({ name: 'amzn-b', prefix: 'raw/', access: 'read' })
    expect(before.buckets[1]?.prefix).toBe('')
    expect(after.buckets[0]).toBe(before.buckets[0])
    expect(after.trust).toBe(before.trust)
    expect(withAnswerUpdates(before, [{ kind: 'one', path: '__proto__.x', value: 'y' }])).toBe(before)
  })

  it('agrees with applyAnswerUpdates for any sequence of updates', () => {
    const paths = ['roleName', 'buckets.0.prefix', 'buckets.0.name', 'emrSamplesAccess', 'trust.sourceAccount', 'nope.x']
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.boolean()))), (steps) => {
        const updates = steps.map(([path, value]) => ({ kind: 'one' as const, path, value }))
        expect(withAnswerUpdates(base(), updates)).toEqual(applyAnswerUpdates(base(), updates))
      }),
    )
  })
})
