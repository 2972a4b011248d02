import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createIamState, type Caller, type IamState, type Params } from './iam-state.test-util'
import { QueryError, renderError, renderResponse, type Service } from './query-protocol.test-util'

export interface StandInCall {
  service: Service
  action: string
  params: Params
}

/** Calls that change IAM; everything else the stand-in answers is read-only. */
export const WRITE_ACTIONS: ReadonlySet<string> = new Set([
  'CreateRole',
  'PutRolePermissionsBoundary',
  'UpdateRole',
  'TagRole',
  'UpdateAssumeRolePolicy',
  'PutRolePolicy',
  'DeleteRolePolicy',
  'AttachRolePolicy',
  'DetachRolePolicy',
  'CreatePolicy',
  'CreatePolicyVersion',
  'DeletePolicyVersion',
  'SetDefaultPolicyVersion',
])

export interface IamStandIn {
  /** `http://127.0.0.1:<port>`, for the AWS CLI's `--endpoint-url`. */
  endpoint: string
  state: IamState
  /** Every request answered over HTTP, in order (seeding through `state.run` is not recorded). */
  calls: StandInCall[]
  close(): Promise<void>
}

const API_VERSIONS: Record<string, Service> = { '2010-05-08': 'iam', '2011-06-15': 'sts' }

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A local stand-in for IAM and STS over the AWS Query protocol (form-encoded POST with `Action` and `Version`,
 * XML answers), on 127.0.0.1 at a free port, keeping its state in memory and recording every call.
 */
export async function startIamStandIn(caller: Caller): Promise<IamStandIn> {
  const state = createIamState(caller)
  const calls: StandInCall[] = []
  let requests = 0
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const params = Object.fromEntries(new URLSearchParams(body))
      const { Action: action = '', Version: version = '', ...rest } = params
      const service = API_VERSIONS[version] ?? 'iam'
      const requestId = `00000000-0000-4000-8000-${String((requests += 1)).padStart(12, '0')}`
      let status = 200
      let xml: string
      try {
        if (request.method !== 'POST' || API_VERSIONS[version] === undefined) {
          throw new QueryError('InvalidAction', 400, `Expected a Query protocol POST, got ${request.method ?? ''} ${version}.`)
        }
        calls.push({ service, action, params: rest })
        xml = renderResponse(service, action, state.run(service, action, rest), requestId)
      } catch (error) {
        const failure = error instanceof QueryError ? error : new QueryError('ServiceFailure', 500, String(error))
        status = failure.status
        xml = renderError(service, failure, requestId)
      }
      response.writeHead(status, { 'Content-Type': 'text/xml', 'x-amzn-RequestId': requestId })
      response.end(xml)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    state,
    calls,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
