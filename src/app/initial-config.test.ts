import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../domain/config/defaults'
import { serializeAnswers } from '../domain/share/saved-answers'
import { encodeConfig } from '../domain/share/share-encode'
import { testConfig } from '../domain/test-configs'
import type { StoredText } from '../lib/local-store'
import { readInitialConfig } from './initial-config'
import { validateConfig } from '../domain/config/validate-config'

const saved = testConfig({ roleName: 'SavedRole' })
const linked = testConfig({ roleName: 'LinkedRole' })
const link = `#${encodeConfig(linked)}`
const brokenLink = '#config=2.deadbeef.NoWayThisIsValid'

const nothing: StoredText = { available: true, text: null }
const noStorage: StoredText = { available: false }
const savedWork: StoredText = { available: true, text: serializeAnswers(saved) }
const savedDefaults: StoredText = { available: true, text: serializeAnswers(defaultConfig()) }
const savedSameAsLink: StoredText = { available: true, text: serializeAnswers(linked) }
const corrupt: StoredText = { available: true, text: '{"version":2,"config":{"target":' }

describe('readInitialConfig', () => {
  it.each<[string, string, StoredText, { roleName: string; notice: string | null; linkOpened: boolean }]>([
    ['nothing at all', '', nothing, { roleName: 'EMRServerlessJobRuntimeRole', notice: null, linkOpened: false }],
    ['saved answers', '', savedWork, { roleName: 'SavedRole', notice: null, linkOpened: false }],
    ['no storage', '', noStorage, { roleName: 'EMRServerlessJobRuntimeRole', notice: null, linkOpened: false }],
    ['a link, nothing saved', link, nothing, { roleName: 'LinkedRole', notice: null, linkOpened: true }],
    ['a link, no storage', link, noStorage, { roleName: 'LinkedRole', notice: null, linkOpened: true }],
    ['a link, only the defaults saved', link, savedDefaults, { roleName: 'LinkedRole', notice: null, linkOpened: true }],
    ['a link, the same answers saved', link, savedSameAsLink, { roleName: 'LinkedRole', notice: null, linkOpened: true }],
    ['a link, unreadable saved text', link, corrupt, { roleName: 'LinkedRole', notice: null, linkOpened: true }],
    ['a link, other answers saved', link, savedWork, { roleName: 'SavedRole', notice: 'choice', linkOpened: false }],
    ['a broken link, nothing saved', brokenLink, nothing, { roleName: 'EMRServerlessJobRuntimeRole', notice: 'failed', linkOpened: false }],
    ['a broken link, answers saved', brokenLink, savedWork, { roleName: 'SavedRole', notice: 'failed', linkOpened: false }],
  ])('%s: starts with the right answers and notice', (_name, hash, stored, expected) => {
    const start = readInitialConfig(hash, stored)
    expect({ roleName: start.values.roleName, notice: start.notice?.kind ?? null, linkOpened: start.linkOpened }).toEqual(expected)
  })

  it('never lets a link replace different saved answers unasked: the link’s answers wait in the notice', () => {
    const start = readInitialConfig(link, savedWork)
    expect(start.values).toEqual(saved)
    expect(start.notice).toEqual({
      kind: 'choice',
      title: 'This link’s answers differ from the ones saved in this browser',
      link: { values: linked, problems: [] },
    })
  })

  it.each([
    [nothing, 'The builder started from its defaults.'],
    [savedWork, 'Your saved answers are open instead.'],
  ])('says what a broken link leaves on screen', (stored, fallback) => {
    expect(readInitialConfig(brokenLink, stored).notice).toMatchObject({ kind: 'failed', fallback })
  })

  it('starts from the defaults when saved text cannot be read, and keeps the text and the reason', () => {
    const start = readInitialConfig('', corrupt)
    expect(start.values).toEqual(defaultConfig())
    expect(start.unreadableSaved).toEqual({ text: corrupt.available && corrupt.text, reason: 'They are damaged: they are not valid JSON.', problems: [] })
  })

  it('starts from the defaults, with the reason, for answers saved by a newer version', () => {
    const newer = { available: true, text: JSON.stringify({ version: 99, config: saved }) } as const
    const start = readInitialConfig('', newer)
    expect(start.values).toEqual(defaultConfig())
    expect(start.unreadableSaved?.reason).toMatch(/newer version/)
  })

  it('reports whether the browser lets the page keep answers', () => {
    expect(readInitialConfig('', noStorage).storageAvailable).toBe(false)
    expect(readInitialConfig('', nothing).storageAvailable).toBe(true)
  })

  it('opens a link whose answers break rules with their problems, to show at the fields', () => {
    const start = readInitialConfig(`#${encodeConfig(testConfig({ accountId: '12345' }))}`, nothing)
    expect(start.problems.map((p) => p.field)).toEqual(['accountId'])
    expect(start.notice).toMatchObject({ kind: 'attention', title: 'This link opened, but 1 answer needs attention' })
  })

  const ruleBreakingLink = `#${encodeConfig(testConfig({ accountId: '12345' }))}`
  it.each<[string, string, StoredText, boolean]>([
    ['the defaults (not checked on the way in)', '', nothing, false],
    ['saved answers', '', savedWork, true],
    ['a link', link, nothing, true],
    ['a link beside other saved answers (the saved ones are shown)', link, savedWork, true],
    ['a broken link', brokenLink, nothing, false],
    ['a link whose answers break a rule', ruleBreakingLink, nothing, false],
  ])('%s: the answers count as checked only when they passed every rule on the way in', (_name, hash, stored, checked) => {
    const start = readInitialConfig(hash, stored)
    if (!checked) return expect(start.config).toBeNull()
    expect(start.config).toBe(start.values)
    expect(validateConfig(start.values).ok).toBe(true)
  })
})
