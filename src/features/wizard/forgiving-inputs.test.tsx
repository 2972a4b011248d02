// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import { defaultConfig } from '../../domain/config/defaults'
import { eksTestConfig, EXAMPLE_ISSUER, testConfig } from '../../domain/test-configs'
import { BucketRow } from './bucket-row'
import { ClusterPairList } from './cluster-pair-list'
import { RoleStep } from './role-step'
import { TrustStep } from './trust-step'

afterEach(cleanup)

describe('pasted answers are stored cleaned, and shown cleaned', () => {
  it('an account ID pasted with dashes is stored as 12 digits at once', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig({ accountId: '' }), <RoleStep />)
    const account = screen.getByLabelText<HTMLInputElement>('AWS account ID')
    await user.click(account)
    await user.paste('1234-5678-9012')
    expect(account.value).toBe('123456789012')
    expect(form().getValues('accountId')).toBe('123456789012')
  })

  it('typing is not rewritten under the cursor: the spaces go when the field is left', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig({ accountId: '' }), <RoleStep />)
    const account = screen.getByLabelText<HTMLInputElement>('AWS account ID')
    await user.type(account, '1234 5678 9012')
    expect(account.value).toBe('1234 5678 9012')
    await user.tab()
    expect(account.value).toBe('123456789012')
    expect(form().getValues('accountId')).toBe('123456789012')
    expect(account.getAttribute('aria-invalid')).toBeNull()
  })

  it('what cannot be read is kept as typed, with its error', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig({ accountId: '' }), <RoleStep />)
    const account = screen.getByLabelText<HTMLInputElement>('AWS account ID')
    await user.click(account)
    await user.paste('account 1234')
    await user.tab()
    expect(form().getValues('accountId')).toBe('account 1234')
    await waitFor(() => expect(account.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/digits only/)).toBeTruthy()
  })

  it('an application ARN becomes the application ID', async () => {
    const user = userEvent.setup()
    const values = testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '' }] } })
    const form = renderInForm(values, <TrustStep />)
    const id = screen.getByLabelText<HTMLInputElement>('Application ID 1')
    await user.click(id)
    await user.paste('arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fabcdexample01')
    expect(id.value).toBe('00fabcdexample01')
    expect(form().getValues('trust.applicationIds.0.id')).toBe('00fabcdexample01')
  })

  it('the JSON of aws eks describe-cluster becomes the issuer, https:// kept', async () => {
    const user = userEvent.setup()
    const values = eksTestConfig({}, { clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: '', accountId: '' }] })
    const form = renderInForm(values, <ClusterPairList />)
    const issuer = screen.getByLabelText<HTMLInputElement>('OIDC issuer (pair 1)')
    await user.click(issuer)
    await user.paste(JSON.stringify({ cluster: { name: 'analytics', identity: { oidc: { issuer: EXAMPLE_ISSUER } } } }))
    expect(issuer.value).toBe(EXAMPLE_ISSUER)
    expect(form().getValues('eks.clusters.0.oidcIssuer')).toBe(EXAMPLE_ISSUER)
    expect(screen.getByText(/Region us-west-2, partition aws/)).toBeTruthy()
  })
})

describe('a bucket name given a location', () => {
  const row = (prefix: string) => testConfig({ buckets: [{ name: '', prefix, access: 'read' }] })

  it.each([
    ['an ARN with a prefix', 'arn:aws:s3:::amzn-example-data/raw/', 'raw/'],
    ['an s3:// URL', 's3://amzn-example-data/prefix/', 'prefix/'],
    ['a bucket ARN', 'arn:aws:s3:::amzn-example-data', ''],
  ])('splits %s into bucket and an empty prefix field', async (_case, pasted, prefix) => {
    const user = userEvent.setup()
    const form = renderInForm(row(''), <BucketRow index={0} onRemove={() => {}} />)
    await user.click(screen.getByLabelText('Bucket 1 name'))
    await user.paste(pasted)
    expect((screen.getByLabelText<HTMLInputElement>('Bucket 1 name')).value).toBe('amzn-example-data')
    expect((screen.getByLabelText<HTMLInputElement>('Bucket 1 key prefix')).value).toBe(prefix)
    expect(form().getValues('buckets.0')).toEqual({ name: 'amzn-example-data', prefix, access: 'read' })
  })

  it('keeps a prefix already typed, and says so', async () => {
    const user = userEvent.setup()
    const form = renderInForm(row('logs/'), <BucketRow index={0} onRemove={() => {}} />)
    const name = screen.getByLabelText('Bucket 1 name')
    await user.click(name)
    await user.paste('s3://amzn-example-data/raw/')
    expect(form().getValues('buckets.0')).toEqual({ name: 'amzn-example-data', prefix: 'logs/', access: 'read' })
    expect(screen.getByRole('status').textContent).toBe('Kept the key prefix logs/ you entered; the pasted location had raw/.')
    expect(name.getAttribute('aria-describedby')).toContain('field-buckets-0-name-hint')
    await user.type(screen.getByLabelText('Bucket 1 key prefix'), 'x')
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('an s3:// URL typed key by key is split when the field is left', async () => {
    const user = userEvent.setup()
    const form = renderInForm(row(''), <BucketRow index={0} onRemove={() => {}} />)
    const name = screen.getByLabelText<HTMLInputElement>('Bucket 1 name')
    await user.type(name, 's3://amzn-example-data/raw/')
    expect(name.value).toBe('s3://amzn-example-data/raw/')
    await user.tab()
    expect(form().getValues('buckets.0')).toEqual({ name: 'amzn-example-data', prefix: 'raw/', access: 'read' })
  })
})

describe('a suggestion offered is valid, and one click applies it', () => {
  it('a namespace batch_jobs offers batch-jobs', async () => {
    const user = userEvent.setup()
    const form = renderInForm(eksTestConfig(), <ClusterPairList />)
    const namespace = screen.getByLabelText<HTMLInputElement>('Namespace (pair 1)')
    await user.clear(namespace)
    await user.type(namespace, 'Batch_Jobs')
    await user.tab()
    await waitFor(() => expect(namespace.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Did you mean "batch-jobs"\?/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Use “batch-jobs”' }))
    expect(form().getValues('eks.clusters.0.namespace')).toBe('batch-jobs')
    await waitFor(() => expect(namespace.getAttribute('aria-invalid')).toBeNull())
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull()
    expect(document.activeElement).toBe(namespace)
  })

  it('no button while the value is valid', () => {
    renderInForm(eksTestConfig(), <ClusterPairList />)
    expect(screen.queryByRole('button', { name: /^Use / })).toBeNull()
  })
})

describe('role name defaults per target', () => {
  it('switching target renames a role still at the other target’s default, and back', async () => {
    const user = userEvent.setup()
    const form = renderInForm(defaultConfig(), <RoleStep />)
    const roleName = screen.getByLabelText<HTMLInputElement>('Role name')
    expect(roleName.value).toBe('EMRServerlessJobRuntimeRole')
    await user.click(screen.getByRole('radio', { name: 'EMR on EKS' }))
    expect(roleName.value).toBe('EMRContainers-JobExecutionRole')
    await user.click(screen.getByRole('radio', { name: 'EMR Serverless' }))
    expect(form().getValues('roleName')).toBe('EMRServerlessJobRuntimeRole')
  })

  it('a name the person typed is never changed', async () => {
    const user = userEvent.setup()
    const form = renderInForm(defaultConfig(), <RoleStep />)
    const roleName = screen.getByLabelText('Role name')
    await user.clear(roleName)
    await user.type(roleName, 'AnalyticsJobRole')
    await user.click(screen.getByRole('radio', { name: 'EMR on EKS' }))
    expect(form().getValues('roleName')).toBe('AnalyticsJobRole')
  })
})

describe('region', () => {
  it('a list grouped by partition', () => {
    renderInForm(defaultConfig(), <RoleStep />)
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'AWS Region' })
    expect([...select.querySelectorAll('optgroup')].map((group) => group.label)).toEqual([
      'AWS commercial (aws)',
      'China (aws-cn)',
      'AWS GovCloud (US) (aws-us-gov)',
    ])
    expect(select.value).toBe('us-east-1')
    expect(screen.queryByLabelText('Region code')).toBeNull()
  })

  it('choosing from the list sets the region and its partition', async () => {
    const user = userEvent.setup()
    const form = renderInForm(defaultConfig(), <RoleStep />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'AWS Region' }), 'cn-north-1')
    expect(form().getValues('region')).toBe('cn-north-1')
    expect(screen.getByTestId('partition').textContent).toBe('aws-cn')
  })

  it('another region is typed in a field of its own, which takes the focus; any well-formed code is accepted', async () => {
    const user = userEvent.setup()
    const form = renderInForm(defaultConfig(), <RoleStep />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'AWS Region' }), 'Another region (type its code)')
    const code = screen.getByLabelText<HTMLInputElement>('Region code')
    expect(document.activeElement).toBe(code)
    await user.clear(code)
    await user.type(code, 'AP-Southeast-9')
    await user.tab()
    expect(form().getValues('region')).toBe('ap-southeast-9')
    expect(code.getAttribute('aria-invalid')).toBeNull()
  })

  it('a region the list does not have (from a link or file) shows in the code field', () => {
    renderInForm(testConfig({ region: 'Ohio' }), <RoleStep />)
    expect((screen.getByRole<HTMLSelectElement>('combobox', { name: 'AWS Region' })).value).toBe('other')
    expect((screen.getByLabelText<HTMLInputElement>('Region code')).value).toBe('Ohio')
  })
})
