import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadStructuredParser } from '../../../../src/core/inputs/structured.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import { judgeVerifyEncryption } from '../../../../src/steps/verify-encryption/judge.js'
import { verifyEncryptionManifest } from '../../../../src/steps/verify-encryption/manifest.js'
import type {
  PodScrape,
  VerifyEncryptionState,
} from '../../../../src/steps/verify-encryption/observe.js'
import type { PodInfo } from '../../../../src/steps/verify-encryption/pods.js'
import { readProxySnapshot } from '../../../../src/steps/verify-encryption/proxy-metrics.js'
import { parseVerifyEncryptionSpec } from '../../../../src/steps/verify-encryption/spec.js'
import {
  adminScrapes,
  identity,
  inboundConnections,
  inboundRefused,
  inboundRequests,
  probeRequests,
  proxyInfo,
  scrape,
} from '../../../builders/proxy-metrics.js'
import { linkerdFixture, podInfo } from './fixtures.js'

const NOW = '2026-12-01T12:00:00.000Z'
const NOW_S = Date.parse(NOW) / 1000
const IP = '10.244.1.7'
const MTLS = { clientId: identity('api', 'shop') }
const PLAIN = { plaintext: 'no_tls_from_remote' }
const HEALTHY = proxyInfo({ certExpirySeconds: NOW_S + 20 * 3600 })

beforeAll(async () => {
  await loadStructuredParser()
})

function specOf(inputs: Record<string, string> = {}) {
  return parseVerifyEncryptionSpec(
    new SpecReader(verifyEncryptionManifest, { get: id => inputs[id] }, 'github'),
  )
}

function scraped(pod: PodInfo, text: string): PodScrape {
  return {
    pod,
    scrapedAt: [NOW],
    sha256: [null],
    outcome: {
      ok: true,
      snapshot: readProxySnapshot(text),
      restarts: [],
      resets: 0,
      expiredSeries: 0,
    },
  }
}

function stateOf(scrapes: PodScrape[], extraPods: PodInfo[] = []): VerifyEncryptionState {
  return {
    source: { kind: 'api-server', location: 'https://aks.example:443', context: 'aks' },
    scope: 'named',
    namespaces: ['shop'],
    emptyNamespaces: [],
    outOfScopeNamespaces: undefined,
    pods: [...scrapes.map(s => s.pod), ...extraPods],
    scrapes,
    startedAt: NOW,
    finishedAt: NOW,
  }
}

const web = podInfo()
const encryptedWeb = scraped(
  web,
  scrape(adminScrapes(3), inboundConnections(IP, 8080, MTLS, 40), HEALTHY),
)

function errors(judgement: ReturnType<typeof judgeVerifyEncryption>) {
  return judgement.findings.filter(f => f.severity === 'error')
}

describe('judgeVerifyEncryption: traffic', () => {
  it('GIVEN only mutual TLS WHEN judged THEN it passes with no error', () => {
    const judgement = judgeVerifyEncryption(
      specOf({ 'issuer-expires-at': '2027-06-01T00:00:00Z' }),
      stateOf([encryptedWeb]),
    )
    expect(errors(judgement)).toEqual([])
    expect(judgement.passed).toBe(true)
    expect(judgement.edges.map(e => e.verdict)).toEqual(['excluded', 'encrypted'])
  })

  it('GIVEN one plaintext edge WHEN judged THEN it fails and the finding names the pod, the port and the reason', () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      inboundConnections(IP, 9000, PLAIN, 2),
      HEALTHY,
    )
    const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(web, text)]))
    expect(judgement.passed).toBe(false)
    expect(errors(judgement)).toEqual([
      {
        severity: 'error',
        subject: 'shop/web-7d4b9c-abcde inbound port 9000 from a client without a mesh identity',
        message:
          "not mutual TLS (tls=no_identity): the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer). Mesh the peer, or list it in 'allow-plaintext' with the reason it is accepted.",
      },
    ])
  })

  it('GIVEN plaintext an allow-list entry covers WHEN judged THEN it passes and the edge is listed as allowed with the entry', () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      inboundConnections(IP, 9000, PLAIN, 2),
      HEALTHY,
    )
    const spec = specOf({
      'allow-plaintext':
        '- namespace: shop\n  workload: web\n  port: 9000-9001\n  direction: inbound\n  reason: node exporter scrapes',
    })
    const judgement = judgeVerifyEncryption(spec, stateOf([scraped(web, text)]))
    expect(judgement.passed).toBe(true)
    expect(judgement.edges.find(e => e.port === 9000)).toMatchObject({
      verdict: 'allowed',
      allowedBy: 'allow-plaintext #1 (shop/web inbound port 9000-9001): node exporter scrapes',
    })
  })

  it.each([
    ['another workload', '- namespace: shop\n  workload: api\n  reason: x'],
    ['another port', '- namespace: shop\n  port: 9001\n  reason: x'],
    ['the other direction', '- namespace: shop\n  direction: outbound\n  reason: x'],
    ['another namespace', '- namespace: data\n  reason: x'],
    [
      'the namespace without port or direction (an entry for unmeshed pods)',
      '- namespace: shop\n  reason: legacy mailer not meshed',
    ],
    [
      'the workload without port or direction (an entry for an unmeshed workload)',
      '- namespace: shop\n  workload: web\n  reason: not meshed until Q3',
    ],
  ])(
    'GIVEN an allow-list entry for %s WHEN judged THEN the plaintext edge still fails',
    (_what, allow) => {
      const text = scrape(
        inboundConnections(IP, 8080, MTLS, 40),
        inboundConnections(IP, 9000, PLAIN, 2),
        HEALTHY,
      )
      const judgement = judgeVerifyEncryption(
        specOf({ 'allow-plaintext': allow }),
        stateOf([scraped(web, text)]),
      )
      expect(judgement.passed).toBe(false)
      expect(judgement.edges.find(e => e.port === 9000)?.verdict).toBe('plaintext')
    },
  )
})

describe('judgeVerifyEncryption: kubelet probes', () => {
  const probed = podInfo({ probePaths: new Map([[8080, ['/healthz', '/ready']]]) })

  it("GIVEN plaintext on a probed port whose requests all hit the synthesized 'probe' route WHEN judged THEN the edge is allowed as kubelet probes, and listed", () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      inboundConnections(IP, 8080, PLAIN, 30),
      probeRequests(IP, 8080, 30),
      inboundRequests(IP, 8080, MTLS, 400),
      HEALTHY,
    )
    const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(probed, text)]))
    expect(judgement.passed).toBe(true)
    expect(judgement.edges.find(e => e.tls === 'no_identity')).toMatchObject({
      verdict: 'allowed',
      allowedBy:
        "kubelet probes: all 30 plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths '/healthz', '/ready'), on no more connections, none refused",
    })
  })

  it.each([
    [
      'a probe path of /',
      podInfo({ probePaths: new Map([[8080, ['/']]]) }),
      [probeRequests(IP, 8080, 30)],
      "a probe path is '/', the application's own main route",
    ],
    [
      'plaintext requests on other routes too',
      probed,
      [probeRequests(IP, 8080, 30), inboundRequests(IP, 8080, PLAIN, 3)],
      "3 of 33 plaintext request(s) went to other routes than the synthesized 'probe' route",
    ],
    [
      'plaintext TCP (not HTTP) connections',
      probed,
      [
        probeRequests(IP, 8080, 30),
        `inbound_tcp_authz_allow_total{target_addr="${IP}:8080",target_ip="${IP}",target_port="8080",srv_kind="default",srv_name="all-unauthenticated",authz_kind="default",authz_name="all-unauthenticated",tls="no_identity",no_tls_reason="no_tls_from_remote"} 2`,
      ],
      '2 plaintext connection(s) on it were not HTTP',
    ],
    [
      'more plaintext connections than probe requests',
      probed,
      [probeRequests(IP, 8080, 3)],
      "30 plaintext connection(s) on this port but only 3 request(s) on the 'probe' route",
    ],
    ...(
      [
        ['denied plaintext requests', 'inbound_http_authz_deny_total', 4000],
        ['plaintext requests that matched no route', 'inbound_http_route_not_found_total', 5],
        ['denied plaintext TCP connections', 'inbound_tcp_authz_deny_total', 2],
        ['plaintext TCP connections terminated by policy', 'inbound_tcp_authz_terminate_total', 1],
      ] as const
    ).map(([what, counter, count]): [string, PodInfo, string[], string] => [
      what,
      probed,
      [probeRequests(IP, 8080, 30), inboundRefused(counter, IP, 8080, PLAIN, count)],
      `${count} plaintext request(s) or connection(s) on it were refused (${counter})`,
    ]),
    [
      'authorizations without route labels (an old proxy)',
      probed,
      [
        `inbound_http_authz_allow_total{target_addr="${IP}:8080",target_ip="${IP}",target_port="8080",srv_name="default:all-unauthenticated",saz_name="default:all-unauthenticated",tls="no_identity",no_tls_reason="no_tls_from_remote"} 30`,
      ],
      'the proxy does not label its authorizations with routes',
    ],
  ])(
    'GIVEN %s WHEN judged THEN the plaintext is not excused and the reason says why',
    (_what, pod, series, hint) => {
      const text = scrape(
        inboundConnections(IP, 8080, MTLS, 40),
        inboundConnections(IP, 8080, PLAIN, 30),
        ...series,
        HEALTHY,
      )
      const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(pod, text)]))
      expect(judgement.passed).toBe(false)
      const edge = judgement.edges.find(e => e.tls === 'no_identity' && e.verdict !== 'excluded')
      expect(edge?.verdict).toBe('plaintext')
      expect(edge?.reason).toContain(hint)
    },
  )

  it('GIVEN refused mutual-TLS requests and fewer plaintext connections than probe requests WHEN judged THEN the probes are still excused', () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      inboundConnections(IP, 8080, PLAIN, 28),
      probeRequests(IP, 8080, 30),
      inboundRefused('inbound_http_authz_deny_total', IP, 8080, MTLS, 7),
      HEALTHY,
    )
    const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(probed, text)]))
    expect(judgement.edges.find(e => e.tls === 'no_identity')?.verdict).toBe('allowed')
  })

  it('GIVEN probe-route requests on a port the pod spec does not probe WHEN judged THEN nothing is excused', () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      inboundConnections(IP, 9000, PLAIN, 30),
      probeRequests(IP, 9000, 30),
      HEALTHY,
    )
    const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(probed, text)]))
    expect(judgement.edges.find(e => e.port === 9000)?.verdict).toBe('plaintext')
  })
})

describe('judgeVerifyEncryption: pods', () => {
  const failedApi: PodScrape = {
    pod: podInfo({ name: 'api-5f6d7-xyz12', workload: 'api' }),
    scrapedAt: [NOW],
    sha256: [null],
    outcome: {
      ok: false,
      problem: 'forbidden-by-pod',
      message: 'The pod itself refused get pods/proxy',
      scrape: 1,
      unreadableLines: 0,
    },
  }

  it('GIVEN a pod whose scrape got 403 from its proxy WHEN judged THEN it is unverified with the policy fix, never encrypted, and the run fails', () => {
    const judgement = judgeVerifyEncryption(specOf(), stateOf([encryptedWeb, failedApi]))
    expect(judgement.passed).toBe(false)
    expect(judgement.unverified).toEqual([
      expect.objectContaining({
        problem: 'forbidden-by-pod',
        fix: expect.stringContaining("Add a Server for port 'linkerd-admin'"),
      }),
    ])
    expect(judgement.edges.filter(e => e.pod === 'api-5f6d7-xyz12')).toEqual([])
    expect(errors(judgement).map(f => f.subject)).toEqual(['shop/api-5f6d7-xyz12'])
  })

  it('GIVEN a namespace-wide allow entry WHEN a pod is unverified THEN the entry does not excuse it; one naming the workload does', () => {
    const wide = judgeVerifyEncryption(
      specOf({ 'allow-plaintext': '- namespace: shop\n  reason: legacy' }),
      stateOf([encryptedWeb, failedApi]),
    )
    expect(wide.passed).toBe(false)
    const named = judgeVerifyEncryption(
      specOf({
        'allow-plaintext':
          '- namespace: shop\n  workload: api\n  reason: scraped by a separate audit',
      }),
      stateOf([encryptedWeb, failedApi]),
    )
    expect(named.passed).toBe(true)
    expect(named.unverified[0]?.allowedBy).toBe(
      'allow-plaintext #1 (shop/api): scraped by a separate audit',
    )
  })

  it('GIVEN an RBAC 403 WHEN judged THEN the fix names pods/proxy get and the can-i check', () => {
    const judgement = judgeVerifyEncryption(
      specOf(),
      stateOf([
        encryptedWeb,
        {
          ...failedApi,
          outcome: { ...failedApi.outcome, problem: 'forbidden-by-rbac' } as PodScrape['outcome'],
        },
      ]),
    )
    expect(judgement.unverified[0]?.fix).toBe(
      "Grant the identity 'get' on 'pods/proxy' (apiGroups [''], a Role and RoleBinding in namespace 'shop'); the built-in 'view' role lacks it. Check with 'kubectl auth can-i get pods --subresource=proxy -n shop'.",
    )
  })

  const legacy = podInfo({
    name: 'legacy-0',
    workload: 'legacy',
    workloadKind: 'StatefulSet',
    proxy: undefined,
  })

  it.each([
    ['true', false, 'error'],
    ['false', true, 'warning'],
  ])(
    'GIVEN an unmeshed running pod and require-meshed %s WHEN judged THEN passed=%s with a %s finding',
    (requireMeshed, passed, severity) => {
      const judgement = judgeVerifyEncryption(
        specOf({ 'require-meshed': requireMeshed }),
        stateOf([encryptedWeb], [legacy]),
      )
      expect(judgement.passed).toBe(passed)
      expect(judgement.unmeshed.map(u => u.pod.name)).toEqual(['legacy-0'])
      expect(judgement.findings).toContainEqual(
        expect.objectContaining({ severity, subject: 'shop/legacy-0' }),
      )
    },
  )

  it('GIVEN an unmeshed pod a namespace entry allows, and a finished unmeshed job pod WHEN judged THEN it passes and only the running pod is listed', () => {
    const done = podInfo({
      name: 'migrate-abc',
      workload: 'migrate',
      proxy: undefined,
      phase: 'Succeeded',
    })
    const judgement = judgeVerifyEncryption(
      specOf({ 'allow-plaintext': '- namespace: shop\n  reason: meshed next quarter' }),
      stateOf([encryptedWeb], [legacy, done]),
    )
    expect(judgement.passed).toBe(true)
    expect(judgement.unmeshed).toEqual([
      { pod: legacy, allowedBy: 'allow-plaintext #1 (shop): meshed next quarter' },
    ])
  })

  it('GIVEN an allow entry with a port WHEN a pod is unmeshed THEN it does not excuse the whole pod', () => {
    const judgement = judgeVerifyEncryption(
      specOf({
        'allow-plaintext': '- namespace: shop\n  workload: legacy\n  port: 80\n  reason: x',
      }),
      stateOf([encryptedWeb], [legacy]),
    )
    expect(judgement.passed).toBe(false)
  })

  it('GIVEN a meshed pod that is pending WHEN judged THEN it is reported as not scraped, without failing', () => {
    const pending = podInfo({ name: 'web-pending', phase: 'Pending' })
    const judgement = judgeVerifyEncryption(
      specOf({ 'issuer-expires-at': '2027-06-01T00:00:00Z' }),
      stateOf([encryptedWeb], [pending]),
    )
    expect(judgement.passed).toBe(true)
    expect(judgement.notRunning).toEqual([pending])
    expect(judgement.warnings).toContain(
      'shop/web-pending: meshed but Pending, so its proxy was not scraped; its traffic (if any) is not in this verification.',
    )
  })

  it('GIVEN an entry without port or direction WHEN a meshed pod skips a port THEN the entry does not excuse the skipped port', () => {
    const skipping = podInfo({
      name: 'mailer-1',
      workload: 'mailer',
      skipped: [
        {
          direction: 'outbound',
          ports: '25',
          range: { from: 25, to: 25 },
          sources: ['config.linkerd.io/skip-outbound-ports'],
        },
      ],
    })
    const judgement = judgeVerifyEncryption(
      specOf({ 'allow-plaintext': '- namespace: shop\n  workload: mailer\n  reason: legacy' }),
      stateOf([encryptedWeb, scraped(skipping, scrape(inboundConnections(IP, 8080, MTLS, 1)))]),
    )
    expect(judgement.passed).toBe(false)
    expect(judgement.skipped).toEqual([
      {
        pod: skipping,
        direction: 'outbound',
        ports: '25',
        sources: ['config.linkerd.io/skip-outbound-ports'],
      },
    ])
  })

  it('GIVEN skip-port annotations WHEN judged THEN the skipped ports fail as unverifiable unless an entry covers the whole range', () => {
    const skipping = podInfo({
      skipped: [
        {
          direction: 'outbound',
          ports: '25',
          range: { from: 25, to: 25 },
          sources: ['config.linkerd.io/skip-outbound-ports'],
        },
        {
          direction: 'outbound',
          ports: '3306-3310',
          range: { from: 3306, to: 3310 },
          sources: [
            'config.linkerd.io/skip-outbound-ports',
            'linkerd-init --outbound-ports-to-ignore',
          ],
        },
      ],
    })
    const state = stateOf([
      scraped(skipping, scrape(inboundConnections(IP, 8080, MTLS, 1), HEALTHY)),
    ])
    const judgement = judgeVerifyEncryption(
      specOf({
        'allow-plaintext':
          '- namespace: shop\n  direction: outbound\n  port: 3306-3309\n  reason: x\n- namespace: shop\n  port: 25\n  reason: SMTP relay with STARTTLS',
      }),
      state,
    )
    expect(judgement.skipped.map(s => [s.ports, s.allowedBy !== undefined])).toEqual([
      ['25', true],
      ['3306-3310', false],
    ])
    expect(errors(judgement).map(f => f.message)).toEqual([
      expect.stringContaining(
        "outbound port(s) 3306-3310 skip the proxy ('config.linkerd.io/skip-outbound-ports' and 'linkerd-init --outbound-ports-to-ignore')",
      ),
    ])
  })

  it.each([
    ['no entry', false, undefined],
    [
      'an entry for the workload with a port',
      false,
      '- namespace: shop\n  workload: web\n  port: 8080\n  reason: x',
    ],
    [
      'an entry for the workload without port or direction',
      false,
      '- namespace: shop\n  workload: web\n  reason: x',
    ],
    [
      'an entry for the workload, inbound on every port',
      true,
      '- namespace: shop\n  workload: web\n  direction: inbound\n  reason: node-local agents',
    ],
  ])(
    'GIVEN a subnet whose inbound traffic skips the proxy and %s WHEN judged THEN passed=%s',
    (_what, passed, allow) => {
      const skipping = podInfo({
        skippedSubnets: [{ subnet: '10.1.0.0/16', sources: ['config.linkerd.io/skip-subnets'] }],
      })
      const judgement = judgeVerifyEncryption(
        specOf({
          'issuer-expires-at': '2027-06-01T00:00:00Z',
          ...(allow === undefined ? {} : { 'allow-plaintext': allow }),
        }),
        stateOf([scraped(skipping, scrape(inboundConnections(IP, 8080, MTLS, 1), HEALTHY))]),
      )
      expect(judgement.passed).toBe(passed)
      expect(judgement.skippedSubnets.map(s => [s.subnet, s.allowedBy !== undefined])).toEqual([
        ['10.1.0.0/16', passed],
      ])
      const finding =
        "inbound traffic from 10.1.0.0/16 skips the proxy on every port ('config.linkerd.io/skip-subnets'): it is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the subnet, or list the workload in 'allow-plaintext' with 'direction: inbound' (every port) and the reason."
      expect(errors(judgement).map(f => f.message)).toEqual(passed ? [] : [finding])
    },
  )
})

describe('judgeVerifyEncryption: nothing proven', () => {
  it.each([
    [
      'no meshed pod',
      stateOf([], [podInfo({ proxy: undefined })]),
      'no meshed pod in namespace(s) shop',
    ],
    [
      'no proxy answered',
      stateOf([
        {
          pod: web,
          scrapedAt: [NOW],
          sha256: [null],
          outcome: { ok: false, problem: 'timeout', message: 't', scrape: 1, unreadableLines: 0 },
        },
      ]),
      'no proxy could be scraped',
    ],
    [
      'traffic but none of it mutual TLS, all allowed',
      stateOf([scraped(web, scrape(inboundConnections(IP, 9000, PLAIN, 2), HEALTHY))]),
      'no mutual-TLS traffic was observed',
    ],
    [
      'only the admin scrapes',
      stateOf([scraped(web, scrape(adminScrapes(5), HEALTHY))]),
      'no mutual-TLS traffic was observed',
    ],
  ])(
    'GIVEN %s WHEN judged THEN it fails: a run that verified nothing does not pass',
    (_what, state, message) => {
      const judgement = judgeVerifyEncryption(
        specOf({
          'allow-plaintext':
            '- namespace: shop\n  workload: web\n  reason: x\n- namespace: shop\n  workload: web\n  direction: inbound\n  reason: x',
          'require-meshed': 'false',
        }),
        state,
      )
      expect(judgement.passed).toBe(false)
      expect(errors(judgement).map(f => f.message)).toContainEqual(expect.stringContaining(message))
    },
  )
})

describe('judgeVerifyEncryption: certificates', () => {
  it('GIVEN a proxy certificate that had expired when scraped WHEN judged THEN it fails for that pod', () => {
    const text = scrape(
      inboundConnections(IP, 8080, MTLS, 40),
      proxyInfo({ certExpirySeconds: NOW_S - 60 }),
    )
    const judgement = judgeVerifyEncryption(specOf(), stateOf([scraped(web, text)]))
    expect(judgement.passed).toBe(false)
    expect(judgement.proxyCertificates).toEqual([
      {
        namespace: 'shop',
        pod: web.name,
        metric: 'control_identity_cert_expiration_timestamp_seconds',
        expiresAt: '2026-12-01T11:59:00.000Z',
        expired: true,
      },
    ])
  })

  it('GIVEN the 2022 fixture with its old metric name WHEN judged at a later time THEN the suffix still finds it (and it has expired)', () => {
    const judgement = judgeVerifyEncryption(
      specOf(),
      stateOf([scraped(web, linkerdFixture('sampleMetrics.txt'))]),
    )
    expect(judgement.proxyCertificates[0]).toMatchObject({
      metric: 'identity_cert_expiration_timestamp_seconds',
      expiresAt: '2022-04-27T09:59:03.000Z',
      expired: true,
    })
  })

  it.each([
    ['2027-06-01T00:00:00Z', '30', 'ok', true],
    ['2026-12-20T12:00:00Z', '30', 'below-minimum', false],
    ['2026-12-20T12:00:00Z', '1', 'ok', true],
    ['2026-11-30T00:00:00Z', '0', 'expired', false],
  ])(
    'GIVEN the issuer expires %s and min-validity-days %s WHEN judged THEN it is %s (passed=%s)',
    (expiresAt, days, status, passed) => {
      const judgement = judgeVerifyEncryption(
        specOf({ 'issuer-expires-at': expiresAt, 'min-validity-days': days }),
        stateOf([encryptedWeb]),
      )
      expect(judgement.issuer?.status).toBe(status)
      expect(judgement.passed).toBe(passed)
    },
  )

  it('GIVEN no issuer-expires-at and a proxy without the metric WHEN judged THEN both are warnings, not failures', () => {
    const judgement = judgeVerifyEncryption(
      specOf(),
      stateOf([scraped(web, scrape(inboundConnections(IP, 8080, MTLS, 40), proxyInfo()))]),
    )
    expect(judgement.passed).toBe(true)
    expect(judgement.warnings).toEqual([
      "shop/web-7d4b9c-abcde: its proxy exposes no identity certificate expiry (a metric ending in 'cert_expiration_timestamp_seconds'), so its certificate was not checked.",
      "'issuer-expires-at' is not set (and 'read-issuer-secret' is false), so the issuer certificate's expiry was not checked.",
    ])
  })
})
