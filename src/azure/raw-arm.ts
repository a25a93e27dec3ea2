import type { WireBody } from '../core/network.js'
import type { Clock } from '../core/ports.js'

/** The error shape errors.ts reads: an ARM status, code and message, and the request id. */
export class ArmResponseError extends Error {
  constructor(
    message: string,
    readonly statusCode: number,
    readonly code: string | undefined,
    private readonly headers: Readonly<Record<string, string>>,
  ) {
    super(message)
    this.name = 'ArmResponseError'
  }

  get response(): { headers: { get(name: string): string | undefined } } {
    return { headers: { get: name => this.headers[name.toLowerCase()] } }
  }
}

/** The slice of an Azure SDK's REST client (`@azure/arm-network/api`'s context) used here. */
export interface RestClient {
  pathUnchecked(path: string): {
    put(options: {
      body: unknown
      contentType: string
      headers: Record<string, string>
    }): PromiseLike<unknown>
    get(): PromiseLike<unknown>
  }
}

interface RawResponse {
  status: string
  headers: Record<string, string>
  body: unknown
}

const TERMINAL_FAILURES = new Set(['failed', 'canceled', 'cancelled'])

function errorOf(response: RawResponse, fallback: string): ArmResponseError {
  const error = (response.body as { error?: { code?: unknown; message?: unknown } } | undefined)
    ?.error
  const code = typeof error?.code === 'string' ? error.code : undefined
  const message = typeof error?.message === 'string' ? error.message : fallback
  return new ArmResponseError(message, Number(response.status), code, lowerCased(response.headers))
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]))
}

export interface RawArmOptions {
  readonly clock: Clock
  readonly pollIntervalMs: number
  /** Upper bound on status polls of one operation. */
  readonly maxPolls?: number
}

/**
 * A PUT of a wire body exactly as planned, through an Azure SDK client's pipeline (the same
 * credential, token scope, retries and trust), without the SDK's model: resources whose body is
 * the full resource as read (an Application Gateway that AGIC also writes, an AKS cluster) keep
 * every property, including ones the SDK does not know. Follows ARM's long-running operation
 * protocol (`Azure-AsyncOperation`, else `Location`) until the operation ends.
 */
export async function putWireBody(
  client: RestClient,
  id: string,
  apiVersion: string,
  body: WireBody,
  ifMatch: string | undefined,
  options: RawArmOptions,
): Promise<void> {
  const response = (await client.pathUnchecked(`${id}?api-version=${apiVersion}`).put({
    body,
    contentType: 'application/json',
    headers: {
      accept: 'application/json',
      ...(ifMatch !== undefined ? { 'If-Match': ifMatch } : {}),
    },
  })) as RawResponse
  if (!['200', '201', '202'].includes(response.status)) {
    throw errorOf(response, `PUT answered ${response.status}`)
  }
  const headers = lowerCased(response.headers)
  const asyncOperation = headers['azure-asyncoperation']
  const location = headers['location']
  if (asyncOperation !== undefined) {
    await pollUntilDone(client, asyncOperation, headers, options, operationStatus)
  } else if (location !== undefined && response.status === '202') {
    await pollUntilDone(client, location, headers, options, locationStatus)
  }
}

type PollOutcome = 'done' | 'running'

/** An `Azure-AsyncOperation` URL: its body's `status` tells. */
function operationStatus(response: RawResponse): PollOutcome {
  if (response.status !== '200') throw errorOf(response, `operation status ${response.status}`)
  const reported = (response.body as { status?: unknown } | undefined)?.status
  const status = (typeof reported === 'string' ? reported : '').toLowerCase()
  if (status === 'succeeded') return 'done'
  if (TERMINAL_FAILURES.has(status)) throw errorOf(response, `the operation ended ${status}`)
  return 'running'
}

/** A `Location` URL: 202 while running, 200 or 204 when done. */
function locationStatus(response: RawResponse): PollOutcome {
  if (response.status === '202') return 'running'
  if (response.status === '200' || response.status === '204') return 'done'
  throw errorOf(response, `operation result ${response.status}`)
}

function retryAfterMs(headers: Record<string, string>, fallback: number): number {
  const seconds = Number(headers['retry-after'])
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : fallback
}

/** Polls `url` (waiting as ARM's Retry-After says) until `outcome` says the operation is done. */
async function pollUntilDone(
  client: RestClient,
  url: string,
  initialHeaders: Record<string, string>,
  options: RawArmOptions,
  outcome: (response: RawResponse) => PollOutcome,
): Promise<void> {
  const maxPolls = options.maxPolls ?? 720
  let wait = retryAfterMs(initialHeaders, options.pollIntervalMs)
  for (let poll = 1; poll <= maxPolls; poll++) {
    await options.clock.sleep(wait)
    const response = (await client.pathUnchecked(url).get()) as RawResponse
    if (outcome(response) === 'done') return
    wait = retryAfterMs(lowerCased(response.headers), options.pollIntervalMs)
  }
  throw new Error(`the operation at ${url} did not finish within ${maxPolls} polls`)
}
