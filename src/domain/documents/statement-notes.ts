import type { PolicyDocument } from '../iam/policy'

/** Why a generated statement is there, in one sentence, for statements whose need is not obvious. */
const NOTES: Record<string, string> = {
  ListMultipartUploads:
    'ListMultipartUploads (s3:ListBucketMultipartUploads on each bucket you write to) and s3:AbortMultipartUpload in ' +
    'ReadWriteObjects: Spark’s S3 committers (the EMRFS S3-optimized committer, S3A) write through multipart uploads ' +
    'and clean up those of failed tasks. This action has no s3:prefix key, so it covers the whole bucket’s uploads.',
}

export interface StatementNote {
  sid: string
  note: string
}

/** The notes for the statements a document holds, in document order. */
export function explainStatements(document: PolicyDocument | null): StatementNote[] {
  return (document?.Statement ?? []).flatMap(({ Sid }) => {
    const note = Sid === undefined ? undefined : NOTES[Sid]
    return Sid !== undefined && note !== undefined ? [{ sid: Sid, note }] : []
  })
}
