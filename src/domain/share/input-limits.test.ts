import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate-config'
import { parseTrustPolicyText } from '../eks/trust-merge'
import { eksTestConfig } from '../test-configs'
import {
  configFileTooLargeProblem,
  exceedsJsonDepth,
  firstNonIamCharacter,
  formatBytes,
  formatCount,
  INPUT_LIMITS,
  trustPolicyTextProblem,
} from './input-limits'

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`
const policyWithCondition = (condition: string) =>
  `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole","Condition":${condition}}]}`

describe('JSON nesting depth', () => {
  it.each<[string, string, number, boolean]>([
    ['flat values', '1', 0, false],
    ['64 levels, at the limit', nested(64), 64, false],
    ['65 levels', nested(65), 64, true],
    ['objects and arrays mixed', '{"a":[{"b":[1]}]}', 3, true],
    ['the same, allowed 4', '{"a":[{"b":[1]}]}', 4, false],
    ['brackets inside strings do not count', `{"a":"${'['.repeat(100)}"}`, 1, false],
    ['an escaped quote does not end a string', `{"a":"\\"${'{'.repeat(100)}"}`, 1, false],
    ['an escaped backslash does end it', '{"a":"\\\\","b":[[1]]}', 2, true],
  ])('%s', (_name, text, max, expected) => {
    expect(exceedsJsonDepth(text, max)).toBe(expected)
  })

  it('reads 1,000,000 levels without recursion, quickly', () => {
    const started = performance.now()
    expect(exceedsJsonDepth(nested(1_000_000))).toBe(true)
    expect(performance.now() - started).toBeLessThan(500)
  })
})

describe('characters IAM accepts in a policy document', () => {
  it.each<[string, string, ReturnType<typeof firstNonIamCharacter>]>([
    ['tabs, line breaks, ASCII and Latin-1', '{\t"a": "é ÿ ~"\r\n}', undefined],
    ['a curly quote, with its line and column', '{\n  “Version”: 1}', { character: '“', code: 0x201c, line: 2, column: 3 }],
    ['U+0100, the first one out', 'ĀB', { character: 'Ā', code: 0x100, line: 1, column: 1 }],
    ['a control character', 'a\u0001', { character: '\u0001', code: 1, line: 1, column: 2 }],
    ['an emoji counts as one column', '😀x☃', { character: '😀', code: 0x1f600, line: 1, column: 1 }],
  ])('%s', (_name, text, expected) => {
    expect(firstNonIamCharacter(text)).toEqual(expected)
  })
})

describe('a pasted trust policy is refused before it is parsed', () => {
  it.each<[string, string, string]>([
    [
      'over 20,000 characters',
      `{"Version":"2012-10-17","Statement":[]}${' '.repeat(20_000)}`,
      'The pasted trust policy has 20,039 characters; this field takes at most 20,000, as IAM accepts at most 4,096 in a trust policy (not counting spaces and line breaks). Paste only the output of aws iam get-role --query Role.AssumeRolePolicyDocument.',
    ],
    [
      'with curly quotes',
      '{\n  “Version”: "2012-10-17"\n}',
      'The pasted trust policy contains ““” (U+201C) at line 2, column 3. IAM policy documents accept only tabs, line breaks and characters U+0020 to U+00FF: replace it (curly quotes with straight ones, for example).',
    ],
    [
      'with a control character, shown by its code',
      '{"Version": "2012-10-17"\u0000}',
      'The pasted trust policy contains U+0000 at line 1, column 25. IAM policy documents accept only tabs, line breaks and characters U+0020 to U+00FF: replace it (curly quotes with straight ones, for example).',
    ],
    [
      'nested 5,000 deep',
      policyWithCondition(nested(5000)),
      'The pasted trust policy nests lists and objects more than 64 levels deep; a trust policy needs about 6. Paste the output of aws iam get-role --query Role.AssumeRolePolicyDocument.',
    ],
  ])('%s', (_name, text, message) => {
    expect(trustPolicyTextProblem(text)).toBe(message)
    expect(parseTrustPolicyText(text)).toEqual({ ok: false, message })
  })

  it('accepts a real trust policy', () => {
    const policy = policyWithCondition('{"StringEquals":{"aws:SourceAccount":["123456789012"]}}')
    expect(trustPolicyTextProblem(JSON.stringify(JSON.parse(policy), null, 2))).toBeUndefined()
    expect(parseTrustPolicyText(policy).ok).toBe(true)
  })

  it('reports a policy nested 5,000 deep at its field instead of crashing the builders', () => {
    const config = eksTestConfig({}, { existingTrustPolicy: policyWithCondition(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`) })
    const checked = validateConfig(config)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.problems.map((p) => p.field)).toEqual(['eks.existingTrustPolicy'])
  })
})

describe('configuration files', () => {
  it('are refused by size before they are read, with the limit and what to do', () => {
    expect(configFileTooLargeProblem(10_485_760)).toBe(
      'The file is 10.5 MB; configuration files are at most 1 MB (one with 1,000 buckets is about 125 KB). Choose a file saved with Export configuration.',
    )
  })
})

describe('numbers in messages', () => {
  it.each<[number, string]>([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [INPUT_LIMITS.configJsonChars, '1,000,000'],
  ])('counts %d as %s', (count, text) => {
    expect(formatCount(count)).toBe(text)
  })

  it('writes every whole count as en-US does (without setting up ICU, as toLocaleString would)', () => {
    fc.assert(fc.property(fc.oneof(fc.nat(), fc.maxSafeNat()), (count) => {
      expect(formatCount(count)).toBe(count.toLocaleString('en-US'))
    }))
  })

  it.each<[number, string]>([
    [512, '512 bytes'],
    [124_132, '124.1 KB'],
    [INPUT_LIMITS.configFileBytes, '1 MB'],
    [10_485_760, '10.5 MB'],
  ])('sizes %d bytes as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
