import type { PolicyDocument } from '../iam/policy'
import type { RoleBundle } from './role-bundle'
import { toYaml, type Value } from './yaml'

/**
 * Makes ARNs and account IDs portable: the partition, the role's account and region become
 * `${AWS::Partition}`, `${AWS::AccountId}` and `${AWS::Region}` inside `Fn::Sub`. Keys stay as they are.
 */
function portable(value: unknown, bundle: RoleBundle): Value {
  if (Array.isArray(value)) return value.map((item) => portable(item, bundle))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, portable(v, bundle)]))
  }
  if (typeof value !== 'string') return value as Value
  const substituted = value
    .replace(/\$\{/g, '${!')
    .replaceAll(`arn:${bundle.partition}:`, 'arn:${AWS::Partition}:')
    .replaceAll(`:${bundle.region}:`, ':${AWS::Region}:')
    .replaceAll(bundle.accountId, '${AWS::AccountId}')
  return substituted === value ? value : { 'Fn::Sub': substituted }
}

const document = (policy: PolicyDocument, bundle: RoleBundle) => portable(policy, bundle)

/** A CloudFormation template (YAML): the role with its trust, inline and managed policies, and the submitters' policy. */
export function renderCloudFormation(bundle: RoleBundle): string {
  const role: Record<string, Value> = {
    RoleName: bundle.roleName,
    Path: bundle.rolePath,
    Description: bundle.description,
    AssumeRolePolicyDocument: document(bundle.trustPolicy, bundle),
  }
  if (bundle.inlinePolicy) {
    role.Policies = [{ PolicyName: bundle.inlinePolicy.name, PolicyDocument: document(bundle.inlinePolicy.document, bundle) }]
  }
  if (bundle.managedPolicyArns.length > 0) {
    role.ManagedPolicyArns = bundle.managedPolicyArns.map((arn) => portable(arn, bundle))
  }
  const resources: Record<string, Value> = { JobRole: { Type: 'AWS::IAM::Role', Properties: role } }
  const outputs: Record<string, Value> = {
    RoleArn: { Description: 'ARN of the job role', Value: { 'Fn::GetAtt': ['JobRole', 'Arn'] } },
  }
  if (bundle.submitterPolicy) {
    resources.JobSubmittersPolicy = {
      Type: 'AWS::IAM::ManagedPolicy',
      Properties: {
        ManagedPolicyName: bundle.submitterPolicy.name,
        Description: bundle.submitterPolicy.description,
        PolicyDocument: document(bundle.submitterPolicy.document, bundle),
      },
    }
    outputs.JobSubmittersPolicyArn = {
      Description: 'Attach to the people or pipelines that submit jobs',
      Value: { Ref: 'JobSubmittersPolicy' },
    }
  }
  const template: Value = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: bundle.description,
    Resources: resources,
    Outputs: outputs,
  }
  return `# ${bundle.description}.\n${toYaml(template)}`
}
