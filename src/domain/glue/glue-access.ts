import type { GlueDatabase, GlueDatabaseAccess } from '../config/glue-scope-schema'
import type { GlueAccess } from '../config/schema'
// Apart from the builder, for the explanations; the review's summary (summary/glue-summary.ts) repeats the rule,
// since importing it there splits the first load into more chunks.

/** The database the Hive/Glue catalog client reads at session start, whatever the job uses (domain-facts §8). */
export const DEFAULT_GLUE_DATABASE = 'default'

/**
 * What jobs may do in a listed database: "Read only" Glue access caps every database at read; "Create and read"
 * lets each listed database be read or read-write.
 */
export function effectiveDatabaseAccess(glueAccess: GlueAccess, database: GlueDatabase): GlueDatabaseAccess {
  return glueAccess === 'create-read' ? database.access : 'read'
}
