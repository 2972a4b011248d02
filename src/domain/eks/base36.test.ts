import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base36RoleName } from './base36'

// Every vector in domain-facts §1.2 (the ✱ rows are the AWS CLI's own unit-test vectors).
const VECTORS: [string, string][] = [
  ['', '0'],
  ['a', '2p'],
  ['A', '1t'],
  ['0', '1c'],
  ['1', '1d'],
  ['_', '2n'],
  ['@', '1s'],
  ['myrole', '16o0gwny3p'],
  ['MyRole', 'u70qubg4l'],
  ['myRole', '16o0810xut'],
  ['123456789012', '1h52f3kvocycansecz6'],
  ['0000', 'ddc75c'],
  ['abcdefghijkl', '2x6xx5ubcrus4bplmr0'],
  ['+=,.@-_', '3bu5b0xg4tb'],
  ['abcdefghijkl+=,.@-_', '1ll75jdngh5gbk11wbh7h35ji05wtb'],
  ['job.role@team', 'mpk57jgg2xro7lx2kygd'],
  ['EMRContainers-JobExecutionRole', '189nnyj7mn9w2lqiewgg1u0l3jhmo0z69yjkj9u6qhosj8l'],
  ['EMRServerlessS3RuntimeRole', 'mfp798uab19c7aplz9hyhptdhnqapd3b1xaq644l'],
]

/** An independent encoder: repeated long division of the base-256 digits by 36, no BigInt. */
function base36ByLongDivision(name: string): string {
  let digits = [...name].map((c) => c.charCodeAt(0))
  const out: string[] = []
  while (digits.some((d) => d !== 0)) {
    const quotient: number[] = []
    let remainder = 0
    for (const digit of digits) {
      const current = remainder * 256 + digit
      const q = Math.floor(current / 36)
      remainder = current % 36
      if (quotient.length > 0 || q !== 0) quotient.push(q)
    }
    out.push('0123456789abcdefghijklmnopqrstuvwxyz'[remainder] ?? '?')
    digits = quotient
  }
  return out.length === 0 ? '0' : out.reverse().join('')
}

const ROLE_NAME_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@_-'
const roleName = fc
  .array(fc.constantFrom(...ROLE_NAME_CHARS), { minLength: 1, maxLength: 64 })
  .map((chars) => chars.join(''))

describe('base36RoleName', () => {
  it.each(VECTORS)('%j → %s', (name, encoded) => {
    expect(base36RoleName(name)).toBe(encoded)
  })

  it('agrees with the long-division encoder on every vector', () => {
    for (const [name, encoded] of VECTORS) expect(base36ByLongDivision(name)).toBe(encoded)
  })

  it('agrees with an independent implementation on 5,000 random valid role names', () => {
    fc.assert(
      fc.property(roleName, (name) => base36RoleName(name) === base36ByLongDivision(name)),
      { numRuns: 5000 },
    )
  })

  it('gives lower-case, unpadded digits, case-sensitively distinct', () => {
    fc.assert(
      fc.property(roleName, (name) => {
        const encoded = base36RoleName(name)
        return /^[1-9a-z][0-9a-z]*$/.test(encoded) && encoded.length <= 99
      }),
      { numRuns: 2000 },
    )
    expect(base36RoleName('MyRole')).not.toBe(base36RoleName('myrole'))
  })
})
