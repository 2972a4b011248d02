import { QueryError, type Service, type XmlValue } from './query-protocol.test-util'

export type Params = Record<string, string>

interface RoleState {
  name: string
  path: string
  id: string
  created: string
  description: string
  trust: string
  inline: Map<string, string>
  attached: string[]
  boundary: string
  maxSessionDuration: number
  /** By key in lower case: IAM role tag keys ignore case, and keep the case last written. */
  tags: Map<string, { Key: string; Value: string }>
}

/** A role's permissions boundary, description, maximum session duration and tags, as GetRole answers them. */
export interface RoleSettingsSnapshot {
  boundary: string | null
  description: string
  maxSessionDuration: number
  tags: { Key: string; Value: string }[]
}

interface VersionState {
  id: string
  document: string
  created: string
}

interface PolicyState {
  name: string
  path: string
  id: string
  arn: string
  description: string
  created: string
  versions: VersionState[]
  defaultVersion: string
  nextVersion: number
}

/** Who the caller is, as STS GetCallerIdentity answers; IAM's ARNs use the same account and partition. */
export interface Caller {
  account: string
  partition: string
}

export interface RoleSnapshot {
  path: string
  trust: unknown
  inline: Record<string, unknown>
  attached: string[]
}

export interface PolicySnapshot {
  defaultVersion: string
  versions: { id: string; document: unknown }[]
}

/** IAM's answer to one action: the result element's content, or null when the answer has none. */
export type IamAnswer = XmlValue | null

/** IAM quotas the stand-in enforces (IAM User Guide, reference_iam-quotas; domain-facts §5, §9). */
const MAX_POLICY_VERSIONS = 5
const MAX_ATTACHED_POLICIES = 10
const NAME = /^[\w+=,.@-]{1,128}$/

/** Query-protocol list members, e.g. Tags.member.1.Key and Tags.member.1.Value. */
function tagsOf(params: Params): { Key: string; Value: string }[] {
  const tags: { Key: string; Value: string }[] = []
  for (let i = 1; params[`Tags.member.${i}.Key`] !== undefined; i += 1) {
    tags.push({ Key: params[`Tags.member.${i}.Key`] ?? '', Value: params[`Tags.member.${i}.Value`] ?? '' })
  }
  return tags
}

function checkedDuration(text: string | undefined): number {
  const seconds = Number(text)
  if (!Number.isInteger(seconds) || seconds < 3600 || seconds > 43200) {
    throw new QueryError('ValidationError', 400, 'The requested MaxSessionDuration is out of range (3600–43200).')
  }
  return seconds
}

const noSuchEntity = (what: string) => new QueryError('NoSuchEntity', 404, `${what} cannot be found.`)

/** As IAM answers a policy document: URL-encoded JSON (the AWS CLI decodes it). */
const encodeDocument = (document: string) => encodeURIComponent(document)

function checkedDocument(document: string | undefined): string {
  if (document === undefined) throw new QueryError('ValidationError', 400, 'A policy document is required.')
  try {
    JSON.parse(document)
  } catch {
    throw new QueryError('MalformedPolicyDocument', 400, 'Syntax errors in policy.')
  }
  return document
}

function checkedName(name: string | undefined, what: string): string {
  if (name === undefined || !NAME.test(name)) {
    throw new QueryError('ValidationError', 400, `The specified value for ${what} is invalid.`)
  }
  return name
}

/** IAM and STS in memory: roles, their inline and attached policies, and versioned customer managed policies. */
export function createIamState(caller: Caller) {
  const roles = new Map<string, RoleState>()
  const policies = new Map<string, PolicyState>()
  let clock = Date.UTC(2026, 0, 1)
  let ids = 0
  const now = () => new Date((clock += 1000)).toISOString().replace('.000Z', 'Z')
  const nextId = (prefix: string) => `${prefix}${String((ids += 1)).padStart(17, '0')}`

  const roleOf = (params: Params): RoleState => {
    const role = roles.get((params.RoleName ?? '').toLowerCase())
    if (role === undefined) throw noSuchEntity(`The role with name ${params.RoleName ?? ''}`)
    return role
  }
  const policyOf = (params: Params): PolicyState => {
    const policy = policies.get(params.PolicyArn ?? '')
    if (policy === undefined) throw noSuchEntity(`Policy ${params.PolicyArn ?? ''}`)
    return policy
  }
  const roleArn = (role: RoleState) => `arn:${caller.partition}:iam::${caller.account}:role${role.path}${role.name}`
  const roleXml = (role: RoleState): XmlValue => ({
    Path: role.path,
    RoleName: role.name,
    RoleId: role.id,
    Arn: roleArn(role),
    CreateDate: role.created,
    AssumeRolePolicyDocument: encodeDocument(role.trust),
    Description: role.description === '' ? undefined : role.description,
    MaxSessionDuration: role.maxSessionDuration,
    PermissionsBoundary: role.boundary === '' ? undefined : { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: role.boundary },
    Tags: role.tags.size === 0 ? undefined : [...role.tags.values()],
  })
  const tagRole = (role: RoleState, tags: { Key: string; Value: string }[]) => {
    for (const tag of tags) role.tags.set(tag.Key.toLowerCase(), tag)
    if (role.tags.size > 50) throw new QueryError('LimitExceeded', 409, 'Cannot exceed quota for TagsPerRole: 50')
  }
  const policyXml = (policy: PolicyState): XmlValue => ({
    PolicyName: policy.name,
    PolicyId: policy.id,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersion,
    AttachmentCount: 0,
    IsAttachable: true,
    Description: policy.description === '' ? undefined : policy.description,
    CreateDate: policy.created,
    UpdateDate: policy.versions.at(-1)?.created ?? policy.created,
  })
  const versionXml = (policy: PolicyState, version: VersionState, withDocument: boolean): XmlValue => ({
    Document: withDocument ? encodeDocument(version.document) : undefined,
    VersionId: version.id,
    IsDefaultVersion: version.id === policy.defaultVersion,
    CreateDate: version.created,
  })
  const addVersion = (policy: PolicyState, document: string): VersionState => {
    const version = { id: `v${policy.nextVersion}`, document, created: now() }
    policy.nextVersion += 1
    policy.versions.push(version)
    return version
  }
  const isAwsManaged = (arn: string) => arn.startsWith(`arn:${caller.partition}:iam::aws:policy/`)

  const stsActions: Record<string, (params: Params) => IamAnswer> = {
    GetCallerIdentity: () => ({
      UserId: 'AROAEXAMPLEDEPLOYER:ci',
      Account: caller.account,
      Arn: `arn:${caller.partition}:sts::${caller.account}:assumed-role/deployer/ci`,
    }),
  }
  const iamActions: Record<string, (params: Params) => IamAnswer> = {
    GetRole: (params) => ({ Role: roleXml(roleOf(params)) }),
    CreateRole: (params) => {
      const name = checkedName(params.RoleName, 'roleName')
      if (name.length > 64) throw new QueryError('ValidationError', 400, 'The role name is too long.')
      if (roles.has(name.toLowerCase())) throw new QueryError('EntityAlreadyExists', 409, `Role with name ${name} already exists.`)
      const role: RoleState = {
        name,
        path: params.Path ?? '/',
        id: nextId('AROA'),
        created: now(),
        description: params.Description ?? '',
        trust: checkedDocument(params.AssumeRolePolicyDocument),
        inline: new Map(),
        attached: [],
        boundary: params.PermissionsBoundary ?? '',
        maxSessionDuration: params.MaxSessionDuration === undefined ? 3600 : checkedDuration(params.MaxSessionDuration),
        tags: new Map(),
      }
      tagRole(role, tagsOf(params))
      roles.set(name.toLowerCase(), role)
      return { Role: roleXml(role) }
    },
    PutRolePermissionsBoundary: (params) => {
      roleOf(params).boundary = params.PermissionsBoundary ?? ''
      return null
    },
    UpdateRole: (params) => {
      const role = roleOf(params)
      if (params.Description !== undefined) role.description = params.Description
      if (params.MaxSessionDuration !== undefined) role.maxSessionDuration = checkedDuration(params.MaxSessionDuration)
      return {}
    },
    TagRole: (params) => {
      tagRole(roleOf(params), tagsOf(params))
      return null
    },
    UpdateAssumeRolePolicy: (params) => {
      roleOf(params).trust = checkedDocument(params.PolicyDocument)
      return null
    },
    ListRolePolicies: (params) => ({ PolicyNames: [...roleOf(params).inline.keys()], IsTruncated: false }),
    GetRolePolicy: (params) => {
      const role = roleOf(params)
      const document = role.inline.get(params.PolicyName ?? '')
      if (document === undefined) throw noSuchEntity(`The role policy with name ${params.PolicyName ?? ''}`)
      return { RoleName: role.name, PolicyName: params.PolicyName ?? '', PolicyDocument: encodeDocument(document) }
    },
    PutRolePolicy: (params) => {
      const role = roleOf(params)
      role.inline.set(checkedName(params.PolicyName, 'policyName'), checkedDocument(params.PolicyDocument))
      return null
    },
    DeleteRolePolicy: (params) => {
      const role = roleOf(params)
      if (!role.inline.delete(params.PolicyName ?? '')) throw noSuchEntity(`The role policy with name ${params.PolicyName ?? ''}`)
      return null
    },
    ListAttachedRolePolicies: (params) => ({
      AttachedPolicies: roleOf(params).attached.map((arn) => ({ PolicyName: arn.slice(arn.lastIndexOf('/') + 1), PolicyArn: arn })),
      IsTruncated: false,
    }),
    AttachRolePolicy: (params) => {
      const role = roleOf(params)
      const arn = params.PolicyArn ?? ''
      if (!isAwsManaged(arn)) policyOf(params)
      if (role.attached.includes(arn)) return null
      if (role.attached.length >= MAX_ATTACHED_POLICIES) {
        throw new QueryError('LimitExceeded', 409, `Cannot exceed quota for PoliciesPerRole: ${MAX_ATTACHED_POLICIES}`)
      }
      role.attached.push(arn)
      return null
    },
    DetachRolePolicy: (params) => {
      const role = roleOf(params)
      const index = role.attached.indexOf(params.PolicyArn ?? '')
      if (index < 0) throw noSuchEntity(`Policy ${params.PolicyArn ?? ''} was not found.`)
      role.attached.splice(index, 1)
      return null
    },
    GetPolicy: (params) => ({ Policy: policyXml(policyOf(params)) }),
    CreatePolicy: (params) => {
      const name = checkedName(params.PolicyName, 'policyName')
      const path = params.Path ?? '/'
      const arn = `arn:${caller.partition}:iam::${caller.account}:policy${path}${name}`
      if (policies.has(arn)) throw new QueryError('EntityAlreadyExists', 409, `A policy called ${name} already exists.`)
      const policy: PolicyState = {
        name,
        path,
        id: nextId('ANPA'),
        arn,
        description: params.Description ?? '',
        created: now(),
        versions: [],
        defaultVersion: 'v1',
        nextVersion: 1,
      }
      addVersion(policy, checkedDocument(params.PolicyDocument))
      policies.set(arn, policy)
      return { Policy: policyXml(policy) }
    },
    ListPolicyVersions: (params) => {
      const policy = policyOf(params)
      // IAM lists the newest version first.
      return { Versions: [...policy.versions].reverse().map((v) => versionXml(policy, v, false)), IsTruncated: false }
    },
    GetPolicyVersion: (params) => {
      const policy = policyOf(params)
      const version = policy.versions.find((v) => v.id === params.VersionId)
      if (version === undefined) throw noSuchEntity(`Policy ${policy.arn} version ${params.VersionId ?? ''}`)
      return { PolicyVersion: versionXml(policy, version, true) }
    },
    CreatePolicyVersion: (params) => {
      const policy = policyOf(params)
      const document = checkedDocument(params.PolicyDocument)
      if (policy.versions.length >= MAX_POLICY_VERSIONS) {
        throw new QueryError(
          'LimitExceeded',
          409,
          `A managed policy can have up to ${MAX_POLICY_VERSIONS} versions. Before you create a new version, you must delete an existing version.`,
        )
      }
      const version = addVersion(policy, document)
      if (params.SetAsDefault === 'true') policy.defaultVersion = version.id
      return { PolicyVersion: versionXml(policy, version, false) }
    },
    SetDefaultPolicyVersion: (params) => {
      const policy = policyOf(params)
      if (!policy.versions.some((v) => v.id === params.VersionId)) {
        throw noSuchEntity(`Policy ${policy.arn} version ${params.VersionId ?? ''}`)
      }
      policy.defaultVersion = params.VersionId ?? ''
      return null
    },
    DeletePolicyVersion: (params) => {
      const policy = policyOf(params)
      const index = policy.versions.findIndex((v) => v.id === params.VersionId)
      if (index < 0) throw noSuchEntity(`Policy ${policy.arn} version ${params.VersionId ?? ''}`)
      if (params.VersionId === policy.defaultVersion) {
        throw new QueryError('DeleteConflict', 409, 'Cannot delete the default version of a policy.')
      }
      policy.versions.splice(index, 1)
      return null
    },
  }

  return {
    caller,
    /** Runs one action as IAM or STS would; throws a QueryError where they answer with an error. */
    run(service: Service, action: string, params: Params): IamAnswer {
      const handler = (service === 'sts' ? stsActions : iamActions)[action]
      if (handler === undefined) throw new QueryError('InvalidAction', 400, `Could not find operation ${action}.`)
      return handler(params)
    },
    role(name: string): RoleSnapshot | undefined {
      const role = roles.get(name.toLowerCase())
      return (
        role && {
          path: role.path,
          trust: JSON.parse(role.trust),
          inline: Object.fromEntries([...role.inline].map(([key, text]) => [key, JSON.parse(text) as unknown])),
          attached: [...role.attached],
        }
      )
    },
    roleSettings(name: string): RoleSettingsSnapshot | undefined {
      const role = roles.get(name.toLowerCase())
      return (
        role && {
          boundary: role.boundary === '' ? null : role.boundary,
          description: role.description,
          maxSessionDuration: role.maxSessionDuration,
          tags: [...role.tags.values()],
        }
      )
    },
    policy(arn: string): PolicySnapshot | undefined {
      const policy = policies.get(arn)
      return (
        policy && {
          defaultVersion: policy.defaultVersion,
          versions: policy.versions.map((v) => ({ id: v.id, document: JSON.parse(v.document) as unknown })),
        }
      )
    },
  }
}

export type IamState = ReturnType<typeof createIamState>
