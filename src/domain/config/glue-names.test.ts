import { describe, expect, it } from 'vitest'
import { scopedGlueConfig } from '../glue/glue-test-configs'
import { glueNameProblem } from './glue-names'
import { configSchema } from './schema'

describe('glueNameProblem', () => {
  it.each<[string, string | undefined]>([
    ['sales', undefined],
    ['sales_2024', undefined],
    ['sales-eu', undefined],
    ['a b', undefined],
    ['café', undefined],
    ['x'.repeat(255), undefined],
    ['', 'Enter a database name, or remove this row.'],
    ['x'.repeat(256), 'Database names are at most 255 characters; this one has 256.'],
    ['Sales', 'Glue stores database names in lower case, and its ARNs use that form. Did you mean "sales"?'],
    [' sales', 'Database name starts or ends with a space. Did you mean "sales"?'],
    ['a/b', 'A database name cannot contain "/": Glue ARNs use it between database and table.'],
    ['sales*', 'A database name cannot contain "*": IAM reads it as a wildcard, so the policy would cover other databases too.'],
    ['sales?', 'A database name cannot contain "?": IAM reads it as a wildcard, so the policy would cover other databases too.'],
    ['${aws:username}', 'A database name cannot contain "${": IAM reads it as the start of a policy variable.'],
    ['a\tb', 'Database names in a policy may use printable Latin-1 characters only (no tabs, line breaks or other scripts).'],
    ['日本', 'Database names in a policy may use printable Latin-1 characters only (no tabs, line breaks or other scripts).'],
  ])('%j', (name, problem) => {
    expect(glueNameProblem(name, 'database')).toBe(problem)
  })

  it('tables say "table"', () => {
    expect(glueNameProblem('', 'table')).toBe('Enter a table name, or remove this row.')
    expect(glueNameProblem('t*', 'table')).toMatch(/other tables too/)
  })
})

describe('the listed databases in the configuration', () => {
  const problems = (glueScope: ReturnType<typeof scopedGlueConfig>['glueScope'], glueAccess: 'read' | 'none' = 'read') => {
    const result = configSchema.safeParse(scopedGlueConfig({ glueAccess, glueScope }))
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  }
  const scope = (databases: ReturnType<typeof scopedGlueConfig>['glueScope']['databases']) => ({ scope: 'databases' as const, databases, icebergRest: false })

  it('each problem at its field', () => {
    expect(
      problems(
        scope([
          { name: 'sales', access: 'read', tables: [{ name: 'Orders' }, { name: 'x' }, { name: 'x' }] },
          { name: 'sales', access: 'read-write', tables: [] },
        ]),
      ),
    ).toEqual([
      'glueScope.databases.0.tables.0.name: Glue stores table names in lower case, and its ARNs use that form. Did you mean "orders"?',
      'glueScope.databases.0.tables.2.name: Table x is already listed.',
      'glueScope.databases.1.name: Database sales is already listed.',
    ])
  })

  it('no database listed: the list says so', () => {
    expect(problems(scope([]))).toEqual(['glueScope.databases: Add at least one database, or choose "All databases".'])
  })

  it('hidden rows block nothing: all databases, or no Glue access', () => {
    const broken = [{ name: '', access: 'read' as const, tables: [{ name: '*' }] }]
    expect(problems({ ...scope(broken), scope: 'all-databases' })).toEqual([])
    expect(problems(scope(broken), 'none')).toEqual([])
  })
})
