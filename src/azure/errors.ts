import { AzureRequestError } from '../core/errors.js'

/** Remediation lines for ARM error codes users meet; keyed by code. */
const REMEDIATION: Record<string, string> = {
  AuthorizationFailed:
    'Grant the identity the role the README lists for this step (Network Contributor on the resource group and the virtual network).',
  LinkedAuthorizationFailed:
    'The identity may write the resource but not join the referenced one: grant Network Contributor (or Microsoft.Network/*/join/action) on the referenced resource.',
  AuthenticationFailed: 'Check the service connection or OIDC settings; the token was rejected.',
  InvalidAuthenticationTokenTenant:
    'The token comes from another tenant than the subscription: check the tenant of the sign-in (OIDC settings or service connection).',
  SubscriptionNotFound: 'Check the subscription ID and that the identity can see the subscription.',
  ResourceGroupNotFound: 'Create the resource group first, or check its name in the resource ID.',
  AnotherOperationInProgress:
    'Another operation on the resource is still running. Retry after it finishes.',
  InUseSubnetCannotBeUpdated:
    'The subnet is in use in a way ARM does not let change; see the message.',
  InvalidRequestContent: 'ARM rejected the request body; report this as a bug with the plan file.',
}

interface RestLikeError {
  name?: string
  message?: string
  statusCode?: number
  code?: string
  response?: { headers?: { get(name: string): string | undefined } }
}

function isRestLike(error: unknown): error is RestLikeError {
  return error !== null && typeof error === 'object' && ('statusCode' in error || 'code' in error)
}

export function statusOf(error: unknown): number | undefined {
  return isRestLike(error) ? error.statusCode : undefined
}

export function codeOf(error: unknown): string | undefined {
  return isRestLike(error) && typeof error.code === 'string' ? error.code : undefined
}

/**
 * Turns an SDK error into an AzureRequestError: what failed, for which resource, why, and how
 * to fix it. ARM's own message is kept (it never carries secrets); raw dumps are not.
 */
export function toAzureRequestError(
  step: string,
  verb: string,
  resourceId: string,
  error: unknown,
): AzureRequestError {
  const status = statusOf(error)
  const code = codeOf(error)
  const requestId = isRestLike(error)
    ? (error.response?.headers?.get('x-ms-request-id') ?? undefined)
    : undefined
  const armMessage = error instanceof Error ? error.message.split('\n')[0] : String(error)
  const what = [status, code].filter(v => v !== undefined).join(' ')
  const remediation = code ? REMEDIATION[code] : undefined
  const parts = [
    `${step}: could not ${verb} '${resourceId}'${what ? ` (${what})` : ''}: ${armMessage}`,
    remediation,
    requestId ? `ARM request id: ${requestId}.` : undefined,
  ].filter(p => p !== undefined)
  return new AzureRequestError(parts.join(' '), {
    status,
    code,
    requestId,
    resourceId,
    remediation,
  })
}

/** Failures worth another try after the SDK's own retries (429/5xx are retried by the SDK). */
export function isRetryableConflict(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'AnotherOperationInProgress' || code === 'RetryableError'
}
