import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { registerFieldRevealer } from '../../components/field-reveal'
import { BucketRow } from './bucket-row'
import { rowIndexOfField, withPinnedRows } from './row-window'

/** A row without an error; rows with one are measured as they render. */
const ESTIMATED_ROW_PX = 42
/** Rows rendered beyond each edge of the box, so Tab and short scrolls find them ready. */
const OVERSCAN = 6
/** The box's height when it has no layout yet (jsdom has none): about its CSS max-height, 26rem. */
const UNMEASURED_BOX_PX = 416

interface BucketRowsProps {
  rowKeys: readonly string[]
  onRemove: (index: number) => void
}

/**
 * The bucket rows in a scroll box that renders only the rows in view, so a keystroke costs the same with
 * 3 buckets or 10,000. Values and errors of rows out of view stay in the form (react-hook-form keeps them).
 * Tab and Shift-Tab go row to row as if every row were there, and `revealField("buckets.899.name")`
 * renders that row before something focuses it.
 */
export function BucketRows({ rowKeys, onRemove }: BucketRowsProps) {
  const boxRef = useRef<HTMLDivElement>(null)
  // The row that holds focus, or is being revealed: it stays rendered while it is scrolled out of view.
  const [activeRow, setActiveRow] = useState<number | null>(null)
  const count = rowKeys.length
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders this component itself
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => boxRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => rowKeys[index] ?? index,
    rangeExtractor: (range) => withPinnedRows(defaultRangeExtractor(range), [0, count - 1, activeRow], count),
    // Without layout (jsdom), sizes read 0: fall back to the box's maximum height and the estimated row.
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : { ...rect, height: UNMEASURED_BOX_PX })),
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || ESTIMATED_ROW_PX,
  })

  const showRow = useCallback((index: number) => flushSync(() => setActiveRow(index)), [])
  const rowElement = (index: number) => boxRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null

  useLayoutEffect(
    () =>
      registerFieldRevealer((field) => {
        const index = rowIndexOfField('buckets', field)
        if (index === null || index >= count) return false
        showRow(index)
        return true
      }),
    [count, showRow],
  )

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const index = Number((event.target as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index)
    if (Number.isInteger(index) && index !== activeRow) setActiveRow(index)
  }

  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (!event.currentTarget.contains(event.relatedTarget)) setActiveRow(null)
  }

  // Tab from a row's last control (Shift-Tab from its first) into a neighbour that is not rendered yet:
  // render it, then focus its first (last) control, as the browser would have had the row been there.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]')
    if (!row) return
    const controls = focusableIn(row)
    const edge = event.shiftKey ? controls[0] : controls[controls.length - 1]
    const to = Number(row.dataset.index) + (event.shiftKey ? -1 : 1)
    if (event.target !== edge || to < 0 || to >= count || rowElement(to) !== null) return
    event.preventDefault()
    showRow(to)
    const next = focusableIn(rowElement(to))
    ;(event.shiftKey ? next[next.length - 1] : next[0])?.focus()
  }

  return (
    <div ref={boxRef} className="bucket-rows" onFocus={onFocus} onBlur={onBlur} onKeyDown={onKeyDown}>
      <div className="bucket-rows-space" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="bucket-slot"
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <BucketRow index={item.index} onRemove={onRemove} />
          </div>
        ))}
      </div>
    </div>
  )
}

function focusableIn(element: HTMLElement | null): HTMLElement[] {
  if (!element) return []
  return [...element.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
    (control) => !control.hasAttribute('disabled'),
  )
}
