import { z } from 'zod/mini'

/**
 * Whether jobs read tables whose data AWS Lake Formation governs (EMR Serverless 7.2.0 and later, EMR on EKS 7.7
 * and later): the role then needs lakeformation:GetDataAccess, and the data-lake administrator grants the rest.
 */
export const lakeFormationSchema = z.object({ enabled: z.boolean() })

export type LakeFormation = z.output<typeof lakeFormationSchema>

/** Off, as every configuration made before the option existed. */
export function defaultLakeFormation(): LakeFormation {
  return { enabled: false }
}
