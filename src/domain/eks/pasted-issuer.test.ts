import { describe, expect, it } from 'vitest'
import { oidcIssuerProblem, parseOidcIssuer } from './oidc-issuer'
import { ISSUER_COMMAND, oidcIssuerFromPaste } from './pasted-issuer'

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'

/** What `aws eks describe-cluster --name spark` prints (shortened), as JSON. */
const DESCRIBE_CLUSTER = JSON.stringify(
  {
    cluster: {
      name: 'spark',
      arn: 'arn:aws:eks:us-west-2:123456789012:cluster/spark',
      version: '1.31',
      endpoint: 'https://EXAMPLE.gr7.us-west-2.eks.amazonaws.com',
      identity: { oidc: { issuer: ISSUER } },
      status: 'ACTIVE',
      certificateAuthority: { data: 'LS0tLS1CRUdJTi…' },
    },
  },
  null,
  4,
)

describe('oidcIssuerFromPaste', () => {
  it.each<[string, string]>([
    ['the --output text form', ISSUER],
    ['the bare host and path', 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'],
    ['in double quotes (--output json)', `"${ISSUER}"`],
    ['in single quotes, with spaces', `  '${ISSUER}'  `],
    ['in typographic quotes', `“${ISSUER}”`],
    ['the whole describe-cluster JSON', DESCRIBE_CLUSTER],
    ['the JSON as a single-line input keeps it (line breaks removed)', DESCRIBE_CLUSTER.replace(/\n/g, '')],
    ['--query cluster.identity', JSON.stringify({ oidc: { issuer: ISSUER } })],
    ['--query cluster', JSON.stringify({ identity: { oidc: { issuer: ISSUER } } })],
    ['the "issuer" line of that JSON', `"issuer": "${ISSUER}",`],
  ])('%s', (_case, text) => {
    const cleaned = oidcIssuerFromPaste(text)
    expect(oidcIssuerProblem(cleaned)).toBeUndefined()
    expect(parseOidcIssuer(cleaned)?.provider).toBe('oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E')
  })

  it('keeps https:// as AWS prints it', () => {
    expect(oidcIssuerFromPaste(DESCRIBE_CLUSTER)).toBe(ISSUER)
    expect(oidcIssuerFromPaste(`"${ISSUER}"`)).toBe(ISSUER)
  })

  it.each([
    ['JSON without an issuer', JSON.stringify({ cluster: { name: 'spark' } })],
    ['broken JSON', '{"cluster": {"identity":'],
    ['an unmatched quote', `"${ISSUER}`],
    ['something else', 'my cluster'],
  ])('keeps %s as typed (trimmed), for the field to explain', (_case, text) => {
    expect(oidcIssuerFromPaste(` ${text} `)).toBe(text)
  })

  it('the field’s message shows the --output text form of the command', () => {
    expect(ISSUER_COMMAND).toBe('aws eks describe-cluster --name <cluster> --query "cluster.identity.oidc.issuer" --output text')
    expect(oidcIssuerProblem('')).toContain(ISSUER_COMMAND)
  })
})
