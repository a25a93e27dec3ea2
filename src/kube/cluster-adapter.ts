import type {
  Cluster,
  ClusterSource,
  HelmInstall,
  HelmReleaseState,
  PodView,
  ServiceView,
} from '../core/cluster.js'
import type { Exec, Log } from '../core/ports.js'
import { helmGetValues, helmStatus, helmUpgradeInstall } from './helm.js'
import { createKubeApi, type KubeApi } from './kube-api.js'
import { resolveKubeCredentials } from './kube-credentials.js'
import type { Service } from './kube-types.js'
import { loadKubeContext } from './kubeconfig.js'
import { kubectlApplyServerSide } from './kubectl.js'
import { toPodView } from './pod-view.js'
import { SCRAPE_CONCURRENCY, scrapeProxies } from './proxy-scrape.js'

export interface CreateClusterOptions {
  readonly exec: Exec
  /** The resolved kubeconfig file; passed to helm and kubectl as `--kubeconfig`. */
  readonly kubeconfigPath: string
  readonly log: Log
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

/**
 * The Cluster port over helm and kubectl (through the Exec port, always with `--kubeconfig`)
 * and the Kubernetes API (built on the first read from the same kubeconfig).
 */
export function createCluster(options: CreateClusterOptions): Promise<Cluster> {
  const { exec, kubeconfigPath, log } = options
  const target = { kubeconfig: kubeconfigPath }
  let api: Promise<KubeApi> | undefined
  let source: ClusterSource | undefined

  const kubeApi = (): Promise<KubeApi> => {
    api ??= (async () => {
      const context = await loadKubeContext(kubeconfigPath)
      log.debug(
        `Kubernetes API: context '${context.contextName}' at ${context.cluster.server} (${kubeconfigPath})`,
      )
      source = {
        kind: 'api-server',
        location: context.cluster.server,
        context: context.contextName,
      }
      return createKubeApi(context, await resolveKubeCredentials(exec, context), {
        maxSockets: SCRAPE_CONCURRENCY,
      })
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
      await scrapeProxies(await kubeApi(), targets, options, onScrape)
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
    applyManifests: async (manifests): Promise<void> => {
      await kubectlApplyServerSide(exec, manifests, {
        fieldManager: FIELD_MANAGER,
        kubeconfig: kubeconfigPath,
      })
    },
  }
  return Promise.resolve(cluster)
}
