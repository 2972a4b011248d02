/**
 * What people paste, cleaned into the answer a field stores. Each function returns the text unchanged (but
 * trimmed) when it does not recognise it, so nothing typed is lost: the field keeps it and shows its problem.
 */

/** `1234-5678-9012`, `1234 5678 9012` or `123456789012` → `123456789012`. Only digits, spaces and dashes are read. */
export function accountIdFromPaste(text: string): string {
  const trimmed = text.trim()
  return /^\d[\d\s-]*\d$/.test(trimmed) ? trimmed.replace(/[\s-]/g, '') : trimmed
}

/** Botocore's ApplicationArn pattern, with the job-run tail people copy from a run’s ARN (domain-facts §2). */
const APPLICATION_ARN = /^arn:aws[a-zA-Z0-9-]*:emr-serverless:[^:]+:\d{12}:\/applications\/([0-9a-zA-Z]+)(?:\/.*)?$/
/** Botocore's VirtualClusterArn pattern (domain-facts §3). */
const VIRTUAL_CLUSTER_ARN = /^arn:aws[a-zA-Z0-9-]*:emr-containers:[^:]+:\d{12}:\/virtualclusters\/([0-9a-zA-Z]+)(?:\/.*)?$/

/** An EMR Serverless application ARN (`arn:<partition>:emr-serverless:<region>:<account>:/applications/<id>`) → its ID. */
export function applicationIdFromPaste(text: string): string {
  const trimmed = text.trim()
  return APPLICATION_ARN.exec(trimmed)?.[1] ?? trimmed
}

/** An EMR on EKS virtual cluster ARN (`arn:<partition>:emr-containers:<region>:<account>:/virtualclusters/<id>`) → its ID. */
export function virtualClusterIdFromPaste(text: string): string {
  const trimmed = text.trim()
  return VIRTUAL_CLUSTER_ARN.exec(trimmed)?.[1] ?? trimmed
}

/** ` EU-West-1 ` → `eu-west-1`: region codes are lower case. */
export function regionFromPaste(text: string): string {
  return text.trim().toLowerCase()
}
