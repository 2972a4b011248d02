/** The parts of a KMS key ARN: arn:<partition>:kms:<region>:<account>:key/<key-id>. */
export interface KmsKeyArn {
  partition: string
  region: string
  accountId: string
  keyId: string
}

/** S3 and EMR Serverless accept only this form (S3 API SSEKMSEncryption: key/[a-zA-Z0-9-]+). */
const KEY_ARN = /^arn:(aws|aws-cn|aws-us-gov):kms:((?:[a-z]{2}|us-gov)-[a-z]+-\d{1,2}):(\d{12}):key\/([A-Za-z0-9-]+)$/

export function parseKmsKeyArn(text: string): KmsKeyArn | null {
  const match = KEY_ARN.exec(text)
  if (!match) return null
  const [, partition = '', region = '', accountId = '', keyId = ''] = match
  return { partition, region, accountId, keyId }
}

/**
 * Why a KMS key ARN cannot go into a policy for a role in `partition`, or undefined when it can. Alias ARNs are
 * refused: kms:Decrypt and kms:GenerateDataKey authorize on the key's ARN, so an alias in Resource matches nothing.
 */
export function kmsKeyArnProblem(text: string, partition: string): string | undefined {
  if (text === '') return 'Paste the KMS key’s ARN, for example arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab.'
  if (/^arn:[^:]*:kms:[^:]*:[^:]*:alias\//.test(text)) {
    return 'This is an alias ARN. IAM checks KMS permissions against the key’s own ARN, so paste the key ARN (…:key/…) the alias points to.'
  }
  const key = parseKmsKeyArn(text)
  if (key === null) {
    return /^[A-Za-z0-9-]+$/.test(text)
      ? 'Paste the key’s full ARN (arn:…:kms:<region>:<account>:key/<key-id>), not its ID alone.'
      : 'A KMS key ARN has the form arn:aws:kms:<region>:<account>:key/<key-id>.'
  }
  if (key.partition !== partition) {
    return `The key is in partition ${key.partition}, the role in ${partition}; a role can use keys of its own partition only.`
  }
  return undefined
}
