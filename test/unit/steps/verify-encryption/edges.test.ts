import { describe, expect, it } from '@jest/globals'
import {
  compareEdges,
  edgesOf,
  probeEvidence,
} from '../../../../src/steps/verify-encryption/edges.js'
import { readProxySnapshot } from '../../../../src/steps/verify-encryption/proxy-metrics.js'
import {
  adminScrapes,
  identity,
  inboundConnections,
  inboundRefused,
  inboundRequests,
  outboundConnections,
  probeRequests,
  proxyInfo,
  scrape,
} from '../../../builders/proxy-metrics.js'
import { linkerdFixture, podInfo } from './fixtures.js'

const POD_IP = '10.244.1.7'
const PLAIN = { plaintext: 'no_tls_from_remote' }
const MTLS = { clientId: identity('api', 'shop') }
const pod = podInfo()

function edges(text: string) {
  return edgesOf(pod, readProxySnapshot(text)).map(e => ({
    direction: e.direction,
    port: e.port,
    peer: e.peer,
    tls: e.tls,
    identity: e.identity,
    verdict: e.verdict,
    connections: e.connections,
    requests: e.requests,
  }))
}

describe('edges from the real proxy scrapes (../shared/fixtures/linkerd)', () => {
  it('GIVEN sampleMetrics.txt (2022 proxy) WHEN read THEN one mutual-TLS outbound edge with its server identity, and the admin scrapes and loopback leg excluded', () => {
    const snapshot = readProxySnapshot(linkerdFixture('sampleMetrics.txt'))
    expect(snapshot.processStartSeconds).toBe(1650967123)
    expect(snapshot.certExpiry).toEqual({
      metric: 'identity_cert_expiration_timestamp_seconds',
      seconds: 1651053543,
    })
    expect(snapshot.proxyVersion).toBe('279b301')
    expect(edges(linkerdFixture('sampleMetrics.txt'))).toEqual([
      {
        direction: 'inbound',
        port: 4191,
        peer: 'a client without a mesh identity',
        tls: 'no_identity',
        identity: undefined,
        verdict: 'excluded',
        connections: 30,
        requests: 30,
      },
      {
        direction: 'outbound',
        port: 8080,
        peer: '10.42.0.122:8080',
        tls: 'no_identity',
        identity: undefined,
        verdict: 'excluded',
        connections: 1,
        requests: 0,
      },
      {
        direction: 'outbound',
        port: 8080,
        peer: `linkerd-opaque-ports-test/deployment/opaque-pod (server ${identity('default', 'linkerd-opaque-ports-test')})`,
        tls: 'true',
        identity: identity('default', 'linkerd-opaque-ports-test'),
        verdict: 'encrypted',
        connections: 1,
        requests: 0,
      },
    ])
  })

  it('GIVEN obfuscate-diagnostics-proxy-metrics.input (2021, authorizations only) WHEN read THEN the inbound edges come from the HTTP authorizations: plaintext on 8080 and 8090, mutual TLS on 8090', () => {
    const text = linkerdFixture('obfuscate-diagnostics-proxy-metrics.input')
    expect(edges(text)).toEqual([
      expect.objectContaining({ port: 4191, verdict: 'excluded', requests: 1319 }),
      expect.objectContaining({
        port: 8080,
        tls: 'no_identity',
        verdict: 'plaintext',
        requests: 7,
      }),
      expect.objectContaining({
        port: 8090,
        tls: 'no_identity',
        verdict: 'plaintext',
        requests: 1,
      }),
      expect.objectContaining({
        port: 8090,
        tls: 'true',
        identity: identity('default', 'default'),
        verdict: 'encrypted',
        requests: 3147,
        connections: 0,
      }),
    ])
    const reasons = edgesOf(pod, readProxySnapshot(text)).filter(e => e.verdict === 'plaintext')
    expect(reasons.map(e => e.reason)).toEqual([
      'the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer)',
      'the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer)',
    ])
  })
})

describe('edges from synthetic scrapes', () => {
  it('GIVEN only mutual TLS in both directions WHEN read THEN every edge is encrypted with its identity', () => {
    const text = scrape(
      adminScrapes(12),
      inboundConnections(POD_IP, 8080, { clientId: identity('api', 'shop') }, 40),
      outboundConnections(
        { ip: '10.244.2.9', port: 5432, namespace: 'data', deployment: 'db', serviceAccount: 'db' },
        { serverId: identity('db', 'data') },
        3,
      ),
      proxyInfo(),
    )
    const observed = edgesOf(pod, readProxySnapshot(text)).filter(e => e.verdict !== 'excluded')
    expect(observed.map(e => [e.direction, e.port, e.verdict, e.identity])).toEqual([
      ['inbound', 8080, 'encrypted', identity('api', 'shop')],
      ['outbound', 5432, 'encrypted', identity('db', 'data')],
    ])
  })

  it('GIVEN mixed series on one port WHEN read THEN the mutual-TLS and the plaintext series are separate edges', () => {
    const text = scrape(
      inboundConnections(POD_IP, 8080, { clientId: identity('api', 'shop') }, 40),
      inboundConnections(POD_IP, 8080, { plaintext: 'no_tls_from_remote' }, 2),
    )
    expect(edges(text).map(e => [e.port, e.tls, e.verdict, e.connections])).toEqual([
      [8080, 'no_identity', 'plaintext', 2],
      [8080, 'true', 'encrypted', 40],
    ])
  })

  it.each([
    [
      'an unknown no_tls_reason',
      inboundConnections(POD_IP, 8080, { plaintext: 'some_future_reason' }, 1),
      "no TLS, for a reason this tool does not know ('some_future_reason'), so it counts as plaintext",
    ],
    [
      'tls=true with an empty client_id',
      inboundConnections(POD_IP, 8080, { tls: 'true', clientId: '' }, 1),
      'TLS without a client identity: encrypted, but not mutually authenticated',
    ],
    [
      'tls=true without any server_id',
      outboundConnections({ ip: '10.0.0.1', port: 443 }, { tls: 'true' }, 1).split('\n')[0] ?? '',
      'TLS without a server identity: encrypted, but not mutually authenticated',
    ],
    [
      'TLS passed through to the application',
      inboundConnections(POD_IP, 8443, { tls: 'opaque' }, 1),
      'TLS passed through to the application: the mesh did not terminate it and cannot verify it',
    ],
    [
      'an unmeshed destination',
      outboundConnections(
        { ip: '10.0.0.1', port: 443 },
        { plaintext: 'not_provided_by_service_discovery' },
        1,
      ),
      'the destination is not meshed or is outside the cluster, so the proxy sent it plaintext',
    ],
    [
      'identity disabled',
      inboundConnections(POD_IP, 8080, { tls: 'disabled' }, 1),
      'identity is disabled on this proxy',
    ],
  ])('GIVEN %s WHEN read THEN the edge is plaintext and says why', (_what, series, reason) => {
    const [edge, ...rest] = edgesOf(pod, readProxySnapshot(scrape(series))).filter(
      e => e.verdict !== 'excluded',
    )
    expect(rest).toEqual([])
    expect(edge).toMatchObject({ verdict: 'plaintext', reason })
  })

  it('GIVEN outbound traffic to an unmeshed address WHEN read THEN the peer is the address', () => {
    const [edge] = edgesOf(
      pod,
      readProxySnapshot(
        scrape(
          outboundConnections(
            { ip: '10.0.0.1', port: 443 },
            { plaintext: 'not_provided_by_service_discovery' },
            4,
          ),
        ),
      ),
    ).filter(e => e.verdict !== 'excluded')
    expect(edge).toMatchObject({
      direction: 'outbound',
      port: 443,
      peer: '10.0.0.1:443',
      connections: 4,
    })
  })

  it('GIVEN peers that a locale orders differently WHEN sorted THEN the order is by code units, the same on every machine', () => {
    const found = edgesOf(
      pod,
      readProxySnapshot(
        scrape(
          outboundConnections(
            { ip: '10.0.0.1', port: 443 },
            { plaintext: 'not_provided_by_service_discovery' },
            1,
          ),
          outboundConnections(
            { ip: '10.0.0.10', port: 443 },
            { plaintext: 'not_provided_by_service_discovery' },
            1,
          ),
        ),
      ),
    ).filter(e => e.verdict !== 'excluded')
    // ':' (U+003A) sorts after '0' (U+0030); a locale collation puts punctuation before digits.
    expect(found.map(e => e.peer)).toEqual(['10.0.0.10:443', '10.0.0.1:443'])
    expect(
      [...found]
        .reverse()
        .sort(compareEdges)
        .map(e => e.peer),
    ).toEqual(['10.0.0.10:443', '10.0.0.1:443'])
  })

  it('GIVEN series with a zero count WHEN read THEN they are no edge at all', () => {
    const text = scrape(inboundConnections(POD_IP, 8080, { plaintext: 'no_tls_from_remote' }, 0))
    expect(edges(text)).toEqual([])
  })

  it('GIVEN connections and requests of one edge WHEN read THEN they add up on one edge, the authorizations not counted twice', () => {
    const text = scrape(
      inboundConnections(POD_IP, 8080, { clientId: identity('api', 'shop') }, 4),
      `request_total{direction="inbound",target_addr="${POD_IP}:8080",target_ip="${POD_IP}",target_port="8080",tls="true",client_id="${identity('api', 'shop')}"} 100`,
      inboundRequests(POD_IP, 8080, { clientId: identity('api', 'shop') }, 100),
    )
    expect(edges(text)).toEqual([
      expect.objectContaining({ verdict: 'encrypted', connections: 4, requests: 100 }),
    ])
  })
})

describe('edges from proxies that expose only the authorization counters', () => {
  it('GIVEN denied and route-less plaintext requests and denied TCP connections WHEN read THEN they count on the plaintext edge: their payload crossed the network', () => {
    const text = scrape(
      inboundRequests(POD_IP, 8080, PLAIN, 2),
      inboundRefused('inbound_http_authz_deny_total', POD_IP, 8080, PLAIN, 40),
      inboundRefused('inbound_http_route_not_found_total', POD_IP, 8080, PLAIN, 3),
      inboundRefused('inbound_tcp_authz_deny_total', POD_IP, 5432, PLAIN, 6),
      inboundRefused('inbound_tcp_authz_terminate_total', POD_IP, 5432, PLAIN, 1),
    )
    expect(edges(text).map(e => [e.port, e.verdict, e.connections, e.requests])).toEqual([
      [5432, 'plaintext', 6, 0],
      [8080, 'plaintext', 0, 45],
    ])
  })
})

describe('probeEvidence', () => {
  it('GIVEN probe, other and refused plaintext requests on a port WHEN read THEN each is counted, and refusals from meshed clients or on other ports are not', () => {
    const snapshot = readProxySnapshot(
      scrape(
        probeRequests(POD_IP, 8080, 30),
        inboundRequests(POD_IP, 8080, { plaintext: 'no_tls_from_remote' }, 2),
        inboundRequests(POD_IP, 8080, { clientId: identity('api', 'shop') }, 500),
        inboundRequests(POD_IP, 9090, { plaintext: 'no_tls_from_remote' }, 7),
        inboundRefused('inbound_http_authz_deny_total', POD_IP, 8080, PLAIN, 4),
        inboundRefused('inbound_http_authz_deny_total', POD_IP, 8080, MTLS, 9),
        inboundRefused('inbound_tcp_authz_terminate_total', POD_IP, 8080, PLAIN, 1),
        inboundRefused('inbound_tcp_authz_deny_total', POD_IP, 9090, PLAIN, 3),
      ),
    )
    expect(probeEvidence(snapshot, 8080)).toEqual({
      plaintextRequests: 32,
      probeRouteRequests: 30,
      plaintextTcpConnections: 0,
      plaintextRefused: {
        inbound_http_authz_deny_total: 4,
        inbound_tcp_authz_terminate_total: 1,
      },
      hasRouteLabels: true,
    })
  })
})
