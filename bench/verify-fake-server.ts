/**
 * The fake Kubernetes API for bench/verify.ts, in its own process so the verifier's memory is
 * measured alone: N meshed pods in 20 namespaces, each proxy answering its own generated scrape
 * about the size of a real one (~40 KB: transport and HTTP series, latency histograms), every
 * request delayed by the latency. No two pods' scrapes are alike: each has its own addresses,
 * peer identities and destination pods, so neither the parser's shared texts nor the memory
 * figure profit from repetition a real cluster would not have. Prints {url, kubeconfig, pods} as one JSON line, then serves until
 * its stdin closes.
 *   tsx bench/verify-fake-server.ts <pods> <latency-ms> <dir>
 */
import { FakeKubeApi } from '../test/support/cluster/fake-kube-api.js'
import {
  adminScrapes,
  identity,
  inboundConnections,
  inboundRequests,
  outboundConnections,
  probeRequests,
  proxyInfo,
  scrape,
} from '../test/builders/proxy-metrics.js'

const [podsArg = '2000', latencyArg = '20', dir = '.'] = process.argv.slice(2)
const podCount = Number(podsArg)
const NAMESPACES = 20
const now = Math.floor(Date.now() / 1000)

/** Latency histogram lines like the proxy's `response_latency_ms_bucket`, to reach a real size. */
function histogram(direction: string, ip: string, port: number, tls: string): string {
  const bounds = [
    1,
    2,
    3,
    4,
    5,
    10,
    20,
    30,
    40,
    50,
    100,
    200,
    300,
    400,
    500,
    1000,
    2000,
    3000,
    4000,
    5000,
    10000,
    20000,
    30000,
    40000,
    50000,
    '+Inf',
  ]
  return bounds
    .map(
      (le, i) =>
        `response_latency_ms_bucket{direction="${direction}",target_addr="${ip}:${port}",target_ip="${ip}",target_port="${port}",tls="${tls}",srv_kind="default",srv_name="all-unauthenticated",status_code="200",le="${le}"} ${i * 7}`,
    )
    .join('\n')
}

/** An address of its own for pod `i`, slot `k` (10.x.y.z, unique for i < 65,536). */
function address(i: number, k: number): string {
  return `10.${(i >> 8) & 255}.${i & 255}.${10 + k}`
}

/** Pod `i`'s proxy scrape: mutual TLS in and out, kubelet probes, admin scrapes, all its own. */
function podScrape(i: number): string {
  const ip = address(i, 0)
  const ns = `team-${i % NAMESPACES}`
  const parts = [
    adminScrapes(100 + (i % 97)),
    probeRequests(ip, 8080, 50),
    inboundConnections(ip, 8080, { plaintext: 'no_tls_from_remote' }, 50),
  ]
  for (let peer = 0; peer < 4; peer++) {
    parts.push(
      inboundConnections(ip, 8080, { clientId: identity(`client-${i}-${peer}`, ns) }, 1000 + peer),
    )
    parts.push(
      inboundRequests(ip, 8080, { clientId: identity(`client-${i}-${peer}`, ns) }, 5000 + peer),
    )
    parts.push(
      outboundConnections(
        {
          ip: address(i, 1 + peer),
          port: 9000 + peer,
          namespace: ns,
          deployment: `backend-${i}-${peer}`,
          serviceAccount: `backend-${i}-${peer}`,
          pod: `backend-${i}-${peer}-5d9f-x${peer}`,
        },
        { serverId: identity(`backend-${i}-${peer}`, ns) },
        200 + peer,
      ),
    )
    parts.push(
      histogram('inbound', ip, 8080, 'true'),
      histogram('outbound', address(i, 1 + peer), 9000 + peer, 'true'),
    )
  }
  parts.push(proxyInfo({ certExpirySeconds: now + 20 * 3600 }))
  return scrape(...parts)
}

const SERVER_VERSION = 'v1.33.2'
const fake = await FakeKubeApi.start({ latencyMs: Number(latencyArg), gitVersion: SERVER_VERSION })
let scrapeBytes = 0
for (let i = 0; i < podCount; i++) {
  const namespace = `team-${i % NAMESPACES}`
  const name = `app-${String(i).padStart(5, '0')}`
  fake.addPod({
    namespace,
    name,
    labels: { app: 'app', 'pod-template-hash': '5d9f' },
    ownerReferences: [{ kind: 'ReplicaSet', name: `app-${i % 50}-5d9f`, controller: true }],
    containers: [
      {
        name: 'app',
        ports: [{ name: 'http', containerPort: 8080 }],
        livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
      },
    ],
    initContainers: [{ name: 'linkerd-proxy', restartPolicy: 'Always' }],
  })
  const text = podScrape(i)
  scrapeBytes += text.length
  fake.setMetrics(namespace, name, text)
}
const kubeconfig = await fake.writeKubeconfig(dir)
process.stdout.write(
  `${JSON.stringify({ url: fake.url, kubeconfig, pods: podCount, scrapeBytes: Math.round(scrapeBytes / Math.max(podCount, 1)), uniqueScrapes: podCount, serverVersion: SERVER_VERSION })}\n`,
)
process.stdin.resume()
process.stdin.on('end', () => {
  void fake.close().then(() => process.exit(0))
})
