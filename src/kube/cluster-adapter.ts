import {
  IDENTITY_ISSUER_SECRET,
  type Cluster,
  type ClusterSource,
  type HelmInstall,
  type HelmReleaseState,
  type NamespaceView,
  type PodView,
  type ServiceView,
  type WorkloadKind,
  type WorkloadView,
} from '../core/cluster.js'
import type { Clock, Exec, Log } from '../core/ports.js'
import { helmGetValues, helmStatus, helmUpgradeInstall } from './helm.js'
import { issuerFromSecret } from './identity-issuer.js'
import { createKubeApi, type AppsResource, type KubeApi } from './kube-api.js'
import { resolveKubeCredentials } from './kube-credentials.js'
import type { AppsWorkload, Namespace, ObjectMeta, Service } from './kube-types.js'
import { loadKubeContext, serverForDisplay } from './kubeconfig.js'
import { kubectlApplyServerSide, kubectlRolloutRestart, kubectlRolloutStatus } from './kubectl.js'
import { toPodView } from './pod-view.js'
import { SCRAPE_CONCURRENCY, scrapeProxies } from './proxy-scrape.js'

export interface CreateClusterOptions {
  readonly exec: Exec
  /** The resolved kubeconfig file; passed to helm and kubectl as `--kubeconfig`. */
  readonly kubeconfigPath: string
  readonly log: Log
  /** Waits between retries (a throttled scrape); default: the real clock. */
  readonly clock?: Clock
}

/** Credentials are renewed this long before they expire. */
const CREDENTIALS_MARGIN_MS = 60_000

const REAL_CLOCK: Clock = {
  now: () => new Date(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
}

const FIELD_MANAGER = 'aks-secure-networking'

/** Maps a Kubernetes Service to the port's view. */
export function toServiceView(service: Service): ServiceView {
  const { metadata, spec, status } = service
  // kube-types' ObjectMeta does not declare uid; the API server always sends one.
  const uid = (metadata as { readonly uid?: unknown }).uid
  return {
    name: metadata.name,
    namespace: metadata.namespace ?? '',
    ...(typeof uid === 'string' && uid !== '' ? { uid } : {}),
    ...(spec.type !== undefined ? { type: spec.type } : {}),
    annotations: { ...metadata.annotations },
    loadBalancerIps: (status?.loadBalancer?.ingress ?? []).flatMap(entry =>
      entry.ip !== undefined && entry.ip !== '' ? [entry.ip] : [],
    ),
    ports: (spec.ports ?? []).map(port => ({
      ...(port.name !== undefined ? { name: port.name } : {}),
      port: port.port,
      ...(port.protocol !== undefined ? { protocol: port.protocol } : {}),
    })),
  }
}

/** The annotations a field manager owns through server-side apply (`f:metadata.f:annotations`). */
export function appliedAnnotations(metadata: ObjectMeta, manager: string): string[] {
  const owned = new Set<string>()
  for (const entry of metadata.managedFields ?? []) {
    if (entry.manager !== manager || entry.operation !== 'Apply') continue
    const meta = entry.fieldsV1?.['f:metadata'] as Record<string, unknown> | undefined
    const annotations = meta?.['f:annotations'] as Record<string, unknown> | undefined
    for (const key of Object.keys(annotations ?? {})) {
      if (key.startsWith('f:')) owned.add(key.slice(2))
    }
  }
  return [...owned].sort()
}

export function toNamespaceView(namespace: Namespace): NamespaceView {
  return {
    name: namespace.metadata.name,
    labels: { ...namespace.metadata.labels },
    annotations: { ...namespace.metadata.annotations },
    appliedAnnotations: appliedAnnotations(namespace.metadata, FIELD_MANAGER),
  }
}

const WORKLOAD_RESOURCES: readonly [WorkloadKind, AppsResource][] = [
  ['Deployment', 'deployments'],
  ['StatefulSet', 'statefulsets'],
  ['DaemonSet', 'daemonsets'],
]

/** Maps a Deployment, StatefulSet or DaemonSet to the port's view, judging its rollout. */
export function toWorkloadView(kind: WorkloadKind, workload: AppsWorkload): WorkloadView {
  const { metadata, spec, status } = workload
  const observed =
    metadata.generation === undefined || (status?.observedGeneration ?? 0) >= metadata.generation
  let desired: number
  let ready: number
  let updated: number
  let current: number
  if (kind === 'DaemonSet') {
    desired = status?.desiredNumberScheduled ?? 0
    ready = status?.numberReady ?? 0
    updated = status?.updatedNumberScheduled ?? 0
    current = desired
  } else {
    desired = spec?.replicas ?? 1
    ready = status?.readyReplicas ?? 0
    updated = status?.updatedReplicas ?? 0
    current = status?.replicas ?? 0
  }
  return {
    kind,
    namespace: metadata.namespace ?? '',
    name: metadata.name,
    desired,
    ready,
    // As `kubectl rollout status`: every wanted pod updated and ready, no old pods left.
    rolledOut: observed && updated >= desired && ready >= desired && current <= updated,
    templateAnnotations: { ...spec?.template?.metadata?.annotations },
    templateHostNetwork: spec?.template?.spec?.hostNetwork === true,
  }
}

/**
 * The Cluster port over helm and kubectl (through the Exec port, always with `--kubeconfig`)
 * and the Kubernetes API (built on the first read from the same kubeconfig).
 */
export function createCluster(options: CreateClusterOptions): Promise<Cluster> {
  const { exec, kubeconfigPath, log } = options
  const clock = options.clock ?? REAL_CLOCK
  const target = { kubeconfig: kubeconfigPath }
  let api: Promise<KubeApi> | undefined
  let credentialsExpireAt: Date | undefined
  let source: ClusterSource | undefined

  const kubeApi = (): Promise<KubeApi> => {
    // An exec plugin's token expires (kubelogin's within the hour); a read after that (the end
    // of a long verification window) builds a new client with fresh credentials. The old one is
    // left to finish what it has in flight; its idle kept-alive sockets do not hold the process.
    if (
      credentialsExpireAt !== undefined &&
      clock.now().getTime() >= credentialsExpireAt.getTime() - CREDENTIALS_MARGIN_MS
    ) {
      api = undefined
      credentialsExpireAt = undefined
    }
    api ??= (async () => {
      const context = await loadKubeContext(kubeconfigPath)
      log.debug(
        `Kubernetes API: context '${context.contextName}' at ${serverForDisplay(context.cluster.server)} (${kubeconfigPath})`,
      )
      source = {
        kind: 'api-server',
        location: serverForDisplay(context.cluster.server),
        context: context.contextName,
      }
      const credentials = await resolveKubeCredentials(exec, context)
      credentialsExpireAt = credentials.expiresAt
      return createKubeApi(context, credentials, { maxSockets: SCRAPE_CONCURRENCY })
    })()
    // A failed build (e.g. an expired login) is retried on the next read.
    api.catch(() => {
      api = undefined
    })
    return api
  }

  const cluster: Cluster = {
    helmRelease: async (release, namespace): Promise<HelmReleaseState | undefined> => {
      const status = await helmStatus(exec, release, namespace, target)
      if (status === undefined) return undefined
      const values = (await helmGetValues(exec, release, namespace, target)) ?? {}
      return {
        chartVersion: status.chart?.metadata?.version,
        values,
        status: status.info.status,
      }
    },
    helmUpgradeInstall: async (install: HelmInstall): Promise<void> => {
      await helmUpgradeInstall(exec, {
        release: install.release,
        chart: install.chart,
        // An empty repository means an OCI or local chart reference: no --repo.
        ...(install.repo ? { repo: install.repo } : {}),
        version: install.version,
        namespace: install.namespace,
        createNamespace: true,
        values: install.values,
        ...(install.waitTimeoutSeconds !== undefined
          ? { waitTimeoutSeconds: install.waitTimeoutSeconds }
          : {}),
        kubeconfig: kubeconfigPath,
      })
    },
    getService: async (namespace, name): Promise<ServiceView | undefined> => {
      const service = await (await kubeApi()).getService(namespace, name)
      return service === undefined ? undefined : toServiceView(service)
    },
    listPods: async (namespace, labelSelector): Promise<PodView[]> =>
      (await (await kubeApi()).listPods(namespace, labelSelector)).map(toPodView),
    scrapeProxies: async (targets, options, onScrape): Promise<void> => {
      await scrapeProxies(await kubeApi(), targets, options, onScrape, clock)
    },
    readIdentityIssuer: async namespace => {
      const where = `${namespace}/${IDENTITY_ISSUER_SECRET}`
      try {
        const secret = await (await kubeApi()).getSecret(namespace, IDENTITY_ISSUER_SECRET)
        return secret === undefined
          ? {
              ok: false,
              message: `Secret '${where}' does not exist: is Linkerd's control plane in namespace '${namespace}', with identity.issuer.scheme linkerd.io/tls or kubernetes.io/tls?`,
            }
          : issuerFromSecret(secret, where)
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) }
      }
    },
    describeSource: async (): Promise<ClusterSource> => {
      await kubeApi()
      if (source === undefined) throw new Error('the Kubernetes API client was not built')
      return source
    },
    getIngress: async (namespace, name): Promise<Record<string, unknown> | undefined> => {
      const ingress = await (await kubeApi()).getIngress(namespace, name)
      return ingress === undefined ? undefined : { ...ingress }
    },
    getCustomObject: async (ref): Promise<Record<string, unknown> | undefined> =>
      (await kubeApi()).getNamespacedObject(ref.apiVersion, ref.plural, ref.namespace, ref.name),
    applyManifests: async (manifests): Promise<void> => {
      await kubectlApplyServerSide(exec, manifests, {
        fieldManager: FIELD_MANAGER,
        kubeconfig: kubeconfigPath,
      })
    },
    kubernetesVersion: async () => {
      const version = await (await kubeApi()).getVersion()
      const fromGit = /^v?(\d+)\.(\d+)/.exec(version.gitVersion)
      // Some distributions report minor as "31+".
      const major = Number.parseInt(version.major, 10)
      const minor = Number.parseInt(version.minor, 10)
      return {
        major: Number.isNaN(major) ? Number(fromGit?.[1] ?? 0) : major,
        minor: Number.isNaN(minor) ? Number(fromGit?.[2] ?? 0) : minor,
        gitVersion: version.gitVersion,
      }
    },
    getCustomResourceDefinition: async name => {
      const crd = await (await kubeApi()).getCustomResourceDefinition(name)
      return crd === undefined
        ? undefined
        : {
            name: crd.metadata.name,
            labels: { ...crd.metadata.labels },
            annotations: { ...crd.metadata.annotations },
          }
    },
    listNodes: async () =>
      (await (await kubeApi()).getNodes()).map(node => ({
        name: node.metadata.name,
        schedulable: node.spec?.unschedulable !== true,
        ready:
          node.status?.conditions?.some(c => c.type === 'Ready' && c.status === 'True') === true,
        os: node.metadata.labels?.['kubernetes.io/os'],
        blockingTaints: (node.spec?.taints ?? [])
          .filter(t => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
          .map(t => `${t.key}:${t.effect}`),
      })),
    getNamespace: async name => {
      const namespace = await (await kubeApi()).getNamespace(name)
      return namespace === undefined ? undefined : toNamespaceView(namespace)
    },
    listWorkloads: async namespace => {
      const client = await kubeApi()
      const lists = await Promise.all(
        WORKLOAD_RESOURCES.map(async ([kind, resource]) =>
          (await client.listApps(resource, namespace)).map(w => toWorkloadView(kind, w)),
        ),
      )
      return lists.flat()
    },
    restartWorkload: async workload => {
      await kubectlRolloutRestart(exec, workload.kind, workload.name, workload.namespace, target)
    },
    waitForRollout: async (workload, timeoutSeconds) => {
      await kubectlRolloutStatus(
        exec,
        workload.kind,
        workload.name,
        workload.namespace,
        timeoutSeconds,
        target,
      )
    },
  }
  return Promise.resolve(cluster)
}
