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

import type { HelmChange } from './plan.js'

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

/** The install a planned Helm change describes; `values` replaces the planned ones when given. */
export function helmInstallOf(
  change: HelmChange,
  values: Record<string, unknown> = change.values,
): HelmInstall {
  return {
    release: change.release,
    namespace: change.namespace,
    chart: change.chart,
    repo: change.repo,
    version: change.version,
    values,
  }
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

/** `GET /version`, with the minor version as a number (`"31+"` reads as 31). */
export interface KubernetesVersion {
  readonly major: number
  readonly minor: number
  readonly gitVersion: string
}

export interface CustomResourceDefinitionView {
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
  readonly annotations: Readonly<Record<string, string>>
}

export interface NodeView {
  readonly name: string
  /** False when cordoned (`spec.unschedulable`). */
  readonly schedulable: boolean
  /** Its `Ready` condition is `True`. */
  readonly ready: boolean
  /** The `kubernetes.io/os` label (`linux`, `windows`); undefined when absent. */
  readonly os: string | undefined
  /** `key:effect` of its NoSchedule and NoExecute taints, which pods without tolerations avoid. */
  readonly blockingTaints: readonly string[]
}

export interface NamespaceView {
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
  readonly annotations: Readonly<Record<string, string>>
  /** Annotations this project's field manager owns through server-side apply. */
  readonly appliedAnnotations: readonly string[]
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet'

export interface WorkloadRef {
  readonly kind: WorkloadKind
  readonly namespace: string
  readonly name: string
}

export interface WorkloadView extends WorkloadRef {
  /** Pods the workload wants (DaemonSets: the nodes it is scheduled on). */
  readonly desired: number
  readonly ready: number
  /** The controller has seen the latest spec and every wanted pod is updated and ready. */
  readonly rolledOut: boolean
  readonly templateAnnotations: Readonly<Record<string, string>>
  readonly templateHostNetwork: boolean
}

export interface CustomObjectRef {
  readonly apiVersion: string
  readonly plural: string
  readonly namespace: string
  readonly name: string
}

export interface Cluster extends PodReader, IssuerReader {
  /** The release, or undefined when it is not installed. */
  helmRelease(release: string, namespace: string): Promise<HelmReleaseState | undefined>
  /** Installs or upgrades the release (creating the namespace when missing). */
  helmUpgradeInstall(install: HelmInstall): Promise<void>
  /** The Service, or undefined when it does not exist. */
  getService(namespace: string, name: string): Promise<ServiceView | undefined>
  /** An Ingress (networking.k8s.io/v1) as the API server returns it, or undefined. */
  getIngress(namespace: string, name: string): Promise<Record<string, unknown> | undefined>
  /**
   * A namespaced custom resource as the API server returns it (`apiVersion` like
   * `policy.linkerd.io/v1beta3`, `plural` like `servers`); undefined when it does not exist or
   * its CRD is not installed.
   */
  getCustomObject(ref: CustomObjectRef): Promise<Record<string, unknown> | undefined>
  /** Server-side apply of the manifests in one call; no call for an empty list. */
  applyManifests(manifests: readonly Record<string, unknown>[]): Promise<void>
  kubernetesVersion(): Promise<KubernetesVersion>
  /** The CRD, or undefined when it is not installed. */
  getCustomResourceDefinition(name: string): Promise<CustomResourceDefinitionView | undefined>
  listNodes(): Promise<NodeView[]>
  /** The namespace, or undefined when it does not exist. */
  getNamespace(name: string): Promise<NamespaceView | undefined>
  /** The namespace's Deployments, StatefulSets and DaemonSets. */
  listWorkloads(namespace: string): Promise<WorkloadView[]>
  /** `kubectl rollout restart`: new pods from the same template. */
  restartWorkload(workload: WorkloadRef): Promise<void>
  /** `kubectl rollout status`: waits for the rollout, failing after the timeout. */
  waitForRollout(workload: WorkloadRef, timeoutSeconds: number): Promise<void>
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
  /** Literal `env` values (those from `valueFrom` are left out). */
  readonly env: Readonly<Record<string, string>>
  /** `args` as written (e.g. linkerd-init's ports and subnets to ignore). */
  readonly args?: readonly string[]
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
  /** Being deleted (`metadata.deletionTimestamp`). */
  readonly terminating: boolean
}

const WORKLOAD_KINDS: readonly string[] = ['Deployment', 'StatefulSet', 'DaemonSet']

/**
 * The Deployment, StatefulSet or DaemonSet that owns the pod: its controller, or for a
 * ReplicaSet the Deployment it is named after (the Deployment controller names its ReplicaSets
 * `<deployment>-<pod-template-hash>` and labels their pods with that hash).
 */
export function podWorkload(pod: PodView): WorkloadRef | undefined {
  const owner = pod.owners[0]
  if (owner === undefined) return undefined
  if (WORKLOAD_KINDS.includes(owner.kind)) {
    return { kind: owner.kind as WorkloadKind, namespace: pod.namespace, name: owner.name }
  }
  const hash = pod.labels['pod-template-hash']
  if (owner.kind === 'ReplicaSet' && hash !== undefined && owner.name.endsWith(`-${hash}`)) {
    return {
      kind: 'Deployment',
      namespace: pod.namespace,
      name: owner.name.slice(0, -hash.length - 1),
    }
  }
  return undefined
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
  | 'forbidden-by-rbac'
  | 'forbidden-by-pod'
  | 'timeout'
  | 'unreachable'
  /** The pod no longer exists (the API server's own 404, a NotFound Status). */
  | 'not-found'
  /** The pod exists, but what answers on its port 4191 has no `/metrics` (its own 404). */
  | 'not-served'
  | 'failed'

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

/** The Secret that holds Linkerd's identity issuer certificate and key (mesh.md 2.3). */
export const IDENTITY_ISSUER_SECRET = 'linkerd-identity-issuer'

/**
 * The Linkerd identity issuer's certificate as read from its Secret: when it expires and where it
 * came from. The Secret's private key is never decoded.
 */
export type IssuerCertificateRead =
  | { readonly ok: true; readonly notAfter: Date; readonly source: string }
  | { readonly ok: false; readonly message: string }

/** Reads the identity issuer's certificate (needs `get` on that one Secret). */
export interface IssuerReader {
  /** From Secret `linkerd-identity-issuer` in the control plane's namespace. */
  readIdentityIssuer(namespace: string): Promise<IssuerCertificateRead>
}
