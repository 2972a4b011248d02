import { checkPolicyText } from '../../domain/policy-check/check-policy-text'
import type { Finding, PolicyCheckContext } from '../../domain/policy-check/finding'
import { createBrowserCatalog } from './browser-catalog'

export type PolicyChecker = (text: string, context: PolicyCheckContext) => Promise<Finding[]>

/** The checker with the browser's catalog; loaded by loadPolicyChecker, never imported at start. */
export function createPolicyChecker(): PolicyChecker {
  const catalog = createBrowserCatalog()
  return (text, context) => checkPolicyText(text, context, catalog)
}
