/**
 * Injection (../shared/reference/mesh.md section 3): namespace annotations, which pods carry
 * the proxy, and which workloads a restart would mesh.
 */
import { createHash } from 'node:crypto'
import {
  podWorkload,
  type NamespaceView,
  type PodView,
  type WorkloadRef,
  type WorkloadView,
} from '../../core/cluster.js'
import type { KubernetesChange } from '../../core/plan.js'

export const INJECT_ANNOTATION = 'linkerd.io/inject'
export const POLICY_ANNOTATION = 'config.linkerd.io/default-inbound-policy'
export const REQUIRED_POLICY = 'all-authenticated'
export const PROXY_CONTAINER = 'linkerd-proxy'
/** The proxy's default inbound policy, fixed when the pod was injected. */
export const POLICY_ENV = 'LINKERD2_PROXY_INBOUND_DEFAULT_POLICY'
/**
 * Set by the proxy injector on every pod it meshes: the SHA-256 of the trust anchor bundle the
 * pod was given, so pods injected before the anchors changed can be found.
 */
export const TRUST_ROOT_ANNOTATION = 'linkerd.io/trust-root-sha256'
/** AKS's admissions enforcer keeps customer webhooks off namespaces with this label. */
export const AKS_CONTROL_PLANE_LABEL = 'control-plane'

/** The annotations the step owns on an injected namespace. */
export function desiredAnnotations(requireMtls: boolean): Record<string, string> {
  return {
    [INJECT_ANNOTATION]: 'enabled',
    ...(requireMtls ? { [POLICY_ANNOTATION]: REQUIRED_POLICY } : {}),
  }
}

export function namespaceManifest(name: string, requireMtls: boolean): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, annotations: desiredAnnotations(requireMtls) },
  }
}

/**
 * The namespace's change: a no-op when it carries the desired annotations and the step owns no
 * other annotation there (one it applied earlier, such as a policy no longer required).
 */
export function namespaceChange(
  name: string,
  current: NamespaceView | undefined,
  requireMtls: boolean,
  dependsOn: readonly string[],
): KubernetesChange {
  const desired = desiredAnnotations(requireMtls)
  const manifest = namespaceManifest(name, requireMtls)
  const base = { target: 'kubernetes' as const, manifest, flags: [], dependsOn }
  if (current === undefined) {
    return { ...base, action: 'apply', reason: 'create the namespace, annotated for injection' }
  }
  const missing = Object.entries(desired).filter(([k, v]) => current.annotations[k] !== v)
  const stale = current.appliedAnnotations.filter(k => !(k in desired))
  if (missing.length === 0 && stale.length === 0) {
    return {
      ...base,
      action: 'noop',
      reason: requireMtls ? 'injection enabled, mTLS required' : 'injection enabled',
    }
  }
  const what = [
    ...missing.map(([k, v]) => `set ${k}: ${v}`),
    ...stale.map(k => `remove ${k} (applied earlier, no longer wanted)`),
  ]
  return { ...base, action: 'apply', reason: what.join('; ') }
}

function containers(pod: PodView): PodView['containers'] {
  return [...pod.initContainers, ...pod.containers]
}

/** The proxy as a native sidecar (init container, Linkerd 2.20+) or a regular container. */
export function isMeshed(pod: PodView): boolean {
  return containers(pod).some(c => c.name === PROXY_CONTAINER)
}

export function proxyInboundPolicy(pod: PodView): string | undefined {
  return containers(pod).find(c => c.name === PROXY_CONTAINER)?.env[POLICY_ENV]
}

/** Pods that count: running or starting, not being deleted. */
export function activePods(pods: readonly PodView[]): PodView[] {
  return pods.filter(p => !p.terminating && (p.phase === 'Running' || p.phase === 'Pending'))
}

const HOST_NETWORK = 'uses the host network, which Linkerd does not mesh'
const OPTED_OUT = `is annotated ${INJECT_ANNOTATION}: disabled`

/** Why the workload's pods never get a proxy, whatever restarts them. */
export function templateOptOut(workload: WorkloadView): string | undefined {
  if (workload.templateHostNetwork) return HOST_NETWORK
  if (workload.templateAnnotations[INJECT_ANNOTATION] === 'disabled') return OPTED_OUT
  return undefined
}

/** Why a pod will never get a proxy from a restart; undefined when a restart would mesh it. */
export function unmeshable(pod: PodView, workload: WorkloadView | undefined): string | undefined {
  if (pod.hostNetwork) return HOST_NETWORK
  if (pod.annotations[INJECT_ANNOTATION] === 'disabled') return OPTED_OUT
  if (workload === undefined) return 'belongs to no Deployment, StatefulSet or DaemonSet to restart'
  return templateOptOut(workload)
}

export function workloadKey(ref: WorkloadRef): string {
  return `${ref.kind}/${ref.namespace}/${ref.name}`
}

export function sameWorkload(a: WorkloadRef | undefined, b: WorkloadRef): boolean {
  return a !== undefined && workloadKey(a) === workloadKey(b)
}

/**
 * The `linkerd.io/trust-root-sha256` of pods injected with this trust anchor bundle (the
 * `identityTrustAnchorsPEM` value): the proxy injector hashes its `ca-bundle.crt`, which the chart
 * renders as the value trimmed, with one final newline (a YAML literal block).
 */
export function trustRootSha256(anchorsPem: string): string {
  return createHash('sha256').update(`${anchorsPem.trim()}\n`).digest('hex')
}

/** A meshed pod injected with another trust anchor bundle (pods without the annotation pass). */
export function hasStaleTrustRoot(pod: PodView, trustRoot: string | undefined): boolean {
  const injected = pod.annotations[TRUST_ROOT_ANNOTATION]
  return (
    trustRoot !== undefined && injected !== undefined && isMeshed(pod) && injected !== trustRoot
  )
}

/** What the workloads' proxies should run with. */
export interface ProxyExpectations {
  readonly requireMtls: boolean
  /** `trustRootSha256` of the bundle the control plane has after this run; undefined: unknown. */
  readonly trustRoot: string | undefined
  /** The identity issuer moves to another anchor in this run: proxies need new certificates. */
  readonly issuerMoves: boolean
}

/** Why the workload's pods need new proxies; undefined when they are as wanted. */
export function restartReason(
  workload: WorkloadView,
  pods: readonly PodView[],
  expected: ProxyExpectations,
): string | undefined {
  if (templateOptOut(workload) !== undefined) return undefined
  const own = activePods(pods).filter(p => sameWorkload(podWorkload(p), workload))
  const unmeshed = own.filter(p => !isMeshed(p))
  if (unmeshed.length > 0) {
    return `${unmeshed.length} of ${own.length} pod(s) have no Linkerd proxy`
  }
  const stale = own.filter(p => hasStaleTrustRoot(p, expected.trustRoot))
  if (stale.length > 0) {
    return `${stale.length} of ${own.length} pod(s) were injected with another trust anchor bundle (${TRUST_ROOT_ANNOTATION})`
  }
  if (expected.issuerMoves && own.length > 0) {
    return 'the identity issuer moved to another trust anchor: new pods get their certificates from it'
  }
  if (expected.requireMtls) {
    const open = own.filter(p => proxyInboundPolicy(p) !== REQUIRED_POLICY)
    if (open.length > 0) {
      const policy = proxyInboundPolicy(open[0] as PodView) ?? 'the cluster default'
      return `${open.length} of ${own.length} pod(s) run their proxy with inbound policy ${policy}, not ${REQUIRED_POLICY}`
    }
  }
  return undefined
}

/** The reference a restart change carries: which workload, nothing more. */
export function workloadManifest(ref: WorkloadRef): Record<string, unknown> {
  return {
    apiVersion: 'apps/v1',
    kind: ref.kind,
    metadata: { name: ref.name, namespace: ref.namespace },
  }
}

export function workloadOfManifest(manifest: Record<string, unknown>): WorkloadRef {
  const metadata = manifest['metadata'] as { name: string; namespace: string }
  return {
    kind: manifest['kind'] as WorkloadRef['kind'],
    namespace: metadata.namespace,
    name: metadata.name,
  }
}
