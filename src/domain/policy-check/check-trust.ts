import { base36RoleName } from '../eks/base36'
import type { Finding, PolicyCheckContext } from './finding'
import { replaceString, type Located } from './json-nodes'
import type { StatementModel } from './read-policy'

/**
 * Keys that tie a request to one account, organization or principal (IAM User Guide, "AWS global condition
 * context keys"; "The confused deputy problem"). A condition on one of them, not negated, limits who can assume.
 */
const LIMITING_KEYS = ['aws:principalaccount', 'aws:principalarn', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:userid', 'sts:externalid']

function limits(statement: StatementModel, keys: readonly string[]): boolean {
  return statement.conditions.some((c) => keys.includes(c.key.text.toLowerCase()) && !/Not|IfExists|^Null$/.test(c.operator.text))
}

/** Principal "*" or {"AWS": "*"} in an Allow with no limiting condition: any AWS account can assume the role. */
export function checkAnyPrincipal(statement: StatementModel): Finding[] {
  if (statement.effect?.text !== 'Allow' || !statement.principal) return []
  const { star, entries } = statement.principal
  const at = star ?? entries.find((e) => e.type === 'AWS')?.values.find((v) => v.text === '*')
  if (!at || limits(statement, LIMITING_KEYS)) return []
  return [{ rule: 'trust-any-principal', severity: 'security', message: 'Any AWS principal in any account can assume this role: add a condition such as aws:PrincipalAccount', start: at.start, end: at.end }]
}

/**
 * Service principals that assume the role for a resource in the caller's account should be limited to that
 * account (confused-deputy protection): EMR Serverless's runtime-role trust policy carries aws:SourceAccount
 * (EMR Serverless User Guide, "Create a job runtime role"). EKS Pod Identity is left out: no AWS page found says it
 * sets aws:SourceAccount (docs/sources.md).
 */
const NO_SOURCE_KEYS = ['pods.eks.amazonaws.com']

function indentBefore(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? ''
}

export function checkServiceSourceAccount(statement: StatementModel, text: string, context: PolicyCheckContext): Finding[] {
  if (statement.effect?.text !== 'Allow') return []
  const services = statement.principal?.entries.filter((e) => e.type === 'Service').flatMap((e) => e.values) ?? []
  const service = services.find((s) => !NO_SOURCE_KEYS.includes(s.text))
  if (!service || limits(statement, ['aws:sourceaccount', 'aws:sourcearn'])) return []
  const finding: Finding = {
    rule: 'trust-missing-source-account',
    severity: 'warning',
    message: `${service.text} can assume this role for resources in any account: add an aws:SourceAccount condition`,
    start: service.start,
    end: service.end,
  }
  const last = statement.node.children?.at(-1)
  if (context.accountId && !statement.conditionNode && last) {
    const indent = indentBefore(text, last.offset)
    const condition = `"Condition": { "StringEquals": { "aws:SourceAccount": ${JSON.stringify(context.accountId)} } }`
    const at = last.offset + last.length
    finding.fix = { title: `Allow only account ${context.accountId}`, edits: [{ start: at, end: at, text: `,\n${indent}${condition}` }] }
  }
  return [finding]
}

/**
 * EMR on EKS: `aws emr-containers update-role-trust-policy` trusts service accounts named
 * `emr-containers-sa-*-*-<account>-<base36 of the role name>` (domain-facts §1.1-1.2). A `sub` whose last part is
 * not this role's base36 lets no job assume the role (or a different role's jobs, if it is another role's name).
 */
export function checkEksSubject(statement: StatementModel, context: PolicyCheckContext): Finding[] {
  const roleName = context.roleName
  if (!roleName || !statement.action?.some((a) => a.text.toLowerCase() === 'sts:assumerolewithwebidentity')) return []
  if (!statement.principal?.entries.some((e) => e.type === 'Federated' && e.values.some((v) => v.text.includes(':oidc-provider/')))) return []
  const expected = base36RoleName(roleName)
  const subjects: Located[] = statement.conditions.filter((c) => c.key.text.toLowerCase().endsWith(':sub')).flatMap((c) => c.values)
  return subjects.flatMap((value): Finding[] => {
    // emr-containers-sa-<framework>-<component>-<account>-<base36>; the fixed operator and Livy names have no account.
    const match = /^(system:serviceaccount:[^:]+:emr-containers-sa-.+-(?:\d{12}|\*)-)([0-9a-z*]+)$/.exec(value.text)
    if (!match || match[2] === expected || match[2] === '*') return []
    const fixed = `${match[1] ?? ''}${expected}`
    return [{
      rule: 'eks-trust-subject',
      severity: 'error',
      message: `The service account name ends in ${match[2] ?? ''}, but role ${roleName} is ${expected} in base36: no EMR on EKS job can assume it`,
      start: value.start,
      end: value.end,
      fix: { title: `Change to …-${expected}`, edits: [replaceString(value, fixed)] },
    }]
  })
}
