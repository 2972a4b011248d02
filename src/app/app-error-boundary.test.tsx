// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { exportConfigFile } from '../domain/share/config-file'
import { decodeConfig } from '../domain/share/share-codec'
import { testConfig } from '../domain/test-configs'
import { AppErrorBoundary } from './app-error-boundary'
import { loadCrashRecovery } from './lazy-crash-recovery'

const downloads = vi.hoisted(() => ({ downloadText: vi.fn<(fileName: string, text: string) => void>() }))
vi.mock('../lib/download', () => downloads)
const clipboard = vi.hoisted(() => ({ copyText: vi.fn<(text: string) => Promise<boolean>>() }))
vi.mock('../lib/clipboard', () => clipboard)

const answers = testConfig({ roleName: 'CrashRole', accountId: '210987654321', glueAccess: 'read' })

/** Renders fine until told to break, as a part of the page would on an input it cannot handle. */
function Fragile({ broken }: { broken: boolean }) {
  if (broken) throw new Error('Maximum call stack size exceeded')
  return <p>The builder</p>
}

function Page({ broken }: { broken: boolean }) {
  const [values] = useState(answers)
  return (
    <AppErrorBoundary getValues={() => values}>
      <Fragile broken={broken} />
    </AppErrorBoundary>
  )
}

beforeAll(async () => {
  await loadCrashRecovery() // as the page does once idle: a crash then shows the page at once
})

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}) // React and the boundary both report the error
  clipboard.copyText.mockResolvedValue(true)
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  downloads.downloadText.mockReset()
})

describe('the app error boundary', () => {
  it('shows the page as usual while nothing throws', () => {
    render(<Page broken={false} />)
    expect(screen.getByText('The builder')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows what happened instead of a blank page, and the answers can be downloaded as Export configuration writes them', () => {
    render(<Page broken />)
    const alert = screen.getByRole('alert', { name: 'Something went wrong while showing the builder' })
    expect(alert.textContent).toContain('Maximum call stack size exceeded')
    expect(alert.textContent).toContain('Your answers are kept.')

    fireEvent.click(screen.getByRole('button', { name: 'Download configuration' }))
    const schemaUrl = new URL('emr-role-builder.schema.json', window.location.href).href
    expect(downloads.downloadText).toHaveBeenCalledWith('CrashRole-config.json', exportConfigFile(answers, schemaUrl))
    expect(screen.getByRole('status').textContent).toBe('Downloaded CrashRole-config.json.')
  })

  it('copies a share link that opens the same answers', async () => {
    render(<Page broken />)
    fireEvent.click(screen.getByRole('button', { name: 'Copy share link' }))
    expect(await screen.findByText('Share link copied.')).toBeTruthy()
    const link = clipboard.copyText.mock.calls[0]?.[0] ?? ''
    expect(decodeConfig(new URL(link).hash)).toEqual({ ok: true, value: answers })
  })

  it('tries again when asked, and shows the page once it renders', () => {
    const { rerender } = render(<Page broken />)
    rerender(<Page broken={false} />)
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('The builder')).toBeTruthy()
  })
})
