/**
 * What a Linkerd proxy's `/metrics` says about the traffic it carried: the counters with TLS
 * labels, the process start time (to spot restarts), the identity certificate's expiry and the
 * proxy version. Label names: linkerd2-proxy `linkerd/app/core/src/transport/labels.rs`,
 * `linkerd/app/inbound/src/metrics/authz.rs` (see mesh.md section 4.5).
 */
import { parsePrometheusText, type Sample } from './prometheus-text.js'

/**
 * The counters read, all with the TLS labels: the edges are built from them (mesh.md 4.5;
 * linkerd2-proxy `app/inbound/src/metrics/authz.rs` for the inbound authorization counters).
 */
export const EDGE_COUNTERS = [
  /** Connections opened, both directions, with `peer`, `tls`, `client_id`/`server_id`. */
  'tcp_open_total',
  /** HTTP requests, both directions, with `tls` and the peer identity. */
  'request_total',
  /** Inbound HTTP requests that were authorized, with the route (`route_name="probe"`). */
  'inbound_http_authz_allow_total',
  /** Inbound connections authorized as TCP (not HTTP). */
  'inbound_tcp_authz_allow_total',
  /** Inbound HTTP requests the policy denied: their payload still crossed the network. */
  'inbound_http_authz_deny_total',
  /** Inbound HTTP requests that matched no route of the pod's policy. */
  'inbound_http_route_not_found_total',
  /** Inbound TCP connections the policy refused. */
  'inbound_tcp_authz_deny_total',
  /** Inbound TCP connections closed when the policy stopped authorizing them. */
  'inbound_tcp_authz_terminate_total',
] as const

export type EdgeCounter = (typeof EDGE_COUNTERS)[number]

/** Inbound requests or connections the pod's policy refused (on the proxy, not the app). */
export const REFUSAL_COUNTERS: ReadonlySet<EdgeCounter> = new Set([
  'inbound_http_authz_deny_total',
  'inbound_http_route_not_found_total',
  'inbound_tcp_authz_deny_total',
  'inbound_tcp_authz_terminate_total',
])

/** The identity certificate's expiry; renamed across proxy versions, so matched by suffix. */
export const CERT_EXPIRY_SUFFIX = 'cert_expiration_timestamp_seconds'

export interface CounterSeries {
  readonly counter: EdgeCounter
  readonly labels: Readonly<Record<string, string>>
  readonly value: number
}

export interface ProxySnapshot {
  /** Keyed by counter and labels, so two scrapes of one proxy can be subtracted. */
  readonly series: ReadonlyMap<string, CounterSeries>
  /** The counters the proxy exposes at all (whatever their values). */
  readonly counters: ReadonlySet<EdgeCounter>
  /** `process_start_time_seconds`; it changes when the proxy restarts. */
  readonly processStartSeconds: number | undefined
  /** The earliest identity certificate expiry (seconds since the epoch) and the metric's name. */
  readonly certExpiry: { readonly metric: string; readonly seconds: number } | undefined
  /** From `proxy_build_info` (`version`, else `git_version`). */
  readonly proxyVersion: string | undefined
  /** `proxy_build_info` or `process_start_time_seconds` is present: a proxy wrote this. */
  readonly identified: boolean
  /**
   * Lines of the families read here that could not be read (malformed, a label given twice),
   * and counters with a value that is no count (infinite, NaN, negative) or no direction. Any
   * of these leaves the pod unverified: the line might have been plaintext.
   */
  readonly unreadable: { readonly count: number; readonly example: string | undefined }
}

const COUNTERS: ReadonlySet<string> = new Set(EDGE_COUNTERS)

function keep(name: string): boolean {
  return (
    COUNTERS.has(name) ||
    name === 'process_start_time_seconds' ||
    name === 'proxy_build_info' ||
    name.endsWith(CERT_EXPIRY_SUFFIX)
  )
}

/** A stable key for one series: the counter and its labels in name order. */
export function seriesKey(counter: string, labels: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map(k => `${k}=${JSON.stringify(labels[k])}`)
  return `${counter}{${pairs.join(',')}}`
}

/** A counter sample that says nothing trustworthy: no count, or no direction when it needs one. */
function unusable(sample: Sample): boolean {
  if (!COUNTERS.has(sample.name)) return false
  if (!Number.isFinite(sample.value) || sample.value < 0) return true
  const direction = sample.labels['direction']
  // The inbound_* authorization counters are inbound by name.
  return !sample.name.startsWith('inbound_') && direction !== 'inbound' && direction !== 'outbound'
}

export function readProxySnapshot(text: string): ProxySnapshot {
  const parsed = parsePrometheusText(text, keep, unusable)
  const series = new Map<string, CounterSeries>()
  const counters = new Set<EdgeCounter>()
  let processStartSeconds: number | undefined
  let certExpiry: ProxySnapshot['certExpiry']
  let proxyVersion: string | undefined
  let identified = false
  for (const sample of parsed.samples) {
    if (COUNTERS.has(sample.name)) {
      const counter = sample.name as EdgeCounter
      counters.add(counter)
      const key = seriesKey(counter, sample.labels)
      const before = series.get(key)?.value ?? 0
      series.set(key, { counter, labels: sample.labels, value: before + sample.value })
    } else if (sample.name === 'process_start_time_seconds') {
      identified = true
      processStartSeconds = sample.value
    } else if (sample.name === 'proxy_build_info') {
      identified = true
      proxyVersion = sample.labels['version'] ?? sample.labels['git_version'] ?? proxyVersion
    } else if (Number.isFinite(sample.value) && sample.value > 0) {
      if (certExpiry === undefined || sample.value < certExpiry.seconds) {
        certExpiry = { metric: sample.name, seconds: sample.value }
      }
    }
  }
  return {
    series,
    counters,
    processStartSeconds,
    certExpiry,
    proxyVersion,
    identified,
    unreadable: { count: parsed.malformedLines, example: parsed.firstMalformed },
  }
}

/** The first line of an answer, short and on one line, to show what came back instead. */
function opening(text: string): string {
  const first = text.trimStart().split('\n', 1)[0] ?? ''
  const flat = Array.from(first, c => (c < ' ' || c === '\u007f' ? ' ' : c))
    .join('')
    .trim()
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat
}

/**
 * Why an answer is not a Linkerd proxy's metrics, or undefined when it is. A real scrape always
 * names the proxy (`proxy_build_info`, `process_start_time_seconds`) and always holds a
 * connection counter: the scrape itself opens an inbound connection to the admin port. An empty
 * body (what `kubectl get --raw … > file` leaves when kubectl fails), an error page or another
 * server's metrics must never count as a proxy that saw no plaintext.
 */
export function notAProxyScrape(snapshot: ProxySnapshot, text: string): string | undefined {
  const missing = [
    snapshot.identified
      ? undefined
      : "it has neither 'proxy_build_info' nor 'process_start_time_seconds'",
    snapshot.counters.size > 0
      ? undefined
      : 'no connection or request counter (tcp_open_total, request_total, inbound_*_authz_*_total)',
  ].filter((m): m is string => m !== undefined)
  if (missing.length === 0) return undefined
  const bytes = Buffer.byteLength(text, 'utf8')
  const start = opening(text)
  return `the answer (${bytes} ${bytes === 1 ? 'byte' : 'bytes'}${start === '' ? '' : `, starting '${start}'`}) is not a Linkerd proxy's metrics: ${missing.join(', and ')}.`
}
