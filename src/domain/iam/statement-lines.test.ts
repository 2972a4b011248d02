import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildRoleDocuments } from '../role/build-role-documents'
import { configSchema } from '../config/schema'
import { testConfig } from '../test-configs'
import { formatPolicy, type PolicyDocument, type Statement } from './policy'
import { locateStatements, statementAtLine } from './statement-lines'

/** Any text, including quotes, backslashes, line breaks and the characters of the patterns the reader looks for. */
const text = fc.oneof(fc.string(), fc.constantFrom('"', '\\', '\n', '    {', '    },', '"Sid": "x"', '  ]', 's3:GetObject'))
const statement: fc.Arbitrary<Statement> = fc.record(
  {
    Sid: text,
    Effect: fc.constantFrom('Allow' as const, 'Deny' as const),
    Principal: fc.record({ Service: fc.oneof(text, fc.array(text, { maxLength: 2 })) }),
    Action: fc.oneof(text, fc.array(text, { maxLength: 4 })),
    Resource: fc.oneof(text, fc.array(text, { maxLength: 3 })),
    Condition: fc.constant({ StringEquals: { 's3:prefix': ['a/', 'b/'] } }),
  },
  { requiredKeys: ['Effect', 'Action'] },
)

describe('locateStatements', () => {
  it('finds every statement of any formatted policy: its lines parse back to it, with its Sid and actions', () => {
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 6 }), (statements) => {
        const document: PolicyDocument = { Version: '2012-10-17', Statement: statements }
        const lines = formatPolicy(document).split('\n')
        const found = locateStatements(formatPolicy(document))
        expect(found).toHaveLength(statements.length)
        found.forEach((at, index) => {
          const original = statements[index] as Statement
          expect(at.index).toBe(index)
          expect(JSON.parse(lines.slice(at.from, at.to).join('\n').replace(/,$/, ''))).toEqual(original)
          expect(at.sid).toBe(original.Sid ?? null)
          expect(at.actions).toEqual([original.Action].flat())
        })
      }),
    )
  })

  it('reads a generated permissions policy', () => {
    const config = configSchema.parse(testConfig({ buckets: [{ name: 'amzn-example-in', prefix: 'raw/', access: 'read' }] }))
    const policy = buildRoleDocuments(config).permissionsPolicy as PolicyDocument
    const found = locateStatements(formatPolicy(policy))
    expect(found.map((s) => s.sid)).toEqual(policy.Statement.map((s) => s.Sid))
    expect(found[0]?.from).toBe(3) // after "{", "Version" and "Statement": [
  })

  it('finds nothing in text that is not a formatted policy', () => {
    expect(locateStatements('')).toEqual([])
    expect(locateStatements('{\n  "Version": "2012-10-17"\n}\n')).toEqual([])
    expect(locateStatements('#!/bin/bash\necho "Statement": [\n')).toEqual([])
  })
})

describe('statementAtLine', () => {
  const document: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'A', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::a' },
      { Sid: 'B', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::a/*' },
    ],
  }
  const found = locateStatements(formatPolicy(document))

  it.each([
    [0, undefined],
    [2, undefined],
    [3, 'A'],
    [8, 'A'],
    [9, 'B'],
    [17, 'B'],
    [18, undefined],
  ])('line %i is in statement %s', (line, sid) => {
    expect(statementAtLine(found, line)?.sid).toBe(sid)
  })
})
