import type { z } from 'zod/mini'
import type { GlueScope } from './glue-scope-schema'
import { glueNameProblem } from './glue-names'

/** Checks the listed Glue databases and tables, each problem at its field (paths start at the config root). */
export function checkGlueScope(scope: GlueScope, ctx: z.core.$RefinementCtx<unknown>): void {
  const report = (path: (string | number)[], message: string | undefined) => {
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['glueScope', ...path], message })
  }
  if (scope.databases.length === 0) report(['databases'], 'Add at least one database, or choose "All databases".')
  const databases = new Set<string>()
  scope.databases.forEach((database, index) => {
    const name = database.name
    report(['databases', index, 'name'], glueNameProblem(name, 'database') ?? (databases.has(name) ? `Database ${name} is already listed.` : undefined))
    databases.add(name)
    const tables = new Set<string>()
    database.tables.forEach((table, tableIndex) => {
      const problem = glueNameProblem(table.name, 'table') ?? (tables.has(table.name) ? `Table ${table.name} is already listed.` : undefined)
      report(['databases', index, 'tables', tableIndex, 'name'], problem)
      tables.add(table.name)
    })
  })
}
