import { podWorkload, type PodView } from '../../core/cluster.js'
import { formatPortRange, parsePortRange, type PortRange } from '../../core/inputs/port.js'
import { PROXY_PORTS } from './edges.js'

/** The Linkerd proxy container's name (mesh.md 3.1). */
export const PROXY_CONTAINER = 'linkerd-proxy'

/** The init container that installs the pod's iptables rules (absent in CNI mode; mesh.md 3.1). */
export const PROXY_INIT_CONTAINER = 'linkerd-init'

export const SKIP_INBOUND_ANNOTATION = 'config.linkerd.io/skip-inbound-ports'
export const SKIP_OUTBOUND_ANNOTATION = 'config.linkerd.io/skip-outbound-ports'
export const SKIP_SUBNETS_ANNOTATION = 'config.linkerd.io/skip-subnets'

/**
 * Where traffic is sent around the proxy, read from the pod (mesh.md 3.2): the annotations, and
 * the arguments linkerd-init got, which also hold what the injector added on its own (Linkerd's
 * defaults ignore 4567,4568 both ways; control-plane pods skip outbound 443). linkerd2-proxy-init
 * applies `--subnets-to-ignore` to inbound traffic from those sources, on every port.
 */
const BYPASS_SOURCES = [
  { direction: 'inbound', annotation: SKIP_INBOUND_ANNOTATION, flag: '--inbound-ports-to-ignore' },
  {
    direction: 'outbound',
    annotation: SKIP_OUTBOUND_ANNOTATION,
    flag: '--outbound-ports-to-ignore',
  },
] as const
const SKIP_SUBNETS_FLAG = '--subnets-to-ignore'

/** Where the proxy runs: a native sidecar (init container, Linkerd 2.20+) or a regular container. */
export type ProxyPlacement = 'native-sidecar' | 'container'

/** Ports whose traffic skips the proxy: one item of a skip list. */
export interface SkippedPorts {
  readonly direction: 'inbound' | 'outbound'
  /** `25`, `3306-3310`, or an item that is no port, as written. */
  readonly ports: string
  /** Undefined for an item that is no port or range (reported, never guessed). */
  readonly range: PortRange | undefined
  /** Where it is set: the annotation, and/or linkerd-init's argument. */
  readonly sources: readonly string[]
}

/** A subnet whose inbound traffic skips the proxy, on every port. */
export interface SkippedSubnet {
  readonly subnet: string
  readonly sources: readonly string[]
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
  readonly skippedSubnets: readonly SkippedSubnet[]
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

/**
 * A Job the CronJob controller created: it names each Job `<cronjob>-<scheduled time in minutes
 * since 1970>` (`getJobName` in kube-controller-manager), and a CronJob's name has at most 52
 * characters so that the Job's fits in 63. The pod's owner reference names only the Job, so the
 * name is all there is: 8 digits (minutes from 1989 to 2160) after a name of at most 52.
 */
const CRONJOB_JOB = /^([a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?)-(\d{8})$/

/**
 * The workload a pod belongs to: its controller, a ReplicaSet's Deployment, a CronJob's Job's
 * CronJob (the Job's name changes every run, the CronJob's does not), or the pod itself.
 */
export function workloadOf(pod: PodView): { name: string; kind: string } {
  const workload = podWorkload(pod)
  if (workload !== undefined) return { name: workload.name, kind: workload.kind }
  const owner = pod.owners[0]
  if (owner === undefined) return { name: pod.name, kind: 'Pod' }
  const cronJob = owner.kind === 'Job' ? CRONJOB_JOB.exec(owner.name)?.[1] : undefined
  return cronJob !== undefined
    ? { name: cronJob, kind: 'CronJob' }
    : { name: owner.name, kind: owner.kind }
}

function listItems(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(i => i.trim())
    .filter(i => i !== '')
}

/** The value of `--flag value` or `--flag=value` in a container's arguments (the last one wins). */
export function argumentValue(args: readonly string[], flag: string): string | undefined {
  let value: string | undefined
  args.forEach((arg, i) => {
    if (arg === flag) value = args[i + 1]
    else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1)
  })
  return value
}

/** Items seen once each, with every place that sets them: the injector copies annotations into the args. */
class Sources<T> {
  private readonly items = new Map<string, { readonly value: T; readonly sources: string[] }>()

  add(key: string, source: string, value: () => T): void {
    const known = this.items.get(key)
    if (known === undefined) this.items.set(key, { value: value(), sources: [source] })
    else if (!known.sources.includes(source)) known.sources.push(source)
  }

  list(): (T & { readonly sources: readonly string[] })[] {
    return [...this.items.values()].map(({ value, sources }) => ({ ...value, sources }))
  }
}

function skippedPorts(pod: PodView, initArgs: readonly string[] | undefined): SkippedPorts[] {
  const found = new Sources<Omit<SkippedPorts, 'sources'>>()
  for (const { direction, annotation, flag } of BYPASS_SOURCES) {
    const lists: [string, string | undefined][] = [
      [annotation, pod.annotations[annotation]],
      [`${PROXY_INIT_CONTAINER} ${flag}`, initArgs && argumentValue(initArgs, flag)],
    ]
    for (const [source, value] of lists) {
      for (const item of listItems(value)) {
        const parsed = parsePortRange(item)
        const range = parsed.ok ? parsed.value : undefined
        // The proxy's own ports skip the redirection to reach the proxy itself.
        const own = range !== undefined && range.from === range.to && PROXY_PORTS.has(range.from)
        if (direction === 'inbound' && own) continue
        const ports = range === undefined ? item : formatPortRange(range)
        found.add(`${direction} ${ports}`, source, () => ({ direction, ports, range }))
      }
    }
  }
  return found.list()
}

function skippedSubnets(pod: PodView, initArgs: readonly string[] | undefined): SkippedSubnet[] {
  const found = new Sources<{ readonly subnet: string }>()
  const lists: [string, string | undefined][] = [
    [SKIP_SUBNETS_ANNOTATION, pod.annotations[SKIP_SUBNETS_ANNOTATION]],
    [
      `${PROXY_INIT_CONTAINER} ${SKIP_SUBNETS_FLAG}`,
      initArgs && argumentValue(initArgs, SKIP_SUBNETS_FLAG),
    ],
  ]
  for (const [source, value] of lists) {
    for (const subnet of listItems(value)) found.add(subnet, source, () => ({ subnet }))
  }
  return found.list()
}

export function describePod(pod: PodView): PodInfo {
  const workload = workloadOf(pod)
  const initArgs = pod.initContainers.find(c => c.name === PROXY_INIT_CONTAINER)?.args
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
    skipped: skippedPorts(pod, initArgs),
    skippedSubnets: skippedSubnets(pod, initArgs),
    probePaths,
  }
}
