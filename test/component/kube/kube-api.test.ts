import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PreconditionError } from '../../../src/core/errors.js'
import { mapWithConcurrency } from '../../../src/kube/concurrency.js'
import { createKubeApi, type KubeApi } from '../../../src/kube/kube-api.js'
import { resolveKubeCredentials } from '../../../src/kube/kube-credentials.js'
import { loadKubeContext } from '../../../src/kube/kubeconfig.js'
import { FakeKubeApi } from '../../support/cluster/fake-kube-api.js'
import { createNodeExec } from '../../support/cluster/node-exec.js'

const SAMPLE_METRICS = new URL(
  '../../../../shared/fixtures/linkerd/sampleMetrics.txt',
  import.meta.url,
)

let fake: FakeKubeApi
let dir: string
let metrics: string
const opened: KubeApi[] = []

async function connect(maxSockets = 8): Promise<KubeApi> {
  const context = await loadKubeContext(await fake.writeKubeconfig(dir))
  const credentials = await resolveKubeCredentials(createNodeExec(), context)
  const api = createKubeApi(context, credentials, { maxSockets, pageSize: 20 })
  opened.push(api)
  return api
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kube-api-test-'))
  metrics = await readFile(SAMPLE_METRICS, 'utf8')
  fake = await FakeKubeApi.start()
  fake.addNamespace('linkerd', { 'linkerd.io/is-control-plane': 'true' })
  fake.addNamespace('apps', undefined, { 'linkerd.io/inject': 'enabled' })
  for (let i = 0; i < 50; i += 1) {
    const name = `web-${String(i).padStart(2, '0')}`
    fake.addPod({
      namespace: 'apps',
      name,
      labels: { app: i % 2 === 0 ? 'web' : 'api', 'linkerd.io/control-plane-ns': 'linkerd' },
      containers: [{ name: 'web', ports: [{ containerPort: 8080 }] }],
      initContainers: [
        {
          name: 'linkerd-proxy',
          restartPolicy: 'Always',
          ports: [{ name: 'linkerd-admin', containerPort: 4191 }],
        },
      ],
    })
    fake.setMetrics('apps', name, metrics)
  }
  fake.addPod({
    namespace: 'linkerd',
    name: 'linkerd-destination-0',
    labels: { app: 'destination' },
  })
  fake.addService({
    namespace: 'ingress',
    name: 'ingress-nginx-controller',
    type: 'LoadBalancer',
    ports: [{ name: 'https', port: 443, targetPort: 'https' }],
    annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
    loadBalancerIp: '10.240.0.50',
  })
  fake.addNode('aks-system-0', { agentpool: 'system' }, '10.244.0.0/24')
})

afterEach(() => {
  for (const api of opened.splice(0)) api.close()
  fake.clearScrapeAnswers()
  fake.resetCounters()
  fake.clearForbidden()
  fake.latencyMs = 0
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

describe('KubeApi against the fake API server', () => {
  it('GIVEN seeded pods WHEN listing with a label selector THEN only matches return, across pages', async () => {
    const api = await connect()
    const web = await api.listPods('apps', 'app=web')
    expect(web).toHaveLength(25)
    expect(web.every(pod => pod.metadata.labels?.app === 'web')).toBe(true)
    expect(web[0]?.spec.initContainers?.[0]).toMatchObject({
      name: 'linkerd-proxy',
      restartPolicy: 'Always',
    })
    await expect(api.listPods()).resolves.toHaveLength(51)
    await expect(
      api.listPods(undefined, 'app!=web,linkerd.io/control-plane-ns=linkerd'),
    ).resolves.toHaveLength(25)
    // 25 matches with pageSize 20 → two pages with a continue token
    expect(fake.requestLog.filter(p => p.startsWith('/api/v1/namespaces/apps/pods'))).toEqual([
      '/api/v1/namespaces/apps/pods?labelSelector=app%3Dweb&limit=20',
      '/api/v1/namespaces/apps/pods?labelSelector=app%3Dweb&limit=20&continue=20',
    ])
  })

  it('GIVEN namespaces, services and nodes WHEN read THEN the typed fields are there', async () => {
    const api = await connect()
    const namespaces = await api.listNamespaces()
    expect(namespaces.map(ns => ns.metadata.name).sort()).toEqual(['apps', 'ingress', 'linkerd'])
    const service = await api.getService('ingress', 'ingress-nginx-controller')
    expect(service?.spec.type).toBe('LoadBalancer')
    expect(service?.status?.loadBalancer?.ingress?.[0]?.ip).toBe('10.240.0.50')
    await expect(api.getService('ingress', 'absent')).resolves.toBeUndefined()
    await expect(api.listServices('ingress')).resolves.toHaveLength(1)
    const [node] = await api.getNodes()
    expect(node?.spec?.podCIDR).toBe('10.244.0.0/24')
    await expect(api.getVersion()).resolves.toMatchObject({
      major: '1',
      minor: '33',
      gitVersion: 'v1.33.2',
    })
  })

  it('GIVEN 50 meshed pods WHEN scraping proxy metrics with limit 8 THEN ≤ 8 in flight and ≤ 8 TLS connections', async () => {
    const api = await connect(8)
    fake.latencyMs = 15
    const pods = await api.listPods('apps')
    fake.resetCounters()
    const texts = await mapWithConcurrency(pods, 8, pod =>
      api.proxyPod('apps', pod.metadata.name, 4191, '/metrics'),
    )
    expect(texts).toHaveLength(50)
    expect(texts.every(text => text === metrics)).toBe(true)
    expect(texts[0]).toContain('request_total{direction="inbound"')
    const counters = fake.counters()
    expect(counters.requests).toBe(50)
    expect(counters.maxInFlight).toBeLessThanOrEqual(8)
    expect(counters.maxInFlight).toBeGreaterThan(1)
    expect(counters.tlsConnections).toBeLessThanOrEqual(8)
    expect(fake.requestLog[0]).toMatch(
      /^\/api\/v1\/namespaces\/apps\/pods\/web-\d\d:4191\/proxy\/metrics$/,
    )
  })

  it('GIVEN RBAC forbids pods/proxy WHEN scraping THEN the error names the verb, resource and RBAC', async () => {
    fake.forbid('/api/v1/namespaces/apps/pods/web-00:4191/proxy')
    const api = await connect()
    const run = api.proxyPod('apps', 'web-00', 4191, 'metrics')
    await expect(run).rejects.toThrow(PreconditionError)
    await expect(run).rejects.toThrow(
      "The Kubernetes API denied get pods/proxy in namespace 'apps' (403 Forbidden). Grant the identity apiGroups [''], resources ['pods/proxy'], verbs ['get']",
    )
    await expect(run).rejects.toThrow('kubectl auth can-i get pods --subresource=proxy -n apps')
  })

  it('GIVEN a wrong token WHEN listing THEN a 401 says the credentials were rejected, without the token', async () => {
    const context = await loadKubeContext(await fake.writeKubeconfig(dir))
    const api = createKubeApi(context, { token: 'wrong-token' })
    opened.push(api)
    const run = api.listNamespaces()
    await expect(run).rejects.toThrow(
      /rejected the credentials for list namespaces \(401 Unauthorized\)/,
    )
    await expect(run).rejects.not.toThrow('wrong-token')
  })

  it('GIVEN a proxy that trickles its answer WHEN scraped with a timeout THEN it fails as a timeout when the time is up, though bytes keep coming', async () => {
    fake.answerScrape('apps', 'web-01', { trickleMs: 50 })
    const api = await connect()
    const started = Date.now()
    await expect(
      api.proxyPod('apps', 'web-01', 4191, 'metrics', { timeoutMs: 400 }),
    ).rejects.toMatchObject({
      name: 'KubeTransportError',
      kind: 'timeout',
      message: expect.stringContaining('no complete answer from the Kubernetes API'),
    })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('GIVEN a pod without metrics WHEN scraping THEN the 503 surfaces as a KubeApiError with the status', async () => {
    const api = await connect()
    await expect(
      api.proxyPod('linkerd', 'linkerd-destination-0', 4191, 'metrics'),
    ).rejects.toMatchObject({
      name: 'KubeApiError',
      status: 503,
    })
  })
})
