// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RiskWarning } from '../../domain/risks/risk'
import { ACKNOWLEDGED_KEY } from '../../lib/acknowledged-store'
import { RiskList } from './risk-list'

const caseRisk = (roleName: string): RiskWarning => ({
  id: 'eks-role-name-case',
  severity: 'low',
  title: 'The encoded role name is case-sensitive',
  detail: `"${roleName}" is encoded exactly.`,
  saferAlternative: 'Type the role name exactly.',
  field: 'roleName',
  informational: { answers: [roleName] },
})

const broad: RiskWarning = {
  id: 's3-all-buckets',
  severity: 'high',
  title: 'Full access to every S3 bucket',
  detail: 's3:* on everything.',
  saferAlternative: 'Choose "Specific buckets".',
  field: 's3Access',
}

describe('RiskList', () => {
  afterEach(cleanup)

  it('offers "Got it" only on warnings that only inform; an acknowledged one stays quiet until its answer changes', () => {
    const onAcknowledged = vi.fn()
    const onGoToField = vi.fn()
    const { rerender } = render(<RiskList risks={[broad, caseRisk('MyRole')]} onGoToField={onGoToField} headingLevel={4} onAcknowledged={onAcknowledged} />)
    expect(screen.getByRole('heading', { level: 4, name: 'Warnings (2)' })).toBeTruthy()
    const [broadItem, caseItem] = screen.getAllByRole('listitem')
    expect(within(broadItem as HTMLElement).queryByRole('button', { name: 'Got it' })).toBeNull()
    fireEvent.click(within(caseItem as HTMLElement).getByRole('button', { name: 'Change this answer' }))
    expect(onGoToField).toHaveBeenCalledWith('roleName')

    fireEvent.click(within(caseItem as HTMLElement).getByRole('button', { name: 'Got it' }))
    expect(onAcknowledged).toHaveBeenCalledWith(expect.objectContaining({ id: 'eks-role-name-case' }), true)
    const heading = screen.getByRole('heading', { name: 'Warnings (1)' })
    expect(document.activeElement).toBe(heading) // the button pressed is gone: focus goes to the list's heading
    expect(screen.getByText(/Acknowledged: The encoded role name is case-sensitive/)).toBeTruthy()
    expect(localStorage.getItem(ACKNOWLEDGED_KEY)).toBe(JSON.stringify(['eks-role-name-case', 'MyRole']))

    // Another role name: another answer, so the warning speaks up again.
    rerender(<RiskList risks={[broad, caseRisk('MyRole2')]} onGoToField={onGoToField} />)
    expect(screen.getByRole('heading', { level: 3, name: 'Warnings (2)' })).toBeTruthy()
    // Back to the acknowledged answer: quiet again; "Show again" takes the acknowledgement back.
    rerender(<RiskList risks={[broad, caseRisk('MyRole')]} onGoToField={onGoToField} />)
    expect(screen.getByRole('heading', { name: 'Warnings (1)' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Show again' }))
    expect(screen.getByRole('heading', { name: 'Warnings (2)' })).toBeTruthy()
    expect(localStorage.getItem(ACKNOWLEDGED_KEY)).toBe('')
  })

  it('gives each list its own heading id', () => {
    render(
      <>
        <RiskList risks={[broad]} onGoToField={() => undefined} />
        <RiskList risks={[broad]} onGoToField={() => undefined} headingLevel={4} />
      </>,
    )
    const regions = screen.getAllByRole('region')
    expect(regions.map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(2)
    expect(new Set(regions.map((r) => r.getAttribute('aria-labelledby'))).size).toBe(2)
    expect(regions.map((r) => within(r).getByRole('heading').textContent)).toEqual(['Warnings (1)', 'Warnings (1)'])
  })

  it('says the warnings are being checked until the rules have run, and claims no "No warnings"', () => {
    render(<RiskList risks={null} onGoToField={() => undefined} />)
    expect(screen.getByRole('heading').textContent).toBe('Warnings')
    expect(screen.getByText('Checking the answers for broad access…')).toBeTruthy()
    expect(screen.queryByText(/No warnings/)).toBeNull()
  })
})
