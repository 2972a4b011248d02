/** The AWS Query protocol as IAM and STS speak it: XML answers and errors in the service's namespace. */

export type XmlValue = string | number | boolean | XmlValue[] | { [key: string]: XmlValue | undefined }

export const NAMESPACES = {
  iam: 'https://iam.amazonaws.com/doc/2010-05-08/',
  sts: 'https://sts.amazonaws.com/doc/2011-06-15/',
} as const

export type Service = keyof typeof NAMESPACES

/** An error IAM would answer with, e.g. 404 NoSuchEntity or 409 LimitExceeded. */
export class QueryError extends Error {
  readonly code: string
  readonly status: number

  constructor(code: string, status: number, message: string) {
    super(message)
    this.code = code
    this.status = status
  }
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c)

/** Lists as `<member>` elements, structures as elements named after their keys. */
export function encodeXml(value: XmlValue): string {
  if (Array.isArray(value)) return value.map((item) => `<member>${encodeXml(item)}</member>`).join('')
  if (typeof value === 'object') {
    return Object.entries(value)
      .flatMap(([key, item]) => (item === undefined ? [] : [`<${key}>${encodeXml(item)}</${key}>`]))
      .join('')
  }
  return escapeXml(String(value))
}

export function renderResponse(service: Service, action: string, result: XmlValue | null, requestId: string): string {
  const body = result === null ? '' : `<${action}Result>${encodeXml(result)}</${action}Result>`
  const metadata = `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata>`
  return `<${action}Response xmlns="${NAMESPACES[service]}">${body}${metadata}</${action}Response>`
}

export function renderError(service: Service, error: QueryError, requestId: string): string {
  const detail = `<Type>Sender</Type><Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message>`
  return `<ErrorResponse xmlns="${NAMESPACES[service]}"><Error>${detail}</Error><RequestId>${requestId}</RequestId></ErrorResponse>`
}
