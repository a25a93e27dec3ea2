import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runStep } from '../../../src/hosts/run-step.js'
import { VERSION } from '../../../src/hosts/version.js'
import {
  generateIssuer,
  generateTrustAnchor,
} from '../../../src/steps/install-mesh/certificates.js'
import { verifyEncryption } from '../../../src/steps/verify-encryption/index.js'
import { keptTextCount } from '../../../src/steps/verify-encryption/prometheus-text.js'
import type { Container } from '../../../src/kube/kube-types.js'
import {
  adminScrapes,
  identity,
  inboundConnections,
  outboundConnections,
  probeRequests,
  proxyInfo,
  scrape,
} from '../../builders/proxy-metrics.js'
import { FakeKubeApi, type PodSeed } from '../../support/cluster/fake-kube-api.js'
import { linkerdInitArgs } from '../../support/cluster/simulated-linkerd.js'
import { recordingHost, type RecordingHost } from '../../support/recording-host.js'

const NOW_S = Math.floor(Date.now() / 1000)
const CERT = proxyInfo({ certExpirySeconds: NOW_S + 20 * 3600 })
const MTLS_FROM_API = { clientId: identity('api', 'shop') }
const PLAIN = { plaintext: 'no_tls_from_remote' }
const PLAIN_9000 =
  'direction="inbound",peer="src",target_addr="10.244.1.7:9000",target_ip="10.244.1.7",target_port="9000",tls="no_identity",no_tls_reason="no_tls_from_remote"'

const PROXY_SIDECAR: Container = {
  name: 'linkerd-proxy',
  restartPolicy: 'Always',
  ports: [{ name: 'linkerd-admin', containerPort: 4191 }],
}

let fake: FakeKubeApi
let tempDirectory: string

function meshedPod(
  namespace: string,
  workload: string,
  ip: string,
  extra: Partial<PodSeed> = {},
): PodSeed {
  const hash = '7d4b9c5f8'
  return {
    namespace,
    name: `${workload}-${hash}-x1`,
    podIP: ip,
    labels: { app: workload, 'pod-template-hash': hash, 'linkerd.io/control-plane-ns': 'linkerd' },
    ownerReferences: [{ kind: 'ReplicaSet', name: `${workload}-${hash}`, controller: true }],
    containers: [
      {
        name: workload,
        ports: [{ name: 'http', containerPort: 8080 }],
        livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
      },
    ],
    initContainers: [PROXY_SIDECAR],
    ...extra,
  }
}

/** web (native sidecar) serves api over mTLS; api (classic sidecar) calls web over mTLS. */
function seedShop(webMetrics: string | string[] = webTraffic()): { web: string; api: string } {
  const web = fake.addPod(meshedPod('shop', 'web', '10.244.1.7')).metadata.name
  const api = fake.addPod(
    meshedPod('shop', 'api', '10.244.1.9', {
      initContainers: [],
      containers: [
        { name: 'api', ports: [{ containerPort: 9000 }] },
        { ...PROXY_SIDECAR, restartPolicy: undefined },
      ],
    }),
  ).metadata.name
  fake.setMetrics('shop', web, webMetrics)
  fake.setMetrics(
    'shop',
    api,
    scrape(
      adminScrapes(10),
      outboundConnections(
        {
          ip: '10.244.1.7',
          port: 8080,
          namespace: 'shop',
          deployment: 'web',
          serviceAccount: 'web',
        },
        { serverId: identity('web', 'shop') },
        40,
      ),
      CERT,
    ),
  )
  return { web, api }
}

function webTraffic(...extra: string[]): string {
  return scrape(
    adminScrapes(12),
    inboundConnections('10.244.1.7', 8080, MTLS_FROM_API, 40),
    ...extra,
    CERT,
  )
}

function host(inputs: Record<string, string> = {}): RecordingHost {
  return recordingHost({ inputs: { kubeconfig: fake.kubeconfigYaml(), ...inputs }, tempDirectory })
}

function evidence(run: RecordingHost): Record<string, unknown> {
  return JSON.parse(readFileSync(run.outputValues['report-file'] ?? '', 'utf8'))
}

beforeAll(async () => {
  fake = await FakeKubeApi.start()
})

afterAll(async () => {
  await fake.close()
})

beforeEach(async () => {
  tempDirectory = await mkdtemp(join(tmpdir(), 'verify-encryption-'))
})

afterEach(async () => {
  fake.clearPods()
  fake.removeSecrets()
  fake.clearForbidden()
  fake.resetCounters()
  fake.latencyMs = 0
  await rm(tempDirectory, { recursive: true, force: true })
})

describe('verify-encryption against the fake Kubernetes API', () => {
  it('GIVEN all traffic is mutual TLS WHEN verified THEN it passes, with outputs, summary and evidence, from one pod list and one scrape per pod', async () => {
    const { web, api } = seedShop()
    fake.addPod({ namespace: 'kube-system', name: 'coredns-1', labels: {} })
    const run = host({ 'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString() })
    const result = await runStep(run, verifyEncryption)

    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(run.outputValues).toEqual({
      'report-file': join(run.workingDirectory, 'encryption-report.json'),
      verdict: 'pass',
      'encrypted-edges': '2',
      'plaintext-edges': '0',
      'unmeshed-pods': '0',
    })
    expect(run.summaries.join('')).toContain('### verify-encryption: pass')
    expect(run.summaries.join('')).toContain(
      '**Pass**: all observed service-to-service traffic is mutual TLS.',
    )
    // kube-system has no meshed pod, so it is not verified (and its unmeshed pod is no finding).
    expect(fake.requestLog.sort()).toEqual(
      [
        '/api/v1/pods?limit=500',
        `/api/v1/namespaces/shop/pods/${api}:4191/proxy/metrics`,
        `/api/v1/namespaces/shop/pods/${web}:4191/proxy/metrics`,
      ].sort(),
    )
    const report = evidence(run)
    expect(report).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'aks-secure-networking', version: VERSION },
      step: 'verify-encryption',
      verdict: 'pass',
      cluster: { kind: 'api-server', location: fake.url, context: 'fake' },
      observation: { windowSeconds: 0, namespaces: ['shop'] },
      counts: { encryptedEdges: 2, plaintextEdges: 0, scrapedPods: 2, meshedPods: 2 },
    })
    expect(report['edges']).toContainEqual(
      expect.objectContaining({
        pod: api,
        workload: 'api',
        direction: 'outbound',
        port: 8080,
        identity: identity('web', 'shop'),
        verdict: 'encrypted',
      }),
    )
    expect(keptTextCount()).toBe(0)
  })

  it('GIVEN a run with debug logs recorded WHEN verified THEN the API token appears in no evidence, summary, output, log line (debug included) or failure', async () => {
    seedShop()
    const run = host({
      'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString(),
    })
    await runStep(run, verifyEncryption)

    expect(fake.token.length).toBeGreaterThan(8)
    expect(run.logs.some(line => line.startsWith('debug: '))).toBe(true)
    const written = [
      JSON.stringify(evidence(run)),
      run.summaries.join(''),
      JSON.stringify(run.outputValues),
      run.logs.join('\n'),
      run.failures.join('\n'),
    ]
    for (const text of written) expect(text).not.toContain(fake.token)
  })

  it('GIVEN a run with warnings and an unreadable scrape WHEN verified THEN the evidence holds the warnings, the per-pod unreadable count and the sha256 of every raw scrape', async () => {
    const webText = webTraffic()
    const { web, api } = seedShop(webText)
    const apiText = scrape(adminScrapes(1), 'tcp_open_total{peer="src"} 1', CERT)
    fake.setMetrics('shop', api, apiText)
    const run = host()
    await runStep(run, verifyEncryption)

    const report = evidence(run)
    const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
    expect(report['scrapes']).toEqual([
      expect.objectContaining({
        pod: api,
        ok: false,
        sha256: [sha256(apiText)],
        unreadableLines: 1,
      }),
      expect.objectContaining({ pod: web, ok: true, sha256: [sha256(webText)] }),
    ])
    expect(report['warnings']).toContain(
      "'issuer-expires-at' is not set (and 'read-issuer-secret' is false), so the issuer certificate's expiry was not checked.",
    )
  })

  it('GIVEN one plaintext edge WHEN verified THEN it fails, and the summary and the failure name it first', async () => {
    const { web } = seedShop(webTraffic(inboundConnections('10.244.1.7', 9090, PLAIN, 3)))
    const run = host()
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(run.outputValues).toMatchObject({
      verdict: 'fail',
      'encrypted-edges': '2',
      'plaintext-edges': '1',
    })
    const summary = run.summaries.join('')
    expect(summary).toContain('**Fail**: 1 plaintext edge not allowed; see below.')
    expect(summary.indexOf('#### Traffic without mutual TLS')).toBeLessThan(
      summary.indexOf('#### Certificates'),
    )
    expect(summary).toContain(
      `| **not allowed** | shop/${web} | inbound | 9090 | a client without a mesh identity |`,
    )
    expect(run.failures).toHaveLength(1)
    expect(run.failures[0]).toContain(
      `shop/${web} inbound port 9090 from a client without a mesh identity: not mutual TLS`,
    )
    expect(evidence(run)).toMatchObject({ verdict: 'fail' })
  })

  it('GIVEN plaintext the allow list accepts, and kubelet probes WHEN verified THEN it passes and both are listed as allowed', async () => {
    seedShop(
      webTraffic(
        inboundConnections('10.244.1.7', 9090, PLAIN, 3),
        inboundConnections('10.244.1.7', 8080, PLAIN, 30),
        probeRequests('10.244.1.7', 8080, 30),
      ),
    )
    const run = host({
      'allow-plaintext':
        '- namespace: shop\n  workload: web\n  port: 9090\n  reason: Prometheus node agent scrapes',
    })
    const result = await runStep(run, verifyEncryption)

    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(run.outputValues['plaintext-edges']).toBe('2')
    const summary = run.summaries.join('')
    expect(summary).toContain(
      'allowed: allow-plaintext #1 (shop/web port 9090): Prometheus node agent scrapes',
    )
    expect(summary).toContain(
      "allowed: kubelet probes: all 30 plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths '/healthz')",
    )
  })

  it('GIVEN an unmeshed pod in a verified namespace WHEN verified THEN it fails and the pod is listed', async () => {
    seedShop()
    fake.addPod({
      namespace: 'shop',
      name: 'legacy-0',
      ownerReferences: [{ kind: 'StatefulSet', name: 'legacy', controller: true }],
    })
    const run = host()
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(run.outputValues['unmeshed-pods']).toBe('1')
    expect(run.summaries.join('')).toContain(
      '| shop/legacy-0 | StatefulSet legacy | Running | **not allowed** |',
    )
    expect(run.failures[0]).toContain('shop/legacy-0: no Linkerd proxy')
  })

  it('GIVEN a meshed pod whose annotations send ports around the proxy WHEN verified THEN the ports are unverifiable findings, an unreadable item included', async () => {
    seedShop()
    const pod = fake.addPod(
      meshedPod('shop', 'mailer', '10.244.1.11', {
        annotations: { 'config.linkerd.io/skip-outbound-ports': '25, 3306-3310,smtp' },
      }),
    ).metadata.name
    fake.setMetrics('shop', pod, scrape(adminScrapes(1), CERT))
    const run = host({
      'allow-plaintext':
        '- namespace: shop\n  workload: mailer\n  direction: outbound\n  port: 25\n  reason: SMTP relay, STARTTLS',
    })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(evidence(run)['skippedPorts']).toEqual([
      expect.objectContaining({
        pod,
        direction: 'outbound',
        ports: '25',
        allowedBy: expect.stringContaining('SMTP relay'),
      }),
      expect.objectContaining({ pod, direction: 'outbound', ports: '3306-3310', allowedBy: null }),
      expect.objectContaining({
        pod,
        direction: 'outbound',
        ports: 'smtp',
        sources: ['config.linkerd.io/skip-outbound-ports'],
        allowedBy: null,
      }),
    ])
    expect(run.summaries.join('')).toContain('#### Traffic that bypasses the proxy (unverifiable)')
  })

  it("GIVEN meshed pods whose linkerd-init ignores Linkerd's default ports and a subnet WHEN verified THEN each bypass is a finding naming linkerd-init, and entries for them let it pass", async () => {
    const linkerdInit = (...extra: string[]): Container => ({
      name: 'linkerd-init',
      args: linkerdInitArgs(...extra),
    })
    const web = fake.addPod(
      meshedPod('shop', 'web', '10.244.1.7', {
        initContainers: [linkerdInit('--subnets-to-ignore', '10.1.0.0/16'), PROXY_SIDECAR],
      }),
    ).metadata.name
    fake.setMetrics('shop', web, webTraffic())
    const first = host({
      'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString(),
    })
    expect((await runStep(first, verifyEncryption)).status).toBe('failed')
    const report = evidence(first)
    expect(
      (report['skippedPorts'] as { direction: string; ports: string; sources: string[] }[]).map(
        s => `${s.direction} ${s.ports} (${s.sources.join(', ')})`,
      ),
    ).toEqual([
      'inbound 4567 (linkerd-init --inbound-ports-to-ignore)',
      'inbound 4568 (linkerd-init --inbound-ports-to-ignore)',
      'outbound 4567 (linkerd-init --outbound-ports-to-ignore)',
      'outbound 4568 (linkerd-init --outbound-ports-to-ignore)',
    ])
    expect(report['skippedSubnets']).toEqual([
      expect.objectContaining({
        pod: web,
        subnet: '10.1.0.0/16',
        sources: ['linkerd-init --subnets-to-ignore'],
        allowedBy: null,
      }),
    ])

    const second = host({
      'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString(),
      'allow-plaintext': [
        "- namespace: '*'",
        '  port: 4567-4568',
        "  reason: Linkerd's default proxy-init ignore ports; nothing here listens on them",
        '- namespace: shop',
        '  workload: web',
        '  direction: inbound',
        '  reason: the node-local agents in 10.1.0.0/16 speak plaintext by design',
      ].join('\n'),
    })
    const result = await runStep(second, verifyEncryption)
    expect(second.failures).toEqual([])
    expect(result.status).toBe('succeeded')
  })

  it('GIVEN the pod proxy answers 403 (a Linkerd policy) WHEN verified THEN the pod is unverified with the policy fix, not counted as encrypted', async () => {
    const { web } = seedShop()
    fake.answerScrape('shop', web, { status: 403, body: 'Forbidden' })
    const run = host()
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(run.outputValues['encrypted-edges']).toBe('1')
    expect(evidence(run)['unverifiedPods']).toEqual([
      expect.objectContaining({
        pod: web,
        problem: 'forbidden-by-pod',
        fix: expect.stringContaining("Add a Server for port 'linkerd-admin'"),
      }),
    ])
  })

  const NOT_A_SCRAPE = "is not a Linkerd proxy's metrics"
  const UNREADABLE = '1 line(s) of the counters this check reads could not be read'
  it.each([
    ['an empty body', { body: '' }, 'not-a-proxy-scrape', NOT_A_SCRAPE],
    [
      'an HTML page',
      { body: '<html><body>Login required</body></html>' },
      'not-a-proxy-scrape',
      NOT_A_SCRAPE,
    ],
    [
      "another server's metrics",
      { body: 'go_goroutines 12\nprocess_start_time_seconds 1780000000\n' },
      'not-a-proxy-scrape',
      NOT_A_SCRAPE,
    ],
    [
      'a plaintext line with a space before the labels',
      { line: `tcp_open_total {${PLAIN_9000}} 5` },
      'unreadable-metrics',
      UNREADABLE,
    ],
    [
      'a plaintext line with the tls label twice, the last saying mutual TLS',
      { line: `tcp_open_total{${PLAIN_9000},tls="true",client_id="${identity('x', 'y')}"} 5` },
      'unreadable-metrics',
      UNREADABLE,
    ],
    [
      'a plaintext count of +Inf',
      { line: `tcp_open_total{${PLAIN_9000}} +Inf` },
      'unreadable-metrics',
      UNREADABLE,
    ],
    [
      'a hexadecimal plaintext count',
      { line: `tcp_open_total{${PLAIN_9000}} 0x5` },
      'unreadable-metrics',
      UNREADABLE,
    ],
    [
      'a plaintext line without direction',
      {
        line: 'tcp_open_total{peer="src",target_addr="10.244.1.7:9000",tls="no_identity",no_tls_reason="no_tls_from_remote"} 5',
      },
      'unreadable-metrics',
      UNREADABLE,
    ],
  ])(
    'GIVEN a proxy whose 200 answer has %s WHEN verified THEN the pod is unverified (%s), never counted as clean',
    async (_what, answer: { body?: string; line?: string }, problem, message) => {
      const { web } = seedShop(answer.line === undefined ? webTraffic() : webTraffic(answer.line))
      if (answer.body !== undefined)
        fake.answerScrape('shop', web, { status: 200, body: answer.body })
      const run = host()
      const result = await runStep(run, verifyEncryption)

      expect(result.status).toBe('failed')
      expect(evidence(run)['unverifiedPods']).toEqual([
        expect.objectContaining({ pod: web, problem, message: expect.stringContaining(message) }),
      ])
      expect(run.summaries.join('')).toContain('| proxies scraped | 1 of 2 meshed, running pods')
      expect(run.failures[0]).toContain(`shop/${web}: unverified: the scrape failed (${problem})`)
    },
  )

  it('GIVEN window mode WHEN the second scrape of a proxy is empty THEN that pod is unverified (scrape 2), not judged on its first scrape alone', async () => {
    const { web } = seedShop()
    // The first scrape is served normally, the second answers an empty body.
    fake.answerScrape('shop', web, { status: 200, body: '', skip: 1 })
    const run = host({ 'window-seconds': '30' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(evidence(run)['unverifiedPods']).toEqual([
      expect.objectContaining({ pod: web, problem: 'not-a-proxy-scrape' }),
    ])
    expect(evidence(run)['scrapes']).toContainEqual(
      expect.objectContaining({ pod: web, ok: false, problem: 'not-a-proxy-scrape', scrape: 2 }),
    )
  })

  it('GIVEN RBAC forbids pods/proxy WHEN verified THEN every pod is unverified with the RBAC fix', async () => {
    seedShop()
    fake.forbid(/\/proxy\//)
    const run = host()
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    const unverified = evidence(run)['unverifiedPods'] as { problem: string; fix: string }[]
    expect(unverified.map(u => u.problem)).toEqual(['forbidden-by-rbac', 'forbidden-by-rbac'])
    expect(unverified[0]?.fix).toContain('kubectl auth can-i get pods --subresource=proxy -n shop')
    expect(run.failures[0]).toContain('no proxy could be scraped')
  })

  it('GIVEN a proxy slower than scrape-timeout WHEN verified THEN that pod is unverified (timeout) and the others are judged', async () => {
    const { web } = seedShop()
    fake.answerScrape('shop', web, { delayMs: 1500 })
    const run = host({ 'scrape-timeout': '200ms' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(evidence(run)['unverifiedPods']).toEqual([
      expect.objectContaining({ pod: web, problem: 'timeout' }),
    ])
    expect(run.outputValues['encrypted-edges']).toBe('1')
  })

  it('GIVEN window mode WHEN plaintext happened only before the window THEN it scrapes twice, sleeps the window, and judges only the increase', async () => {
    const before = webTraffic(inboundConnections('10.244.1.7', 9090, PLAIN, 3))
    const after = scrape(
      adminScrapes(14),
      inboundConnections('10.244.1.7', 8080, MTLS_FROM_API, 55),
      inboundConnections('10.244.1.7', 9090, PLAIN, 3),
      CERT,
    )
    const { web } = seedShop([before, after])
    const run = host({ 'window-seconds': '30' })
    const result = await runStep(run, verifyEncryption)

    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(run.slept).toEqual([30_000])
    expect(fake.requestLog.filter(p => p.includes(`${web}:4191`))).toHaveLength(2)
    const report = evidence(run)
    expect(report['edges']).toContainEqual(
      expect.objectContaining({ pod: web, port: 8080, connections: 15, verdict: 'encrypted' }),
    )
    expect(report['edges']).not.toContainEqual(expect.objectContaining({ pod: web, port: 9090 }))
  })

  it('GIVEN window mode WHEN a proxy restarts between the scrapes THEN its new counters count whole, with no negative delta, and the restart is reported', async () => {
    const before = scrape(
      inboundConnections('10.244.1.7', 8080, MTLS_FROM_API, 900),
      proxyInfo({ startSeconds: 1000, certExpirySeconds: NOW_S + 3600 }),
    )
    const after = scrape(
      inboundConnections('10.244.1.7', 8080, MTLS_FROM_API, 5),
      inboundConnections('10.244.1.7', 9090, PLAIN, 1),
      proxyInfo({ startSeconds: 2000, certExpirySeconds: NOW_S + 80000 }),
    )
    const { web } = seedShop([before, after])
    const run = host({ 'window-seconds': '10' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    const report = evidence(run)
    expect(report['edges']).toContainEqual(
      expect.objectContaining({ pod: web, port: 8080, connections: 5, verdict: 'encrypted' }),
    )
    expect(report['edges']).toContainEqual(
      expect.objectContaining({ pod: web, port: 9090, connections: 1, verdict: 'plaintext' }),
    )
    expect(run.summaries.join('')).toContain(
      `reset their counters during the window (their counts since the restart were used; a restart's unobserved span is a warning above): shop/${web}`,
    )
    const [first, second] =
      (report['scrapes'] as { pod: string; scrapedAt: string[] }[]).find(s => s.pod === web)
        ?.scrapedAt ?? []
    expect(report['scrapes']).toContainEqual(
      expect.objectContaining({
        pod: web,
        restarted: true,
        restarts: [{ after: first, before: second, startedAt: '1970-01-01T00:33:20.000Z' }],
        resets: 0,
      }),
    )
    expect(report['findings']).toContainEqual({
      severity: 'warning',
      subject: `shop/${web}`,
      message: `its proxy restarted at 1970-01-01T00:33:20.000Z, between the scrapes at ${first} and ${second}: the traffic it carried from ${first} until the restart was not observed (its counters started again from zero). Verify again to cover that span.`,
    })
  })

  it('GIVEN a window longer than the proxies keep idle series WHEN plaintext happens early and its series expires before the end THEN the scrapes in between still see it and the run fails', async () => {
    const at = (mtls: number, plaintext?: number): string =>
      scrape(
        adminScrapes(10),
        inboundConnections('10.244.1.7', 8080, MTLS_FROM_API, mtls),
        ...(plaintext === undefined
          ? []
          : [inboundConnections('10.244.1.7', 9090, PLAIN, plaintext)]),
        CERT,
      )
    // Scrapes at 0, 5, 10 and 15 minutes: the plaintext of minute 1 is gone by minute 15.
    const { web } = seedShop([at(100), at(110, 1), at(120), at(130)])
    const run = host({ 'window-seconds': '900' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(run.slept).toEqual([300_000, 300_000, 300_000])
    expect(fake.requestLog.filter(p => p.includes(`${web}:4191`))).toHaveLength(4)
    const report = evidence(run)
    expect(report['edges']).toContainEqual(
      expect.objectContaining({ pod: web, port: 9090, connections: 1, verdict: 'plaintext' }),
    )
    expect(report['edges']).toContainEqual(
      expect.objectContaining({ pod: web, port: 8080, connections: 30, verdict: 'encrypted' }),
    )
    expect(report['scrapes']).toContainEqual(
      expect.objectContaining({ pod: web, expiredSeries: 1 }),
    )
    expect(run.summaries.join('')).toContain(
      '| measured | the traffic of a 900 s window: 4 scrapes, 300 s apart',
    )
  })

  it('GIVEN two named namespaces and a third one WHEN verified THEN each named one gets its own list call, the third is never listed or scraped, and the evidence lists what was verified', async () => {
    const { web, api } = seedShop()
    fake.addPod(meshedPod('data', 'db', '10.244.2.2'))
    fake.setMetrics('data', 'db-7d4b9c5f8-x1', scrape(adminScrapes(1), CERT))
    fake.addPod(meshedPod('other', 'svc', '10.244.3.3'))
    const run = host({ namespaces: 'shop,data' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('succeeded')
    const lists = fake.requestLog.filter(p => p.endsWith('/pods?limit=500'))
    expect(lists.sort()).toEqual([
      '/api/v1/namespaces/data/pods?limit=500',
      '/api/v1/namespaces/shop/pods?limit=500',
    ])
    expect(fake.requestLog.filter(p => p.includes('/proxy/')).sort()).toEqual(
      [
        '/api/v1/namespaces/data/pods/db-7d4b9c5f8-x1:4191/proxy/metrics',
        `/api/v1/namespaces/shop/pods/${api}:4191/proxy/metrics`,
        `/api/v1/namespaces/shop/pods/${web}:4191/proxy/metrics`,
      ].sort(),
    )
    expect(evidence(run)['observation']).toMatchObject({
      scope: 'named',
      namespaces: ['data', 'shop'],
      namespacesWithoutPods: [],
      namespacesOutOfScope: null,
    })
  })

  it('GIVEN a meshed pod that is pending and one that has finished WHEN verified THEN neither is scraped, both are listed as not running with a warning, and the run still passes', async () => {
    const { web, api } = seedShop()
    fake.addPod(meshedPod('shop', 'worker', '10.244.1.9', { phase: 'Pending', ready: false }))
    fake.addPod({
      ...meshedPod('shop', 'batch', '10.244.1.10', { phase: 'Succeeded', ready: false }),
      name: 'batch-done',
    })
    const run = host({ 'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString() })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('succeeded')
    expect(fake.requestLog.filter(p => p.includes('/proxy/')).sort()).toEqual(
      [
        `/api/v1/namespaces/shop/pods/${api}:4191/proxy/metrics`,
        `/api/v1/namespaces/shop/pods/${web}:4191/proxy/metrics`,
      ].sort(),
    )
    const summary = run.summaries.join('')
    expect(summary).toContain('#### Meshed pods not running (not scraped)')
    expect(summary).toContain('shop/worker-7d4b9c5f8-x1')
    expect(summary).toContain('shop/batch-done')
    expect(run.logs.join('\n')).toContain('meshed but Pending, so its proxy was not scraped')
    const report = evidence(run)
    expect(report['notRunningPods']).toEqual([
      { namespace: 'shop', pod: 'batch-done', phase: 'Succeeded' },
      { namespace: 'shop', pod: 'worker-7d4b9c5f8-x1', phase: 'Pending' },
    ])
    expect(report).toMatchObject({ counts: { scrapedPods: 2 } })
  })

  it('GIVEN a named namespace with no pods (a typo) WHEN verified THEN it fails naming it, and the evidence does not list it as verified', async () => {
    seedShop()
    const run = host({ namespaces: 'shop,paymnets' })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('failed')
    expect(run.failures[0]).toContain(
      "paymnets: named in 'namespaces' but has no pods, or does not exist (a typo?): nothing in it was verified.",
    )
    expect(evidence(run)['observation']).toMatchObject({
      namespaces: ['shop'],
      namespacesWithoutPods: ['paymnets'],
    })
    expect(run.summaries.join('')).toContain('| namespaces named, without pods | paymnets |')
  })

  it('GIVEN the default scope WHEN namespaces have pods but none meshed THEN they are out of scope, and the summary and the evidence say which', async () => {
    seedShop()
    fake.addPod({ namespace: 'kube-system', name: 'coredns-1', labels: {} })
    fake.addPod({ namespace: 'batch', name: 'report-1', labels: {} })
    const run = host()
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('succeeded')
    expect(evidence(run)['observation']).toMatchObject({
      scope: 'meshed-namespaces',
      namespaces: ['shop'],
      namespacesOutOfScope: ['batch', 'kube-system'],
    })
    expect(run.summaries.join('')).toContain(
      '| namespaces out of scope (pods, none meshed) | batch, kube-system |',
    )
  })

  describe('the issuer certificate', () => {
    async function issuer(validityDays: number) {
      const now = new Date()
      const anchor = await generateTrustAnchor({ now, validityMs: 3650 * 86_400_000 })
      return generateIssuer({
        now,
        validityMs: validityDays * 86_400_000,
        anchor: anchor.certificate,
        anchorKey: anchor.key,
      })
    }

    it.each([
      ['linkerd.io/tls (crt.pem)', undefined, 'crt.pem', 'key.pem'],
      ['kubernetes.io/tls (tls.crt)', 'kubernetes.io/tls', 'tls.crt', 'tls.key'],
    ])(
      'GIVEN read-issuer-secret and an issuer Secret of scheme %s WHEN verified THEN the expiry is read from the certificate and judged, and the key never leaves',
      async (_scheme, type, certKey, keyKey) => {
        seedShop()
        const { certificate, key } = await issuer(10)
        fake.addSecret(
          'linkerd',
          'linkerd-identity-issuer',
          { [certKey]: certificate.pem, [keyKey]: key.pem },
          type,
        )
        const run = host({ 'read-issuer-secret': 'true' })
        const result = await runStep(run, verifyEncryption)

        expect(result.status).toBe('failed')
        expect(fake.requestLog).toContain(
          '/api/v1/namespaces/linkerd/secrets/linkerd-identity-issuer',
        )
        const source = `Secret 'linkerd/linkerd-identity-issuer', '${certKey}'`
        expect(evidence(run)['certificates']).toMatchObject({
          issuer: {
            expiresAt: certificate.notAfter.toISOString(),
            status: 'below-minimum',
            source,
          },
        })
        expect(run.failures[0]).toContain(
          `issuer certificate: expires at ${certificate.notAfter.toISOString()} (${source}), in 9.9 day(s), fewer than 'min-validity-days' (30).`,
        )
        const everything = [
          readFileSync(run.outputValues['report-file'] ?? '', 'utf8'),
          ...run.summaries,
          ...run.logs,
          ...run.failures,
        ].join('\n')
        const keyBody = key.pem.split('\n')[1] ?? ''
        expect(keyBody.length).toBeGreaterThan(20)
        expect(everything).not.toContain(keyBody)
        expect(everything).not.toContain(Buffer.from(key.pem).toString('base64').slice(0, 40))
      },
    )

    it('GIVEN read-issuer-secret and no permission on the Secret WHEN verified THEN it fails, naming the Secret and the RBAC it needs', async () => {
      seedShop()
      fake.forbid(/\/secrets\//)
      const run = host({ 'read-issuer-secret': 'true' })
      const result = await runStep(run, verifyEncryption)

      expect(result.status).toBe('failed')
      expect(run.failures[0]).toContain(
        "issuer certificate: 'read-issuer-secret' is true, but the certificate could not be read from namespace 'linkerd': The Kubernetes API denied get secrets in namespace 'linkerd' (403 Forbidden).",
      )
      expect(run.failures[0]).toContain("Grant 'get' on that one Secret")
    })

    it('GIVEN issuer-expires-at and read-issuer-secret WHEN verified THEN the input wins, the Secret is not read, and the conflict is a warning', async () => {
      seedShop()
      const run = host({
        'read-issuer-secret': 'true',
        'issuer-expires-at': new Date(Date.now() + 200 * 86_400_000).toISOString(),
      })
      const result = await runStep(run, verifyEncryption)

      expect(result.status).toBe('succeeded')
      expect(fake.requestLog.filter(p => p.includes('/secrets/'))).toEqual([])
      expect(run.logs).toContain(
        "warn: verify-encryption: 'issuer-expires-at' is set, so 'read-issuer-secret' is ignored: the issuer Secret is not read.",
      )
      expect(evidence(run)['certificates']).toMatchObject({
        issuer: { status: 'ok', source: "input 'issuer-expires-at'" },
      })
    })

    it('GIVEN neither input WHEN verified THEN no Secret is read and the issuer is reported as not checked', async () => {
      seedShop()
      const run = host()
      await runStep(run, verifyEncryption)

      expect(fake.requestLog.filter(p => p.includes('/secrets/'))).toEqual([])
      expect(run.summaries.join('')).toContain(
        "- Issuer certificate: not checked (neither 'issuer-expires-at' nor a readable 'read-issuer-secret').",
      )
    })
  })

  it('GIVEN bad inputs WHEN run THEN every problem is reported and the cluster is never called', async () => {
    seedShop()
    const run = host({
      namespaces: 'Shop',
      'window-seconds': '-1',
      'allow-plaintext': '- namespace: shop\n  reason: x\n  ports: 80',
    })
    const result = await runStep(run, verifyEncryption)

    expect(result.status).toBe('invalid')
    expect(run.failures[0]).toContain('3 inputs are invalid')
    expect(run.failures[0]).toContain("'namespaces' = 'Shop': item 1 'Shop': not a namespace name")
    expect(run.failures[0]).toContain("'window-seconds' = '-1': must not be negative")
    expect(run.failures[0]).toContain(
      '[0].ports: unknown key; allowed keys are namespace, workload, port, direction, reason',
    )
    expect(fake.requestLog).toEqual([])
  })
})
