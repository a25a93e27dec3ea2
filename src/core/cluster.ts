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

export interface Cluster {
  /** The release, or undefined when it is not installed. */
  helmRelease(release: string, namespace: string): Promise<HelmReleaseState | undefined>
  /** Installs or upgrades the release (creating the namespace when missing). */
  helmUpgradeInstall(install: HelmInstall): Promise<void>
  /** The Service, or undefined when it does not exist. */
  getService(namespace: string, name: string): Promise<ServiceView | undefined>
  /** Server-side apply of the manifests in one call; no call for an empty list. */
  applyManifests(manifests: readonly Record<string, unknown>[]): Promise<void>
}
