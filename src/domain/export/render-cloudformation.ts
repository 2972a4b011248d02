import { PLACEHOLDERS, type PlaceholderName } from '../context/role-context'
import type { PolicyDocument } from '../iam/policy'
import type { RoleBundle } from './role-bundle'
import { toYaml, type Value } from './yaml'

const PLACEHOLDER_START = '\uE000'

const PSEUDO_PARAMETERS: Record<PlaceholderName, string> = {
  partition: '${AWS::Partition}',
  accountId: '${AWS::AccountId}',
  region: '${AWS::Region}',
}

/**
 * Makes a document portable: the bundle was built with `placeholderContext`, so the role's partition, account and
 * region appear as placeholders exactly where the builders put them (ARN fields, aws:SourceAccount, the account in an
 * EMR on EKS service-account pattern) and nowhere else. Strings holding one become `Fn::Sub` with the pseudo
 * parameter, and every other "${" in them is written "${!" so it stays literal; other strings stay as typed.
 */
function portable(value: unknown): Value {
  if (Array.isArray(value)) return value.map((item) => portable(item))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, portable(v)]))
  }
  if (typeof value !== 'string' || !value.includes(PLACEHOLDER_START)) return value as Value
  let substituted = value.replace(/\$\{/g, () => '${!')
  for (const name of Object.keys(PLACEHOLDERS) as PlaceholderName[]) {
    substituted = substituted.replaceAll(PLACEHOLDERS[name], PSEUDO_PARAMETERS[name])
  }
  return { 'Fn::Sub': substituted }
}

const document = (policy: PolicyDocument) => portable(policy)

/**
 * A CloudFormation template (YAML): the role with its trust, inline and managed policies, and the submitters' policy.
 * `bundle` is built with `placeholderContext(config)`, so the template deploys into any account and region.
 */
export function renderCloudFormation(bundle: RoleBundle): string {
  const role: Record<string, Value> = {
    RoleName: bundle.roleName,
    Path: bundle.rolePath,
    Description: bundle.settings.description ?? bundle.description,
    AssumeRolePolicyDocument: document(bundle.trustPolicy),
  }
  if (bundle.inlinePolicy) {
    role.Policies = [{ PolicyName: bundle.inlinePolicy.name, PolicyDocument: document(bundle.inlinePolicy.document) }]
  }
  if (bundle.managedPolicyArns.length > 0) {
    role.ManagedPolicyArns = bundle.managedPolicyArns.map((arn) => portable(arn))
  }
  const { permissionsBoundary, maxSessionDuration, tags } = bundle.settings
  if (permissionsBoundary !== null) role.PermissionsBoundary = portable(permissionsBoundary)
  if (maxSessionDuration !== null) role.MaxSessionDuration = maxSessionDuration
  if (tags.length > 0) role.Tags = tags.map(({ Key, Value }) => ({ Key, Value }))
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
        PolicyDocument: document(bundle.submitterPolicy.document),
      },
    }
    outputs.JobSubmittersPolicyArn = {
      Description: 'Attach to the people or pipelines that submit jobs',
      Value: { Ref: 'JobSubmittersPolicy' },
    }
  }
  // EKS Pod Identity: one association per service account, made in the stack's region, for the role above.
  bundle.podIdentityAssociations.forEach((association, index) => {
    resources[`PodIdentityAssociation${index + 1}`] = {
      Type: 'AWS::EKS::PodIdentityAssociation',
      Properties: {
        ClusterName: association.clusterName,
        Namespace: association.namespace,
        ServiceAccount: portable(association.serviceAccount),
        RoleArn: { 'Fn::GetAtt': ['JobRole', 'Arn'] },
      },
    }
  })
  const template: Value = {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: bundle.description,
    Resources: resources,
    Outputs: outputs,
  }
  return `# ${bundle.description}.\n${toYaml(template)}`
}
