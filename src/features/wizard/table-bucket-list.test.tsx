// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { testConfig } from '../../domain/test-configs'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import { S3Step } from './s3-step'

afterEach(cleanup)

describe('S3 table buckets on the S3 step', () => {
  it('starts with none; a row added takes a name, a namespace and an access level', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig(), <S3Step />)
    expect(screen.queryByRole('group', { name: 'Table bucket 1' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Add table bucket' }))
    await user.click(screen.getByRole('textbox', { name: 'Table bucket 1 name or ARN' }))
    await user.paste('amzn-example-tables')
    await user.click(screen.getByRole('textbox', { name: 'Table bucket 1 namespace' }))
    await user.paste('sales')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Table bucket 1 access' }), 'read-write')
    expect(form().getValues('tableBuckets')).toEqual([{ bucket: 'amzn-example-tables', namespace: 'sales', access: 'read-write' }])
    await user.click(screen.getByRole('button', { name: 'Remove table bucket 1' }))
    expect(form().getValues('tableBuckets')).toEqual([])
  }, 20_000)

  it('reads the role’s own ARN as the name, keeps another account’s ARN whole, and shows a bad name’s error at its field', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig(), <S3Step />)
    await user.click(screen.getByRole('button', { name: 'Add table bucket' }))
    const bucket = screen.getByRole('textbox', { name: 'Table bucket 1 name or ARN' })
    await user.click(bucket)
    await user.paste('arn:aws:s3tables:us-east-1:123456789012:bucket/lake')
    expect(form().getValues('tableBuckets.0.bucket')).toBe('lake')
    await user.clear(bucket)
    await user.paste('arn:aws:s3tables:eu-west-1:210987654321:bucket/shared')
    expect(form().getValues('tableBuckets.0.bucket')).toBe('arn:aws:s3tables:eu-west-1:210987654321:bucket/shared')
    await user.clear(bucket)
    await user.paste('My_Tables')
    await user.tab()
    await waitFor(() => expect(bucket.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Use 3 to 63 lower-case letters.*found "M"/)).toBeTruthy()
  }, 20_000)
})
