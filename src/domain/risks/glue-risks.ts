import type { Config } from '../config/schema'
import type { RiskWarning } from './risk'

/**
 * Glue access on every database of the catalog while listing databases is possible: create and read (changing and
 * deleting any table), or read only (every table's definition and partitions). Listed databases warn of nothing.
 */
export function assessGlueRisks(config: Config): RiskWarning[] {
  if (config.glueAccess === 'none' || config.glueScope.scope !== 'all-databases') return []
  const listThem = 'Choose "Databases I list" and name the databases (and, if you like, the tables) your jobs use'
  if (config.glueAccess === 'create-read') {
    return [
      {
        id: 'glue-create-read-all',
        severity: 'medium',
        title: 'Glue create and read on every database',
        detail:
          'The role can create, change and delete tables and partitions in every database of the account’s ' +
          'Data Catalog in this region, not only the ones your jobs use.',
        saferAlternative: `${listThem}, read and write only where they write; or choose "Read only" unless your jobs create or alter tables.`,
        field: 'glueAccess',
      },
    ]
  }
  return [
    {
      id: 'glue-read-all-databases',
      severity: 'low',
      title: 'Glue read on every database',
      detail:
        'The role can read the definitions and partitions of every table in every database of the account’s Data Catalog ' +
        'in this region, other teams’ included, not only the ones your jobs use.',
      saferAlternative: `${listThem}.`,
      field: 'glueScope.scope',
    },
  ]
}
