import { iamLiteralProblem } from '../config/iam-names'
import {
  didYouMean,
  suggestClusterName,
  suggestLogGroupName,
  suggestLogStreamPrefix,
  suggestLowerCaseId,
  suggestNamespace,
  suggestRolePrefix,
} from '../config/suggestions'

/** Kubernetes namespace: a DNS-1123 label (domain-facts §6). */
export function namespaceProblem(namespace: string): string | undefined {
  if (namespace === '') return 'Enter the Kubernetes namespace the jobs run in, for example spark-jobs.'
  const fix = () => didYouMean(suggestNamespace(namespace), namespace)
  if (namespace.length > 63) return `Namespaces are at most 63 characters; this one has ${namespace.length}.${fix()}`
  if (/[A-Z]/.test(namespace)) return `Namespaces are lower case.${fix()}`
  if (/[^a-z0-9-]/.test(namespace)) return `Namespaces may contain only lower-case letters, digits and hyphens (a DNS-1123 label).${fix()}`
  if (!/^[a-z0-9]/.test(namespace) || !/[a-z0-9]$/.test(namespace)) {
    return `Namespaces must begin and end with a letter or a digit.${fix()}`
  }
  return undefined
}

/** EKS cluster name: 1–100 characters, letters, digits, "-" and "_", starting with a letter or digit. */
export function clusterNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter the EKS cluster name.'
  const fix = () => didYouMean(suggestClusterName(name), name)
  if (name.length > 100) return `Cluster names are at most 100 characters; this one has ${name.length}.${fix()}`
  if (!/^[0-9A-Za-z]/.test(name)) return `Cluster names start with a letter or a digit.${fix()}`
  if (/[^0-9A-Za-z_-]/.test(name)) return `Cluster names may contain only letters, digits, hyphens and underscores.${fix()}`
  return undefined
}

/** EMR on EKS virtual cluster IDs: [0-9a-z]+, 1–64 characters. */
export function virtualClusterIdProblem(id: string): string | undefined {
  if (id === '') return 'Enter a virtual cluster ID (aws emr-containers list-virtual-clusters), or remove this row.'
  if (id.startsWith('arn:')) return 'Enter only the ID, the part after /virtualclusters/ in the ARN.'
  const fix = () => didYouMean(suggestLowerCaseId(id), id)
  if (/[A-Z]/.test(id)) return `Virtual cluster IDs are lower case.${fix()}`
  if (/[^0-9a-z]/.test(id)) return `Virtual cluster IDs contain only lower-case letters and digits.${fix()}`
  if (id.length > 64) return `Virtual cluster IDs are at most 64 characters; this one has ${id.length}.${fix()}`
  return undefined
}

/** An IAM role ARN as emr-containers accepts it (botocore IAMRoleArn), in any supported partition. */
export function roleArnProblem(arn: string): string | undefined {
  if (arn === '') return 'Enter an execution role ARN, or remove this row.'
  const literal = iamLiteralProblem(arn, 'An approved role ARN', 'submitters could run jobs with other roles')
  if (literal !== undefined) return literal
  if (!/^arn:aws(-cn|-us-gov)?:iam::\d{12}:role\/([\x21-\x7f]+\/)?[\w+=,.@-]+$/.test(arn)) {
    return 'This is not an IAM role ARN. It looks like arn:aws:iam::123456789012:role/MyExecutionRole.'
  }
  return undefined
}

/** A role-name prefix for an ARN pattern: the characters of role names only, no wildcard. */
export function rolePrefixProblem(prefix: string): string | undefined {
  const fix = () => didYouMean(suggestRolePrefix(prefix), prefix)
  if (prefix.includes('*')) return `Leave out the *: it is added after the prefix.${fix()}`
  if (/[^\w+=,.@-]/.test(prefix)) return `A role-name prefix may use letters, digits and + = , . @ _ - only.${fix()}`
  if (prefix.length > 63) return `A prefix must be shorter than a role name (64); this one has ${prefix.length}.${fix()}`
  return undefined
}

/** CloudWatch Logs log group name: [.\-_/#A-Za-z0-9]+, 1–512 characters. */
export function logGroupNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter the log group name your jobs write to, for example /emr-on-eks/spark.'
  const fix = () => didYouMean(suggestLogGroupName(name), name)
  if (name.length > 512) return `Log group names are at most 512 characters; this one has ${name.length}.${fix()}`
  if (/[^.\-_/#A-Za-z0-9]/.test(name)) return `Log group names may contain letters, digits and . - _ / # only.${fix()}`
  return undefined
}

export function logStreamPrefixProblem(prefix: string): string | undefined {
  const fix = () => didYouMean(suggestLogStreamPrefix(prefix), prefix)
  if (prefix.length > 256) return `Log stream prefixes are at most 256 characters; this one has ${prefix.length}.${fix()}`
  if (/[:*]/.test(prefix)) return `Log stream prefixes cannot contain ":" or "*".${fix()}`
  // IAM policy documents accept tab, LF, CR and U+0020–U+00FF only (domain-facts §5); controls make no sense here.
  if (/[^\u0020-\u007e\u00a0-\u00ff]/.test(prefix)) {
    return `Log stream prefixes in a policy may use only printable Latin-1 characters (no control characters).${fix()}`
  }
  const literal = iamLiteralProblem(prefix, 'A log stream prefix', 'the role could write to other log streams')
  return literal === undefined ? undefined : `${literal}${fix()}`
}
