import { useId, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { BucketEntry, ConfigInput } from '../../domain/config/schema'
import { parseBucketList } from '../../domain/s3/parse-bucket-list'

interface BucketPasteProps {
  onAdd: (buckets: BucketEntry[]) => void
  onReplace: (buckets: BucketEntry[]) => void
}

/** Adds many buckets at once: one per line or comma-separated; s3:// URLs and ARNs work too. */
export function BucketPaste({ onAdd, onReplace }: BucketPasteProps) {
  const { getValues } = useFormContext<ConfigInput>()
  const id = useId()
  const [text, setText] = useState('')
  const [feedback, setFeedback] = useState('')
  const textRef = useRef<HTMLTextAreaElement>(null)

  function addPasted() {
    const fields = getValues('buckets')
    const listed = new Set(fields.map((b) => `${b.name}/${b.prefix}`))
    const pasted = parseBucketList(text)
    const fresh = pasted
      .filter((b) => !listed.has(`${b.name}/${b.prefix}`))
      .map((b) => ({ ...b, access: 'read' as const }))
    const skipped = pasted.length - fresh.length
    const onlyBlankRow = fields.length === 1 && fields[0]?.name === '' && fields[0]?.prefix === ''
    if (fresh.length > 0) {
      if (onlyBlankRow) onReplace(fresh)
      else onAdd(fresh)
    }
    setText('')
    // The button is disabled once the text is cleared: focus goes back to the text, ready for more.
    textRef.current?.focus()
    setFeedback(
      pasted.length === 0
        ? 'Nothing to add: paste bucket names, one per line or separated by commas.'
        : `Added ${fresh.length} bucket${fresh.length === 1 ? '' : 's'}` +
            (skipped > 0 ? `; ${skipped} already listed.` : '.'),
    )
  }

  return (
    <div className="bucket-paste">
      <label htmlFor={id}>Paste bucket names</label>
      <textarea
        ref={textRef}
        id={id}
        rows={3}
        value={text}
        spellCheck={false}
        placeholder={'amzn-example-input\ns3://amzn-example-output/results/'}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="field-hint">
        One per line or separated by commas. In s3://bucket/prefix/, an S3 ARN or an S3 https URL, the path sets the key prefix. New buckets start as read only.
      </p>
      <button type="button" onClick={addPasted} disabled={text.trim() === ''}>
        Add pasted buckets
      </button>
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
