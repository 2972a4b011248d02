import { z } from 'zod/mini'

/** Which databases of the Data Catalog the Glue statements name: every one (as before), or the ones listed. */
export const GLUE_SCOPES = ['all-databases', 'databases'] as const
/** What jobs do in a listed database: read it, or also create, change and delete its tables and partitions. */
export const GLUE_DATABASE_ACCESS = ['read', 'read-write'] as const

export const glueDatabaseSchema = z.object({
  name: z.string(),
  access: z.enum(GLUE_DATABASE_ACCESS),
  /** The tables jobs use in this database; none listed means every table of it (`table/<db>/*`). */
  tables: z.array(z.object({ name: z.string() })),
})

/**
 * Where Glue Data Catalog access reaches (with `glueAccess` read or create-read): all databases, or listed
 * databases each read or read-write, optionally listed tables; and whether jobs use the Glue Iceberg REST endpoint,
 * which needs glue:GetCatalog.
 */
export const glueScopeSchema = z.object({
  scope: z.enum(GLUE_SCOPES),
  databases: z.array(glueDatabaseSchema),
  icebergRest: z.boolean(),
})

export type GlueScope = z.output<typeof glueScopeSchema>
export type GlueDatabase = z.output<typeof glueDatabaseSchema>
export type GlueDatabaseAccess = (typeof GLUE_DATABASE_ACCESS)[number]

/** All databases and no Iceberg REST endpoint, as every configuration made before the answer existed. */
export function defaultGlueScope(): GlueScope {
  return { scope: 'all-databases', databases: [], icebergRest: false }
}
