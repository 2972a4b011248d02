import { arnPatternMatches } from './arn-pattern'
import type { Finding } from './finding'
import type { StatementModel } from './read-policy'
import type { ResolvedAction } from './resolve-actions'
import { hasWildcard } from './wildcard'

/**
 * An action whose resource types none of the statement's Resource values can name: the statement grants nothing
 * for it. The Service Authorization Reference lists each action's resource types and their ARN patterns; an
 * action with none "must specify all resources ("*")". Real mistake: `s3:GetObject` on `arn:aws:s3:::bucket`
 * (objects are `bucket/key`), `s3:ListBucket` on `arn:aws:s3:::bucket/*` (AWS S3 user guide, "Policy examples").
 */
export function checkResourceTypes(statement: StatementModel, actions: readonly ResolvedAction[]): Finding[] {
  const resources = statement.resource
  if (!resources || resources.length === 0 || resources.some((r) => r.text === '*')) return []
  return actions.flatMap((action): Finding[] => {
    const [match] = action.matches
    if (!action.service || !match || action.matches.length !== 1 || hasWildcard(action.name ?? '')) return []
    const finding = (message: string): Finding => ({ rule: 'resource-mismatch', severity: 'warning', message, start: action.at.start, end: action.at.end })
    if (match.resourceTypes.length === 0) {
      // The reference says such actions need "*", yet AWS's own policies grant e.g. logs:DescribeLogGroups on
      // arn:aws:logs:*:*:* and IAM checks it against an ARN of the service; so only an ARN of another service is flagged.
      const ownService = new RegExp(`^arn:[^:]*:(\\*|${action.serviceKey ?? ''}):`, 'i')
      if (resources.some((r) => ownService.test(r.text) || r.text.startsWith('${'))) return []
      return [finding(`${action.at.text} supports only Resource "*": this statement grants it on nothing`)]
    }
    const types = match.resourceTypes.map((type) => action.service?.resourceTypes.get(type.name.toLowerCase()))
    // A resource type the data does not describe: nothing to compare with, so no finding.
    if (types.some((type) => type === undefined)) return []
    const fits = types.some((type) => type && resources.some((r) => arnPatternMatches(r.text, type.arn)))
    if (fits) return []
    // The shortest pattern is the plainest example (object rather than access-point object).
    const example = types.map((type) => type?.arn ?? '').sort((a, b) => a.length - b.length)[0]
    const names = match.resourceTypes.map((type) => type.name).join(' or ')
    return [finding(`${action.at.text} acts on ${names} (${example ?? ''}); no Resource in this statement is one`)]
  })
}
