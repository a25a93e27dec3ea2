/**
 * The two renderings of a judgement: the Markdown summary (non-encrypted traffic first) and the
 * JSON evidence file for the audit archive. Both deterministic for the same input; neither holds
 * a secret (the proxies' metrics and the pod list carry none).
 */
import { compareCodeUnits } from '../../core/json.js'
import type { ToolInfo } from '../../core/step.js'
import { describeEntry } from './allow-list.js'
import type { Edge } from './edges.js'
import type { Judgement } from './judge.js'
import type { VerifyEncryptionState } from './observe.js'
import { podKey } from './pods.js'
import type { VerifyEncryptionSpec } from './spec.js'
import { PROXY_RETAIN_IDLE_SECONDS, scrapeSchedule } from './window.js'

export const EVIDENCE_SCHEMA_VERSION = 1

/** Rows per Markdown table; the evidence file holds all. */
const MAX_ROWS = 50

export interface Counts {
  readonly encryptedEdges: number
  readonly plaintextEdges: number
  readonly allowedEdges: number
  readonly excludedSeries: number
  readonly meshedPods: number
  readonly scrapedPods: number
  readonly unverifiedPods: number
  readonly unmeshedPods: number
  readonly allowedUnmeshedPods: number
}

export function countJudgement(judgement: Judgement, state: VerifyEncryptionState): Counts {
  const count = (verdict: Edge['verdict']): number =>
    judgement.edges.filter(e => e.verdict === verdict).length
  return {
    encryptedEdges: count('encrypted'),
    plaintextEdges: count('plaintext'),
    allowedEdges: count('allowed'),
    excludedSeries: count('excluded'),
    meshedPods: state.pods.filter(p => p.proxy !== undefined).length,
    scrapedPods: judgement.scrapedPods,
    unverifiedPods: judgement.unverified.length,
    unmeshedPods: judgement.unmeshed.length,
    allowedUnmeshedPods: judgement.unmeshed.filter(u => u.allowedBy !== undefined).length,
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const shown = rows.slice(0, MAX_ROWS)
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...shown.map(r => `| ${r.map(cell).join(' | ')} |`),
  ]
  if (rows.length > shown.length) {
    lines.push('', `…and ${rows.length - shown.length} more in the evidence file.`)
  }
  return lines
}

/** A list for one table cell, cut at MAX_ROWS items (the evidence file holds all). */
function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_ROWS).join(', ')
  return items.length > MAX_ROWS ? `${shown}, …and ${items.length - MAX_ROWS} more` : shown
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function headline(spec: VerifyEncryptionSpec, judgement: Judgement, counts: Counts): string {
  if (judgement.passed) {
    return counts.plaintextEdges + counts.allowedEdges === 0
      ? '**Pass**: all observed service-to-service traffic is mutual TLS.'
      : `**Pass**: all observed service-to-service traffic is mutual TLS, except ${plural(counts.allowedEdges, 'allowed edge')} listed below.`
  }
  const parts = [
    counts.plaintextEdges > 0 ? plural(counts.plaintextEdges, 'plaintext edge') : undefined,
    judgement.unverified.some(u => u.allowedBy === undefined)
      ? plural(judgement.unverified.filter(u => u.allowedBy === undefined).length, 'unverified pod')
      : undefined,
    spec.requireMeshed && counts.unmeshedPods > counts.allowedUnmeshedPods
      ? plural(counts.unmeshedPods - counts.allowedUnmeshedPods, 'unmeshed pod')
      : undefined,
    [...judgement.skipped, ...judgement.skippedSubnets].some(s => s.allowedBy === undefined)
      ? 'traffic that bypasses the proxy'
      : undefined,
  ].filter((p): p is string => p !== undefined)
  const errors = judgement.findings.filter(f => f.severity === 'error').length
  return `**Fail**: ${parts.length > 0 ? `${parts.join(', ')} not allowed` : plural(errors, 'problem')}; see below.`
}

function edgeRow(edge: Edge): string[] {
  return [
    edge.verdict === 'allowed' ? `allowed: ${edge.allowedBy ?? ''}` : '**not allowed**',
    `${edge.namespace}/${edge.pod}`,
    edge.direction,
    edge.port === undefined ? '' : String(edge.port),
    edge.peer,
    edge.tls === ''
      ? '(none)'
      : `\`${edge.tls}\`${edge.noTlsReason ? ` \`${edge.noTlsReason}\`` : ''}`,
    String(edge.connections),
    String(edge.requests),
    edge.reason,
  ]
}

/**
 * What the counters cover. The proxies drop a series nobody updated for their retention time
 * (10 minutes by default), so without a window only series active lately (or still kept) count.
 */
export function measured(spec: VerifyEncryptionSpec): string {
  const retention = `${PROXY_RETAIN_IDLE_SECONDS / 60} min`
  if (spec.windowSeconds === 0) {
    return `the series the proxies hold: traffic since each proxy started, except series idle for more than the proxies' retention (${retention} by default), which they drop; use a window to cover a span completely`
  }
  const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds)
  return `the traffic of a ${spec.windowSeconds} s window: ${intervals + 1} scrapes, ${Math.round(intervalMs / 1000)} s apart (at most half the proxies' ${retention} retention of idle series, so no traffic expires unseen)`
}

/** The Markdown summary: counts, then the non-encrypted edges, then the other findings. */
export function renderSummary(
  spec: VerifyEncryptionSpec,
  state: VerifyEncryptionState,
  judgement: Judgement,
): string {
  const counts = countJudgement(judgement, state)
  const window = measured(spec)
  const lines = [
    `### verify-encryption: ${judgement.passed ? 'pass' : 'fail'}`,
    '',
    headline(spec, judgement, counts),
    '',
    '| | |',
    '| --- | --- |',
    `| mutual TLS edges | ${counts.encryptedEdges} |`,
    `| plaintext edges, not allowed | ${counts.plaintextEdges} |`,
    `| plaintext edges, allowed | ${counts.allowedEdges} |`,
    `| proxies scraped | ${counts.scrapedPods} of ${state.scrapes.length} meshed, running pods (${counts.meshedPods} meshed) |`,
    `| unverified pods | ${counts.unverifiedPods} |`,
    `| unmeshed pods | ${counts.unmeshedPods} (${counts.allowedUnmeshedPods} allowed) |`,
    `| excluded series (loopback, local legs, the proxies' own ports) | ${counts.excludedSeries} |`,
    `| measured | ${window} |`,
    `| namespaces verified | ${cell(state.namespaces.join(', ') || '(none)')}${state.scope === 'meshed-namespaces' ? ' (every namespace with a meshed pod)' : ''} |`,
    ...(state.emptyNamespaces.length > 0
      ? [`| namespaces named, without pods | ${cell(state.emptyNamespaces.join(', '))} |`]
      : []),
    ...(state.outOfScopeNamespaces !== undefined && state.outOfScopeNamespaces.length > 0
      ? [
          `| namespaces out of scope (pods, none meshed) | ${cell(listed(state.outOfScopeNamespaces))} |`,
        ]
      : []),
    `| source | ${cell(state.source.kind === 'api-server' ? `API server ${state.source.location}${state.source.context ? ` (context ${state.source.context})` : ''}` : `saved scrapes in ${state.source.location}`)} |`,
  ]
  const notEncrypted = judgement.edges
    .filter(e => e.verdict === 'plaintext' || e.verdict === 'allowed')
    .sort((a, b) => Number(a.verdict === 'allowed') - Number(b.verdict === 'allowed'))
  if (notEncrypted.length > 0) {
    lines.push(
      '',
      '#### Traffic without mutual TLS',
      '',
      ...table(
        ['status', 'pod', 'direction', 'port', 'peer', 'TLS', 'connections', 'requests', 'reason'],
        notEncrypted.map(edgeRow),
      ),
    )
  }
  if (judgement.unverified.length > 0) {
    lines.push(
      '',
      '#### Unverified pods (their proxies could not be read; never counted as encrypted)',
      '',
      ...table(
        ['pod', 'problem', 'message', 'fix'],
        judgement.unverified.map(u => [
          podKey(u.pod),
          u.allowedBy ? `${u.problem} (allowed: ${u.allowedBy})` : u.problem,
          u.message,
          u.fix,
        ]),
      ),
    )
  }
  if (judgement.unmeshed.length > 0) {
    lines.push(
      '',
      '#### Pods without a Linkerd proxy',
      '',
      ...table(
        ['pod', 'workload', 'phase', 'status'],
        judgement.unmeshed.map(u => [
          podKey(u.pod),
          `${u.pod.workloadKind} ${u.pod.workload}`,
          u.pod.phase,
          u.allowedBy
            ? `allowed: ${u.allowedBy}`
            : spec.requireMeshed
              ? '**not allowed**'
              : 'reported',
        ]),
      ),
    )
  }
  if (judgement.skipped.length + judgement.skippedSubnets.length > 0) {
    const status = (allowedBy: string | undefined): string =>
      allowedBy ? `allowed: ${allowedBy}` : '**not allowed**'
    lines.push(
      '',
      '#### Traffic that bypasses the proxy (unverifiable)',
      '',
      ...table(
        ['pod', 'direction', 'ports or source subnet', 'set by', 'status'],
        [
          ...judgement.skipped.map(s => [
            podKey(s.pod),
            s.direction,
            s.ports,
            s.sources.join(', '),
            status(s.allowedBy),
          ]),
          ...judgement.skippedSubnets.map(s => [
            podKey(s.pod),
            'inbound',
            `from ${s.subnet}, every port`,
            s.sources.join(', '),
            status(s.allowedBy),
          ]),
        ],
      ),
    )
  }
  if (judgement.notRunning.length > 0) {
    lines.push(
      '',
      '#### Meshed pods not running (not scraped)',
      '',
      ...table(
        ['pod', 'phase'],
        judgement.notRunning.map(p => [podKey(p), p.phase]),
      ),
    )
  }
  lines.push('', '#### Certificates', '')
  const earliest = [...judgement.proxyCertificates].sort((a, b) =>
    compareCodeUnits(a.expiresAt, b.expiresAt),
  )[0]
  const expired = judgement.proxyCertificates.filter(c => c.expired).length
  lines.push(
    earliest === undefined
      ? '- Proxy identity certificates: none reported.'
      : `- Proxy identity certificates: ${judgement.proxyCertificates.length} checked, ${expired} expired; earliest expiry ${earliest.expiresAt} (${earliest.namespace}/${earliest.pod}).`,
  )
  if (judgement.missingCertificates.length > 0) {
    lines.push(
      `- ${plural(judgement.missingCertificates.length, 'proxy', 'proxies')} report no certificate expiry.`,
    )
  }
  lines.push(
    judgement.issuer === undefined
      ? `- Issuer certificate: not checked (neither '${spec.inputNames['issuer-expires-at'] ?? 'issuer-expires-at'}' nor a readable '${spec.inputNames['read-issuer-secret'] ?? 'read-issuer-secret'}').`
      : `- Issuer certificate: expires ${judgement.issuer.expiresAt} (${judgement.issuer.source}), in ${judgement.issuer.daysLeft} day(s) (minimum ${spec.minValidityDays}): ${judgement.issuer.status}.`,
  )
  if (judgement.restarted.length > 0) {
    lines.push(
      '',
      `Proxies restarted or reset their counters during the window (their counts since the restart were used; a restart's unobserved span is a warning above): ${judgement.restarted.join(', ')}.`,
    )
  }
  lines.push('', `Evidence: \`${spec.reportFile}\` (every edge with its verdict and reason).`)
  return `${lines.join('\n')}\n`
}

/** The failure message: what failed, the first findings, where the rest is. */
export function renderFailure(spec: VerifyEncryptionSpec, judgement: Judgement): string {
  const errors = judgement.findings.filter(f => f.severity === 'error')
  const shown = errors.slice(0, 5).map(f => `  - ${f.subject}: ${f.message}`)
  const more = errors.length > shown.length ? [`  - …and ${errors.length - shown.length} more`] : []
  return [
    `verify-encryption: the traffic is not proven encrypted (${plural(errors.length, 'problem')}); details in the summary and in '${spec.reportFile}'.`,
    ...shown,
    ...more,
  ].join('\n')
}

/** The JSON evidence file (schemaVersion 1), for the audit archive. */
export function renderEvidence(
  spec: VerifyEncryptionSpec,
  state: VerifyEncryptionState,
  judgement: Judgement,
  tool: ToolInfo,
): string {
  const counts = countJudgement(judgement, state)
  const evidence = {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version },
    step: 'verify-encryption',
    verdict: judgement.passed ? 'pass' : 'fail',
    cluster: state.source,
    observation: {
      startedAt: state.startedAt,
      finishedAt: state.finishedAt,
      windowSeconds: spec.windowSeconds,
      measured: measured(spec),
      proxyRetainIdleSecondsAssumed: PROXY_RETAIN_IDLE_SECONDS,
      scope: state.scope,
      namespaces: state.namespaces,
      namespacesWithoutPods: state.emptyNamespaces,
      namespacesOutOfScope: state.outOfScopeNamespaces ?? null,
    },
    rules: {
      encrypted:
        "tls label 'true' and a non-empty peer identity (client_id inbound, server_id outbound)",
      requireMeshed: spec.requireMeshed,
      minValidityDays: spec.minValidityDays,
      allowPlaintext: spec.allow.map(e => ({ entry: e.index, rule: describeEntry(e) })),
    },
    counts,
    scrapes: state.scrapes.map(s => ({
      namespace: s.pod.namespace,
      pod: s.pod.name,
      workload: s.pod.workload,
      proxy: s.pod.proxy,
      scrapedAt: s.scrapedAt,
      sha256: s.sha256,
      ...(s.outcome.ok
        ? {
            ok: true,
            proxyVersion: s.outcome.snapshot.proxyVersion ?? null,
            restarted: s.outcome.restarts.length > 0,
            restarts: s.outcome.restarts,
            resets: s.outcome.resets,
            expiredSeries: s.outcome.expiredSeries,
          }
        : {
            ok: false,
            problem: s.outcome.problem,
            message: s.outcome.message,
            scrape: s.outcome.scrape,
            unreadableLines: s.outcome.unreadableLines,
          }),
    })),
    edges: judgement.edges.map(e => ({
      namespace: e.namespace,
      pod: e.pod,
      workload: e.workload,
      direction: e.direction,
      port: e.port ?? null,
      peer: e.peer,
      tls: e.tls,
      identity: e.identity ?? null,
      noTlsReason: e.noTlsReason ?? null,
      connections: e.connections,
      requests: e.requests,
      verdict: e.verdict,
      reason: e.reason,
      ...(e.allowedBy !== undefined ? { allowedBy: e.allowedBy } : {}),
    })),
    unverifiedPods: judgement.unverified.map(u => ({
      namespace: u.pod.namespace,
      pod: u.pod.name,
      problem: u.problem,
      message: u.message,
      fix: u.fix,
      allowedBy: u.allowedBy ?? null,
    })),
    unmeshedPods: judgement.unmeshed.map(u => ({
      namespace: u.pod.namespace,
      pod: u.pod.name,
      workload: u.pod.workload,
      phase: u.pod.phase,
      hostNetwork: u.pod.hostNetwork,
      allowedBy: u.allowedBy ?? null,
    })),
    notRunningPods: judgement.notRunning.map(p => ({
      namespace: p.namespace,
      pod: p.name,
      phase: p.phase,
    })),
    skippedPorts: judgement.skipped.map(s => ({
      namespace: s.pod.namespace,
      pod: s.pod.name,
      direction: s.direction,
      ports: s.ports,
      sources: s.sources,
      allowedBy: s.allowedBy ?? null,
    })),
    skippedSubnets: judgement.skippedSubnets.map(s => ({
      namespace: s.pod.namespace,
      pod: s.pod.name,
      direction: 'inbound',
      subnet: s.subnet,
      sources: s.sources,
      allowedBy: s.allowedBy ?? null,
    })),
    certificates: {
      proxies: judgement.proxyCertificates,
      missing: judgement.missingCertificates,
      issuer: judgement.issuer ?? null,
    },
    findings: judgement.findings,
    warnings: judgement.warnings,
  }
  return `${JSON.stringify(evidence, null, 2)}\n`
}
