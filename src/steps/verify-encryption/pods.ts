import { podWorkload, type PodView } from '../../core/cluster.js'
import { parsePortRange, type PortRange } from '../../core/inputs/port.js'

/** The Linkerd proxy container's name (mesh.md 3.1). */
export const PROXY_CONTAINER = 'linkerd-proxy'

export const SKIP_INBOUND_ANNOTATION = 'config.linkerd.io/skip-inbound-ports'
export const SKIP_OUTBOUND_ANNOTATION = 'config.linkerd.io/skip-outbound-ports'

/** Where the proxy runs: a native sidecar (init container, Linkerd 2.20+) or a regular container. */
export type ProxyPlacement = 'native-sidecar' | 'container'

export interface SkippedPorts {
  readonly direction: 'inbound' | 'outbound'
  /** The annotation's value as written. */
  readonly annotation: string
  readonly ranges: readonly PortRange[]
  /** Items that are not ports or ranges (reported, never guessed). */
  readonly unreadable: readonly string[]
}

export interface PodInfo {
  readonly namespace: string
  readonly name: string
  /** The owning workload's name (a Deployment for ReplicaSet pods), or the pod's own name. */
  readonly workload: string
  readonly workloadKind: string
  readonly proxy: ProxyPlacement | undefined
  readonly phase: string
  readonly hostNetwork: boolean
  readonly skipped: readonly SkippedPorts[]
  /** HTTP probe paths per port, from the pod spec. */
  readonly probePaths: ReadonlyMap<number, readonly string[]>
}

export function podKey(pod: { readonly namespace: string; readonly name: string }): string {
  return `${pod.namespace}/${pod.name}`
}

export function proxyPlacement(pod: PodView): ProxyPlacement | undefined {
  if (pod.initContainers.some(c => c.name === PROXY_CONTAINER)) return 'native-sidecar'
  if (pod.containers.some(c => c.name === PROXY_CONTAINER)) return 'container'
  return undefined
}

/** The workload a pod belongs to: its controller, a ReplicaSet's Deployment, or the pod itself. */
export function workloadOf(pod: PodView): { name: string; kind: string } {
  const workload = podWorkload(pod)
  if (workload !== undefined) return { name: workload.name, kind: workload.kind }
  const owner = pod.owners[0]
  return owner === undefined
    ? { name: pod.name, kind: 'Pod' }
    : { name: owner.name, kind: owner.kind }
}

function skippedPorts(pod: PodView): SkippedPorts[] {
  const found: SkippedPorts[] = []
  for (const [direction, annotation] of [
    ['inbound', SKIP_INBOUND_ANNOTATION],
    ['outbound', SKIP_OUTBOUND_ANNOTATION],
  ] as const) {
    const value = pod.annotations[annotation]?.trim()
    if (value === undefined || value === '') continue
    const ranges: PortRange[] = []
    const unreadable: string[] = []
    for (const item of value
      .split(',')
      .map(i => i.trim())
      .filter(i => i !== '')) {
      const range = parsePortRange(item)
      if (range.ok) ranges.push(range.value)
      else unreadable.push(item)
    }
    found.push({ direction, annotation: value, ranges, unreadable })
  }
  return found
}

export function describePod(pod: PodView): PodInfo {
  const workload = workloadOf(pod)
  const probePaths = new Map<number, string[]>()
  for (const probe of pod.httpProbes) {
    if (probe.port === undefined) continue
    const paths = probePaths.get(probe.port) ?? []
    if (!paths.includes(probe.path)) paths.push(probe.path)
    probePaths.set(probe.port, paths)
  }
  return {
    namespace: pod.namespace,
    name: pod.name,
    workload: workload.name,
    workloadKind: workload.kind,
    proxy: proxyPlacement(pod),
    phase: pod.phase,
    hostNetwork: pod.hostNetwork,
    skipped: skippedPorts(pod),
    probePaths,
  }
}
