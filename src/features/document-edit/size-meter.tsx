import { useMemo } from 'react'
import type { EditableDocument } from '../../domain/config/document-edits-schema'
import { measureDocumentSize, measureDocumentText } from '../../domain/quota/measure-text'
import { formatCount } from '../../domain/share/input-limits'

/** The document's size as IAM counts it against its quota, and what to do when it is over. */
export function SizeMeter({ id, text, size }: { id: EditableDocument; text: string; size?: number }) {
  // A size the worker counted is used as it is: counting a 10,000-bucket document here would cost each preview.
  const measured = useMemo(() => (size === undefined ? measureDocumentText(id, text) : measureDocumentSize(id, size)), [id, text, size])
  const limit = measured.maxQuota ?? measured.quota
  const over = measured.status === 'over' ? 'over IAM’s quota' : measured.status === 'over-default' ? 'over the default quota' : 'within IAM’s quota'
  return (
    <div className={`size-meter size-${measured.status}`}>
      <meter min={0} max={limit} low={measured.quota} high={measured.quota} optimum={0} value={Math.min(measured.size, limit)} aria-label="Size against IAM’s quota" />
      <span>
        {formatCount(measured.size)} of {formatCount(measured.quota)} characters{measured.maxQuota !== undefined ? ` (${formatCount(measured.maxQuota)} with a quota increase)` : ''}, white space not counted: {over}.
      </span>
      {measured.advice !== null && <p className="field-hint">{measured.advice}</p>}
    </div>
  )
}
