/**
 * IAM condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators"): a base operator, an
 * optional `ForAllValues:`/`ForAnyValue:` set prefix and an optional `IfExists` suffix (not on Null).
 */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'binary' | 'ip' | 'arn' | 'null'

const FAMILIES: Record<OperatorFamily, readonly string[]> = {
  string: ['StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike'],
  numeric: ['NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals'],
  date: ['DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals'],
  bool: ['Bool'],
  binary: ['BinaryEquals'],
  ip: ['IpAddress', 'NotIpAddress'],
  arn: ['ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike'],
  null: ['Null'],
}

export const BASE_OPERATORS: readonly string[] = Object.values(FAMILIES).flat()

export interface ParsedOperator {
  set?: 'ForAllValues' | 'ForAnyValue'
  base: string
  ifExists: boolean
  family: OperatorFamily
}

export function parseOperator(text: string): ParsedOperator | undefined {
  const match = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(text)
  const base = match?.[2] ?? ''
  const family = (Object.keys(FAMILIES) as OperatorFamily[]).find((name) => FAMILIES[name].includes(base))
  if (!match || !family) return undefined
  return { set: match[1] as ParsedOperator['set'], base, ifExists: match[3] !== undefined, family }
}

export function formatOperator(operator: ParsedOperator): string {
  return `${operator.set ? `${operator.set}:` : ''}${operator.base}${operator.ifExists ? 'IfExists' : ''}`
}

/**
 * Which operator families fit a key type from the Service Authorization Reference ("ArrayOf" types take the same
 * operators, with a set prefix). Null fits every key: it tests only whether the key is present.
 */
export function familiesForKeyType(type: string): readonly OperatorFamily[] {
  const base = type.replace(/^ArrayOf/, '')
  const map: Record<string, readonly OperatorFamily[]> = {
    // AWS's own examples compare String keys holding ARNs with ArnEquals/ArnLike (CloudWatch Logs, "Encrypt log
    // data in CloudWatch Logs using AWS KMS": kms:EncryptionContext:aws:logs:arn), so both families fit.
    String: ['string', 'arn'],
    ARN: ['arn'],
    Bool: ['bool'],
    Numeric: ['numeric'],
    Date: ['date'],
    IPAddress: ['ip'],
    Binary: ['binary'],
  }
  return [...(map[base] ?? []), 'null']
}

/** The operator of the right family that says the same thing, where there is exactly one. */
export function equivalentOperator(operator: ParsedOperator, family: OperatorFamily): string | undefined {
  const pairs: Record<string, string> = {
    'string>arn:StringEquals': 'ArnEquals',
    'string>arn:StringNotEquals': 'ArnNotEquals',
    'string>arn:StringLike': 'ArnLike',
    'string>arn:StringNotLike': 'ArnNotLike',
    'string>bool:StringEquals': 'Bool',
    'arn>string:ArnEquals': 'StringEquals',
    'arn>string:ArnNotEquals': 'StringNotEquals',
    'arn>string:ArnLike': 'StringLike',
    'arn>string:ArnNotLike': 'StringNotLike',
  }
  const base = pairs[`${operator.family}>${family}:${operator.base}`]
  return base ? formatOperator({ ...operator, base, family }) : undefined
}
