/**
 * Builders of Linkerd proxy `/metrics` text in the proxy's own label layout (linkerd2-proxy
 * `transport/labels.rs`, `metrics/authz.rs`; mesh.md 4.5), for scrapes the fixtures lack.
 */

export const IDENTITY_SUFFIX = 'serviceaccount.identity.linkerd.cluster.local'

/** `web.shop.serviceaccount.identity.linkerd.cluster.local` */
export function identity(serviceAccount: string, namespace: string): string {
  return `${serviceAccount}.${namespace}.${IDENTITY_SUFFIX}`
}

type Labels = Record<string, string | undefined>

function line(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)
  return `${name}{${pairs.join(',')}} ${value}`
}

function target(ip: string, port: number): Labels {
  return { target_addr: `${ip}:${port}`, target_ip: ip, target_port: String(port) }
}

/** The inbound TLS labels: mutual TLS with a client identity, or a reason for plaintext. */
export type InboundTls =
  { clientId: string } | { plaintext: string } | { tls: string; clientId?: string }
export type OutboundTls =
  { serverId: string } | { plaintext: string } | { tls: string; serverId?: string }

function inboundTls(tls: InboundTls): Labels {
  if ('plaintext' in tls) return { tls: 'no_identity', no_tls_reason: tls.plaintext }
  if ('tls' in tls) return { tls: tls.tls, client_id: tls.clientId }
  return { tls: 'true', client_id: tls.clientId }
}

function outboundTls(tls: OutboundTls): Labels {
  if ('plaintext' in tls) return { tls: 'no_identity', no_tls_reason: tls.plaintext }
  if ('tls' in tls) return { tls: tls.tls, server_id: tls.serverId }
  return { tls: 'true', server_id: tls.serverId }
}

const SERVER = { srv_group: '', srv_kind: 'default', srv_name: 'all-unauthenticated' }

/** Inbound connections (`tcp_open_total`, `peer="src"`) to a port of the pod at `ip`. */
export function inboundConnections(
  ip: string,
  port: number,
  tls: InboundTls,
  count: number,
): string {
  return line(
    'tcp_open_total',
    { direction: 'inbound', peer: 'src', ...target(ip, port), ...inboundTls(tls), ...SERVER },
    count,
  )
}

export interface Destination {
  ip: string
  port: number
  namespace?: string
  deployment?: string
  serviceAccount?: string
  /** The destination pod (`dst_pod`), as the proxy labels traffic to a meshed pod. */
  pod?: string
}

/** Outbound connections (`tcp_open_total`, `peer="dst"`) plus the app's loopback leg. */
export function outboundConnections(dst: Destination, tls: OutboundTls, count: number): string {
  const labels: Labels = {
    direction: 'outbound',
    peer: 'dst',
    ...target(dst.ip, dst.port),
    ...outboundTls(tls),
    dst_namespace: dst.namespace,
    dst_deployment: dst.deployment,
    dst_serviceaccount: dst.serviceAccount,
    dst_pod: dst.pod,
  }
  const loopback = line(
    'tcp_open_total',
    {
      direction: 'outbound',
      peer: 'src',
      ...target(dst.ip, dst.port),
      tls: 'no_identity',
      no_tls_reason: 'loopback',
    },
    count,
  )
  return `${line('tcp_open_total', labels, count)}\n${loopback}`
}

/** Inbound HTTP requests authorized on a route (`inbound_http_authz_allow_total`). */
export function inboundRequests(
  ip: string,
  port: number,
  tls: InboundTls,
  count: number,
  route: { kind: string; name: string } = { kind: 'default', name: 'default' },
): string {
  return line(
    'inbound_http_authz_allow_total',
    {
      ...target(ip, port),
      ...SERVER,
      route_group: '',
      route_kind: route.kind,
      route_name: route.name,
      authz_group: '',
      authz_kind: 'default',
      authz_name: route.name === 'probe' ? 'probe' : 'all-unauthenticated',
      ...inboundTls(tls),
    },
    count,
  )
}

/** Inbound HTTP requests or TCP connections the proxy's policy refused. */
export type RefusalCounter =
  | 'inbound_http_authz_deny_total'
  | 'inbound_http_route_not_found_total'
  | 'inbound_tcp_authz_deny_total'
  | 'inbound_tcp_authz_terminate_total'

/** Requests or connections refused on a port (denied, no route, terminated). */
export function inboundRefused(
  counter: RefusalCounter,
  ip: string,
  port: number,
  tls: InboundTls,
  count: number,
): string {
  const route = counter.startsWith('inbound_http_')
    ? { route_group: '', route_kind: 'default', route_name: 'default' }
    : {}
  return line(counter, { ...target(ip, port), ...SERVER, ...route, ...inboundTls(tls) }, count)
}

/** The kubelet's plaintext probe requests on the synthesized `probe` route. */
export function probeRequests(ip: string, port: number, count: number): string {
  return inboundRequests(ip, port, { plaintext: 'no_tls_from_remote' }, count, {
    kind: 'default',
    name: 'probe',
  })
}

/** The API server's own scrapes of the admin port, as every scraped proxy shows them. */
export function adminScrapes(count: number): string {
  return inboundConnections('0.0.0.0', 4191, { plaintext: 'no_tls_from_remote' }, count)
}

/** The certificate expiry under the current name (proxy v2.227+), the start time and version. */
export function proxyInfo(
  options: {
    startSeconds?: number
    certExpirySeconds?: number
    certMetric?: string
    version?: string
  } = {},
): string {
  const lines = [
    '# HELP process_start_time_seconds Time that the process started (in seconds since the UNIX epoch)',
    '# TYPE process_start_time_seconds gauge',
    `process_start_time_seconds ${options.startSeconds ?? 1_780_000_000}`,
  ]
  if (options.certExpirySeconds !== undefined) {
    lines.push(
      `${options.certMetric ?? 'control_identity_cert_expiration_timestamp_seconds'} ${options.certExpirySeconds}`,
    )
  }
  lines.push(
    line('proxy_build_info', { version: options.version ?? 'v2.366.0', profile: 'release' }, 1),
  )
  return lines.join('\n')
}

/** A whole scrape from its parts, with the TYPE line a real proxy writes first. */
export function scrape(...parts: string[]): string {
  return ['# TYPE tcp_open_total counter', ...parts, ''].join('\n')
}
