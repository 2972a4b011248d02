// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import type { Path } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import type { ConfigInput } from '../../domain/config/schema'
import { eksTestConfig, testConfig } from '../../domain/test-configs'
import { BucketList } from './bucket-list'
import { ClusterPairList } from './cluster-pair-list'
import { TrustStep } from './trust-step'

afterEach(cleanup)

const withApplications = testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] } })

describe('a row added with Add waits for the person', () => {
  it.each<[string, ConfigInput, ReactNode, string, string, Path<ConfigInput>]>([
    ['an application ID', withApplications, <TrustStep />, 'Add application', 'Application ID 2', 'trust.applicationIds.1.id'],
    ['a cluster and namespace pair', eksTestConfig(), <ClusterPairList />, 'Add cluster and namespace', 'EKS cluster name (pair 2)', 'eks.clusters.1.clusterName'],
    ['a bucket', testConfig(), <BucketList />, 'Add bucket', 'Bucket 2 name', 'buckets.1.name'],
  ])('%s: the check of the list finds it empty, but it says so only once left', async (_row, values, view, add, label, path) => {
    const user = userEvent.setup()
    const form = renderInForm(values, view)
    await screen.findByLabelText(label.replace('2', '1'), {}, { timeout: 5000 }) // the bucket rows load in their own chunk
    await user.click(screen.getByRole('button', { name: add }))
    const field = screen.getByLabelText(label)
    expect(document.activeElement).toBe(field)
    // react-hook-form checked the list after Add: the form knows the row is unfinished (Next would stop there)…
    await waitFor(() => expect(form().getFieldState(path).error?.message).toMatch(/^Enter /))
    // …but the row shows nothing until the person leaves it.
    expect(field.getAttribute('aria-invalid')).toBeNull()
    expect(field.getAttribute('aria-describedby') ?? '').not.toContain('-error')

    await user.tab()
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(form().getFieldState(path).error?.message ?? '?')).toBeTruthy()
  })

  it('rows that came with the answers keep showing what is wrong with them once marked touched (Next, a loaded file)', async () => {
    const values = testConfig({ buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' }] })
    const form = renderInForm(values, <BucketList />)
    const field = await screen.findByLabelText('Bucket 1 name', {}, { timeout: 5000 })
    await form().trigger()
    expect(field.getAttribute('aria-invalid')).toBeNull()
    form().setValue('buckets.0.name', 'Bad_Name', { shouldTouch: true })
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'))
    expect(field.getAttribute('aria-describedby')).toBe('field-buckets-0-name-error')
  })
})
