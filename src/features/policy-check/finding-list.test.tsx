// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Finding } from '../../domain/policy-check/finding'
import { FindingList } from './finding-list'

const unknownAction: Finding = {
  rule: 'unknown-action',
  severity: 'error',
  message: 'emr-serverless:StopJobRun is not an action of emr-serverless',
  start: 10,
  end: 37,
  fix: { title: 'Replace with emr-serverless:CancelJobRun', edits: [{ start: 10, end: 37, text: '"emr-serverless:CancelJobRun"' }] },
}
const wildcard: Finding = { rule: 'wildcard-action', severity: 'security', message: 'Action "*" allows every action of every service', start: 50, end: 53 }

describe('FindingList', () => {
  afterEach(cleanup)

  it('shows each severity in words, the message, and a fix button only where a fix exists', () => {
    const onApplyFix = vi.fn()
    const onSelect = vi.fn()
    render(<FindingList findings={[unknownAction, wildcard]} onApplyFix={onApplyFix} onSelect={onSelect} />)
    expect(screen.getByRole('heading', { level: 4, name: 'Findings (2)' })).toBeTruthy()
    const [first, second] = screen.getAllByRole('listitem')
    expect(first?.textContent).toContain('Error emr-serverless:StopJobRun is not an action of emr-serverless')
    expect(second?.textContent).toContain('Security warning Action "*" allows every action of every service')
    expect(within(second as HTMLElement).queryByRole('button', { name: /Apply fix/ })).toBeNull()

    fireEvent.click(within(first as HTMLElement).getByRole('button', { name: 'Apply fix: Replace with emr-serverless:CancelJobRun' }))
    expect(onApplyFix).toHaveBeenCalledWith(unknownAction)
    fireEvent.click(within(second as HTMLElement).getByRole('button', { name: /allows every action/ }))
    expect(onSelect).toHaveBeenCalledWith(wildcard)
  })

  it('says when it is still checking and when there is nothing to report', () => {
    const { rerender } = render(<FindingList findings={null} onApplyFix={vi.fn()} onSelect={vi.fn()} />)
    expect(screen.getByText('Checking the document…')).toBeTruthy()
    rerender(<FindingList findings={[]} onApplyFix={vi.fn()} onSelect={vi.fn()} />)
    expect(screen.getByRole('heading', { name: 'Findings (0)' })).toBeTruthy()
    expect(screen.getByText('No findings.')).toBeTruthy()
  })
})
