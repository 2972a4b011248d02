import { describe, expect, it } from 'vitest'
import { parseArguments } from './parse-arguments'

describe('parseArguments', () => {
  it('reads repeated sources in order, with defaults for the rest', () => {
    expect(parseArguments(['--config', 'a.json', '--link', 'https://x/#config=2', '--config', '-', '--strict'])).toEqual({
      ok: true,
      value: {
        sources: [{ kind: 'config', path: 'a.json' }, { kind: 'link', url: 'https://x/#config=2' }, { kind: 'config', path: '-' }],
        format: 'all',
        out: '.',
        strict: true,
      },
    })
  })

  it.each<[string[], string]>([
    [[], 'Give at least one --config or --link.'],
    [['--config'], '--config needs a value.'],
    [['--config', '--out', 'x'], '--config needs a value.'],
    [['--config', 'a.json', '--out', 'x', '--out', 'y'], '--out is given twice.'],
    [['--config', 'a.json', '--format', 'pdf'], '--format must be one of json, aws-cli, cloudformation, terraform, all.'],
    [['--config', 'a.json', '--verbose'], 'Unknown option --verbose.'],
    [['--config', '-', '--config', '-'], 'Standard input (--config -) can be read only once.'],
  ])('%j: %s', (args, message) => {
    expect(parseArguments(args)).toEqual({ ok: false, message })
  })

  it.each([['--help'], ['-h'], ['--config', 'a.json', '-h'], ['--format', 'pdf', '--help']])('%j asks for help', (...args) => {
    expect(parseArguments(args)).toEqual({ ok: true, value: 'help' })
  })
})
