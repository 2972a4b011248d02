import { checkActionNames, checkWildcardActions } from './check-actions'
import { checkConditions } from './check-conditions'
import { checkResourceTypes } from './check-resources'
import { checkAllowNot, checkDuplicateSids, checkPassRole, checkRedundantStatements } from './check-statements'
import { checkAnyPrincipal, checkEksSubject, checkServiceSourceAccount } from './check-trust'
import { SEVERITY_ORDER, type Finding, type PolicyCheckContext } from './finding'
import type { IamCatalog } from './iam-catalog'
import { readPolicy } from './read-policy'
import { resolveActions } from './resolve-actions'

/** Findings in document order; at the same place, the most serious first. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => a.start - b.start || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.rule.localeCompare(b.rule))
}

/**
 * Checks one policy document's text: JSON and IAM grammar, then each statement's actions, resources and
 * conditions against the catalog, then the document as a whole. Never throws on bad input: everything wrong with
 * the text is a finding.
 */
export async function checkPolicyText(text: string, context: PolicyCheckContext, catalog: IamCatalog): Promise<Finding[]> {
  const { statements, findings } = readPolicy(text, context.kind)
  for (const statement of statements) {
    const actions = await resolveActions(statement.action ?? [], catalog)
    const notActions = await resolveActions(statement.notAction ?? [], catalog)
    findings.push(
      ...(await checkActionNames([...actions, ...notActions], catalog)),
      ...checkWildcardActions(statement),
      ...checkResourceTypes(statement, actions),
      ...(await checkConditions(statement, actions, catalog)),
      ...checkPassRole(statement),
      ...checkAllowNot(statement),
    )
    if (context.kind === 'trust') {
      findings.push(...checkAnyPrincipal(statement), ...checkServiceSourceAccount(statement, text, context), ...checkEksSubject(statement, context))
    }
  }
  findings.push(...checkDuplicateSids(statements, context.kind), ...checkRedundantStatements(statements, context.kind))
  return sortFindings(findings)
}

/** Whether a list of findings should fail a build (the command line exits 1). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error')
}
