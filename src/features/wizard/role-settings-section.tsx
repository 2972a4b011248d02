import { Suspense, useLayoutEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useFormContext } from 'react-hook-form'
import { registerFieldRevealer } from '../../components/field-reveal'
import type { ConfigInput } from '../../domain/config/schema'
import { roleSettingsFields } from './lazy-role-settings'

const { Component: RoleSettingsFields } = roleSettingsFields

/**
 * Settings a platform team may require of every role (boundary, description, session duration, tags): folded
 * away until opened, or open at once when an answer is set; a link to one of its fields opens it.
 */
export function RoleSettingsSection() {
  const { getValues } = useFormContext<ConfigInput>()
  const [open, setOpen] = useState(() => {
    const { permissionsBoundary, description, maxSessionDuration, tags } = getValues('roleSettings')
    return permissionsBoundary !== '' || description !== '' || maxSessionDuration !== null || tags.length > 0
  })
  const details = useRef<HTMLDetailsElement>(null)
  useLayoutEffect(
    () =>
      registerFieldRevealer((field) => {
        if (!field.startsWith('roleSettings.')) return false
        flushSync(() => setOpen(true))
        return true
      }),
    [],
  )
  return (
    <details ref={details} className="role-settings" open={open} onToggle={() => setOpen(details.current?.open ?? false)}>
      <summary>Role settings your platform may require: permissions boundary, description, session duration, tags</summary>
      {open && (
        <Suspense fallback={<p className="field-hint">Loading the role settings…</p>}>
          <RoleSettingsFields />
        </Suspense>
      )}
    </details>
  )
}
