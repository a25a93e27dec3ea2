import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse, parseAllDocuments } from 'yaml'
import { podWorkload, type Cluster } from '../../../src/core/cluster.js'
import { createCluster } from '../../../src/kube/cluster-adapter.js'
import { FakeKubeApi } from '../../support/cluster/fake-kube-api.js'
import { createNodeExec } from '../../support/cluster/node-exec.js'
import { createRecordingTools, type RecordingTools } from '../../support/cluster/recording-tools.js'
import { silentLog } from '../../support/recording-host.js'
import { kubeloginAnswer } from '../../builders/exec-credential.js'

let fake: FakeKubeApi
let dir: string
let kubeconfigPath: string
let tools: RecordingTools
/** A fixed "now" for Retry-After dates, whole seconds as HTTP dates have. */
const NOW = Math.floor(Date.now() / 1000) * 1000

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cluster-adapter-test-'))
  fake = await FakeKubeApi.start()
  kubeconfigPath = await fake.writeKubeconfig(dir)
  fake.addService({
    namespace: 'ingress',
    name: 'ingress-nginx-controller',
    type: 'LoadBalancer',
    ports: [{ name: 'https', port: 443, targetPort: 'https', protocol: 'TCP' }],
    annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
    loadBalancerIp: '10.240.0.50',
  })
  fake.addService({ namespace: 'ingress', name: 'pending', type: 'LoadBalancer' })
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  tools = await createRecordingTools()
})

afterEach(async () => {
  await tools.cleanup()
  fake.resetCounters()
})

function connect(path = kubeconfigPath): Promise<Cluster> {
  return createCluster({ exec: createNodeExec(tools.env()), kubeconfigPath: path, log: silentLog })
}

describe('createCluster: helm', () => {
  it('GIVEN an installed release WHEN reading it THEN status and values are read with --kubeconfig', async () => {
    tools.setAnswers([
      {
        tool: 'helm',
        argsPrefix: ['status'],
        stdout: JSON.stringify({
          name: 'ingress-nginx',
          namespace: 'ingress',
          version: 3,
          info: { status: 'deployed' },
          chart: { metadata: { name: 'ingress-nginx', version: '4.13.0', appVersion: '1.13.0' } },
        }),
      },
      {
        tool: 'helm',
        argsPrefix: ['get', 'values'],
        stdout: '{"controller":{"replicaCount":2}}',
      },
    ])
    const cluster = await connect()
    await expect(cluster.helmRelease('ingress-nginx', 'ingress')).resolves.toEqual({
      chartVersion: '4.13.0',
      values: { controller: { replicaCount: 2 } },
      status: 'deployed',
    })
    expect(tools.calls().map(c => [c.tool, ...c.argv])).toEqual([
      [
        'helm',
        'status',
        'ingress-nginx',
        '--namespace',
        'ingress',
        '-o',
        'json',
        '--kubeconfig',
        kubeconfigPath,
      ],
      [
        'helm',
        'get',
        'values',
        'ingress-nginx',
        '--namespace',
        'ingress',
        '-o',
        'json',
        '--kubeconfig',
        kubeconfigPath,
      ],
    ])
  })

  it('GIVEN a release without chart metadata or user values WHEN reading it THEN chartVersion is undefined and values empty', async () => {
    tools.setAnswers([
      {
        tool: 'helm',
        argsPrefix: ['status'],
        stdout: JSON.stringify({
          name: 'r',
          namespace: 'ns',
          version: 1,
          info: { status: 'failed' },
        }),
      },
      { tool: 'helm', argsPrefix: ['get', 'values'], stdout: 'null\n' },
    ])
    await expect((await connect()).helmRelease('r', 'ns')).resolves.toEqual({
      chartVersion: undefined,
      values: {},
      status: 'failed',
    })
  })

  it('GIVEN helm answers "release: not found" WHEN reading the release THEN it is undefined after one call', async () => {
    tools.setAnswers([
      { tool: 'helm', argsPrefix: ['status'], exitCode: 1, stderr: 'Error: release: not found\n' },
    ])
    await expect((await connect()).helmRelease('ingress-nginx', 'ingress')).resolves.toBeUndefined()
    expect(tools.calls()).toHaveLength(1)
  })

  it('GIVEN an install WHEN run THEN helm upgrade --install gets the exact argv and the values on stdin', async () => {
    const cluster = await connect()
    await cluster.helmUpgradeInstall({
      release: 'ingress-nginx',
      namespace: 'ingress',
      chart: 'ingress-nginx',
      repo: 'https://kubernetes.github.io/ingress-nginx',
      version: '4.13.0',
      values: { controller: { service: { internal: { enabled: true } } } },
      waitTimeoutSeconds: 600,
    })
    const [call, ...rest] = tools.calls()
    expect(rest).toEqual([])
    expect(call?.tool).toBe('helm')
    expect(call?.argv).toEqual([
      'upgrade',
      '--install',
      'ingress-nginx',
      'ingress-nginx',
      '--version',
      '4.13.0',
      '--namespace',
      'ingress',
      '--create-namespace',
      '--repo',
      'https://kubernetes.github.io/ingress-nginx',
      '--values',
      '-',
      '--wait',
      '--timeout',
      '600s',
      '--kubeconfig',
      kubeconfigPath,
    ])
    expect(parse(call?.stdin ?? '')).toEqual({
      controller: { service: { internal: { enabled: true } } },
    })
  })

  it('GIVEN an install without a wait timeout WHEN run THEN no --wait is passed', async () => {
    await (
      await connect()
    ).helmUpgradeInstall({
      release: 'r',
      namespace: 'ns',
      chart: 'c',
      repo: 'https://charts.example',
      version: '1.0.0',
      values: {},
    })
    expect(tools.calls()[0]?.argv).not.toContain('--wait')
  })
})

describe('createCluster: kubectl', () => {
  it('GIVEN manifests WHEN applied THEN one server-side apply with --kubeconfig gets them as YAML', async () => {
    const manifests = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ingress' } },
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'IngressClass',
        metadata: { name: 'private' },
        spec: { controller: 'k8s.io/ingress-nginx' },
      },
    ]
    await (await connect()).applyManifests(manifests)
    const [call, ...rest] = tools.calls()
    expect(rest).toEqual([])
    expect(call?.tool).toBe('kubectl')
    expect(call?.argv).toEqual([
      'apply',
      '--server-side',
      '--field-manager=aks-secure-networking',
      '-f',
      '-',
      '--kubeconfig',
      kubeconfigPath,
    ])
    expect(parseAllDocuments(call?.stdin ?? '').map(d => d.toJS() as unknown)).toEqual(manifests)
  })

  it('GIVEN no manifests WHEN applied THEN kubectl is not run', async () => {
    await (await connect()).applyManifests([])
    expect(tools.calls()).toEqual([])
  })
})

describe('createCluster: Kubernetes API', () => {
  it('GIVEN an internal LoadBalancer Service WHEN read THEN the view has its LB IP, ports and annotations', async () => {
    const cluster = await connect()
    await expect(cluster.getService('ingress', 'ingress-nginx-controller')).resolves.toEqual({
      name: 'ingress-nginx-controller',
      namespace: 'ingress',
      type: 'LoadBalancer',
      annotations: { 'service.beta.kubernetes.io/azure-load-balancer-internal': 'true' },
      loadBalancerIps: ['10.240.0.50'],
      ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
    })
  })

  it('GIVEN a Service whose load balancer is pending WHEN read THEN loadBalancerIps is empty', async () => {
    const view = await (await connect()).getService('ingress', 'pending')
    expect(view?.loadBalancerIps).toEqual([])
    expect(view?.annotations).toEqual({})
  })

  it('GIVEN no such Service WHEN read THEN the result is undefined', async () => {
    await expect((await connect()).getService('ingress', 'missing')).resolves.toBeUndefined()
  })

  it('GIVEN a new cluster WHEN only helm is used THEN the kubeconfig is not read and the API not called', async () => {
    const cluster = await connect(join(dir, 'does-not-exist'))
    await cluster.applyManifests([{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } }])
    expect(fake.counters().requests).toBe(0)
    await expect(cluster.getService('ingress', 'pending')).rejects.toThrow(/does-not-exist/)
  })

  it('GIVEN an exec-plugin token that expires WHEN a read comes after its expiry (a long window) THEN the plugin runs again for a fresh token; before it, the client is reused', async () => {
    const kubelogin = await createRecordingTools({
      tools: ['kubelogin'],
      answers: [kubeloginAnswer(fake.token, new Date(NOW + 5 * 60_000).toISOString())],
    })
    try {
      const path = join(dir, 'exec-kubeconfig')
      await writeFile(
        path,
        fake.kubeconfigYaml({
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1beta1',
            command: 'kubelogin',
            args: ['get-token', '--login', 'azurecli'],
          },
        }),
      )
      let now = NOW
      const cluster = await createCluster({
        exec: createNodeExec(kubelogin.env()),
        kubeconfigPath: path,
        log: silentLog,
        clock: { now: () => new Date(now), sleep: () => Promise.resolve() },
      })
      await cluster.getService('ingress', 'pending')
      now += 60_000
      await cluster.getService('ingress', 'pending')
      expect(kubelogin.calls()).toHaveLength(1)
      now += 10 * 60_000
      await expect(cluster.getService('ingress', 'pending')).resolves.toBeDefined()
      expect(kubelogin.calls()).toHaveLength(2)
    } finally {
      await kubelogin.cleanup()
    }
  })

  it('GIVEN several reads WHEN made THEN one client serves them over one connection', async () => {
    const cluster = await connect()
    await cluster.getService('ingress', 'pending')
    await cluster.getService('ingress', 'ingress-nginx-controller')
    expect(fake.counters()).toMatchObject({ requests: 2, tlsConnections: 1 })
  })
})

describe('createCluster: pods and proxy scrapes', () => {
  afterEach(() => {
    fake.clearPods()
    fake.clearForbidden()
    fake.latencyMs = 0
  })

  it('GIVEN pods with a native-sidecar proxy, named-port probes and an owner WHEN listed THEN the view carries them', async () => {
    fake.addPod({
      namespace: 'shop',
      name: 'web-5d9f-a1',
      labels: { 'pod-template-hash': '5d9f' },
      ownerReferences: [{ kind: 'ReplicaSet', name: 'web-5d9f', controller: true }],
      containers: [
        {
          name: 'web',
          ports: [{ name: 'http', containerPort: 8080 }],
          livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
          readinessProbe: { httpGet: { port: 8081 } },
        },
      ],
      initContainers: [{ name: 'linkerd-proxy', restartPolicy: 'Always' }],
    })
    fake.addPod({
      namespace: 'kube-system',
      name: 'node-agent',
      hostNetwork: true,
      phase: 'Pending',
    })
    const cluster = await connect()
    const pods = await cluster.listPods()
    expect(pods.find(p => p.name === 'web-5d9f-a1')).toEqual({
      name: 'web-5d9f-a1',
      namespace: 'shop',
      labels: { 'pod-template-hash': '5d9f' },
      annotations: {},
      owners: [{ kind: 'ReplicaSet', name: 'web-5d9f' }],
      containers: [{ name: 'web', env: {} }],
      initContainers: [{ name: 'linkerd-proxy', restartPolicy: 'Always', env: {} }],
      httpProbes: [
        { kind: 'liveness', container: 'web', port: 8080, path: '/healthz' },
        { kind: 'readiness', container: 'web', port: 8081, path: '/' },
      ],
      hostNetwork: false,
      phase: 'Running',
      ready: true,
      terminating: false,
    })
    await expect(cluster.listPods('kube-system')).resolves.toEqual([
      expect.objectContaining({
        name: 'node-agent',
        hostNetwork: true,
        phase: 'Pending',
        ready: false,
      }),
    ])
    await expect(cluster.describeSource()).resolves.toEqual({
      kind: 'api-server',
      location: fake.url,
      context: 'fake',
    })
  })

  it('GIVEN each way a scrape can fail WHEN scraped THEN every result is classified, none throws', async () => {
    for (const name of ['ok', 'policy', 'rbac', 'down', 'slow', 'other'])
      fake.addPod({ namespace: 'shop', name })
    fake.answerScrape('shop', 'other', { status: 404, body: '404 page not found\n' })
    fake.setMetrics('shop', 'ok', 'tcp_open_total{direction="inbound"} 1\n')
    fake.answerScrape('shop', 'policy', { status: 403, body: 'Forbidden' })
    fake.forbid('/api/v1/namespaces/shop/pods/rbac:4191/proxy')
    fake.answerScrape('shop', 'slow', { delayMs: 2000 })
    const cluster = await connect()
    const results: Record<string, unknown> = {}
    const messages: Record<string, string> = {}
    await cluster.scrapeProxies(
      ['ok', 'policy', 'rbac', 'down', 'slow', 'gone', 'other'].map(name => ({
        namespace: 'shop',
        name,
      })),
      { timeoutMs: 300 },
      (target, scrape) => {
        results[target.name] = scrape.ok ? scrape.text : scrape.problem
        if (!scrape.ok) messages[target.name] = scrape.message
      },
    )
    expect(results).toEqual({
      ok: 'tcp_open_total{direction="inbound"} 1\n',
      policy: 'forbidden-by-pod',
      rbac: 'forbidden-by-rbac',
      down: 'unreachable',
      slow: 'timeout',
      gone: 'not-found',
      other: 'not-served',
    })
    expect(messages['gone']).toContain('the pod no longer exists')
    expect(messages['other']).toContain(
      "port 4191 answered 404 for /metrics: what listens there is not a Linkerd proxy's admin server",
    )
  })

  it.each([
    ['a Retry-After in seconds', { 'Retry-After': '3' }, [3000]],
    [
      'a Retry-After as an HTTP date',
      { 'Retry-After': new Date(NOW + 4000).toUTCString() },
      [4000],
    ],
    ['a Retry-After longer than the scrape could wait', { 'Retry-After': '3600' }, [10_000]],
    ['no Retry-After', {}, [500]],
  ])(
    'GIVEN the API server throttles a scrape once (429) with %s WHEN scraped THEN it waits that long on the Clock, then retries and succeeds',
    async (_what, headers: Record<string, string>, slept) => {
      fake.addPod({ namespace: 'shop', name: 'busy' })
      fake.setMetrics('shop', 'busy', 'process_start_time_seconds 1\n')
      fake.answerScrape('shop', 'busy', {
        status: 429,
        body: 'Too many requests',
        headers,
        times: 1,
      })
      const waits: number[] = []
      const cluster = await createCluster({
        exec: createNodeExec(tools.env()),
        kubeconfigPath,
        log: silentLog,
        clock: {
          now: () => new Date(NOW),
          sleep: ms => {
            waits.push(ms)
            return Promise.resolve()
          },
        },
      })
      const results: unknown[] = []
      await cluster.scrapeProxies(
        [{ namespace: 'shop', name: 'busy' }],
        { timeoutMs: 2000 },
        (_t, scrape) => {
          results.push(scrape.ok ? scrape.text : scrape.problem)
        },
      )
      expect(results).toEqual(['process_start_time_seconds 1\n'])
      expect(fake.requestLog.filter(p => p.includes('busy:4191'))).toHaveLength(2)
      expect(waits).toEqual(slept)
    },
  )

  it('GIVEN an answer that is neither 2xx nor a known failure WHEN scraped THEN it is a failed scrape with the status', async () => {
    fake.addPod({ namespace: 'shop', name: 'odd' })
    fake.answerScrape('shop', 'odd', { status: 500, body: 'boom' })
    const cluster = await connect()
    const results: unknown[] = []
    await cluster.scrapeProxies(
      [{ namespace: 'shop', name: 'odd' }],
      { timeoutMs: 2000 },
      (_t, scrape) => {
        results.push(scrape)
      },
    )
    expect(results).toEqual([
      {
        ok: false,
        problem: 'failed',
        message:
          "Kubernetes API request to get pods/proxy in namespace 'shop' failed with HTTP 500.",
      },
    ])
  })

  it('GIVEN 100 meshed pods and API latency WHEN scraped THEN at most 16 requests are in flight over at most 16 connections', async () => {
    const targets = Array.from({ length: 100 }, (_, i) => ({ namespace: 'shop', name: `p-${i}` }))
    for (const t of targets) {
      fake.addPod({ namespace: t.namespace, name: t.name })
      fake.setMetrics(t.namespace, t.name, `process_start_time_seconds ${t.name.length}\n`)
    }
    const cluster = await connect()
    await cluster.listPods('shop')
    fake.resetCounters()
    fake.latencyMs = 10
    let answered = 0
    await cluster.scrapeProxies(targets, { timeoutMs: 5000 }, (_t, scrape) => {
      if (scrape.ok) answered++
    })
    expect(answered).toBe(100)
    const counters = fake.counters()
    expect(counters.requests).toBe(100)
    expect(counters.maxInFlight).toBeLessThanOrEqual(16)
    expect(counters.maxInFlight).toBeGreaterThan(8)
    expect(counters.tlsConnections).toBeLessThanOrEqual(16)
  })
})

describe('createCluster: reads for the mesh', () => {
  it('GIVEN a Deployment, a StatefulSet and their pods WHEN pods are listed THEN each pod names its workload, a Deployment through its ReplicaSet name', async () => {
    fake.addWorkload({ kind: 'Deployment', namespace: 'mesh', name: 'web' })
    fake.addWorkload({
      kind: 'ReplicaSet',
      namespace: 'mesh',
      name: 'web-5d4f',
      ownerReferences: [{ kind: 'Deployment', name: 'web', controller: true }],
    })
    fake.addPod({
      namespace: 'mesh',
      name: 'web-5d4f-a',
      labels: { 'pod-template-hash': '5d4f' },
      ownerReferences: [{ kind: 'ReplicaSet', name: 'web-5d4f', controller: true }],
      initContainers: [
        {
          name: 'linkerd-proxy',
          restartPolicy: 'Always',
          env: [{ name: 'X', value: '1' }, { name: 'Y' }],
        },
      ],
    })
    fake.addPod({
      namespace: 'mesh',
      name: 'db-0',
      ownerReferences: [{ kind: 'StatefulSet', name: 'db', controller: true }],
      hostNetwork: true,
      terminating: true,
    })
    fake.addPod({ namespace: 'mesh', name: 'lonely' })
    const pods = await (await connect()).listPods('mesh')
    expect(
      pods.map(p => {
        const workload = podWorkload(p)
        return [p.name, workload?.kind, workload?.name, p.hostNetwork, p.terminating]
      }),
    ).toEqual([
      ['web-5d4f-a', 'Deployment', 'web', false, false],
      ['db-0', 'StatefulSet', 'db', true, true],
      ['lonely', undefined, undefined, false, false],
    ])
    expect(pods[0]?.initContainers).toEqual([
      { name: 'linkerd-proxy', restartPolicy: 'Always', env: { X: '1' } },
    ])
    expect(fake.requestLog.map(r => r.split('?')[0])).toEqual(['/api/v1/namespaces/mesh/pods'])
  })

  it('GIVEN workloads mid-rollout and done WHEN listed THEN rolledOut follows kubectl rollout status, and ReplicaSets are not workloads', async () => {
    fake.addWorkload({ kind: 'Deployment', namespace: 'apps', name: 'done', replicas: 2 })
    fake.addWorkload({
      kind: 'Deployment',
      namespace: 'apps',
      name: 'rolling',
      replicas: 3,
      ready: 1,
    })
    fake.addWorkload({
      kind: 'DaemonSet',
      namespace: 'apps',
      name: 'agent',
      replicas: 2,
      hostNetwork: true,
    })
    fake.addWorkload({
      kind: 'StatefulSet',
      namespace: 'apps',
      name: 'db',
      templateAnnotations: { 'linkerd.io/inject': 'disabled' },
    })
    fake.addWorkload({ kind: 'ReplicaSet', namespace: 'apps', name: 'done-1' })
    const workloads = await (await connect()).listWorkloads('apps')
    expect(
      workloads.map(w => [w.kind, w.name, w.desired, w.ready, w.rolledOut, w.templateHostNetwork]),
    ).toEqual([
      ['Deployment', 'done', 2, 2, true, false],
      ['Deployment', 'rolling', 3, 1, false, false],
      ['StatefulSet', 'db', 1, 1, true, false],
      ['DaemonSet', 'agent', 2, 2, true, true],
    ])
    expect(workloads[2]?.templateAnnotations).toEqual({ 'linkerd.io/inject': 'disabled' })
  })

  it('GIVEN a namespace the step applied annotations to WHEN read THEN the view lists the annotations it owns; a missing one reads undefined', async () => {
    fake.applyNamespace(
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'owned', annotations: { 'linkerd.io/inject': 'enabled' } },
      },
      'aks-secure-networking',
    )
    fake.applyNamespace(
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'owned', annotations: { team: 'a' } },
      },
      'someone-else',
    )
    const cluster = await connect()
    await expect(cluster.getNamespace('owned')).resolves.toEqual({
      name: 'owned',
      labels: {},
      annotations: { 'linkerd.io/inject': 'enabled', team: 'a' },
      appliedAnnotations: ['linkerd.io/inject'],
    })
    await expect(cluster.getNamespace('absent')).resolves.toBeUndefined()
  })

  it('GIVEN the Gateway API CRD and a cordoned node WHEN read THEN the CRD annotations, node schedulability and the version come back', async () => {
    fake.addCustomResourceDefinition('httproutes.gateway.networking.k8s.io', {
      'gateway.networking.k8s.io/bundle-version': 'v1.2.1',
    })
    fake.addNode('n1', { 'kubernetes.io/os': 'linux' })
    fake.addNode('n2', undefined, undefined, true)
    fake.addNode('n3', { 'kubernetes.io/os': 'windows' }, undefined, false, {
      ready: false,
      taints: [
        { key: 'os', effect: 'NoSchedule' },
        { key: 'spot', effect: 'PreferNoSchedule' },
        { key: 'drain', effect: 'NoExecute' },
      ],
    })
    fake.applyCustomObject(
      {
        apiVersion: 'policy.linkerd.io/v1beta3',
        kind: 'Server',
        metadata: { name: 'admin', namespace: 'shop' },
        spec: { podSelector: {}, port: 'linkerd-admin' },
      },
      'servers',
    )
    const cluster = await connect()
    await expect(
      cluster.getCustomResourceDefinition('httproutes.gateway.networking.k8s.io'),
    ).resolves.toEqual({
      name: 'httproutes.gateway.networking.k8s.io',
      labels: {},
      annotations: { 'gateway.networking.k8s.io/bundle-version': 'v1.2.1' },
    })
    await expect(
      cluster.getCustomResourceDefinition('grpcroutes.gateway.networking.k8s.io'),
    ).resolves.toBeUndefined()
    await expect(cluster.listNodes()).resolves.toEqual(
      expect.arrayContaining([
        { name: 'n1', schedulable: true, ready: true, os: 'linux', blockingTaints: [] },
        { name: 'n2', schedulable: false, ready: true, os: undefined, blockingTaints: [] },
        {
          name: 'n3',
          schedulable: true,
          ready: false,
          os: 'windows',
          blockingTaints: ['os:NoSchedule', 'drain:NoExecute'],
        },
      ]),
    )
    const server = { apiVersion: 'policy.linkerd.io/v1beta3', plural: 'servers', namespace: 'shop' }
    await expect(cluster.getCustomObject({ ...server, name: 'admin' })).resolves.toMatchObject({
      kind: 'Server',
      metadata: { name: 'admin', namespace: 'shop' },
      spec: { podSelector: {}, port: 'linkerd-admin' },
    })
    await expect(cluster.getCustomObject({ ...server, name: 'other' })).resolves.toBeUndefined()
    await expect(cluster.kubernetesVersion()).resolves.toEqual({
      major: 1,
      minor: 33,
      gitVersion: 'v1.33.2',
    })
  })

  it('GIVEN a workload WHEN restarted and awaited THEN kubectl rollout restart and status run with the namespace, timeout and kubeconfig', async () => {
    const cluster = await connect()
    const web = { kind: 'Deployment', namespace: 'shop', name: 'web' } as const
    await cluster.restartWorkload(web)
    await cluster.waitForRollout(web, 90)
    expect(tools.calls().map(c => c.argv)).toEqual([
      [
        'rollout',
        'restart',
        'deployment/web',
        '--namespace',
        'shop',
        '--kubeconfig',
        kubeconfigPath,
      ],
      [
        'rollout',
        'status',
        'deployment/web',
        '--namespace',
        'shop',
        '--timeout=90s',
        '--kubeconfig',
        kubeconfigPath,
      ],
    ])
  })
})
