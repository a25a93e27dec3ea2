import { Agent, request } from 'node:https'
import type { IncomingMessage } from 'node:http'
import { PreconditionError } from '../core/errors.js'
import type { KubeCredentials } from './kube-credentials.js'
import type { KubeAccess } from './kube-api-error.js'
import {
  describeAccess,
  KubeApiError,
  KubeTransportError,
  mapKubeApiFailure,
} from './kube-api-error.js'
import type {
  AppsWorkload,
  CustomResourceDefinition,
  Ingress,
  KubeVersion,
  Namespace,
  Node,
  ObjectList,
  Pod,
  Secret,
  Service,
} from './kube-types.js'
import type { KubeContext } from './kubeconfig.js'

export interface KubeApiOptions {
  /** Upper bound on open TLS connections to the API server; default 8. */
  readonly maxSockets?: number
  /** Per-request deadline for the whole answer, headers and body; default 30 s. */
  readonly requestTimeoutMs?: number
  /** `limit` for list calls (pages are followed with `continue`); default 500. */
  readonly pageSize?: number
  /** Largest response body accepted; default 16 MiB. */
  readonly maxBodyBytes?: number
}

/** The apps/v1 collections the steps list. */
export type AppsResource = 'deployments' | 'statefulsets' | 'daemonsets' | 'replicasets'

/** Read-only Kubernetes API access, the way the steps observe a cluster. */
export interface KubeApi {
  listNamespaces(): Promise<Namespace[]>
  /** Undefined when the namespace does not exist. */
  getNamespace(name: string): Promise<Namespace | undefined>
  listPods(namespace?: string, labelSelector?: string): Promise<Pod[]>
  /** Undefined when the Service does not exist. */
  getService(namespace: string, name: string): Promise<Service | undefined>
  /** Undefined when the Secret does not exist. Its values stay base64 until a caller decodes one. */
  getSecret(namespace: string, name: string): Promise<Secret | undefined>
  listServices(namespace: string): Promise<Service[]>
  /** Undefined when the Ingress does not exist. */
  getIngress(namespace: string, name: string): Promise<Ingress | undefined>
  /**
   * A namespaced object of an API group (`apiVersion` like `policy.linkerd.io/v1beta3`, `plural`
   * like `servers`) as the API server returns it; undefined when it, or its kind, does not exist.
   */
  getNamespacedObject(
    apiVersion: string,
    plural: string,
    namespace: string,
    name: string,
  ): Promise<Record<string, unknown> | undefined>
  getNodes(): Promise<Node[]>
  getVersion(): Promise<KubeVersion>
  /** Undefined when the CRD is not installed. */
  getCustomResourceDefinition(name: string): Promise<CustomResourceDefinition | undefined>
  /** Every object of an apps/v1 collection in the namespace. */
  listApps(resource: AppsResource, namespace: string): Promise<AppsWorkload[]>
  /**
   * GET through the API server's pod proxy; returns the body text (e.g. proxy metrics).
   * `timeoutMs` overrides the client's request deadline for this call.
   */
  proxyPod(
    namespace: string,
    pod: string,
    port: number,
    path: string,
    options?: { readonly timeoutMs?: number },
  ): Promise<string>
  /** Closes the kept-alive connections. */
  close(): void
}

const DEFAULTS = {
  maxSockets: 8,
  requestTimeoutMs: 30_000,
  pageSize: 500,
  maxBodyBytes: 16 * 1024 * 1024,
}

interface Response {
  readonly status: number
  readonly body: string
  readonly retryAfter: string | undefined
}

function segment(value: string): string {
  return encodeURIComponent(value)
}

/** Builds a read-only client over ONE keep-alive https.Agent with bounded sockets. */
export function createKubeApi(
  context: KubeContext,
  credentials: KubeCredentials,
  options: KubeApiOptions = {},
): KubeApi {
  const settings = { ...DEFAULTS, ...options }
  const server = new URL(context.cluster.server)
  if (server.protocol !== 'https:') {
    throw new PreconditionError(
      `The kubeconfig '${context.kubeconfigPath}' points at '${server.origin}'; only https API servers are supported.`,
    )
  }
  const basePath = server.pathname.replace(/\/+$/, '')
  const hostname = server.hostname.replace(/^\[|\]$/g, '')
  const port = server.port === '' ? 443 : Number(server.port)
  const agent = new Agent({
    keepAlive: true,
    maxSockets: settings.maxSockets,
    ...(context.cluster.caPem !== undefined ? { ca: context.cluster.caPem } : {}),
    ...(credentials.clientCertificatePem !== undefined && credentials.clientKeyPem !== undefined
      ? { cert: credentials.clientCertificatePem, key: credentials.clientKeyPem }
      : {}),
    rejectUnauthorized: !context.cluster.insecureSkipTlsVerify,
  })
  const headers: Record<string, string> = {
    'User-Agent': 'aks-secure-networking',
    ...(credentials.token !== undefined ? { Authorization: `Bearer ${credentials.token}` } : {}),
  }

  const get = (
    path: string,
    access: KubeAccess,
    accept: string,
    timeoutMs = settings.requestTimeoutMs,
  ): Promise<Response> =>
    new Promise<Response>((resolvePromise, rejectPromise) => {
      const resolve = (response: Response): void => {
        clearTimeout(deadline)
        resolvePromise(response)
      }
      const reject = (error: Error): void => {
        clearTimeout(deadline)
        rejectPromise(error)
      }
      const req = request(
        {
          agent,
          hostname,
          port,
          method: 'GET',
          path: `${basePath}${path}`,
          headers: { ...headers, Accept: accept },
          ...(context.cluster.tlsServerName !== undefined
            ? { servername: context.cluster.tlsServerName }
            : {}),
        },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = []
          let size = 0
          res.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > settings.maxBodyBytes) {
              res.destroy(
                new Error(
                  `${describeAccess(access)}: the response exceeds ${settings.maxBodyBytes} bytes`,
                ),
              )
              return
            }
            chunks.push(chunk)
          })
          res.on('error', reject)
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              retryAfter: res.headers['retry-after'],
            }),
          )
        },
      )
      // A deadline for the whole answer, not an idle timeout: an answer that trickles in a byte
      // at a time must not hold the step past it.
      const deadline = setTimeout(() => {
        reject(
          new KubeTransportError(
            `${describeAccess(access)}: no complete answer from the Kubernetes API at ${server.origin} within ${timeoutMs} ms`,
            'timeout',
          ),
        )
        req.destroy()
      }, timeoutMs)
      req.on('error', error =>
        reject(
          error.message.startsWith(describeAccess(access))
            ? error
            : new KubeTransportError(
                `${describeAccess(access)}: cannot reach the Kubernetes API at ${server.origin}: ${error.message}`,
                'unreachable',
              ),
        ),
      )
      req.end()
    })

  const getJson = async <T>(path: string, access: KubeAccess): Promise<T | undefined> => {
    const response = await get(path, access, 'application/json')
    if (response.status === 404) return undefined
    if (response.status < 200 || response.status >= 300) {
      throw mapKubeApiFailure(response.status, response.body, access, server.origin)
    }
    try {
      return JSON.parse(response.body) as T
    } catch {
      throw new KubeApiError(`${describeAccess(access)}: the answer is not JSON`, response.status)
    }
  }

  const getRequired = async <T>(path: string, access: KubeAccess): Promise<T> => {
    const value = await getJson<T>(path, access)
    if (value === undefined) {
      throw new KubeApiError(
        `${describeAccess(access)}: the API server answered 404 for '${path}'`,
        404,
      )
    }
    return value
  }

  const listAll = async <T>(
    path: string,
    query: Record<string, string>,
    access: KubeAccess,
  ): Promise<T[]> => {
    const items: T[] = []
    let continueToken: string | undefined
    do {
      const params = new URLSearchParams({
        ...query,
        limit: String(settings.pageSize),
        ...(continueToken !== undefined ? { continue: continueToken } : {}),
      })
      const page = await getRequired<ObjectList<T>>(`${path}?${params.toString()}`, access)
      items.push(...page.items)
      const next = page.metadata?.continue
      continueToken = next === undefined || next === '' ? undefined : next
    } while (continueToken !== undefined)
    return items
  }

  return {
    listNamespaces: () =>
      listAll<Namespace>('/api/v1/namespaces', {}, { verb: 'list', resource: 'namespaces' }),
    getNamespace: name =>
      getJson<Namespace>(`/api/v1/namespaces/${segment(name)}`, {
        verb: 'get',
        resource: 'namespaces',
      }),
    listPods: (namespace, labelSelector) =>
      listAll<Pod>(
        namespace === undefined ? '/api/v1/pods' : `/api/v1/namespaces/${segment(namespace)}/pods`,
        labelSelector === undefined ? {} : { labelSelector },
        { verb: 'list', resource: 'pods', ...(namespace !== undefined ? { namespace } : {}) },
      ),
    getService: (namespace, name) =>
      getJson<Service>(`/api/v1/namespaces/${segment(namespace)}/services/${segment(name)}`, {
        verb: 'get',
        resource: 'services',
        namespace,
      }),
    getSecret: (namespace, name) =>
      getJson<Secret>(`/api/v1/namespaces/${segment(namespace)}/secrets/${segment(name)}`, {
        verb: 'get',
        resource: 'secrets',
        namespace,
      }),
    listServices: namespace =>
      listAll<Service>(
        `/api/v1/namespaces/${segment(namespace)}/services`,
        {},
        {
          verb: 'list',
          resource: 'services',
          namespace,
        },
      ),
    getIngress: (namespace, name) =>
      getJson<Ingress>(
        `/apis/networking.k8s.io/v1/namespaces/${segment(namespace)}/ingresses/${segment(name)}`,
        { verb: 'get', resource: 'ingresses', namespace },
      ),
    getNamespacedObject: (apiVersion, plural, namespace, name) =>
      getJson<Record<string, unknown>>(
        `/apis/${apiVersion}/namespaces/${segment(namespace)}/${plural}/${segment(name)}`,
        { verb: 'get', resource: plural, apiGroup: apiVersion.split('/')[0] ?? '', namespace },
      ),
    getNodes: () => listAll<Node>('/api/v1/nodes', {}, { verb: 'list', resource: 'nodes' }),
    getVersion: () =>
      getRequired<KubeVersion>('/version', {
        verb: 'get',
        resource: '',
        nonResourceUrl: '/version',
      }),
    getCustomResourceDefinition: name =>
      getJson<CustomResourceDefinition>(
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${segment(name)}`,
        { verb: 'get', resource: 'customresourcedefinitions', apiGroup: 'apiextensions.k8s.io' },
      ),
    listApps: (resource, namespace) =>
      listAll<AppsWorkload>(
        `/apis/apps/v1/namespaces/${segment(namespace)}/${resource}`,
        {},
        { verb: 'list', resource, apiGroup: 'apps', namespace },
      ),
    proxyPod: async (namespace, pod, port, path, options) => {
      const access: KubeAccess = { verb: 'get', resource: 'pods/proxy', namespace }
      const proxied = path.replace(/^\/+/, '')
      const response = await get(
        `/api/v1/namespaces/${segment(namespace)}/pods/${segment(pod)}:${port}/proxy/${proxied}`,
        access,
        'text/plain, */*',
        options?.timeoutMs,
      )
      if (response.status < 200 || response.status >= 300) {
        throw mapKubeApiFailure(
          response.status,
          response.body,
          access,
          server.origin,
          response.retryAfter,
        )
      }
      return response.body
    },
    close: () => agent.destroy(),
  }
}
