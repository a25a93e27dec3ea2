/**
 * The fake Kubernetes API for bench/verify.ts, in its own process so the verifier's memory is
 * measured alone: N meshed pods in 20 namespaces, each proxy answering a generated scrape about
 * the size of a real one (~40 KB: transport and HTTP series, latency histograms), every request
 * delayed by the latency. Prints {url, kubeconfig, pods} as one JSON line, then serves until
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
const VARIANTS = 25
const now = Math.floor(Date.now() / 1000)

/** Latency histogram lines like the proxy's `response_latency_ms_bucket`, to reach a real size. */
function histogram(direction: string, port: number, tls: string): string {
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
        `response_latency_ms_bucket{direction="${direction}",target_addr="10.244.0.1:${port}",target_ip="10.244.0.1",target_port="${port}",tls="${tls}",srv_kind="default",srv_name="all-unauthenticated",status_code="200",le="${le}"} ${i * 7}`,
    )
    .join('\n')
}

/** One generated proxy scrape: mutual TLS in and out, kubelet probes, admin scrapes. */
function variant(v: number): string {
  const ip = `10.244.${v}.10`
  const ns = `team-${v % NAMESPACES}`
  const parts = [
    adminScrapes(100 + v),
    probeRequests(ip, 8080, 50),
    inboundConnections(ip, 8080, { plaintext: 'no_tls_from_remote' }, 50),
  ]
  for (let peer = 0; peer < 4; peer++) {
    parts.push(
      inboundConnections(ip, 8080, { clientId: identity(`client-${peer}`, ns) }, 1000 + peer),
    )
    parts.push(inboundRequests(ip, 8080, { clientId: identity(`client-${peer}`, ns) }, 5000 + peer))
    parts.push(
      outboundConnections(
        {
          ip: `10.244.${peer}.20`,
          port: 9000 + peer,
          namespace: ns,
          deployment: `backend-${peer}`,
          serviceAccount: `backend-${peer}`,
        },
        { serverId: identity(`backend-${peer}`, ns) },
        200 + peer,
      ),
    )
    parts.push(histogram('inbound', 8080, 'true'), histogram('outbound', 9000 + peer, 'true'))
  }
  parts.push(proxyInfo({ certExpirySeconds: now + 20 * 3600 }))
  return scrape(...parts)
}

const fake = await FakeKubeApi.start({ latencyMs: Number(latencyArg) })
const variants = Array.from({ length: VARIANTS }, (_, v) => variant(v))
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
  fake.setMetrics(namespace, name, variants[i % VARIANTS] ?? '')
}
const kubeconfig = await fake.writeKubeconfig(dir)
process.stdout.write(
  `${JSON.stringify({ url: fake.url, kubeconfig, pods: podCount, scrapeBytes: variants[0]?.length ?? 0 })}\n`,
)
process.stdin.resume()
process.stdin.on('end', () => {
  void fake.close().then(() => process.exit(0))
})
