import type { Finding } from './finding'
import type { CatalogService, IamCatalog } from './iam-catalog'
import { replaceString } from './json-nodes'
import { nearestName } from './nearest-name'
import type { StatementModel } from './read-policy'
import type { ResolvedAction } from './resolve-actions'
import { hasWildcard } from './wildcard'

/**
 * Verbs that name the same operation in different services. Real mistakes: `emr-serverless:StopJobRun` (the API is
 * CancelJobRun) and `emr-serverless:DescribeApplication` (GetApplication), found in a public EMR Serverless
 * construct (issue 13; domain-facts §9).
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ['Stop', 'Cancel', 'Terminate'],
  ['Describe', 'Get', 'Read'],
  ['Delete', 'Remove'],
  ['Create', 'Add', 'Put'],
  ['Update', 'Modify', 'Put'],
  ['List', 'Describe'],
]

function splitVerb(name: string): [string, string] {
  const match = /^([A-Z][a-z]+)(.*)$/.exec(name)
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', name]
}

/** The real action meant: same noun with a synonym verb, else a typo within two edits; only when unambiguous. */
export function suggestAction(name: string, service: CatalogService): string | undefined {
  const names = [...service.actions.values()].map((action) => action.name)
  const [verb, noun] = splitVerb(name)
  const verbs = new Set(SYNONYMS.filter((group) => group.includes(verb)).flat())
  verbs.delete(verb)
  const bySynonym = names.filter((candidate) => {
    const [otherVerb, otherNoun] = splitVerb(candidate)
    return otherNoun.toLowerCase() === noun.toLowerCase() && verbs.has(otherVerb)
  })
  if (bySynonym.length === 1) return bySynonym[0]
  if (bySynonym.length > 1) return undefined
  return nearestName(name, names, 2)
}

async function unknownService(action: ResolvedAction, catalog: IamCatalog): Promise<Finding> {
  const keys = await catalog.serviceKeys()
  const near = nearestName(action.serviceKey ?? '', keys, 2)
  const finding: Finding = {
    rule: 'unknown-service',
    severity: 'error',
    message: `"${action.serviceKey ?? ''}" is not an AWS service prefix`,
    start: action.at.start,
    end: action.at.end,
  }
  if (near) {
    const text = `${near}:${action.name ?? ''}`
    finding.fix = { title: `Replace with ${text}`, edits: [replaceString(action.at, text)] }
  }
  return finding
}

/** Action values that name no service or no action. */
export async function checkActionNames(actions: readonly ResolvedAction[], catalog: IamCatalog): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const action of actions) {
    const { at, service, serviceKey, name } = action
    if (at.text === '*' || action.matches.length > 0) continue
    if (serviceKey === undefined) {
      findings.push({ rule: 'invalid-action', severity: 'error', message: `"${at.text}" is not service:action`, start: at.start, end: at.end })
    } else if (!service) {
      if (!hasWildcard(serviceKey)) findings.push(await unknownService(action, catalog))
    } else {
      const near = hasWildcard(name ?? '') ? undefined : suggestAction(name ?? '', service)
      const finding: Finding = {
        rule: 'unknown-action',
        severity: 'error',
        message: hasWildcard(name ?? '') ? `${at.text} matches no ${serviceKey} action` : `${at.text} is not an action of ${serviceKey}`,
        start: at.start,
        end: at.end,
      }
      if (near) {
        const text = `${at.text.slice(0, at.text.indexOf(':'))}:${near}`
        finding.fix = { title: `Replace with ${text}`, edits: [replaceString(at, text)] }
      }
      findings.push(finding)
    }
  }
  return findings
}

/** `*` or `service:*` in an Allow: every action, present and future (IAM best practice: grant least privilege). */
export function checkWildcardActions(statement: StatementModel): Finding[] {
  if (statement.effect?.text !== 'Allow') return []
  return (statement.action ?? []).flatMap((at): Finding[] => {
    if (at.text === '*') {
      return [{ rule: 'wildcard-action', severity: 'security', message: 'Action "*" allows every action of every service', start: at.start, end: at.end }]
    }
    if (/^[^:]+:\*$/.test(at.text)) {
      return [{ rule: 'wildcard-action', severity: 'warning', message: `${at.text} allows every ${at.text.split(':')[0] ?? ''} action, including ones added later`, start: at.start, end: at.end }]
    }
    return []
  })
}
