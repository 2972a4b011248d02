import type { Config } from '../config/schema'
import type { SummaryPart } from './wording'

/** Glue Data Catalog access as `buildGlueStatements` grants it: the role's own account and region, every database. */
export function summarizeGlue(config: Config): SummaryPart {
  if (config.glueAccess === 'none') return { can: [], cannot: ['Cannot use the Glue Data Catalog'] }
  const catalog = `the Glue Data Catalog of account ${config.accountId} in ${config.region}`
  const elsewhere = 'Cannot use the Data Catalog of another account or region'
  if (config.glueAccess === 'read') {
    return {
      can: [`Reads ${catalog} (all databases, tables and partitions)`],
      cannot: ['Cannot create, change or delete anything in the Data Catalog', elsewhere],
    }
  }
  return {
    can: [
      `Reads ${catalog} (all databases, tables and partitions)`,
      'Creates databases, creates, changes and deletes tables, and adds partitions, in every database of that catalog',
    ],
    cannot: ['Cannot delete databases or partitions', elsewhere],
  }
}
