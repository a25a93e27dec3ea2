import { PreconditionError } from '../core/errors.js'

/** What a request was for, so a denial can name the RBAC it needs. */
export interface KubeAccess {
  readonly verb: 'get' | 'list'
  /** Resource or resource/subresource, e.g. `pods`, `pods/proxy`, `nodes`. */
  readonly resource: string
  /** Undefined for cluster-scoped resources and all-namespace lists. */
  readonly namespace?: string
  /** API group; '' for core. */
  readonly apiGroup?: string
  /** For non-resource URLs such as `/version`. */
  readonly nonResourceUrl?: string
}

/** A Kubernetes API request failed with a status other than 401/403. */
export class KubeApiError extends Error {
  readonly status: number
  readonly reason: string | undefined
  /** The `Retry-After` header as sent (seconds or an HTTP date), e.g. with a 429. */
  readonly retryAfter: string | undefined

  constructor(message: string, status: number, reason?: string, retryAfter?: string) {
    super(message)
    this.name = 'KubeApiError'
    this.status = status
    this.reason = reason
    this.retryAfter = retryAfter
  }
}

/** How long `Retry-After` asks to wait, in ms from `now`; undefined when absent or unreadable. */
export function retryAfterMs(retryAfter: string | undefined, now: Date): number | undefined {
  const value = retryAfter?.trim()
  if (value === undefined || value === '') return undefined
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

/**
 * A 403: the API server's authorization (RBAC) denied the request, or, for the pod proxy, the
 * pod itself answered 403 (a Linkerd proxy enforcing its inbound policy on the admin server).
 */
export class KubeAccessDeniedError extends PreconditionError {
  readonly deniedBy: 'rbac' | 'pod'

  constructor(message: string, deniedBy: 'rbac' | 'pod') {
    super(message)
    this.name = 'KubeAccessDeniedError'
    this.deniedBy = deniedBy
  }
}

/** No answer within the timeout, or the API server could not be reached at all. */
export class KubeTransportError extends Error {
  readonly kind: 'timeout' | 'unreachable'

  constructor(message: string, kind: 'timeout' | 'unreachable') {
    super(message)
    this.name = 'KubeTransportError'
    this.kind = kind
  }
}

/** The fields of a `kind: Status` body used in messages. */
export interface StatusBody {
  readonly kind?: string
  readonly message?: string
  readonly reason?: string
}

export function parseStatusBody(body: string): StatusBody | undefined {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed === 'object' && parsed !== null && 'kind' in parsed) {
      if (parsed.kind === 'Status') return parsed as StatusBody
    }
  } catch {
    // not JSON: a proxied answer from the pod, or an HTML error page
  }
  return undefined
}

export function describeAccess(access: KubeAccess): string {
  if (access.nonResourceUrl !== undefined) return `${access.verb} ${access.nonResourceUrl}`
  const scope = access.namespace === undefined ? '' : ` in namespace '${access.namespace}'`
  return `${access.verb} ${access.resource}${scope}`
}

function rbacHint(access: KubeAccess): string {
  if (access.nonResourceUrl !== undefined) {
    return `Grant the identity a ClusterRole with nonResourceURLs ['${access.nonResourceUrl}'] verbs ['get'] (the built-in 'system:discovery' has it).`
  }
  const group = access.apiGroup ?? ''
  const rule = `apiGroups ['${group}'], resources ['${access.resource}'], verbs ['${access.verb}']`
  const binding =
    access.namespace === undefined
      ? 'a ClusterRole + ClusterRoleBinding'
      : `a Role + RoleBinding in namespace '${access.namespace}' (or a ClusterRole bound there)`
  const check =
    `Check with 'kubectl auth can-i ${access.verb} ${access.resource.split('/')[0] ?? ''}` +
    (access.resource.includes('/') ? ` --subresource=${access.resource.split('/')[1] ?? ''}` : '') +
    (access.namespace === undefined ? ' --all-namespaces' : ` -n ${access.namespace}`) +
    "'."
  const extra =
    access.resource === 'pods/proxy'
      ? " Scraping proxy metrics needs this; the built-in 'view' role lacks it, 'edit' has it."
      : ''
  return `Grant the identity ${rule} through ${binding}.${extra} ${check}`
}

/** 401/403 become PreconditionErrors that say what access is missing; the rest KubeApiError. */
export function mapKubeApiFailure(
  status: number,
  body: string,
  access: KubeAccess,
  server: string,
  retryAfter?: string,
): Error {
  const statusBody = parseStatusBody(body)
  const serverSaid =
    statusBody?.message === undefined ? '' : ` The API server said: ${statusBody.message}`
  const what = describeAccess(access)
  if (status === 401) {
    return new PreconditionError(
      `The Kubernetes API at ${server} rejected the credentials for ${what} (401 Unauthorized): ` +
        "the token or client certificate is missing, expired or not accepted. Refresh the kubeconfig ('az aks get-credentials', then 'kubelogin convert-kubeconfig' for Entra ID clusters).",
    )
  }
  if (status === 403 && statusBody === undefined && access.resource === 'pods/proxy') {
    return new KubeAccessDeniedError(
      `The pod itself refused ${what} (403 from the pod, not from RBAC). Linkerd's admin server ` +
        "enforces the pod's inbound policy: allow the API server with a 'Server' on port 'linkerd-admin' and an authorization, or use a default inbound policy that admits unauthenticated scrapes.",
      'pod',
    )
  }
  if (status === 403) {
    return new KubeAccessDeniedError(
      `The Kubernetes API denied ${what} (403 Forbidden). ${rbacHint(access)}${serverSaid}`,
      'rbac',
    )
  }
  return new KubeApiError(
    `Kubernetes API request to ${what} failed with HTTP ${status}` +
      (statusBody?.reason === undefined ? '' : ` (${statusBody.reason})`) +
      (statusBody?.message === undefined ? '.' : `: ${statusBody.message}`),
    status,
    statusBody?.reason,
    retryAfter,
  )
}
