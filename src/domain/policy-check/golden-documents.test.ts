import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from './check.test-util'

const DIRS = ['serverless', 'eks', 'glue', 'pod-identity', 's3-tables', 'export']

/** Every policy document (an object with a Statement) inside a golden file. */
function documentsIn(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => documentsIn(item, found))
  else if (value && typeof value === 'object') {
    if ('Statement' in value) found.push(value)
    else Object.values(value).forEach((item) => documentsIn(item, found))
  }
  return found
}

const goldens = DIRS.flatMap((dir) =>
  readdirSync(new URL(`../${dir}/golden/`, import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) => `${dir}/golden/${file}`),
)

describe("the checker on the project's own documents", () => {
  it('finds golden files to read', () => expect(goldens.length).toBeGreaterThan(40))

  it.each(goldens)('%s: no error, security finding or warning', async (path) => {
    const json: unknown = JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'))
    const roleArn = (json as { roleArn?: string }).roleArn
    for (const document of documentsIn(json)) {
      const text = JSON.stringify(document, null, 2)
      const kind = text.includes('"Principal"') ? 'trust' : 'permissions'
      // EMR on EKS goldens are for role "myrole" (eksTestConfig), others carry their role ARN.
      const roleName = roleArn?.split('/').at(-1) ?? 'myrole'
      const findings = await check(text, { kind, roleName, accountId: '123456789012' })
      expect(findings.filter((f) => f.severity !== 'suggestion').map((f) => `${f.rule}: ${f.message}`)).toEqual([])
    }
  })
})
