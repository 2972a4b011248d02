import type { Config } from '../config/schema'
import type { DocumentId } from '../documents/document-list'
import type { PolicyDocument } from '../iam/policy'
import { createEksTrustExplainer } from './explain-eks-trust'
import { createPermissionsExplainer } from './explain-permissions'
import { explainJobRunStatement } from './explain-job-runs'
import { explainPodIdentityTrust } from './explain-pod-identity'
import { explainPassRole, explainServerlessTrust } from './explain-serverless'
import { explainStartJobRunStatement } from './explain-start-job-run'
import { actionsText, isObject, stringsOf, type Explained, type JsonObject } from './statement-parts'

export interface StatementExplanation {
  /** The statement's Sid, exactly as in the document; "" for a statement without one (EMR on EKS trust statements). */
  sid: string
  /**
   * One sentence (may use a colon or semicolon, no line breaks), starting with the action(s) or what is granted, saying
   * which answer put the statement there and why the job needs it. User-typed values are quoted literally.
   */
  sentence: string
  /**
   * The form field whose answer put it there: a react-hook-form path of ConfigInput such as "buckets.3.prefix" — the most
   * specific field a user would change to change or remove this statement; "" for a statement no answer explains.
   */
  field: string
}

type StatementExplainer = (statement: unknown, index: number) => Explained | undefined

/** One explanation per statement of `document`, in document order (same length as document.Statement). */
export function explainDocument(config: Config, id: DocumentId, document: PolicyDocument | null): StatementExplanation[] {
  if (document === null) return []
  const explain = explainerFor(config, id)
  const statements: unknown[] = Array.isArray(document.Statement) ? document.Statement : []
  return statements.map((statement, index) => {
    const sid = isObject(statement) && typeof statement.Sid === 'string' ? statement.Sid : ''
    return { sid, ...(explain(statement, index) ?? unexplained(statement)) }
  })
}

function explainerFor(config: Config, id: DocumentId): StatementExplainer {
  const bySid = (explain: (config: Config, statement: JsonObject, sid: string) => Explained | undefined): StatementExplainer =>
    (statement) => (isObject(statement) && typeof statement.Sid === 'string' ? explain(config, statement, statement.Sid) : undefined)
  switch (id) {
    case 'permissions-policy': {
      const explain = createPermissionsExplainer(config)
      return bySid((_config, statement, sid) => explain(statement, sid))
    }
    case 'trust-policy':
      if (config.target === 'eks' && config.eksCredentials === 'pod-identity') return bySid(explainPodIdentityTrust)
      return config.target === 'eks' ? createEksTrustExplainer(config) : bySid(explainServerlessTrust)
    case 'passrole-policy':
      return config.target === 'serverless'
        ? bySid((_config, statement, sid) => explainPassRole(config, statement, sid) ?? explainJobRunStatement(config, statement, sid))
        : () => undefined
    case 'startjobrun-policy':
      return config.target === 'eks' ? bySid(explainStartJobRunStatement) : () => undefined
  }
}

/** The fallback for a statement none of the answers accounts for. */
function unexplained(statement: unknown): Explained {
  const actions = isObject(statement) ? stringsOf(statement.Action).map((a) => JSON.stringify(a)) : []
  return {
    sentence: `${actions.length > 0 ? actionsText(actions) : 'This statement'}: none of your answers wrote it, so no field changes it.`,
    field: '',
  }
}
