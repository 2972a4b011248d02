import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shellQuote } from './shell-quote'

const HOSTILE: [string, string][] = [
  ['plain', 'EMRServerlessS3RuntimeRole'],
  ['empty', ''],
  ['single quotes', "it's 'quoted'"],
  ['double quotes', 'say "hi"'],
  ['a variable', '$HOME'],
  ['a braced variable', '${PATH}'],
  ['a command substitution', '$(id -u)'],
  ['backquotes', '`id -u`'],
  ['every quote at once', `/a'b"c$d\`e\\f/`],
  ['history expansion', '!! and !$'],
  ['a newline', 'line one\nline two'],
  ['a tab and trailing spaces', 'a\tb  '],
  ['a leading dash', '-team-role'],
  ['an echo option', '-n'],
  ['non-ASCII', 'rôle-日本-✓'],
  ['backslashes', 'a\\b\\\\c\\'],
  ['an escaped dollar', '\\$x'],
  ['globs and tilde', '* ? [a] ~'],
  ['a comment and separators', '# ; & | < >'],
  ['a JMESPath literal', '`{"a": "`"}` == `\\``'],
]

describe('shellQuote', () => {
  it.each(HOSTILE)('%s: bash reads back the same bytes', (_, value) => {
    const printed = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(value)}`], { encoding: 'utf8' })
    expect(printed).toBe(value)
  })

  it.each(HOSTILE)('%s: one word, even after a command name', (_, value) => {
    const count = execFileSync('bash', ['-c', `set -- ${shellQuote(value)}; printf '%s' "$#"`], { encoding: 'utf8' })
    expect(count).toBe('1')
  })

  it('is clean under shellcheck for every value, as an assignment and as an argument', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-quote-'))
    const script = join(dir, 'quoted.sh')
    const lines = HOSTILE.flatMap(([, value], index) => [
      `value_${index}=${shellQuote(value)}`,
      `printf '%s\\n' "$value_${index}" ${shellQuote(value)}`,
    ])
    writeFileSync(script, ['#!/usr/bin/env bash', ...lines, ''].join('\n'))
    const shellcheck = spawnSync('shellcheck', ['--severity=style', script], { encoding: 'utf8' })
    expect(shellcheck.stdout).toBe('')
    expect(shellcheck.status).toBe(0)
  })

  it('keeps single quotes where nothing could expand, so the script stays easy to read', () => {
    expect(shellQuote('/emr/')).toBe(`'/emr/'`)
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
    expect(shellQuote('/a$b`c"d\\e/')).toBe('"/a\\$b\\`c\\"d\\\\e/"')
  })
})
