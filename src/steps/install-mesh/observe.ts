import type {
  Cluster,
  CustomObjectRef,
  CustomResourceDefinitionView,
  HelmReleaseState,
  KubernetesVersion,
  NamespaceView,
  PodView,
  WorkloadView,
} from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import type { Network } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import {
  generateIssuer,
  generateTrustAnchor,
  P256,
  parsePrivateKey,
  type KeyPair,
  type PrivateKey,
} from './certificates.js'
import {
  chooseAnchors,
  chooseIssuer,
  needsNewAnchor,
  NO_IDENTITY,
  readInstalledIdentity,
  type CandidateAnchor,
  type InstalledIdentity,
} from './identity.js'
import { installMeshManifest } from './manifest.js'
import { CNI, CONTROL_PLANE, CRDS } from './releases.js'
import { refKey, scrapePolicyRefs } from './scrape-policy.js'
import type { InstallMeshSpec } from './spec.js'

const STEP = installMeshManifest.name

/** The Gateway API CRD whose annotation tells the installed bundle version. */
export const GATEWAY_API_CRD = 'httproutes.gateway.networking.k8s.io'
/** The Gateway API types Linkerd is configured with (HTTPRoute and GRPCRoute, both v1 since 2.18). */
export const GATEWAY_API_CRDS = [GATEWAY_API_CRD, 'grpcroutes.gateway.networking.k8s.io'] as const

export interface KeyFileState {
  /** Absolute path. */
  readonly path: string
  /** The key in the file; undefined when there is no file yet. */
  readonly key: PrivateKey | undefined
}

export interface InstallMeshState {
  readonly now: Date
  /** Undefined offline. */
  readonly kubernetes: KubernetesVersion | undefined
  /** The Gateway API CRDs Linkerd needs (GATEWAY_API_CRDS), by name; undefined when absent. */
  readonly gatewayApiCrds: ReadonlyMap<string, CustomResourceDefinitionView | undefined>
  /**
   * Nodes the controllers can run on: ready, not cordoned, Linux, without NoSchedule or
   * NoExecute taints. Read only with `ha: true`.
   */
  readonly schedulableNodes: number | undefined
  readonly cniRelease: HelmReleaseState | undefined
  readonly crdsRelease: HelmReleaseState | undefined
  readonly controlPlaneRelease: HelmReleaseState | undefined
  readonly installed: InstalledIdentity
  readonly keyFile: KeyFileState | undefined
  /** A trust anchor made for this run when neither the inputs nor the release has one. */
  readonly candidateAnchor: CandidateAnchor | undefined
  /** An issuer made for this run when the installed one cannot stay (and the anchor key is at hand). */
  readonly candidateIssuer: KeyPair | undefined
  readonly namespaces: ReadonlyMap<string, NamespaceView | undefined>
  readonly pods: readonly PodView[]
  /** Listed only with `restart-workloads: true`. */
  readonly workloads: readonly WorkloadView[]
  /**
   * The scrape policy's objects by `refKey`, as the API server has them (undefined: absent);
   * read only with `metrics-scrape-networks`.
   */
  readonly scrapePolicy: ReadonlyMap<string, Record<string, unknown> | undefined>
}

async function readKeyFile(
  ctx: StepContext<Network, Cluster>,
  spec: InstallMeshSpec,
): Promise<KeyFileState | undefined> {
  if (spec.anchorKeyFile === undefined) return undefined
  const path = ctx.files.resolve(spec.anchorKeyFile)
  const text = await ctx.files.read(spec.anchorKeyFile)
  if (text === undefined) return { path, key: undefined }
  ctx.secrets.mask(text)
  const input = spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file'
  const key = parsePrivateKey(text)
  if (!key.ok) {
    throw new PreconditionError(
      `${STEP}: the file '${path}' ('${input}') ${key.message}. Point the input at the trust anchor's key file, or at a path where no file exists yet to have a new anchor's key written there.`,
    )
  }
  if (key.value.keyAlgorithm !== P256) {
    throw new PreconditionError(
      `${STEP}: the file '${path}' ('${input}') holds an ${key.value.keyAlgorithm} key; a trust anchor's key must be ${P256}, as Linkerd requires. Point the input at the key of the anchor in use, or at a path where no file exists yet.`,
    )
  }
  return { path, key: key.value }
}

async function readScrapePolicy(
  kube: Cluster,
  spec: InstallMeshSpec,
): Promise<InstallMeshState['scrapePolicy']> {
  if (spec.scrapeNetworks.length === 0) return new Map()
  const refs: CustomObjectRef[] = spec.injectNamespaces.flatMap(scrapePolicyRefs)
  const found = await Promise.all(refs.map(ref => kube.getCustomObject(ref)))
  return new Map(refs.map((ref, i) => [refKey(ref), found[i]]))
}

async function readNamespaces(
  kube: Cluster,
  spec: InstallMeshSpec,
): Promise<Pick<InstallMeshState, 'namespaces' | 'pods' | 'workloads'>> {
  const read = await Promise.all(
    spec.injectNamespaces.map(async name => {
      const [namespace, pods, workloads] = await Promise.all([
        kube.getNamespace(name),
        kube.listPods(name),
        spec.restartWorkloads ? kube.listWorkloads(name) : Promise.resolve([]),
      ])
      return { name, namespace, pods, workloads }
    }),
  )
  return {
    namespaces: new Map(read.map(r => [r.name, r.namespace])),
    pods: read.flatMap(r => r.pods),
    workloads: read.flatMap(r => r.workloads),
  }
}

/**
 * Reads the cluster (version, Gateway API CRDs, nodes with HA, the three releases, the injected
 * namespaces' pods) and the key file, then makes what the plan may need and nothing else has:
 * a trust anchor when none is given or installed, and an issuer when the installed one cannot
 * stay and the anchor's key is at hand. Nothing is written.
 */
export async function observeInstallMesh(
  ctx: StepContext<Network, Cluster>,
  spec: InstallMeshSpec,
): Promise<InstallMeshState> {
  const now = ctx.clock.now()
  const kube = ctx.kube
  // The key file is local: a wrong one stops the run before any cluster call (and before the
  // cluster reads below are in flight, which a failure among them would leave running).
  const keyFile = await readKeyFile(ctx, spec)
  const [
    kubernetes,
    gatewayApiCrds,
    nodes,
    cniRelease,
    crdsRelease,
    controlPlaneRelease,
    injected,
    scrapePolicy,
  ] = await Promise.all([
    kube.kubernetesVersion(),
    Promise.all(GATEWAY_API_CRDS.map(name => kube.getCustomResourceDefinition(name))),
    spec.ha ? kube.listNodes() : Promise.resolve(undefined),
    spec.cni ? kube.helmRelease(CNI.release, CNI.namespace) : Promise.resolve(undefined),
    kube.helmRelease(CRDS.release, CRDS.namespace),
    kube.helmRelease(CONTROL_PLANE.release, CONTROL_PLANE.namespace),
    readNamespaces(kube, spec),
    readScrapePolicy(kube, spec),
  ])
  const installed = readInstalledIdentity(controlPlaneRelease?.values)
  if (installed.issuer) ctx.secrets.mask(installed.issuer.key.pem)

  let candidateAnchor: CandidateAnchor | undefined
  if (installed.external === undefined && needsNewAnchor(spec, installed)) {
    // A key the run was given (the input, else the key file) keeps its anchor's identity.
    const key = spec.anchorKey ?? keyFile?.key
    const made = await generateTrustAnchor({
      now,
      validityMs: spec.anchorValidityMs,
      ...(key ? { key } : {}),
    })
    ctx.secrets.mask(made.key.pem)
    candidateAnchor = {
      ...made,
      keyFrom: spec.anchorKey ? 'input' : keyFile?.key ? 'key-file' : 'new',
    }
  }
  const anchors = chooseAnchors(spec, installed, keyFile?.key, candidateAnchor)
  const issuer = chooseIssuer(spec, installed, anchors?.anchors, anchors?.signer?.certificate, now)
  let candidateIssuer: KeyPair | undefined
  const signer = anchors?.signer
  if (
    installed.external === undefined &&
    issuer.kind === 'new' &&
    signer &&
    signer.certificate.notAfter.getTime() > now.getTime()
  ) {
    candidateIssuer = await generateIssuer({
      now,
      validityMs: spec.issuerValidityMs,
      anchor: signer.certificate,
      anchorKey: signer.key,
    })
    ctx.secrets.mask(candidateIssuer.key.pem)
  }

  return {
    now,
    kubernetes,
    gatewayApiCrds: new Map(GATEWAY_API_CRDS.map((name, i) => [name, gatewayApiCrds[i]])),
    schedulableNodes: nodes?.filter(
      n =>
        n.schedulable && n.ready && (n.os ?? 'linux') === 'linux' && n.blockingTaints.length === 0,
    ).length,
    cniRelease,
    crdsRelease,
    controlPlaneRelease,
    installed,
    keyFile,
    candidateAnchor,
    candidateIssuer,
    ...injected,
    scrapePolicy,
  }
}

/** Offline: nothing is read, nothing is installed, nothing is generated. */
export function offlineInstallMeshState(): InstallMeshState {
  return {
    now: new Date(),
    kubernetes: undefined,
    gatewayApiCrds: new Map(),
    schedulableNodes: undefined,
    cniRelease: undefined,
    crdsRelease: undefined,
    controlPlaneRelease: undefined,
    installed: NO_IDENTITY,
    keyFile: undefined,
    candidateAnchor: undefined,
    candidateIssuer: undefined,
    namespaces: new Map(),
    pods: [],
    workloads: [],
    scrapePolicy: new Map(),
  }
}
