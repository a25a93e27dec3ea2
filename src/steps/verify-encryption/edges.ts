/**
 * Traffic edges from one proxy's counters, and whether each is mutual TLS. An edge is one
 * side's view: a meshed pod's inbound traffic on a port from one kind of client, or its
 * outbound traffic to one destination workload (or address), with one TLS state.
 */
import { compareCodeUnits } from '../../core/json.js'
import type { Direction } from './allow-list.js'
import type { PodInfo } from './pods.js'
import { REFUSAL_COUNTERS, type CounterSeries, type ProxySnapshot } from './proxy-metrics.js'

/** The proxy's own ports: 4190 (control/tap) and 4191 (admin: metrics, probes). */
export const PROXY_PORTS: ReadonlySet<number> = new Set([4190, 4191])

export type EdgeVerdict = 'encrypted' | 'plaintext' | 'allowed' | 'excluded'

export interface Edge {
  readonly namespace: string
  readonly pod: string
  readonly workload: string
  readonly direction: Direction
  /** `target_port`; undefined when the series has none. */
  readonly port: number | undefined
  /** Who is on the other side, as far as the proxy knows. */
  readonly peer: string
  /** The raw `tls` label: `true`, `no_identity`, `disabled`, `opaque`, ... */
  readonly tls: string
  /** `client_id` (inbound) or `server_id` (outbound). */
  readonly identity: string | undefined
  readonly noTlsReason: string | undefined
  /** Connections opened (`tcp_open_total`) and HTTP requests carried. */
  readonly connections: number
  readonly requests: number
  readonly verdict: EdgeVerdict
  readonly reason: string
  /** What allowed it (an allow-list entry or the probe rule), for allowed edges. */
  readonly allowedBy?: string
}

/** An edge before allow rules are applied. */
export type ObservedEdge = Omit<Edge, 'verdict' | 'allowedBy'> & {
  readonly verdict: Exclude<EdgeVerdict, 'allowed'>
}

/** Why a connection was not mutual TLS, per the proxy's `no_tls_reason` (mesh.md 4.5). */
const NO_TLS_REASONS: Readonly<Record<string, string>> = {
  no_tls_from_remote:
    'the client sent plaintext (an unmeshed pod, the kubelet, a node or a load balancer)',
  not_provided_by_service_discovery:
    'the destination is not meshed or is outside the cluster, so the proxy sent it plaintext',
  ingress_without_override:
    "an ingress-mode proxy got a request without the 'l5d-dst-override' header and sent it plaintext",
  port_skipped: 'the port is opaque and the connection did not come through the mesh',
  loopback: 'local traffic between the application and its own proxy',
  disabled: 'identity is disabled on this proxy',
}

const DST_WORKLOAD_LABELS = [
  ['dst_deployment', 'deployment'],
  ['dst_statefulset', 'statefulset'],
  ['dst_daemonset', 'daemonset'],
  ['dst_job', 'job'],
  ['dst_replicationcontroller', 'replicationcontroller'],
  ['dst_pod', 'pod'],
] as const

function directionOf(series: CounterSeries): Direction | undefined {
  // The authorization counters are inbound by name and carry no `direction` label.
  if (series.counter.startsWith('inbound_')) return 'inbound'
  const direction = series.labels['direction']
  return direction === 'inbound' || direction === 'outbound' ? direction : undefined
}

function portOf(labels: Readonly<Record<string, string>>): number | undefined {
  const text = labels['target_port'] ?? /:(\d+)$/.exec(labels['target_addr'] ?? '')?.[1]
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined
}

/** The destination of an outbound series: its namespace and workload, else its address. */
function destination(labels: Readonly<Record<string, string>>): string {
  const namespace = labels['dst_namespace']
  const workload = DST_WORKLOAD_LABELS.find(([label]) => labels[label] !== undefined)
  if (namespace !== undefined && workload !== undefined) {
    return `${namespace}/${workload[1]}/${labels[workload[0]] ?? ''}`
  }
  if (namespace !== undefined && labels['dst_service'] !== undefined) {
    return `${namespace}/service/${labels['dst_service']}`
  }
  return labels['target_addr'] ?? 'an unknown address'
}

/** Whether the series says mutual TLS: `tls="true"` and a non-empty peer identity. */
export function isMutualTls(tls: string, identity: string | undefined): boolean {
  return tls === 'true' && identity !== undefined && identity !== ''
}

/** Why an edge is not mutual TLS, in words; unknown labels are named, never mapped to "fine". */
export function plaintextReason(
  tls: string,
  identity: string | undefined,
  noTlsReason: string | undefined,
  sni: string | undefined,
  direction: Direction,
): string {
  if (tls === 'true') {
    return `TLS without a ${direction === 'inbound' ? 'client' : 'server'} identity: encrypted, but not mutually authenticated`
  }
  if (tls === 'opaque') {
    return `TLS passed through to the application${sni ? ` (SNI ${sni})` : ''}: the mesh did not terminate it and cannot verify it`
  }
  if (tls === 'disabled') return NO_TLS_REASONS['disabled'] ?? 'identity disabled'
  if (noTlsReason !== undefined && noTlsReason !== '') {
    return (
      NO_TLS_REASONS[noTlsReason] ??
      `no TLS, for a reason this tool does not know ('${noTlsReason}'), so it counts as plaintext`
    )
  }
  return `no TLS (tls='${tls}'${identity === undefined ? '' : `, identity '${identity}'`}), with no reason given`
}

interface Accumulator {
  direction: Direction
  port: number | undefined
  peer: string
  tls: string
  identity: string | undefined
  noTlsReason: string | undefined
  sni: string | undefined
  connections: number
  requests: number
  excluded: string | undefined
}

/** Why a series says nothing about traffic between workloads, or undefined when it does. */
function exclusion(series: CounterSeries, direction: Direction): string | undefined {
  const peer = series.labels['peer']
  if ((direction === 'outbound' && peer === 'src') || (direction === 'inbound' && peer === 'dst')) {
    return 'local leg between the application and its own proxy'
  }
  if (series.labels['no_tls_reason'] === 'loopback') return 'loopback traffic inside the pod'
  const port = portOf(series.labels)
  if (direction === 'inbound' && port !== undefined && PROXY_PORTS.has(port)) {
    return `the proxy's own ${port === 4191 ? 'admin port 4191 (metrics and probes, including this scrape)' : 'port 4190'}`
  }
  return undefined
}

/**
 * The counters that count traffic in this snapshot, without counting anything twice:
 * connections from `tcp_open_total` (else the TCP authorizations, allowed or denied), requests
 * from `request_total` (else the HTTP authorizations, allowed, denied or without a route, as in
 * proxies that expose only those). Refused traffic still crossed the network, so it counts.
 */
function countingSeries(
  snapshot: ProxySnapshot,
): { series: CounterSeries; kind: 'connections' | 'requests' }[] {
  const hasTcp = snapshot.counters.has('tcp_open_total')
  const hasRequests = snapshot.counters.has('request_total')
  const out: { series: CounterSeries; kind: 'connections' | 'requests' }[] = []
  for (const series of snapshot.series.values()) {
    switch (series.counter) {
      case 'tcp_open_total':
        out.push({ series, kind: 'connections' })
        break
      case 'request_total':
        out.push({ series, kind: 'requests' })
        break
      case 'inbound_tcp_authz_allow_total':
      case 'inbound_tcp_authz_deny_total':
        if (!hasTcp) out.push({ series, kind: 'connections' })
        break
      case 'inbound_http_authz_allow_total':
      case 'inbound_http_authz_deny_total':
      case 'inbound_http_route_not_found_total':
        if (!hasRequests) out.push({ series, kind: 'requests' })
        break
      case 'inbound_tcp_authz_terminate_total':
        // Connections allowed first (counted there), closed later.
        break
    }
  }
  return out
}

/** The edges one proxy's counters show (with a value above zero), in a stable order. */
export function edgesOf(pod: PodInfo, snapshot: ProxySnapshot): ObservedEdge[] {
  const byKey = new Map<string, Accumulator>()
  for (const { series, kind } of countingSeries(snapshot)) {
    if (series.value <= 0) continue
    const direction = directionOf(series)
    if (direction === undefined) continue
    const { labels } = series
    const identity = direction === 'inbound' ? labels['client_id'] : labels['server_id']
    const tls = labels['tls'] ?? ''
    const port = portOf(labels)
    const peer = direction === 'inbound' ? '' : destination(labels)
    const excluded = exclusion(series, direction)
    const key = [
      direction,
      port,
      tls,
      identity,
      labels['no_tls_reason'],
      labels['sni'],
      peer,
      excluded,
    ].join('|')
    const acc = byKey.get(key) ?? {
      direction,
      port,
      peer,
      tls,
      identity,
      noTlsReason: labels['no_tls_reason'],
      sni: labels['sni'],
      connections: 0,
      requests: 0,
      excluded,
    }
    if (kind === 'connections') acc.connections += series.value
    else acc.requests += series.value
    byKey.set(key, acc)
  }
  const edges = [...byKey.values()].map((acc): ObservedEdge => {
    const encrypted = isMutualTls(acc.tls, acc.identity)
    const verdict = acc.excluded !== undefined ? 'excluded' : encrypted ? 'encrypted' : 'plaintext'
    const peer =
      acc.direction === 'inbound'
        ? acc.identity
          ? `client ${acc.identity}`
          : 'a client without a mesh identity'
        : acc.identity
          ? `${acc.peer} (server ${acc.identity})`
          : acc.peer
    return {
      namespace: pod.namespace,
      pod: pod.name,
      workload: pod.workload,
      direction: acc.direction,
      port: acc.port,
      peer,
      tls: acc.tls,
      identity: acc.identity,
      noTlsReason: acc.noTlsReason,
      connections: acc.connections,
      requests: acc.requests,
      verdict,
      reason:
        verdict === 'excluded'
          ? `excluded: ${acc.excluded ?? ''}`
          : verdict === 'encrypted'
            ? 'mutual TLS'
            : plaintextReason(acc.tls, acc.identity, acc.noTlsReason, acc.sni, acc.direction),
    }
  })
  return edges.sort(compareEdges)
}

export function compareEdges(a: Edge | ObservedEdge, b: Edge | ObservedEdge): number {
  return (
    compareCodeUnits(a.namespace, b.namespace) ||
    compareCodeUnits(a.pod, b.pod) ||
    compareCodeUnits(a.direction, b.direction) ||
    (a.port ?? 0) - (b.port ?? 0) ||
    compareCodeUnits(a.peer, b.peer) ||
    compareCodeUnits(a.tls, b.tls)
  )
}

/** What the inbound authorization counters of one port say about kubelet probes. */
export interface ProbeEvidence {
  /** Plaintext HTTP requests authorized on the port, on any route. */
  readonly plaintextRequests: number
  /** Of those, requests on the policy controller's synthesized `probe` route. */
  readonly probeRouteRequests: number
  /** Plaintext connections authorized as TCP (not HTTP) on the port. */
  readonly plaintextTcpConnections: number
  /** Plaintext requests or connections the policy refused, per refusal counter (value > 0). */
  readonly plaintextRefused: Readonly<Partial<Record<string, number>>>
  /** Whether the proxy labels its HTTP authorizations with routes at all (Linkerd 2.12+). */
  readonly hasRouteLabels: boolean
}

/** The probe evidence for an inbound port, from the authorization counters. */
export function probeEvidence(snapshot: ProxySnapshot, port: number): ProbeEvidence {
  let plaintextRequests = 0
  let probeRouteRequests = 0
  let plaintextTcpConnections = 0
  const plaintextRefused: Partial<Record<string, number>> = {}
  let hasRouteLabels = false
  for (const series of snapshot.series.values()) {
    const { labels } = series
    if (portOf(labels) !== port || isMutualTls(labels['tls'] ?? '', labels['client_id'])) continue
    if (series.counter === 'inbound_http_authz_allow_total') {
      plaintextRequests += series.value
      if (labels['route_name'] !== undefined) hasRouteLabels = true
      if (labels['route_kind'] === 'default' && labels['route_name'] === 'probe') {
        probeRouteRequests += series.value
      }
    } else if (series.counter === 'inbound_tcp_authz_allow_total') {
      plaintextTcpConnections += series.value
    } else if (REFUSAL_COUNTERS.has(series.counter) && series.value > 0) {
      plaintextRefused[series.counter] = (plaintextRefused[series.counter] ?? 0) + series.value
    }
  }
  return {
    plaintextRequests,
    probeRouteRequests,
    plaintextTcpConnections,
    plaintextRefused,
    hasRouteLabels,
  }
}
