/**
 * The verdict, from what was observed: pure. Fails on plaintext that no rule allows, on meshed
 * pods whose proxies could not be read, on unmeshed pods (with `require-meshed`), on traffic that
 * bypasses the proxies, on expired certificates, and when nothing at all was proven.
 */
import { compareCodeUnits } from '../../core/json.js'
import type { Finding } from '../../core/errors.js'
import {
  allowingTraffic,
  allowingUnmeshed,
  allowingUnverified,
  describeEntry,
  type AllowEntry,
  type Direction,
} from './allow-list.js'
import { compareEdges, edgesOf, probeEvidence, type Edge, type ObservedEdge } from './edges.js'
import type { PodScrape, VerifyEncryptionState, VerifyProblem } from './observe.js'
import { podKey, type PodInfo } from './pods.js'
import { CERT_EXPIRY_SUFFIX, type ProxySnapshot } from './proxy-metrics.js'
import type { VerifyEncryptionSpec } from './spec.js'

const DAY_MS = 86_400_000

export interface UnverifiedPod {
  readonly pod: PodInfo
  readonly problem: VerifyProblem
  readonly message: string
  readonly fix: string
  readonly allowedBy?: string
}

export interface UnmeshedPod {
  readonly pod: PodInfo
  readonly allowedBy?: string
}

export interface SkippedPortFinding {
  readonly pod: PodInfo
  readonly direction: Direction
  /** `25`, `3306-3310`, or an unreadable item as written. */
  readonly ports: string
  /** Where the bypass is set: the annotation and/or linkerd-init's argument. */
  readonly sources: readonly string[]
  readonly allowedBy?: string
}

export interface SkippedSubnetFinding {
  readonly pod: PodInfo
  readonly subnet: string
  readonly sources: readonly string[]
  readonly allowedBy?: string
}

export interface ProxyCertificate {
  readonly namespace: string
  readonly pod: string
  readonly metric: string
  readonly expiresAt: string
  readonly expired: boolean
}

export interface IssuerCheck {
  readonly expiresAt: string
  readonly daysLeft: number
  readonly status: 'ok' | 'below-minimum' | 'expired'
  /** Where the expiry came from: the input, or the Secret it was read from. */
  readonly source: string
}

export interface Judgement {
  readonly passed: boolean
  /** Every edge, excluded ones too, in a stable order. */
  readonly edges: readonly Edge[]
  readonly unverified: readonly UnverifiedPod[]
  readonly unmeshed: readonly UnmeshedPod[]
  /** Meshed pods that are not running, so were not scraped. */
  readonly notRunning: readonly PodInfo[]
  readonly skipped: readonly SkippedPortFinding[]
  readonly skippedSubnets: readonly SkippedSubnetFinding[]
  readonly proxyCertificates: readonly ProxyCertificate[]
  /** Scraped proxies that expose no identity-certificate expiry. */
  readonly missingCertificates: readonly string[]
  readonly issuer: IssuerCheck | undefined
  /** Window mode: proxies that restarted or reset counters between two scrapes. */
  readonly restarted: readonly string[]
  readonly scrapedPods: number
  readonly findings: readonly Finding[]
  readonly warnings: readonly string[]
}

/** What to do about a failed scrape (mesh.md 6). */
export function scrapeFix(
  problem: VerifyProblem,
  pod: PodInfo,
  spec: VerifyEncryptionSpec,
): string {
  switch (problem) {
    case 'forbidden-by-rbac':
      return `Grant the identity 'get' on 'pods/proxy' (apiGroups [''], a Role and RoleBinding in namespace '${pod.namespace}'); the built-in 'view' role lacks it. Check with 'kubectl auth can-i get pods --subresource=proxy -n ${pod.namespace}'.`
    case 'forbidden-by-pod':
      return "The pod's Linkerd proxy refused the API server: its admin server enforces the pod's inbound policy (all-authenticated, cluster-authenticated or deny). Add a Server for port 'linkerd-admin' with an AuthorizationPolicy that admits the API server through a NetworkAuthentication (README: 'When a scrape gets 403')."
    case 'timeout':
      return `The proxy did not answer within '${spec.inputNames['scrape-timeout'] ?? 'scrape-timeout'}': check that the pod is ready and that the API server reaches pods (on AKS through the konnectivity agent), or raise the timeout.`
    case 'unreachable':
      return "The API server could not reach the proxy's admin port 4191: check that the linkerd-proxy container is running and ready."
    case 'not-found':
      return 'The pod was deleted during verification (or its saved scrape is missing); run the verification again.'
    case 'not-served':
      return "Check that the pod's linkerd-proxy container is the one serving port 4191 (no other container of the pod may listen on it) and that it is a Linkerd proxy; then verify again."
    case 'failed':
      return 'Run the verification again; if it fails again, read the message above.'
    case 'unreadable-metrics':
      return 'A Linkerd proxy writes every line readably: check what wrote or changed this scrape (a saved file edited or cut short, a proxy in front of the admin port), then verify again.'
    case 'not-a-proxy-scrape':
      return "Check that the linkerd-proxy container serves its admin port 4191. For saved scrapes, save again: a failed 'kubectl get --raw' (a 403, a timeout) leaves an empty file behind a plain redirection, so write to a temporary file and move it into place only when kubectl succeeds (README: air-gapped audits)."
  }
}

/** Why kubelet probes do, or do not, explain an inbound plaintext edge. */
function probeRule(
  edge: ObservedEdge,
  pod: PodInfo,
  snapshot: ProxySnapshot,
):
  | { readonly allowed: true; readonly why: string }
  | { readonly allowed: false; readonly hint?: string } {
  if (edge.direction !== 'inbound' || edge.port === undefined) return { allowed: false }
  if (edge.noTlsReason !== 'no_tls_from_remote') return { allowed: false }
  const paths = pod.probePaths.get(edge.port)
  if (paths === undefined) return { allowed: false }
  const evidence = probeEvidence(snapshot, edge.port)
  const listed = paths.map(p => `'${p}'`).join(', ')
  const not = (hint: string): { readonly allowed: false; readonly hint: string } => ({
    allowed: false,
    hint: `the pod has HTTP probes on this port (${listed}), but ${hint}`,
  })
  if (paths.includes('/')) {
    return not(
      "a probe path is '/', the application's own main route, so probes cannot be told apart from other plaintext requests; give the probe its own path or allow the port explicitly",
    )
  }
  if (!evidence.hasRouteLabels) {
    return not(
      'the proxy does not label its authorizations with routes (Linkerd before 2.12?), so the requests cannot be attributed to probes; allow the port explicitly',
    )
  }
  if (evidence.plaintextTcpConnections > 0) {
    return not(`${evidence.plaintextTcpConnections} plaintext connection(s) on it were not HTTP`)
  }
  const refused = Object.entries(evidence.plaintextRefused).sort(([a], [b]) =>
    compareCodeUnits(a, b),
  )
  if (refused.length > 0) {
    const total = refused.reduce((sum, [, n]) => sum + (n ?? 0), 0)
    return not(
      `${total} plaintext request(s) or connection(s) on it were refused (${refused.map(([counter]) => counter).join(', ')}): refused or not, their payload crossed the network in plaintext`,
    )
  }
  if (
    evidence.probeRouteRequests === 0 ||
    evidence.probeRouteRequests < evidence.plaintextRequests
  ) {
    return not(
      `${evidence.plaintextRequests - evidence.probeRouteRequests} of ${evidence.plaintextRequests} plaintext request(s) went to other routes than the synthesized 'probe' route`,
    )
  }
  if (edge.connections > evidence.probeRouteRequests) {
    return not(
      `${edge.connections} plaintext connection(s) on this port but only ${evidence.probeRouteRequests} request(s) on the 'probe' route: the kubelet opens one connection per probe (it disables keep-alive), so the other connections carried something else`,
    )
  }
  return {
    allowed: true,
    why: `kubelet probes: all ${evidence.probeRouteRequests} plaintext request(s) on this port matched the policy controller's 'probe' route (probe paths ${listed}), on no more connections, none refused`,
  }
}

function judgeEdges(
  scrape: PodScrape & { readonly outcome: { readonly ok: true } },
  allow: readonly AllowEntry[],
): Edge[] {
  const { pod } = scrape
  return edgesOf(pod, scrape.outcome.snapshot).map((edge): Edge => {
    if (edge.verdict !== 'plaintext') return edge
    // An edge without a port is allowed only by an entry for every port.
    const ports =
      edge.port === undefined ? { from: 1, to: 65535 } : { from: edge.port, to: edge.port }
    const entry = allowingTraffic(allow, { ...pod, direction: edge.direction, ports })
    if (entry !== undefined) return { ...edge, verdict: 'allowed', allowedBy: describeEntry(entry) }
    const probe = probeRule(edge, pod, scrape.outcome.snapshot)
    if (probe.allowed) return { ...edge, verdict: 'allowed', allowedBy: probe.why }
    return probe.hint === undefined ? edge : { ...edge, reason: `${edge.reason}; ${probe.hint}` }
  })
}

function edgeSubject(edge: Edge): string {
  const port = edge.port === undefined ? '' : ` port ${edge.port}`
  return `${edge.namespace}/${edge.pod} ${edge.direction}${port} ${edge.direction === 'inbound' ? 'from' : 'to'} ${edge.peer}`
}

function isRunningOrPending(pod: PodInfo): boolean {
  return pod.phase !== 'Succeeded' && pod.phase !== 'Failed'
}

export function judgeVerifyEncryption(
  spec: VerifyEncryptionSpec,
  state: VerifyEncryptionState,
): Judgement {
  const findings: Finding[] = []
  const warnings: string[] = []
  const allowName = spec.inputNames['allow-plaintext'] ?? 'allow-plaintext'
  const error = (subject: string, message: string): void => {
    findings.push({ severity: 'error', subject, message })
  }
  const warning = (subject: string, message: string): void => {
    findings.push({ severity: 'warning', subject, message })
    warnings.push(`${subject}: ${message}`)
  }

  const namespacesName = spec.inputNames['namespaces'] ?? 'namespaces'
  for (const ns of state.emptyNamespaces) {
    error(
      ns,
      `named in '${namespacesName}' but has no pods, or does not exist (a typo?): nothing in it was verified. Check the name, or remove it from '${namespacesName}'.`,
    )
  }

  // Edges from every proxy that answered.
  const edges: Edge[] = []
  const unverified: UnverifiedPod[] = []
  const proxyCertificates: ProxyCertificate[] = []
  const missingCertificates: string[] = []
  const restarted: string[] = []
  let scrapedPods = 0
  for (const scrape of state.scrapes) {
    const { pod, outcome } = scrape
    if (!outcome.ok) {
      const entry = allowingUnverified(spec.allow, pod)
      const fix = scrapeFix(outcome.problem, pod, spec)
      const failedScrape =
        outcome.scrape === 1 ? 'the scrape' : `scrape ${outcome.scrape} of the window`
      unverified.push({
        pod,
        problem: outcome.problem,
        message: outcome.message,
        fix,
        ...(entry ? { allowedBy: describeEntry(entry) } : {}),
      })
      if (entry === undefined) {
        // A 403's own message says what the fix says.
        const said = outcome.problem.startsWith('forbidden') ? '.' : `: ${outcome.message}`
        error(podKey(pod), `unverified: ${failedScrape} failed (${outcome.problem})${said} ${fix}`)
      }
      continue
    }
    scrapedPods++
    if (outcome.restarts.length > 0 || outcome.resets > 0) restarted.push(podKey(pod))
    for (const restart of outcome.restarts) {
      warning(
        podKey(pod),
        `its proxy restarted${restart.startedAt === undefined ? '' : ` at ${restart.startedAt}`}, between the scrapes at ${restart.after} and ${restart.before}: the traffic it carried from ${restart.after} until the restart was not observed (its counters started again from zero). Verify again to cover that span.`,
      )
    }
    edges.push(...judgeEdges({ ...scrape, outcome }, spec.allow))
    const cert = outcome.snapshot.certExpiry
    const at = Date.parse(scrape.scrapedAt[scrape.scrapedAt.length - 1] ?? state.finishedAt)
    if (cert === undefined) {
      missingCertificates.push(podKey(pod))
    } else {
      const expired = cert.seconds * 1000 <= at
      const expiresAt = new Date(cert.seconds * 1000).toISOString()
      proxyCertificates.push({
        namespace: pod.namespace,
        pod: pod.name,
        metric: cert.metric,
        expiresAt,
        expired,
      })
      if (expired) {
        error(
          podKey(pod),
          `the proxy's identity certificate expired at ${expiresAt}: mutual TLS with this pod fails. Check the identity controller and the issuer certificate, then restart the pod.`,
        )
      }
    }
  }
  edges.sort(compareEdges)
  for (const edge of edges.filter(e => e.verdict === 'plaintext')) {
    error(
      edgeSubject(edge),
      `not mutual TLS (${edge.tls === '' ? 'no tls label' : `tls=${edge.tls}`}): ${edge.reason}. Mesh the peer, or list it in '${allowName}' with the reason it is accepted.`,
    )
  }
  if (missingCertificates.length > 0) {
    const [only] = missingCertificates
    warning(
      missingCertificates.length === 1 && only !== undefined
        ? only
        : `${missingCertificates.length} proxies`,
      `${missingCertificates.length === 1 ? 'its proxy exposes' : 'expose'} no identity certificate expiry (a metric ending in '${CERT_EXPIRY_SUFFIX}'), so ${missingCertificates.length === 1 ? 'its certificate was' : 'their certificates were'} not checked.`,
    )
  }

  // Pods.
  const meshed = state.pods.filter(p => p.proxy !== undefined)
  const notRunning = meshed.filter(p => p.phase !== 'Running')
  for (const pod of notRunning) {
    warning(
      podKey(pod),
      `meshed but ${pod.phase}, so its proxy was not scraped; its traffic (if any) is not in this verification.`,
    )
  }
  const unmeshed = state.pods
    .filter(p => p.proxy === undefined && isRunningOrPending(p))
    .map((pod): UnmeshedPod => {
      const entry = allowingUnmeshed(spec.allow, pod)
      return entry ? { pod, allowedBy: describeEntry(entry) } : { pod }
    })
  const meshedName = spec.inputNames['require-meshed'] ?? 'require-meshed'
  for (const { pod, allowedBy } of unmeshed) {
    if (allowedBy !== undefined) continue
    const why = pod.hostNetwork
      ? 'it uses the host network, which Linkerd cannot mesh'
      : "annotate its namespace or workload with 'linkerd.io/inject: enabled' and restart it"
    const message = `no Linkerd proxy: its traffic is not encrypted by the mesh (${why}), or list it in '${allowName}' (namespace and workload, no port) with the reason.`
    if (spec.requireMeshed) error(podKey(pod), message)
    else warning(podKey(pod), `${message} Not failing: '${meshedName}' is false.`)
  }

  // Traffic that bypasses the proxy.
  const skipped: SkippedPortFinding[] = []
  const skippedSubnets: SkippedSubnetFinding[] = []
  const where = (sources: readonly string[]): string => sources.map(s => `'${s}'`).join(' and ')
  for (const pod of meshed.filter(isRunningOrPending)) {
    for (const { direction, ports, range, sources } of pod.skipped) {
      const entry =
        range === undefined
          ? undefined
          : allowingTraffic(spec.allow, { ...pod, direction, ports: range })
      skipped.push({
        pod,
        direction,
        ports,
        sources,
        ...(entry ? { allowedBy: describeEntry(entry) } : {}),
      })
      if (entry === undefined) {
        error(
          podKey(pod),
          `${direction} port(s) ${ports} skip the proxy (${where(sources)}): that traffic is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the port from the annotation (or the proxy-init configuration), or list it in '${allowName}' with the reason.`,
        )
      }
    }
    for (const { subnet, sources } of pod.skippedSubnets) {
      // Inbound traffic from the subnet skips the proxy on every port.
      const entry = allowingTraffic(spec.allow, {
        ...pod,
        direction: 'inbound',
        ports: { from: 1, to: 65535 },
      })
      skippedSubnets.push({
        pod,
        subnet,
        sources,
        ...(entry ? { allowedBy: describeEntry(entry) } : {}),
      })
      if (entry === undefined) {
        error(
          podKey(pod),
          `inbound traffic from ${subnet} skips the proxy on every port (${where(sources)}): it is neither encrypted by the mesh nor visible to this check, so it is unverifiable. Remove the subnet, or list the workload in '${allowName}' with 'direction: inbound' (every port) and the reason.`,
        )
      }
    }
  }

  // The issuer certificate: from the input (the primary path), else read from its Secret.
  const expiresAtName = spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'
  const readName = spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret'
  const read = state.issuer?.read
  const issuerExpiry =
    spec.issuerExpiresAt !== undefined
      ? { expiresAt: spec.issuerExpiresAt, source: `input '${expiresAtName}'` }
      : read?.ok === true
        ? { expiresAt: read.notAfter.toISOString(), source: read.source }
        : undefined
  let issuer: IssuerCheck | undefined
  if (issuerExpiry !== undefined) {
    const { expiresAt, source } = issuerExpiry
    const daysLeft = (Date.parse(expiresAt) - Date.parse(state.finishedAt)) / DAY_MS
    const status =
      daysLeft <= 0 ? 'expired' : daysLeft < spec.minValidityDays ? 'below-minimum' : 'ok'
    issuer = { expiresAt, daysLeft: Math.floor(daysLeft * 10) / 10, status, source }
    if (status === 'expired') {
      error(
        'issuer certificate',
        `expired at ${expiresAt} (${source}): proxies can no longer renew their certificates. Replace the issuer (Linkerd's "Replacing Expired Certificates" procedure).`,
      )
    } else if (status === 'below-minimum') {
      error(
        'issuer certificate',
        `expires at ${expiresAt} (${source}), in ${issuer.daysLeft} day(s), fewer than '${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}' (${spec.minValidityDays}). Rotate the issuer certificate.`,
      )
    }
  } else if (read !== undefined && !read.ok) {
    error(
      'issuer certificate',
      `'${readName}' is true, but the certificate could not be read from namespace '${state.issuer?.namespace ?? ''}': ${read.message} Grant 'get' on that one Secret (README: reading the issuer certificate), or give '${expiresAtName}' instead.`,
    )
  } else {
    warnings.push(
      `'${expiresAtName}' is not set (and '${readName}' is false), so the issuer certificate's expiry was not checked.`,
    )
  }

  // A run that proved nothing does not pass.
  const encrypted = edges.filter(e => e.verdict === 'encrypted').length
  if (meshed.length === 0) {
    error(
      'cluster',
      `no meshed pod in ${state.scope === 'meshed-namespaces' ? 'the cluster' : `namespace(s) ${[...state.namespaces, ...state.emptyNamespaces].sort().join(', ')}`}: nothing proves that traffic is encrypted.`,
    )
  } else if (scrapedPods === 0) {
    error('cluster', 'no proxy could be scraped: nothing proves that traffic is encrypted.')
  } else if (encrypted === 0) {
    error(
      'cluster',
      `no mutual-TLS traffic was observed${spec.windowSeconds > 0 ? ' in the window' : ''}: nothing proves that traffic is encrypted. Verify while the workloads serve traffic${spec.windowSeconds > 0 ? `, or lengthen '${spec.inputNames['window-seconds'] ?? 'window-seconds'}'` : ''}.`,
    )
  }

  return {
    passed: !findings.some(f => f.severity === 'error'),
    edges,
    unverified,
    unmeshed,
    notRunning,
    skipped,
    skippedSubnets,
    proxyCertificates,
    missingCertificates,
    issuer,
    restarted,
    scrapedPods,
    findings,
    warnings,
  }
}
