/**
 * The cluster port: what steps ask of the Kubernetes cluster. Host-free; src/kube/cluster-adapter.ts
 * implements it with helm, kubectl and the Kubernetes API.
 */

/** A Helm release as installed: the chart version, its user-supplied values and the status. */
export interface HelmReleaseState {
  readonly chartVersion: string | undefined
  readonly values: Record<string, unknown>
  /** Helm's status: `deployed`, `failed`, `pending-install`, ... */
  readonly status: string
}

/** One `helm upgrade --install` of a pinned chart version from a chart repository. */
export interface HelmInstall {
  release: string
  namespace: string
  chart: string
  /** Chart repository URL; empty for an OCI (`oci://…`) or local chart reference. */
  repo: string
  version: string
  values: Record<string, unknown>
  /** When set, waits for the release's resources to be ready, up to this many seconds. */
  waitTimeoutSeconds?: number
}

export interface ServicePortView {
  name?: string
  port: number
  protocol?: string
}

/** The parts of a Service the steps read. */
export interface ServiceView {
  name: string
  namespace: string
  uid?: string
  type?: string
  annotations: Record<string, string>
  /** `status.loadBalancer.ingress[].ip`, in order; empty until the load balancer has an IP. */
  loadBalancerIps: string[]
  ports: ServicePortView[]
}

export interface Cluster extends PodReader {
  /** The release, or undefined when it is not installed. */
  helmRelease(release: string, namespace: string): Promise<HelmReleaseState | undefined>
  /** Installs or upgrades the release (creating the namespace when missing). */
  helmUpgradeInstall(install: HelmInstall): Promise<void>
  /** The Service, or undefined when it does not exist. */
  getService(namespace: string, name: string): Promise<ServiceView | undefined>
  /** An Ingress (networking.k8s.io/v1) as the API server returns it, or undefined. */
  getIngress(namespace: string, name: string): Promise<Record<string, unknown> | undefined>
  /** Server-side apply of the manifests in one call; no call for an empty list. */
  applyManifests(manifests: readonly Record<string, unknown>[]): Promise<void>
}

/** A pod's HTTP probe (liveness, readiness or startup) as the kubelet sends it. */
export interface HttpProbeView {
  readonly kind: 'liveness' | 'readiness' | 'startup'
  readonly container: string
  /** The port number; a named port is resolved against the container's ports (undefined if unknown). */
  readonly port: number | undefined
  readonly path: string
}

export interface ContainerView {
  readonly name: string
  /** `Always` on an init container marks a native sidecar. */
  readonly restartPolicy?: string
}

/** The parts of a Pod the steps read. */
export interface PodView {
  readonly name: string
  readonly namespace: string
  readonly labels: Readonly<Record<string, string>>
  readonly annotations: Readonly<Record<string, string>>
  /** `metadata.ownerReferences`: the controller first when there is one. */
  readonly owners: readonly { readonly kind: string; readonly name: string }[]
  readonly containers: readonly ContainerView[]
  readonly initContainers: readonly ContainerView[]
  readonly httpProbes: readonly HttpProbeView[]
  readonly hostNetwork: boolean
  /** `status.phase`: Pending, Running, Succeeded, Failed or Unknown. */
  readonly phase: string
  /** The Pod's `Ready` condition is `True`. */
  readonly ready: boolean
}

export interface PodRef {
  readonly namespace: string
  readonly name: string
}

/**
 * Why a proxy's metrics could not be read: the Kubernetes API refused (RBAC), the pod's proxy
 * refused (a Linkerd authorization policy on its admin server), no answer in time, the pod or
 * its admin port could not be reached, the pod is gone, or another HTTP failure.
 */
export type ScrapeProblem =
  'forbidden-by-rbac' | 'forbidden-by-pod' | 'timeout' | 'unreachable' | 'not-found' | 'failed'

export type ProxyScrape =
  | {
      readonly ok: true
      readonly text: string
      /** When the metrics were taken, when the source knows it (saved scrapes); else now. */
      readonly scrapedAt?: Date
    }
  | { readonly ok: false; readonly problem: ScrapeProblem; readonly message: string }

export interface ScrapeOptions {
  /** Per-request timeout. */
  readonly timeoutMs: number
}

/** Where the cluster's data came from, for evidence: the API server, or a folder of saved scrapes. */
export interface ClusterSource {
  readonly kind: 'api-server' | 'saved-scrapes'
  /** The API server URL, or the folder of saved scrapes. */
  readonly location: string
  /** The kubeconfig context, when read from an API server. */
  readonly context?: string
}

/** Read-only access to pods and their Linkerd proxies' metrics. */
export interface PodReader {
  /** Pods of one namespace (or of all namespaces when undefined), optionally by label selector. */
  listPods(namespace?: string, labelSelector?: string): Promise<PodView[]>
  /**
   * Reads every target's proxy metrics (admin port 4191, `/metrics`) with bounded concurrency
   * over reused connections, handing each result to `onScrape` as it arrives (so the caller
   * keeps only what it parsed). A failed scrape is a result, not an exception.
   */
  scrapeProxies(
    targets: readonly PodRef[],
    options: ScrapeOptions,
    onScrape: (target: PodRef, scrape: ProxyScrape) => void,
  ): Promise<void>
  describeSource(): Promise<ClusterSource>
}
