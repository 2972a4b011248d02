import { configSchema, type Config } from './schema'

export interface FieldProblem {
  /** The form path of the field, e.g. "buckets.2.name" ("" for the configuration as a whole). */
  field: string
  message: string
}

export type ConfigCheck = { ok: true; value: Config } | { ok: false; problems: FieldProblem[] }

/** A valid configuration, or every field rule it breaks. For the builders and the generator, which need a valid one. */
export function validateConfig(values: unknown): ConfigCheck {
  const parsed = configSchema.safeParse(values)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })) }
}

/** "buckets.0.name: Enter a bucket name.", as the generator prints it. */
export function formatFieldProblem({ field, message }: FieldProblem): string {
  return `${field || '(configuration)'}: ${message}`
}
