import { describe, expect, it } from 'vitest'
import { evaluateStatements } from './evaluate.test-util'
import type { ContextValue } from './types'

// Policy variables in Resource (IAM User Guide, "IAM policy elements: Variables and tags": the home-folder
// example, tags as variables, special characters, default values, Version 2012-10-17).
const allowResource = (resource: string) => [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }]
const ROWS: [resource: string, request: string, context: Record<string, ContextValue>, allowed: boolean, version?: string][] = [
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/a.txt', { 'aws:username': 'bob' }, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/alice/a.txt', { 'aws:username': 'bob' }, false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/a.txt', {}, false], // no value → no match
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${AWS:UserName}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/a.txt', { 'aws:username': 'bob' }, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/a.txt', { 'aws:username': 'bob' }, false],
  // A version-2008 document (or none) takes ${…} as text (IAM User Guide, "IAM JSON policy elements: Version").
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/bob/a.txt', { 'aws:username': 'bob' }, false, '2008-10-17'],
  ['arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/home/${aws:username}/a.txt', { 'aws:username': 'bob' }, true, '2008-10-17'],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/red/x', { 'aws:PrincipalTag/team': 'red' }, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/blue/x', { 'aws:PrincipalTag/team': 'red' }, false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, \'company-wide\'}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/company-wide/x', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, \'company-wide\'}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/red/x', { 'aws:PrincipalTag/team': 'red' }, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, \'company-wide\'}/*', 'arn:aws:s3:::amzn-s3-demo-bucket/company-wide/x', { 'aws:PrincipalTag/team': 'red' }, false],
  // A replaced value is text: a * in it is no wildcard.
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}', 'arn:aws:s3:::amzn-s3-demo-bucket/anything', { 'aws:username': '*' }, false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}', 'arn:aws:s3:::amzn-s3-demo-bucket/*', { 'aws:username': '*' }, true],
  // A multivalued key cannot be a variable.
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:TagKeys}', 'arn:aws:s3:::amzn-s3-demo-bucket/a', { 'aws:TagKeys': ['a'] }, false],
  // ${*} ${?} ${$}: the literal characters.
  ['arn:aws:s3:::amzn-s3-demo-bucket/${*}', 'arn:aws:s3:::amzn-s3-demo-bucket/*', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${*}', 'arn:aws:s3:::amzn-s3-demo-bucket/abc', {}, false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/what${?}', 'arn:aws:s3:::amzn-s3-demo-bucket/what?', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/what${?}', 'arn:aws:s3:::amzn-s3-demo-bucket/whatX', {}, false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${$}{x}', 'arn:aws:s3:::amzn-s3-demo-bucket/${x}', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/a${*}*', 'arn:aws:s3:::amzn-s3-demo-bucket/a*bc', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/a${*}*', 'arn:aws:s3:::amzn-s3-demo-bucket/abc', {}, false],
  // A ${ with no closing brace is plain text.
  ['arn:aws:s3:::amzn-s3-demo-bucket/${oops', 'arn:aws:s3:::amzn-s3-demo-bucket/${oops', {}, true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/${aws:SecureTransport}', 'arn:aws:s3:::amzn-s3-demo-bucket/true', { 'aws:SecureTransport': true }, true],
]

describe('policy variables in Resource', () => {
  it.each(ROWS)('%s for %s with %j → %s', (resource, request, context, allowed, version = '2012-10-17') => {
    const result = evaluateStatements(allowResource(resource), { action: 's3:GetObject', resource: request, context }, version)
    expect(result.verdict).toBe(allowed ? 'allowed' : 'not-allowed')
  })
})
