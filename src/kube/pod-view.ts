import type { ContainerView, HttpProbeView, PodView } from '../core/cluster.js'
import type { Container, Pod } from './kube-types.js'

const PROBE_KINDS = [
  ['liveness', 'livenessProbe'],
  ['readiness', 'readinessProbe'],
  ['startup', 'startupProbe'],
] as const

function containerView(container: Container): ContainerView {
  const env: Record<string, string> = {}
  for (const variable of container.env ?? []) {
    if (variable.value !== undefined) env[variable.name] = variable.value
  }
  return {
    name: container.name,
    ...(container.restartPolicy !== undefined ? { restartPolicy: container.restartPolicy } : {}),
    env,
    ...(container.args !== undefined ? { args: [...container.args] } : {}),
  }
}

/** The HTTP probes of a container, with named ports resolved against its own ports. */
function httpProbes(container: Container): HttpProbeView[] {
  return PROBE_KINDS.flatMap(([kind, field]) => {
    const httpGet = container[field]?.httpGet
    if (httpGet === undefined) return []
    const port =
      typeof httpGet.port === 'number'
        ? httpGet.port
        : /^\d+$/.test(httpGet.port)
          ? Number(httpGet.port)
          : container.ports?.find(p => p.name === httpGet.port)?.containerPort
    return [{ kind, container: container.name, port, path: httpGet.path ?? '/' }]
  })
}

/** Maps a Kubernetes Pod (from the API or `kubectl get pods -o json`) to the port's view. */
export function toPodView(pod: Pod): PodView {
  const { metadata, spec, status } = pod
  const owners = [...(metadata.ownerReferences ?? [])].sort(
    (a, b) => Number(b.controller === true) - Number(a.controller === true),
  )
  const containers = spec.containers ?? []
  const initContainers = spec.initContainers ?? []
  return {
    name: metadata.name,
    namespace: metadata.namespace ?? '',
    labels: { ...metadata.labels },
    annotations: { ...metadata.annotations },
    owners: owners.map(o => ({ kind: o.kind, name: o.name })),
    containers: containers.map(containerView),
    initContainers: initContainers.map(containerView),
    httpProbes: [...containers, ...initContainers].flatMap(httpProbes),
    hostNetwork: spec.hostNetwork === true,
    phase: status?.phase ?? 'Unknown',
    terminating: metadata.deletionTimestamp !== undefined,
    ready: (status?.conditions ?? []).some(c => c.type === 'Ready' && c.status === 'True'),
  }
}
