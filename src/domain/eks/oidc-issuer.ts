import { ISSUER_COMMAND } from './pasted-issuer'

export interface OidcIssuer {
  /** The issuer without "https://" and without a trailing "/": what IAM uses as the provider name. */
  provider: string
  region: string
  id: string
}

const ISSUER = /^oidc\.eks\.([a-z]{2}(?:-gov)?-[a-z]+-\d{1,2})\.amazonaws\.com(\.cn)?\/id\/([A-Za-z0-9]+)$/

/** Accepts what `aws eks describe-cluster --query cluster.identity.oidc.issuer` prints, or the bare host/path. */
export function normaliseOidcIssuer(input: string): string {
  return input.trim().replace(/^https:\/\//i, '').replace(/\/+$/, '')
}

export function parseOidcIssuer(input: string): OidcIssuer | undefined {
  const provider = normaliseOidcIssuer(input)
  const match = ISSUER.exec(provider)
  if (!match) return undefined
  const [, region = '', china, id = ''] = match
  if (region.startsWith('cn-') !== (china !== undefined)) return undefined
  return { provider, region, id }
}

export function oidcIssuerProblem(input: string): string | undefined {
  if (normaliseOidcIssuer(input) === '') {
    return `Paste the cluster’s OIDC issuer: ${ISSUER_COMMAND}`
  }
  const provider = normaliseOidcIssuer(input)
  if (/^oidc\.eks\.cn-/.test(provider) && !provider.includes('.amazonaws.com.cn/')) {
    return 'Clusters in China regions have issuers ending in .amazonaws.com.cn, for example oidc.eks.cn-north-1.amazonaws.com.cn/id/….'
  }
  if (parseOidcIssuer(input) === undefined) {
    return 'This is not an EKS OIDC issuer. It looks like https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E.'
  }
  return undefined
}

/** Every issuer AWS has shown has a 32-character upper-case hex ID; others are accepted with a warning. */
export function hasUsualIssuerId(issuer: OidcIssuer): boolean {
  return /^[0-9A-F]{32}$/.test(issuer.id)
}
