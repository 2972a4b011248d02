/** One policy to evaluate: its name (shown in answers) and its JSON, parsed but unchecked (it may be anything). */
export interface PolicyInput {
  name: string
  document: unknown
}

export type PrincipalType = 'Service' | 'Federated' | 'AWS' | '*'

/** A context key's value: one string, several (a multivalued key), or a boolean (aws:SecureTransport …). */
export type ContextValue = string | readonly string[] | boolean

/**
 * The question: may this request go through? With `principal` the policies are trust (resource-based) policies:
 * statements are matched on Principal, and a missing Resource stands for the role itself.
 */
export interface EvaluationRequest {
  action: string
  resource?: string
  principal?: { type: PrincipalType; value: string }
  /** Request context keys, matched case-insensitively (IAM condition keys are not case-sensitive). */
  context?: Readonly<Record<string, ContextValue>>
}

export type Verdict = 'allowed' | 'denied-explicitly' | 'not-allowed'

export interface StatementRef {
  policy: string
  /** Zero-based position in the policy's Statement list. */
  index: number
  sid?: string
}

export type Element = 'Action' | 'Resource' | 'Principal' | 'Condition'

/** Why a statement does not apply to the request: the first element that failed, in words. */
export interface Mismatch {
  element: Element
  detail: string
}

/** Something in a policy the evaluator could not use (and skipped), with where it is. */
export interface Unusable {
  policy: string
  /** Absent when the whole document is unusable. */
  index?: number
  problem: string
}

export interface Evaluation {
  verdict: Verdict
  /** The Deny statements that apply (denied), or the Allow statements that apply (allowed); none otherwise. */
  deciding: StatementRef[]
  /** Not allowed: the Allow statement that came closest, and the first thing about it that did not match. */
  nearest?: { statement: StatementRef; mismatch: Mismatch }
  unusable: Unusable[]
}
