import { useState } from 'react'
import { flushSync } from 'react-dom'
import { useFormContext, useWatch } from 'react-hook-form'
import { TextField } from '../../components/text-field'
import { partitionOfRegion } from '../../domain/config/partition'
import { regionFromPaste } from '../../domain/config/pasted-answers'
import { isKnownRegion, REGION_GROUPS } from '../../domain/config/regions'
import type { ConfigInput } from '../../domain/config/schema'

const OTHER = 'other'
const CHOICE_ID = 'field-region-choice'

/**
 * The region: a list grouped by partition, and "Another region" for a code the list does not have yet (typed in a
 * field of its own, which is also where a region from a link or a file that is not listed shows, with its problem).
 */
export function RegionField() {
  const { setValue, setFocus, trigger } = useFormContext<ConfigInput>()
  const region = useWatch<ConfigInput, 'region'>({ name: 'region' })
  const [typing, setTyping] = useState(false)
  const showCode = typing || !isKnownRegion(region)

  function choose(value: string) {
    if (value === OTHER) {
      flushSync(() => setTyping(true)) // the code field is rendered now, so it can take the focus
      setFocus('region')
      return
    }
    setTyping(false)
    setValue('region', value, { shouldDirty: true, shouldTouch: true })
    void trigger('region') // after setValue has told the preview
  }

  return (
    <>
      <div className="field">
        <label htmlFor={CHOICE_ID}>AWS Region</label>
        <select id={CHOICE_ID} value={showCode ? OTHER : region} onChange={(event) => choose(event.target.value)} aria-describedby={`${CHOICE_ID}-hint`}>
          {REGION_GROUPS.map((group) => (
            <optgroup key={group.partition} label={`${group.title} (${group.partition})`}>
              {group.regions.map(({ code, name }) => (
                <option key={code} value={code}>
                  {code} — {name}
                </option>
              ))}
            </optgroup>
          ))}
          <option value={OTHER}>Another region (type its code)</option>
        </select>
        <p id={`${CHOICE_ID}-hint`} className="field-hint">
          Partition: <strong data-testid="partition">{partitionOfRegion(region)}</strong> (follows from the region and goes
          into every ARN).
        </p>
      </div>
      {showCode && (
        <TextField
          name="region"
          label="Region code"
          placeholder="ap-southeast-9"
          clean={regionFromPaste}
          hint="Any region code, for a region newer than this list: aws-cn codes start with cn-, aws-us-gov codes with us-gov-."
        />
      )}
    </>
  )
}
