import { describe, expect, it } from 'vitest'
import { openConfigFile } from '../share/config-file'
import { SHARE_VERSION } from '../share/share-codec'
import { defaultConfig } from './defaults'

function problemsOf(config: unknown): string[] {
  const opened = openConfigFile(JSON.stringify({ version: SHARE_VERSION, config }))
  return opened.ok ? [] : opened.problems
}

describe('a configuration of the wrong structure names each wrong field in plain words', () => {
  const valid = defaultConfig()
  it.each([
    ['an unknown choice', { ...valid, s3Access: 'everything' }, 's3Access: Expected one of "all", "specific", "none", not "everything".'],
    ['a missing field', { ...valid, roleName: undefined }, 'roleName: Missing: expected text.'],
    ['text where true/false belongs', { ...valid, emrSamplesAccess: 'yes' }, 'emrSamplesAccess: Expected true or false, not "yes".'],
    ['an object where a list belongs', { ...valid, buckets: {} }, 'buckets: Expected a list ([…]), not an object.'],
    ['a number where text belongs, deep down', { ...valid, buckets: [{ name: 5, prefix: '', access: 'read' }] }, 'buckets.0.name: Expected text, not 5.'],
    ['long text is cut', { ...valid, target: 'x'.repeat(50) }, `target: Expected one of "serverless", "eks", not "${'x'.repeat(40)}…".`],
  ])('%s', (_name, config, expected) => {
    expect(problemsOf(config)).toEqual([expected])
  })

  it('a valid configuration has none', () => {
    expect(problemsOf(valid)).toEqual([])
  })
})
