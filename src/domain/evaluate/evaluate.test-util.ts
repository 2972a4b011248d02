import { evaluatePolicies } from './evaluate-policies'
import type { ContextValue, Evaluation, EvaluationRequest } from './types'

/** Whether one Allow statement with this condition lets s3:GetObject on arn:aws:s3:::b/k through. */
export function conditionHolds(operator: string, key: string, values: unknown, context: Record<string, ContextValue>, version = '2012-10-17'): boolean {
  const document = {
    Version: version,
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/k', Condition: { [operator]: { [key]: values } } }],
  }
  return evaluatePolicies([{ name: 'p', document }], { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context }).verdict === 'allowed'
}

/** One permissions policy of these statements, evaluated. */
export function evaluateStatements(statements: unknown[], request: EvaluationRequest, version = '2012-10-17'): Evaluation {
  return evaluatePolicies([{ name: 'p', document: { Version: version, Statement: statements } }], request)
}
