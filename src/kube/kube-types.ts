/** The minimal shapes of the Kubernetes objects the steps read. */

export interface OwnerReference {
  readonly apiVersion?: string
  readonly kind: string
  readonly name: string
  readonly controller?: boolean
}

/** One entry of `metadata.managedFields` (server-side apply bookkeeping). */
export interface ManagedFieldsEntry {
  readonly manager?: string
  readonly operation?: string
  readonly fieldsType?: string
  readonly fieldsV1?: Readonly<Record<string, unknown>>
}

export interface ObjectMeta {
  readonly name: string
  readonly namespace?: string
  readonly labels?: Readonly<Record<string, string>>
  readonly annotations?: Readonly<Record<string, string>>
  readonly ownerReferences?: readonly OwnerReference[]
  readonly managedFields?: readonly ManagedFieldsEntry[]
  /** Set once the object is being deleted. */
  readonly deletionTimestamp?: string
  readonly generation?: number
}

export interface EnvVar {
  readonly name: string
  /** Absent when the value comes from `valueFrom`. */
  readonly value?: string
}

export interface ContainerPort {
  readonly name?: string
  readonly containerPort: number
  readonly protocol?: string
}

/** A probe; only `httpGet` is read (the kubelet's plaintext HTTP requests to the pod). */
export interface Probe {
  readonly httpGet?: { readonly path?: string; readonly port: number | string }
}

export interface Container {
  readonly name: string
  readonly image?: string
  readonly ports?: readonly ContainerPort[]
  readonly env?: readonly EnvVar[]
  readonly args?: readonly string[]
  /** `Always` on an init container marks a native sidecar (Linkerd 2.20 default). */
  readonly restartPolicy?: string
  readonly livenessProbe?: Probe
  readonly readinessProbe?: Probe
  readonly startupProbe?: Probe
}

export interface PodSpec {
  readonly containers: readonly Container[]
  readonly initContainers?: readonly Container[]
  readonly nodeName?: string
  readonly hostNetwork?: boolean
}

export interface Pod {
  readonly metadata: ObjectMeta
  readonly spec: PodSpec
  readonly status?: {
    readonly phase?: string
    readonly podIP?: string
    readonly conditions?: readonly { readonly type: string; readonly status: string }[]
  }
}

export interface ServicePort {
  readonly name?: string
  readonly port: number
  readonly targetPort?: number | string
  readonly protocol?: string
}

export interface LoadBalancerIngress {
  readonly ip?: string
  readonly hostname?: string
}

/** A Secret; only the entries a step asks for are ever decoded. */
export interface Secret {
  readonly metadata: ObjectMeta
  readonly type?: string
  /** Base64-encoded values. */
  readonly data?: Readonly<Record<string, string>>
}

export interface Service {
  readonly metadata: ObjectMeta
  readonly spec: {
    readonly type?: string
    readonly clusterIP?: string
    readonly ports?: readonly ServicePort[]
    readonly selector?: Readonly<Record<string, string>>
  }
  readonly status?: {
    readonly loadBalancer?: { readonly ingress?: readonly LoadBalancerIngress[] }
  }
}

export interface Namespace {
  readonly metadata: ObjectMeta
  readonly status?: { readonly phase?: string }
}

export interface Node {
  readonly metadata: ObjectMeta
  readonly spec?: {
    readonly podCIDR?: string
    readonly podCIDRs?: readonly string[]
    readonly unschedulable?: boolean
    readonly taints?: readonly { readonly key: string; readonly effect: string }[]
  }
  readonly status?: {
    readonly conditions?: readonly { readonly type: string; readonly status: string }[]
    readonly addresses?: readonly { readonly type: string; readonly address: string }[]
    readonly nodeInfo?: { readonly kubeletVersion?: string }
  }
}

export interface PodTemplate {
  readonly metadata?: Partial<ObjectMeta>
  readonly spec?: Partial<PodSpec>
}

/** The parts of apps/v1 Deployments, StatefulSets, DaemonSets and ReplicaSets the steps read. */
export interface AppsWorkload {
  readonly metadata: ObjectMeta
  readonly spec?: {
    readonly replicas?: number
    readonly template?: PodTemplate
  }
  readonly status?: {
    readonly observedGeneration?: number
    readonly replicas?: number
    readonly readyReplicas?: number
    readonly updatedReplicas?: number
    readonly availableReplicas?: number
    /** DaemonSets. */
    readonly desiredNumberScheduled?: number
    readonly numberReady?: number
    readonly updatedNumberScheduled?: number
  }
}

export interface CustomResourceDefinition {
  readonly metadata: ObjectMeta
  readonly spec?: { readonly group?: string }
}

/** `GET /version`. */
export interface KubeVersion {
  readonly major: string
  readonly minor: string
  readonly gitVersion: string
  readonly platform?: string
}

export interface ObjectList<T> {
  readonly items: readonly T[]
  readonly metadata?: { readonly continue?: string; readonly resourceVersion?: string }
}

/** An Ingress as the API server returns it: the steps compare its metadata and spec. */
export interface Ingress {
  readonly apiVersion?: string
  readonly kind?: string
  readonly metadata: ObjectMeta
  readonly spec?: Readonly<Record<string, unknown>>
}
