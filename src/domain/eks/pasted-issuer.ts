/** The command that prints a cluster's OIDC issuer as the field wants it: the URL alone, without quotes. */
export const ISSUER_COMMAND = 'aws eks describe-cluster --name <cluster> --query "cluster.identity.oidc.issuer" --output text'

/** Larger text is not read as JSON (describe-cluster prints a few kilobytes). */
const MAX_JSON_CHARS = 200_000
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' }
/** One line copied from that JSON: `"issuer": "https://…",` */
const ISSUER_LINE = /^"?issuer"?\s*:\s*"([^"]*)"\s*,?$/

/**
 * The OIDC issuer in what people paste: the output of `aws eks describe-cluster` as JSON (whole, or from
 * `--query cluster`, `cluster.identity` or `cluster.identity.oidc`), its `"issuer": …` line, or the issuer in
 * quotes (`--output json` prints them). The issuer is kept as AWS prints it, `https://` included; the trust policy
 * leaves that out (`normaliseOidcIssuer`). Anything else comes back trimmed, for the field to explain.
 */
export function oidcIssuerFromPaste(text: string): string {
  const trimmed = text.trim()
  if (trimmed.startsWith('{') && trimmed.length <= MAX_JSON_CHARS) {
    const issuer = issuerInJson(trimmed)
    if (issuer !== undefined) return issuer
  }
  const line = ISSUER_LINE.exec(trimmed)
  if (line) return (line[1] ?? '').trim()
  return unquoted(trimmed.replace(/,$/, '')).trim()
}

function unquoted(text: string): string {
  const close = QUOTES[text[0] ?? '']
  return close !== undefined && text.length >= 2 && text.endsWith(close) ? text.slice(1, -1) : text
}

function issuerInJson(text: string): string | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  for (const path of [['cluster', 'identity', 'oidc', 'issuer'], ['identity', 'oidc', 'issuer'], ['oidc', 'issuer'], ['issuer']]) {
    const issuer = path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), value)
    if (typeof issuer === 'string') return issuer.trim()
  }
  return undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
