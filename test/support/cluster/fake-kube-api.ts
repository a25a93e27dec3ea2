import { writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { stringify } from 'yaml'
import type {
  AppsWorkload,
  Container,
  CustomResourceDefinition,
  ManagedFieldsEntry,
  Namespace,
  Node,
  ObjectMeta,
  OwnerReference,
  Pod,
  Secret,
  Service,
  ServicePort,
} from '../../../src/kube/kube-types.js'
import { loadOrCreateTestCa } from '../tls/test-ca.js'

export interface PodSeed {
  namespace: string
  name: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  containers?: Container[]
  initContainers?: Container[]
  phase?: string
  podIP?: string
  ownerReferences?: OwnerReference[]
  hostNetwork?: boolean
  /** The Pod's Ready condition (default true for a Running pod). */
  ready?: boolean
  /** Marks the pod as being deleted. */
  terminating?: boolean
}

export type AppsKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet'

export interface WorkloadSeed {
  kind: AppsKind
  namespace: string
  name: string
  replicas?: number
  /** Ready and updated pods; default: all wanted (a finished rollout). */
  ready?: number
  templateAnnotations?: Record<string, string>
  hostNetwork?: boolean
  ownerReferences?: OwnerReference[]
}

/** How the pod proxy answers a metrics scrape instead of serving the metrics. */
export interface ScrapeAnswer {
  /** Default 200 with the metrics. */
  status?: number
  /** Sent as is (a Linkerd proxy's own 403 is not a Kubernetes Status). */
  body?: string
  /** Extra response headers (e.g. Retry-After with a 429). */
  headers?: Record<string, string>
  /** Wait this long before answering (on top of `latencyMs`). */
  delayMs?: number
  /** Answer this way only this many times, then serve the metrics again. */
  times?: number
  /** Serve the metrics this many times first, then answer this way. */
  skip?: number
  /** Answer 200 and send one byte every this many ms, never ending (until the client leaves). */
  trickleMs?: number
}

export interface ServiceSeed {
  namespace: string
  name: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  type?: string
  ports?: ServicePort[]
  selector?: Record<string, string>
  loadBalancerIp?: string
}

export interface FakeKubeApiStats {
  requests: number
  maxInFlight: number
  /** Distinct TLS connections accepted; with keep-alive this stays at most the client's maxSockets. */
  tlsConnections: number
}

export interface FakeKubeApiOptions {
  token?: string
  /** Latency added to every request; default 0. */
  latencyMs?: number
  gitVersion?: string
}

/** An in-process HTTPS Kubernetes API (test CA leaf) serving the reads the steps make. */
export class FakeKubeApi {
  readonly token: string
  latencyMs: number
  private readonly namespaces = new Map<string, Namespace>()
  private readonly pods = new Map<string, Pod>()
  private readonly services = new Map<string, Service>()
  private readonly secrets = new Map<string, Secret>()
  private readonly ingresses = new Map<string, Record<string, unknown>>()
  /** Custom resources by `<group>/<plural>/<namespace>/<name>` (served at any version). */
  private readonly customObjects = new Map<string, Record<string, unknown>>()
  private readonly nodes = new Map<string, Node>()
  private readonly crds = new Map<string, CustomResourceDefinition>()
  private readonly apps = new Map<string, AppsWorkload>()
  private readonly metrics = new Map<string, string[]>()
  private readonly scrapeAnswers = new Map<string, ScrapeAnswer>()
  private readonly forbidden: RegExp[] = []
  private readonly stats: FakeKubeApiStats = { requests: 0, maxInFlight: 0, tlsConnections: 0 }
  private inFlight = 0
  /** Requests seen, path + query, in arrival order. */
  readonly requestLog: string[] = []

  private constructor(
    private readonly server: Server,
    private readonly caCertPem: string,
    private readonly gitVersion: string,
    options: FakeKubeApiOptions,
  ) {
    this.token = options.token ?? 'fake-kube-api-token'
    this.latencyMs = options.latencyMs ?? 0
  }

  static async start(options: FakeKubeApiOptions = {}): Promise<FakeKubeApi> {
    const ca = await loadOrCreateTestCa()
    const { certPem, keyPem } = await ca.issueServerCert(['127.0.0.1', 'localhost'])
    const server = createServer({ cert: certPem, key: keyPem })
    const fake = new FakeKubeApi(server, ca.caCertPem, options.gitVersion ?? 'v1.33.2', options)
    server.on('secureConnection', () => {
      fake.stats.tlsConnections += 1
    })
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void fake.handle(req, res))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return fake
  }

  get url(): string {
    const { port } = this.server.address() as AddressInfo
    return `https://127.0.0.1:${port}`
  }

  counters(): FakeKubeApiStats {
    return { ...this.stats }
  }

  resetCounters(): void {
    this.stats.requests = 0
    this.stats.maxInFlight = 0
    this.stats.tlsConnections = 0
    this.requestLog.length = 0
  }

  /** Removes every namespace, pod, service, Ingress, node and metrics text (a fresh cluster). */
  clearObjects(): void {
    for (const store of [
      this.namespaces,
      this.pods,
      this.services,
      this.ingresses,
      this.customObjects,
      this.nodes,
    ]) {
      store.clear()
    }
    this.metrics.clear()
  }

  /** Every request whose path matches answers 403 Forbidden like RBAC would. */
  forbid(path: string | RegExp): void {
    this.forbidden.push(typeof path === 'string' ? new RegExp(`^${escapeRegExp(path)}`) : path)
  }

  /** Removes every `forbid` rule. */
  clearForbidden(): void {
    this.forbidden.length = 0
  }

  addNamespace(
    name: string,
    labels?: Record<string, string>,
    annotations?: Record<string, string>,
  ): void {
    this.namespaces.set(name, {
      metadata: meta(name, undefined, labels, annotations),
      status: { phase: 'Active' },
    })
  }

  /** The namespace as the API server holds it, or undefined. */
  namespace(name: string): Namespace | undefined {
    return this.namespaces.get(name)
  }

  /**
   * Server-side apply of a Namespace manifest by `manager`, as the API server does it for
   * annotations: the manager's fields are set, and annotations it applied before but leaves out
   * now are removed (unless another manager also owns them, which this fake does not track).
   */
  applyNamespace(manifest: Record<string, unknown>, manager: string): void {
    const metadata = manifest['metadata'] as {
      name: string
      annotations?: Record<string, string>
      labels?: Record<string, string>
    }
    const current = this.namespaces.get(metadata.name)
    const previous = current?.metadata.managedFields?.find(
      e => e.manager === manager && e.operation === 'Apply',
    )
    const previousKeys = Object.keys(
      ((previous?.fieldsV1?.['f:metadata'] as Record<string, unknown> | undefined)?.[
        'f:annotations'
      ] ?? {}) as Record<string, unknown>,
    ).map(k => k.slice(2))
    const annotations: Record<string, string> = { ...current?.metadata.annotations }
    for (const key of previousKeys) delete annotations[key]
    Object.assign(annotations, metadata.annotations ?? {})
    const entry: ManagedFieldsEntry = {
      manager,
      operation: 'Apply',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:metadata': {
          'f:annotations': Object.fromEntries(
            Object.keys(metadata.annotations ?? {}).map(k => [`f:${k}`, {}]),
          ),
        },
      },
    }
    const others = (current?.metadata.managedFields ?? []).filter(
      e => !(e.manager === manager && e.operation === 'Apply'),
    )
    this.namespaces.set(metadata.name, {
      metadata: {
        ...meta(
          metadata.name,
          undefined,
          { ...current?.metadata.labels, ...metadata.labels },
          annotations,
        ),
        managedFields: [...others, entry],
      },
      status: { phase: 'Active' },
    })
  }

  /** A CRD with the given metadata (e.g. the Gateway API bundle-version annotation). */
  addCustomResourceDefinition(
    name: string,
    annotations?: Record<string, string>,
    labels?: Record<string, string>,
  ): void {
    this.crds.set(name, { metadata: meta(name, undefined, labels, annotations) })
  }

  removeCustomResourceDefinition(name: string): void {
    this.crds.delete(name)
  }

  /** A Deployment, StatefulSet, DaemonSet or ReplicaSet; ready and rolled out unless told. */
  addWorkload(seed: WorkloadSeed): AppsWorkload {
    if (!this.namespaces.has(seed.namespace)) this.addNamespace(seed.namespace)
    const replicas = seed.replicas ?? 1
    const ready = seed.ready ?? replicas
    const workload: AppsWorkload = {
      metadata: {
        ...meta(seed.name, seed.namespace),
        generation: 1,
        ...(seed.ownerReferences !== undefined ? { ownerReferences: seed.ownerReferences } : {}),
      },
      spec: {
        ...(seed.kind === 'DaemonSet' ? {} : { replicas }),
        template: {
          metadata: { annotations: seed.templateAnnotations ?? {} },
          spec: { containers: [{ name: 'app' }], hostNetwork: seed.hostNetwork ?? false },
        },
      },
      status:
        seed.kind === 'DaemonSet'
          ? {
              observedGeneration: 1,
              desiredNumberScheduled: replicas,
              numberReady: ready,
              updatedNumberScheduled: ready,
            }
          : {
              observedGeneration: 1,
              replicas,
              readyReplicas: ready,
              updatedReplicas: ready,
              availableReplicas: ready,
            },
    }
    this.apps.set(`${seed.kind}/${seed.namespace}/${seed.name}`, workload)
    return workload
  }

  removePod(namespace: string, name: string): void {
    this.pods.delete(`${namespace}/${name}`)
  }

  /** Pods of a namespace as stored, for tests that change them. */
  podsIn(namespace: string): Pod[] {
    return [...this.pods.values()].filter(p => p.metadata.namespace === namespace)
  }

  addPod(seed: PodSeed): Pod {
    if (!this.namespaces.has(seed.namespace)) this.addNamespace(seed.namespace)
    const pod: Pod = {
      metadata: {
        ...meta(seed.name, seed.namespace, seed.labels, seed.annotations),
        ...(seed.ownerReferences !== undefined ? { ownerReferences: seed.ownerReferences } : {}),
        ...(seed.terminating === true ? { deletionTimestamp: '2026-01-01T00:00:00Z' } : {}),
      },
      spec: {
        containers: seed.containers ?? [
          { name: 'app', ports: [{ containerPort: 8080, protocol: 'TCP' }] },
        ],
        ...(seed.initContainers !== undefined ? { initContainers: seed.initContainers } : {}),
        ...(seed.hostNetwork !== undefined ? { hostNetwork: seed.hostNetwork } : {}),
      },
      status: {
        phase: seed.phase ?? 'Running',
        podIP: seed.podIP ?? '10.244.0.10',
        conditions: [
          {
            type: 'Ready',
            status: (seed.ready ?? (seed.phase ?? 'Running') === 'Running') ? 'True' : 'False',
          },
        ],
      },
    }
    this.pods.set(`${seed.namespace}/${seed.name}`, pod)
    return pod
  }

  /** A Secret; `data` values are given in clear and served base64-encoded, as the API does. */
  addSecret(namespace: string, name: string, data: Record<string, string>, type?: string): Secret {
    const secret: Secret = {
      metadata: { name, namespace },
      ...(type !== undefined ? { type } : {}),
      data: Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString('base64')]),
      ),
    }
    this.secrets.set(`${namespace}/${name}`, secret)
    return secret
  }

  addService(seed: ServiceSeed): Service {
    if (!this.namespaces.has(seed.namespace)) this.addNamespace(seed.namespace)
    const service: Service = {
      metadata: meta(seed.name, seed.namespace, seed.labels, seed.annotations),
      spec: {
        type: seed.type ?? 'ClusterIP',
        ports: seed.ports ?? [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
        ...(seed.selector !== undefined ? { selector: seed.selector } : {}),
      },
      status: {
        loadBalancer:
          seed.loadBalancerIp !== undefined ? { ingress: [{ ip: seed.loadBalancerIp }] } : {},
      },
    }
    this.services.set(`${seed.namespace}/${seed.name}`, service)
    return service
  }

  /** Stores an Ingress as the API server would after an apply (metadata, spec). */
  addIngress(manifest: Record<string, unknown>): void {
    const metadata = (manifest['metadata'] ?? {}) as { name?: string; namespace?: string }
    const namespace = metadata.namespace ?? 'default'
    if (!this.namespaces.has(namespace)) this.addNamespace(namespace)
    this.ingresses.set(`${namespace}/${metadata.name ?? ''}`, structuredClone(manifest))
  }

  /**
   * Stores a namespaced custom resource as the API server would after a server-side apply: the
   * manifest with the metadata the server adds (uid, resourceVersion, generation).
   */
  applyCustomObject(manifest: Record<string, unknown>, plural: string): void {
    const metadata = (manifest['metadata'] ?? {}) as {
      name?: string
      namespace?: string
      [key: string]: unknown
    }
    const namespace = metadata.namespace ?? 'default'
    const group = (manifest['apiVersion'] as string | undefined)?.split('/')[0] ?? ''
    const key = `${group}/${plural}/${namespace}/${metadata.name ?? ''}`
    const previous = this.customObjects.get(key)?.['metadata'] as
      { uid?: string; generation?: number } | undefined
    const generation = (previous?.generation ?? 0) + 1
    this.customObjects.set(key, {
      ...structuredClone(manifest),
      metadata: {
        ...structuredClone(metadata),
        namespace,
        uid: previous?.uid ?? `uid-${key}`,
        resourceVersion: String(generation),
        generation,
      },
    })
  }

  /** A stored custom resource, or undefined. */
  customObject(
    group: string,
    plural: string,
    namespace: string,
    name: string,
  ): Record<string, unknown> | undefined {
    return this.customObjects.get(`${group}/${plural}/${namespace}/${name}`)
  }

  addNode(
    name: string,
    labels?: Record<string, string>,
    podCIDR?: string,
    unschedulable?: boolean,
    state: { ready?: boolean; taints?: { key: string; effect: string }[] } = {},
  ): void {
    this.nodes.set(name, {
      metadata: meta(name, undefined, labels),
      spec: {
        ...(podCIDR !== undefined ? { podCIDR, podCIDRs: [podCIDR] } : {}),
        ...(unschedulable === true ? { unschedulable: true } : {}),
        ...(state.taints !== undefined ? { taints: state.taints } : {}),
      },
      status: {
        conditions: [{ type: 'Ready', status: state.ready === false ? 'False' : 'True' }],
        addresses: [{ type: 'InternalIP', address: '10.224.0.4' }],
        nodeInfo: { kubeletVersion: this.gitVersion },
      },
    })
  }

  /**
   * The text `/api/v1/namespaces/NS/pods/NAME:4191/proxy/metrics` answers for this pod. With a
   * list, each scrape takes the next text and the last one stays (counters between scrapes).
   */
  setMetrics(namespace: string, pod: string, text: string | readonly string[]): void {
    this.metrics.set(`${namespace}/${pod}`, typeof text === 'string' ? [text] : [...text])
  }

  /** Makes this pod's metrics scrapes answer differently (a status, a body, a delay). */
  answerScrape(namespace: string, pod: string, answer: ScrapeAnswer): void {
    this.scrapeAnswers.set(`${namespace}/${pod}`, { ...answer })
  }

  /** Serves every pod's metrics normally again. */
  clearScrapeAnswers(): void {
    this.scrapeAnswers.clear()
  }

  /** Removes every pod, its metrics and scrape answers (namespaces stay). */
  clearPods(): void {
    this.pods.clear()
    this.metrics.clear()
    this.scrapeAnswers.clear()
  }

  removeSecrets(): void {
    this.secrets.clear()
  }

  /** Writes a kubeconfig (CA data, server URL, token) for this server; returns its path. */
  async writeKubeconfig(dir: string, fileName = 'kubeconfig'): Promise<string> {
    const path = join(dir, fileName)
    await writeFile(path, this.kubeconfigYaml(), { mode: 0o600 })
    return path
  }

  kubeconfigYaml(user: Record<string, unknown> = { token: this.token }): string {
    return stringify({
      apiVersion: 'v1',
      kind: 'Config',
      'current-context': 'fake',
      clusters: [
        {
          name: 'fake',
          cluster: {
            server: this.url,
            'certificate-authority-data': Buffer.from(this.caCertPem).toString('base64'),
          },
        },
      ],
      contexts: [
        { name: 'fake', context: { cluster: 'fake', user: 'fake-user', namespace: 'default' } },
      ],
      users: [{ name: 'fake-user', user }],
    })
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>(resolve => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.stats.requests += 1
    this.inFlight += 1
    this.stats.maxInFlight = Math.max(this.stats.maxInFlight, this.inFlight)
    res.on('close', () => {
      this.inFlight -= 1
    })
    const url = new URL(req.url ?? '/', 'https://fake')
    this.requestLog.push(`${url.pathname}${url.search}`)
    if (this.latencyMs > 0) await new Promise(resolve => setTimeout(resolve, this.latencyMs))
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      return status(res, 401, 'Unauthorized', 'Unauthorized')
    }
    if (this.forbidden.some(pattern => pattern.test(url.pathname))) {
      return status(
        res,
        403,
        'Forbidden',
        `${url.pathname} is forbidden: User "fake-user" cannot get this resource`,
      )
    }
    if (req.method !== 'GET') return status(res, 405, 'MethodNotAllowed', 'read-only fake')
    await this.route(url, res)
  }

  private async route(url: URL, res: ServerResponse): Promise<void> {
    const path = url.pathname
    const selector = url.searchParams.get('labelSelector') ?? undefined
    if (path === '/version') {
      const [, major = '1', minor = '0'] = /^v(\d+)\.(\d+)/.exec(this.gitVersion) ?? []
      return json(res, { major, minor, gitVersion: this.gitVersion, platform: 'linux/amd64' })
    }
    // Discovery (the legacy, unaggregated form), so that `kubectl get` can map core resources.
    if (path === '/api') return json(res, { kind: 'APIVersions', versions: ['v1'] })
    if (path === '/apis') return json(res, { kind: 'APIGroupList', apiVersion: 'v1', groups: [] })
    if (path === '/api/v1') return json(res, CORE_RESOURCES)
    if (path === '/api/v1/namespaces')
      return list(res, 'NamespaceList', [...this.namespaces.values()], selector, url)
    if (path === '/api/v1/nodes')
      return list(res, 'NodeList', [...this.nodes.values()], selector, url)
    if (path === '/api/v1/pods') return list(res, 'PodList', [...this.pods.values()], selector, url)
    const ingress =
      /^\/apis\/networking\.k8s\.io\/v1\/namespaces\/([^/]+)\/ingresses\/([^/]+)$/.exec(path)
    if (ingress !== null) {
      const key = `${decodeURIComponent(ingress[1] ?? '')}/${decodeURIComponent(ingress[2] ?? '')}`
      const found = this.ingresses.get(key)
      if (found === undefined) {
        return status(
          res,
          404,
          'NotFound',
          `ingresses.networking.k8s.io "${ingress[2] ?? ''}" not found`,
        )
      }
      return json(res, found)
    }
    const custom = /^\/apis\/([^/]+)\/[^/]+\/namespaces\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(path)
    if (custom !== null && custom[1]?.includes('.') && custom[1] !== 'networking.k8s.io') {
      const [, group = '', ns = '', plural = '', name = ''] = custom.map(decodeURIComponent)
      const found = this.customObjects.get(`${group}/${plural}/${ns}/${name}`)
      if (found === undefined) {
        return status(res, 404, 'NotFound', `${plural}.${group} "${name}" not found`)
      }
      return json(res, found)
    }
    const crd = /^\/apis\/apiextensions\.k8s\.io\/v1\/customresourcedefinitions\/([^/]+)$/.exec(
      path,
    )
    if (crd !== null) {
      const name = decodeURIComponent(crd[1] ?? '')
      const found = this.crds.get(name)
      if (found === undefined) {
        return status(res, 404, 'NotFound', `customresourcedefinitions "${name}" not found`)
      }
      return json(res, found)
    }
    const apps =
      /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/(deployments|statefulsets|daemonsets|replicasets)$/.exec(
        path,
      )
    if (apps !== null) {
      const ns = decodeURIComponent(apps[1] ?? '')
      const kind = APPS_KINDS[apps[2] ?? '']
      const items = [...this.apps.entries()]
        .filter(([key]) => key.startsWith(`${kind}/${ns}/`))
        .map(([, item]) => item)
      return list(res, `${kind}List`, items, selector, url)
    }
    const namespace = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(path)
    if (namespace !== null) {
      const name = decodeURIComponent(namespace[1] ?? '')
      const found = this.namespaces.get(name)
      if (found === undefined) return status(res, 404, 'NotFound', `namespaces "${name}" not found`)
      return json(res, found)
    }
    const secret = /^\/api\/v1\/namespaces\/([^/]+)\/secrets\/([^/]+)$/.exec(path)
    if (secret !== null) {
      const key = `${decodeURIComponent(secret[1] ?? '')}/${decodeURIComponent(secret[2] ?? '')}`
      const found = this.secrets.get(key)
      if (found === undefined) {
        return status(res, 404, 'NotFound', `secrets "${secret[2] ?? ''}" not found`)
      }
      return json(res, found)
    }
    const match =
      /^\/api\/v1\/namespaces\/([^/]+)\/(pods|services)(?:\/([^/]+))?(?:\/proxy\/(.*))?$/.exec(path)
    if (match === null) return status(res, 404, 'NotFound', `the server could not find ${path}`)
    const [, nsRaw = '', kind, nameRaw, proxyPath] = match
    const ns = decodeURIComponent(nsRaw)
    const store = kind === 'pods' ? this.pods : this.services
    if (nameRaw === undefined) {
      const items = [...store.values()].filter(item => item.metadata.namespace === ns)
      return list(res, kind === 'pods' ? 'PodList' : 'ServiceList', items, selector, url)
    }
    const name = decodeURIComponent(nameRaw)
    if (proxyPath !== undefined && kind === 'pods') {
      const [podName = '', port] = name.split(':')
      if (!this.pods.has(`${ns}/${podName}`)) {
        return status(res, 404, 'NotFound', `pods "${podName}" not found`)
      }
      let answer = this.scrapeAnswers.get(`${ns}/${podName}`)
      if (answer?.skip !== undefined && answer.skip > 0) {
        answer.skip -= 1
        answer = undefined
      }
      if (answer?.times !== undefined) {
        if (answer.times <= 1) this.scrapeAnswers.delete(`${ns}/${podName}`)
        else answer.times -= 1
      }
      if (answer?.delayMs !== undefined) {
        const delayMs = answer.delayMs
        // A client that gives up (a timeout) ends the wait, so no timer outlives the test.
        await new Promise<void>(resolve => {
          const timer = setTimeout(resolve, delayMs)
          res.on('close', () => {
            clearTimeout(timer)
            resolve()
          })
        })
        if (res.destroyed || res.writableEnded) return
      }
      if (answer?.trickleMs !== undefined) {
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' })
        const timer = setInterval(() => res.write('#'), answer.trickleMs)
        res.on('close', () => clearInterval(timer))
        return
      }
      if (answer?.status !== undefined) {
        res.writeHead(answer.status, { 'Content-Type': 'text/plain', ...answer.headers })
        res.end(answer.body ?? '')
        return
      }
      const texts = this.metrics.get(`${ns}/${podName}`)
      const text = texts?.length === 1 ? texts[0] : texts?.shift()
      if (proxyPath !== 'metrics' || port !== '4191' || text === undefined) {
        return status(
          res,
          503,
          'ServiceUnavailable',
          `error trying to reach service: dial tcp ${podName}:${port ?? ''}: connect: connection refused`,
        )
      }
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4' })
      res.end(text)
      return
    }
    const item = store.get(`${ns}/${name}`)
    if (item === undefined) return status(res, 404, 'NotFound', `${kind} "${name}" not found`)
    return json(res, item)
  }
}

/** The core resources this fake serves, as `GET /api/v1` lists them. */
const CORE_RESOURCES = {
  kind: 'APIResourceList',
  apiVersion: 'v1',
  groupVersion: 'v1',
  resources: [
    ['namespaces', 'Namespace', false, ['ns']],
    ['nodes', 'Node', false, ['no']],
    ['pods', 'Pod', true, ['po']],
    ['pods/proxy', 'PodProxyOptions', true, []],
    ['services', 'Service', true, ['svc']],
  ].map(([name, kind, namespaced, shortNames]) => ({
    name,
    singularName: String(name).includes('/') ? '' : String(kind).toLowerCase(),
    namespaced,
    kind,
    verbs: String(name).includes('/') ? ['get'] : ['get', 'list'],
    ...((shortNames as string[]).length > 0 ? { shortNames } : {}),
  })),
}

const APPS_KINDS: Readonly<Record<string, AppsKind>> = {
  deployments: 'Deployment',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  replicasets: 'ReplicaSet',
}

function meta(
  name: string,
  namespace?: string,
  labels?: Record<string, string>,
  annotations?: Record<string, string>,
): ObjectMeta {
  return {
    name,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(labels !== undefined ? { labels } : {}),
    ...(annotations !== undefined ? { annotations } : {}),
  }
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Equality-based selectors: `a=b`, `a==b`, `a!=b`, comma-separated. */
export function matchesLabelSelector(
  labels: Readonly<Record<string, string>> | undefined,
  selector: string,
): boolean {
  return selector
    .split(',')
    .map(term => term.trim())
    .filter(term => term !== '')
    .every(term => {
      const found = /^([^!=]+?)\s*(==|!=|=)\s*(.*)$/.exec(term)
      if (found === null) return false
      const [, key = '', op, value = ''] = found
      const actual = labels?.[key.trim()]
      return op === '!=' ? actual !== value.trim() : actual === value.trim()
    })
}

function list<T extends { metadata: ObjectMeta }>(
  res: ServerResponse,
  kind: string,
  items: T[],
  selector: string | undefined,
  url?: URL,
): void {
  const selected =
    selector === undefined
      ? items
      : items.filter(i => matchesLabelSelector(i.metadata.labels, selector))
  // Pagination: `limit` plus an opaque `continue` (the offset).
  const limit = Number(url?.searchParams.get('limit') ?? '0')
  const offset = Number(url?.searchParams.get('continue') ?? '0')
  const page = limit > 0 ? selected.slice(offset, offset + limit) : selected
  const more = limit > 0 && offset + limit < selected.length
  json(res, {
    kind,
    apiVersion: 'v1',
    metadata: { resourceVersion: '1', ...(more ? { continue: String(offset + limit) } : {}) },
    items: page,
  })
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json' })
  res.end(JSON.stringify(body))
}

function status(res: ServerResponse, code: number, reason: string, message: string): void {
  res.writeHead(code, { 'Content-Type': 'application/json' })
  res.end(
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
    }),
  )
}
