import type { PreviewNotes } from './derive-preview'

/** EMR on EKS: how the pasted policy was merged, and the CLI commands that write the same job statements. */
export function TrustNotes({ notes }: { notes: PreviewNotes }) {
  const { cliCommands, trustMerge } = notes
  if (cliCommands.length === 0) return null
  return (
    <div className="trust-notes">
      {trustMerge && (
        <p role="note">
          Merged into the pasted policy: {trustMerge.appended.length} statement
          {trustMerge.appended.length === 1 ? '' : 's'} appended, {trustMerge.alreadyPresent.length} already present.
        </p>
      )}
      <details>
        <summary>The AWS CLI command{cliCommands.length === 1 ? '' : 's'} that would write the same job statement</summary>
        <pre aria-label="AWS CLI commands">{cliCommands.join('\n\n')}</pre>
        <p className="field-hint">
          They need credentials and call eks:DescribeCluster, iam:GetRole and iam:UpdateAssumeRolePolicy. The operator,
          Livy and aud options are not something the CLI writes.
        </p>
      </details>
    </div>
  )
}
