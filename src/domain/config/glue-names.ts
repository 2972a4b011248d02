import { iamLiteralProblem } from './iam-names'
import { didYouMean } from './suggestions'

type GlueObject = 'database' | 'table'

/**
 * Why a Glue database or table name cannot be written into a policy, or undefined. Glue takes 1–255 characters of
 * single-line text and folds names to lower case when it stores them, so its ARNs hold the lower-case form (Glue API,
 * DatabaseInput and TableInput). The policy adds its own limits: IAM documents hold printable Latin-1 only, "/"
 * separates database and table in `table/<db>/<table>`, and "*", "?" and "${" would not stay literal (domain-facts §9).
 */
export function glueNameProblem(name: string, what: GlueObject): string | undefined {
  const What = what === 'database' ? 'Database' : 'Table'
  if (name === '') return `Enter a ${what} name, or remove this row.`
  if (name.length > 255) return `${What} names are at most 255 characters; this one has ${name.length}.`
  if (/[^\u0020-\u00ff]/.test(name)) {
    return `${What} names in a policy may use printable Latin-1 characters only (no tabs, line breaks or other scripts).`
  }
  if (name.trim() !== name) return `${What} name starts or ends with a space.${didYouMean(name.trim().toLowerCase(), name)}`
  if (name.toLowerCase() !== name) {
    return `Glue stores ${what} names in lower case, and its ARNs use that form.${didYouMean(name.toLowerCase(), name)}`
  }
  if (name.includes('/')) return `A ${what} name cannot contain "/": Glue ARNs use it between database and table.`
  const other = what === 'database' ? 'other databases' : 'other tables'
  return iamLiteralProblem(name, `A ${what} name`, `the policy would cover ${other} too`)
}
