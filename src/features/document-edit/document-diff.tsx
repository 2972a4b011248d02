import { diffLines } from 'diff'
import { useMemo } from 'react'

interface DocumentDiffProps {
  generated: string
  edited: string
}

/** The edited document against the generated one, line by line: removed lines marked "−", added ones "+". */
export function DocumentDiff({ generated, edited }: DocumentDiffProps) {
  const parts = useMemo(() => diffLines(generated, edited), [generated, edited])
  const lines = parts.flatMap((part, p) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((line, i) => {
        const key = `${p}.${i}`
        if (part.added) return <ins key={key}>{`+ ${line}`}</ins>
        if (part.removed) return <del key={key}>{`− ${line}`}</del>
        return <span key={key}>{`  ${line}`}</span>
      }),
  )
  const changed = parts.some((part) => part.added || part.removed)
  return (
    <figure className="document-diff">
      <figcaption>Your edits against the generated document ({changed ? '− generated, + yours' : 'no difference'})</figcaption>
      <pre aria-label="Differences from the generated document" tabIndex={0}>
        {lines}
      </pre>
    </figure>
  )
}
