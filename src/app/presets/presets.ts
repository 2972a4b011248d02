import PRESET_FILES from 'virtual:preset-files'

/**
 * Starting points: configuration files in public/presets/ (the format Export configuration writes, also published
 * as they are at /presets/…). The page may not fetch anything (its Content Security Policy says connect-src 'none'),
 * so the files come in as a module (vite.config.ts, `presetFiles`) with the code that offers them: a chunk of its
 * own, loaded when a person opens the list, never with the first page.
 */
export interface Preset {
  /** The file's name in public/presets/. */
  file: string
  title: string
  /** What the role can do, in one sentence. */
  description: string
  /** The configuration file, as it is. */
  text: string
}

const ABOUT: readonly Omit<Preset, 'text'>[] = [
  {
    file: 'spark-etl-glue.json',
    title: 'Spark ETL job with Glue',
    description:
      'EMR Serverless: reads raw data and job code, writes curated data under sales/, and creates and reads tables in the Glue Data Catalog; one application may use the role.',
  },
  {
    file: 'read-only-analytics.json',
    title: 'Read-only analytics',
    description: 'EMR Serverless: reads the data lake, reference data and the Glue Data Catalog, and writes nothing.',
  },
  {
    file: 'eks-multi-tenant.json',
    title: 'EMR on EKS tenant on shared clusters',
    description:
      'One team’s job role on two shared EKS clusters, trusted only in its own namespaces; logs to its own log group; submitters may start jobs on its virtual clusters with this role only.',
  },
]

export const PRESETS: readonly Preset[] = ABOUT.map((about) => ({ ...about, text: PRESET_FILES[about.file] ?? '' }))

export { PRESET_FILES }
