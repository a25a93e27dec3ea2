import { chartSource } from '../../core/chart-repository.js'
import {
  podWorkload,
  type CustomResourceDefinitionView,
  type HelmReleaseState,
  type WorkloadView,
} from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import { sameJson } from '../../core/json.js'
import {
  changeKey,
  knownAfterApply,
  type Change,
  type HelmChange,
  type KubernetesChange,
  type Plan,
} from '../../core/plan.js'
import { privateKeyMarker, SealedSecrets } from '../../core/sealed-secrets.js'
import {
  bundlePem,
  signerOf,
  type Certificate,
  type KeyPair,
  type PrivateKey,
} from './certificates.js'
import { chooseAnchors, chooseIssuer, day, short, type AnchorChoice } from './identity.js'
import {
  activePods,
  AKS_CONTROL_PLANE_LABEL,
  hasStaleTrustRoot,
  isMeshed,
  namespaceChange,
  restartReason,
  sameWorkload,
  trustRootSha256,
  unmeshable,
  workloadKey,
  workloadManifest,
  type ProxyExpectations,
} from './injection.js'
import { gatewayApiSupport, meetsKubernetesMinimum } from './linkerd-versions.js'
import { installMeshManifest } from './manifest.js'
import { GATEWAY_API_CRD, GATEWAY_API_CRDS, type InstallMeshState } from './observe.js'
import {
  CNI,
  comparableValues,
  CONTROL_PLANE,
  controlPlaneValues,
  CRDS,
  crdsValues,
  HA_REPLICAS,
  type ReleaseName,
} from './releases.js'
import {
  ADMIN_PORT,
  METRICS_PATH,
  POLICY_LABELS,
  policyObjectStatus,
  refKey,
  scrapePolicyManifests,
  scrapePolicyRef,
} from './scrape-policy.js'
import { DAY_MS, type InstallMeshSpec } from './spec.js'

const STEP = installMeshManifest.name

export const ROTATION_DOCS =
  'https://linkerd.io/2-edge/tasks/manually-rotating-control-plane-tls-credentials/'
export const EXPIRED_DOCS = 'https://linkerd.io/2-edge/tasks/replacing_expired_certificates/'
const BUNDLE_VERSION_ANNOTATION = 'gateway.networking.k8s.io/bundle-version'

/** What apply does with the private key of a trust anchor generated in this run. */
export interface AnchorKeyHandling {
  readonly action: 'write' | 'discard'
  /** The anchor key in `plan.secrets`. */
  readonly marker: string
  /** With `write`: the `trust-anchor-key-file` input as given. */
  readonly path: string | undefined
  readonly anchor: Certificate
}

export interface InstallMeshPlan extends Plan {
  /** Set when apply installs a trust anchor whose key was generated in this run. */
  readonly anchorKey: AnchorKeyHandling | undefined
}

export function isInstallMeshPlan(plan: Plan): plan is InstallMeshPlan {
  return 'anchorKey' in plan
}

function name(spec: InstallMeshSpec, id: string): string {
  return spec.inputNames[id] ?? id
}

function helmChange(
  spec: InstallMeshSpec,
  release: ReleaseName,
  values: Record<string, unknown>,
  current: HelmReleaseState | undefined,
  purpose: string,
  dependsOn: readonly string[],
): HelmChange {
  const version = spec.chartVersion.text
  const base = {
    target: 'helm' as const,
    release: release.release,
    namespace: release.namespace,
    ...chartSource(spec.chartRepo, release.chart),
    version,
    values,
    flags: [],
    dependsOn,
  }
  if (current === undefined) {
    return {
      ...base,
      action: 'install',
      reason: `install ${purpose} (Linkerd ${spec.linkerd.name})`,
    }
  }
  if (
    current.chartVersion === version &&
    current.status === 'deployed' &&
    sameJson(comparableValues(current.values), comparableValues(values))
  ) {
    return { ...base, action: 'noop', reason: `chart ${version} with the desired values` }
  }
  const why =
    current.chartVersion !== version
      ? `chart ${current.chartVersion ?? '?'} → ${version}`
      : current.status !== 'deployed'
        ? `the release is '${current.status}'`
        : 'values changed'
  return { ...base, action: 'upgrade', reason: `upgrade ${purpose} (${why})` }
}

function checkKubernetes(spec: InstallMeshSpec, state: InstallMeshState): void {
  const version = state.kubernetes
  if (version === undefined || meetsKubernetesMinimum(spec.minKubernetes, version)) return
  const min = spec.minKubernetes
  throw new PreconditionError(
    `${STEP}: the cluster runs Kubernetes ${version.gitVersion}, but Linkerd ${spec.linkerd.name} (chart ${spec.chartVersion.text}) needs ${min.major}.${min.minor} or later (${min.why}). Upgrade the cluster ('az aks upgrade'), or pin an older '${name(spec, 'chart-version')}' whose Linkerd supports ${version.major}.${version.minor}.`,
  )
}

/** Checks the anchors in use against the clock; warns when one ends within min-validity-days. */
function checkAnchors(
  spec: InstallMeshSpec,
  anchors: readonly Certificate[],
  now: Date,
  warnings: string[],
): void {
  for (const anchor of anchors) {
    if (anchor.notAfter.getTime() <= now.getTime()) {
      throw new PreconditionError(
        `${STEP}: the trust anchor ${short(anchor)} expired on ${day(anchor.notAfter)}; proxies no longer trust each other's certificates. An expired anchor cannot be rotated in place: follow Linkerd's "Replacing expired certificates" (${EXPIRED_DOCS}), then give the new anchor in '${name(spec, 'trust-anchor-certificate')}'.`,
      )
    }
    if (anchor.notBefore.getTime() > now.getTime()) {
      throw new PreconditionError(
        `${STEP}: the trust anchor ${short(anchor)} is not valid before ${anchor.notBefore.toISOString()}; check the clock of whatever made it.`,
      )
    }
    if (anchor.notAfter.getTime() - now.getTime() <= spec.minValidityDays * DAY_MS) {
      warnings.push(
        `the trust anchor ${short(anchor)} expires on ${day(anchor.notAfter)}, within ${spec.minValidityDays} days. This step does not rotate anchors: follow Linkerd's manual rotation (${ROTATION_DOCS}), giving the old and new anchor together in '${name(spec, 'trust-anchor-certificate')}' first.`,
      )
    }
  }
}

interface IdentityValues {
  /** The anchors as the values show them. */
  readonly anchorsPem: string
  /** The anchors the control plane gets (offline: unknown), for the pods' trust-root hash. */
  readonly runningAnchorsPem: string | undefined
  readonly issuerCertificatePem: string
  readonly issuerKeyMarker: string
  readonly anchorKey: AnchorKeyHandling | undefined
  /** The issuer moves to another anchor in use: the pods' certificates should be renewed. */
  readonly issuerMoves: boolean
  /** `trust-anchor-pem` and `issuer-expires-at` before apply. */
  readonly outputs: Record<string, string>
}

function offlineIdentity(spec: InstallMeshSpec, secrets: SealedSecrets): IdentityValues {
  const anchorsPem = spec.anchors
    ? bundlePem(spec.anchors)
    : knownAfterApply('a generated ECDSA P-256 trust anchor certificate')
  const issuer = spec.issuer
  return {
    anchorsPem,
    runningAnchorsPem: undefined,
    issuerCertificatePem: issuer
      ? issuer.certificate.pem
      : knownAfterApply('a generated ECDSA P-256 issuer certificate'),
    issuerKeyMarker: issuer
      ? secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem)
      : knownAfterApply('the generated issuer private key, not shown'),
    anchorKey: undefined,
    issuerMoves: false,
    outputs: {
      'trust-anchor-pem': anchorsPem,
      'issuer-expires-at': issuer
        ? issuer.certificate.notAfter.toISOString()
        : knownAfterApply('the generated issuer’s expiry'),
    },
  }
}

function anchorKeyHandling(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  choice: AnchorChoice,
  secrets: SealedSecrets,
  warnings: string[],
): AnchorKeyHandling | undefined {
  const signer = choice.signer
  if (choice.source === 'existing-key') {
    const where =
      state.candidateAnchor?.keyFrom === 'input' || state.keyFile === undefined
        ? `'${name(spec, 'trust-anchor-key')}'`
        : `'${state.keyFile.path}' (left as it is), as after an install that did not finish`
    warnings.push(
      `no trust anchor certificate is installed or given: a new one is made for the key in ${where}.`,
    )
    return undefined
  }
  if (choice.source !== 'generated' || signer === undefined) return undefined
  const marker = secrets.seal(privateKeyMarker(signer.key.publicKeyFingerprint), signer.key.pem)
  const anchor = signer.certificate
  const where = state.keyFile
    ? `apply writes it to '${state.keyFile.path}' (mode 0600) and nowhere else`
    : `apply discards it, so the step cannot sign a new issuer for this anchor later; set '${name(spec, 'trust-anchor-key-file')}' to keep it`
  warnings.push(
    `a new trust anchor is generated (ECDSA P-256, ${short(anchor)}, valid until ${day(anchor.notAfter)}); its private key never goes to the cluster: ${where}.`,
  )
  return {
    action: state.keyFile ? 'write' : 'discard',
    marker,
    path: spec.anchorKeyFile,
    anchor,
  }
}

interface IssuerPair {
  readonly issuer: KeyPair
  readonly isNew: boolean
  /** The issuer moves to another anchor in use (anchor rotation): proxies need new certificates. */
  readonly moves: boolean
}

/** Where the key this run signs with came from, in the host's spelling. */
function signingKeySource(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  anchor: Certificate,
): string {
  return spec.anchorKey?.publicKeyFingerprint === anchor.publicKeyFingerprint
    ? `the key in '${name(spec, 'trust-anchor-key')}'`
    : `the key in '${state.keyFile?.path ?? name(spec, 'trust-anchor-key-file')}'`
}

function chooseIssuerPair(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  anchors: AnchorChoice,
  warnings: string[],
): IssuerPair {
  const choice = chooseIssuer(
    spec,
    state.installed,
    anchors.anchors,
    anchors.signer?.certificate,
    state.now,
  )
  switch (choice.kind) {
    case 'installed':
      return { issuer: choice.issuer, isNew: false, moves: false }
    case 'input': {
      const certificate = choice.issuer.certificate
      const issuedBy = signerOf(certificate, anchors.anchors)
      if (!issuedBy) {
        throw new PreconditionError(
          `${STEP}: the issuer in '${name(spec, 'issuer-certificate')}' (${short(certificate)}) was not signed by the installed trust anchor; give the anchor that signed it in '${name(spec, 'trust-anchor-certificate')}', or an issuer the installed anchor signed.`,
        )
      }
      if (certificate.notBefore.getTime() > state.now.getTime()) {
        throw new PreconditionError(
          `${STEP}: the issuer in '${name(spec, 'issuer-certificate')}' is not valid before ${certificate.notBefore.toISOString()}; proxies would reject the certificates it signs until then. Check the clock of whatever made it, or give an issuer valid now.`,
        )
      }
      if (certificate.notAfter.getTime() > issuedBy.notAfter.getTime()) {
        warnings.push(
          `the issuer in '${name(spec, 'issuer-certificate')}' ends on ${day(certificate.notAfter)}, after the trust anchor that signed it (${day(issuedBy.notAfter)}): from then on proxies reject the certificates it signs, so replace it before the anchor ends.`,
        )
      }
      if (certificate.notAfter.getTime() <= state.now.getTime()) {
        throw new PreconditionError(
          `${STEP}: the issuer in '${name(spec, 'issuer-certificate')}' expired on ${day(certificate.notAfter)}; give a valid one (see ${EXPIRED_DOCS}).`,
        )
      }
      if (certificate.notAfter.getTime() - state.now.getTime() <= spec.minValidityDays * DAY_MS) {
        warnings.push(
          `the issuer in '${name(spec, 'issuer-certificate')}' expires on ${day(certificate.notAfter)}, within ${spec.minValidityDays} days; replace it soon (${ROTATION_DOCS}).`,
        )
      }
      return { issuer: choice.issuer, isNew: false, moves: false }
    }
    case 'new': {
      const target = choice.movesTo
      const trusted = state.installed.anchors ?? []
      if (target && !trusted.some(a => a.fingerprint === target.fingerprint)) {
        throw new PreconditionError(
          `${STEP}: the trust anchor ${short(target)} that ${signingKeySource(spec, state, target)} belongs to is new in this run. Moving the identity issuer to it now would give restarted and new pods certificates that the pods started before this run do not trust yet. First run with the bundle of new and old anchors in '${name(spec, 'trust-anchor-certificate')}' and the old anchor's key (or no key), with '${name(spec, 'restart-workloads')}: true', so that every meshed pod trusts both; then give the new anchor's key (${ROTATION_DOCS}).`,
        )
      }
      if (state.candidateIssuer === undefined) {
        const given = spec.anchorKey
          ? ` (the key in '${name(spec, 'trust-anchor-key')}' belongs to another anchor)`
          : ''
        throw new PreconditionError(
          `${STEP}: a new identity issuer is needed (${choice.reason}), and signing it needs the trust anchor's private key, which this run does not have${given}. Give it in '${name(spec, 'trust-anchor-key')}', or set '${name(spec, 'trust-anchor-key-file')}' to the file written when the anchor was generated; or give a new issuer in '${name(spec, 'issuer-certificate')}' and '${name(spec, 'issuer-key')}'.`,
        )
      }
      if (state.installed.issuer)
        warnings.push(`the identity issuer is replaced: ${choice.reason}.`)
      return { issuer: state.candidateIssuer, isNew: true, moves: target !== undefined }
    }
  }
}

function onlineIdentity(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  secrets: SealedSecrets,
  warnings: string[],
): IdentityValues {
  const choice = chooseAnchors(spec, state.installed, state.keyFile?.key, state.candidateAnchor)
  if (choice === undefined) {
    throw new Error(`${STEP}: no trust anchor was prepared for the plan (internal error)`)
  }
  checkAnchors(spec, choice.anchors, state.now, warnings)
  const unused = (key: PrivateKey | undefined): boolean =>
    key !== undefined &&
    !choice.anchors.some(a => a.publicKeyFingerprint === key.publicKeyFingerprint)
  if (unused(spec.anchorKey)) {
    warnings.push(
      `the key in '${name(spec, 'trust-anchor-key')}' belongs to none of the trust anchors in use; it is not used.`,
    )
  }
  if (state.keyFile && unused(state.keyFile.key)) {
    warnings.push(
      `the key in '${state.keyFile.path}' belongs to none of the trust anchors in use; it is not used.`,
    )
  }
  const anchorKey = anchorKeyHandling(spec, state, choice, secrets, warnings)
  const { issuer, isNew, moves } = chooseIssuerPair(spec, state, choice, warnings)
  const installedAnchors = state.installed.anchors
  if (
    installedAnchors &&
    choice.source === 'input' &&
    installedAnchors.map(a => a.fingerprint).join() !==
      choice.anchors.map(a => a.fingerprint).join()
  ) {
    const issuedBy = signerOf(issuer.certificate, choice.anchors)
    const untrustedIssuer =
      issuedBy !== undefined && !installedAnchors.some(a => a.fingerprint === issuedBy.fingerprint)
    warnings.push(
      `the trust anchors change: each meshed pod trusts the new set only once restarted (with '${name(spec, 'restart-workloads')}: true' the step restarts those in '${name(spec, 'inject-namespaces')}'; restart the others yourself).${untrustedIssuer ? ` The issuer changes to an anchor the running pods do not trust yet, so restarted and not yet restarted pods reject each other's certificates until all are restarted; without downtime, add the new anchor in a bundle with the old one first (${ROTATION_DOCS}).` : ''}`,
    )
  }
  if (moves) {
    warnings.push(
      `the identity issuer moves to another trust anchor: meshed pods keep certificates from the old issuer until they renew them (within 24 hours) or restart; drop the old anchor only after that (the step restarts the pods in '${name(spec, 'inject-namespaces')}' with '${name(spec, 'restart-workloads')}: true'; restart the others yourself).`,
    )
  }
  const fresh = choice.source === 'generated' || choice.source === 'existing-key'
  const anchorsPem = bundlePem(choice.anchors)
  // A plan-only run shows what apply would generate as unknown: apply makes its own.
  const showAnchors = !(fresh && spec.planOnly)
  const showIssuer = !(isNew && spec.planOnly)
  return {
    anchorsPem: showAnchors
      ? anchorsPem
      : knownAfterApply('the generated trust anchor certificate'),
    runningAnchorsPem: anchorsPem,
    issuerCertificatePem: showIssuer
      ? issuer.certificate.pem
      : knownAfterApply('a new ECDSA P-256 issuer certificate'),
    issuerKeyMarker: showIssuer
      ? secrets.seal(privateKeyMarker(issuer.key.publicKeyFingerprint), issuer.key.pem)
      : knownAfterApply('the new issuer private key, not shown'),
    anchorKey,
    issuerMoves: moves,
    outputs: {
      'trust-anchor-pem': fresh
        ? knownAfterApply('the generated trust anchor certificate')
        : anchorsPem,
      'issuer-expires-at': isNew
        ? knownAfterApply('the new issuer’s expiry')
        : issuer.certificate.notAfter.toISOString(),
    },
  }
}

function installedByCrdsChart(crd: CustomResourceDefinitionView): boolean {
  return (
    crd.annotations['meta.helm.sh/release-name'] === CRDS.release &&
    crd.annotations['meta.helm.sh/release-namespace'] === CRDS.namespace
  )
}

/**
 * Whether linkerd-crds installs the Gateway API CRDs: only where none are, or it owns them.
 * Someone else's must include GRPCRoute and be no older than the release supports (else the
 * run stops before any change); a newer or unlabelled bundle is warned about.
 */
function gatewayApi(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  warnings: string[],
): { install: boolean; why: string } {
  if (spec.offline)
    return { install: true, why: 'with the Gateway API CRDs (offline: assumed absent)' }
  const present = GATEWAY_API_CRDS.flatMap(name => {
    const crd = state.gatewayApiCrds.get(name)
    return crd ? [crd] : []
  })
  if (present.length === 0) {
    return { install: true, why: 'with the Gateway API CRDs (absent so far)' }
  }
  if (present.every(installedByCrdsChart)) {
    return { install: true, why: 'with the Gateway API CRDs it installed before' }
  }
  const range = `${spec.linkerd.gatewayApi.min} to ${spec.linkerd.gatewayApi.max}`
  const missing = GATEWAY_API_CRDS.filter(name => state.gatewayApiCrds.get(name) === undefined)
  if (missing.length > 0) {
    throw new PreconditionError(
      `${STEP}: the cluster has Gateway API CRDs that ${CRDS.release} did not install, but not ${missing.join(', ')}: Linkerd ${spec.linkerd.name} is configured with both HTTPRoute and GRPCRoute. Install the whole Gateway API standard channel (${range}) yourself, or remove the partial install so that ${CRDS.release} installs them.`,
    )
  }
  const version = state.gatewayApiCrds.get(GATEWAY_API_CRD)?.annotations[BUNDLE_VERSION_ANNOTATION]
  const support = version === undefined ? 'unknown' : gatewayApiSupport(spec.linkerd, version)
  if (support === 'older') {
    throw new PreconditionError(
      `${STEP}: the cluster has Gateway API ${version ?? '?'} (the ${BUNDLE_VERSION_ANNOTATION} of ${GATEWAY_API_CRD}), older than ${spec.linkerd.gatewayApi.min}, the oldest Linkerd ${spec.linkerd.name} supports (${range}). Upgrade the Gateway API CRDs to a version in that range before installing Linkerd, or pin an older '${name(spec, 'chart-version')}'.`,
    )
  }
  if (support === 'unknown') {
    warnings.push(
      `the Gateway API CRD ${GATEWAY_API_CRD} has no readable ${BUNDLE_VERSION_ANNOTATION} annotation; Linkerd ${spec.linkerd.name} supports Gateway API ${range}.`,
    )
  } else if (support === 'newer') {
    warnings.push(
      `the cluster has Gateway API ${version ?? '?'}, but Linkerd ${spec.linkerd.name} supports ${range}; routes using newer fields are ignored. The step leaves the CRDs to whoever installed them.`,
    )
  }
  return {
    install: false,
    why: `without Gateway API CRDs (the cluster has its own, ${version ?? 'version unknown'})`,
  }
}

/**
 * With `metrics-scrape-networks`: the policy objects that let those networks GET /metrics on the
 * proxies' admin port, applied after the namespace and the CRDs; unchanged objects are no-ops.
 * An object of the same name the step did not create stops the run before any change.
 */
function scrapePolicyChanges(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  namespace: string,
  dependsOn: readonly string[],
): KubernetesChange[] {
  if (spec.scrapeNetworks.length === 0) return []
  const networks = spec.scrapeNetworks.map(n => n.text).join(', ')
  return scrapePolicyManifests(namespace, spec.scrapeNetworks).map(manifest => {
    const ref = scrapePolicyRef(manifest)
    const status = policyObjectStatus(state.scrapePolicy.get(refKey(ref)), manifest)
    if (status === 'foreign') {
      throw new PreconditionError(
        `${STEP}: ${String(manifest['kind'])} ${namespace}/${ref.name} exists but was not created by this step (no labels ${Object.entries(
          POLICY_LABELS,
        )
          .map(([k, v]) => `${k}=${v}`)
          .join(
            ', ',
          )}); the step does not change it. Delete or rename it, or leave '${name(spec, 'metrics-scrape-networks')}' empty.`,
      )
    }
    const purpose = `let ${networks} GET ${METRICS_PATH} on ${ADMIN_PORT} without mTLS`
    return {
      target: 'kubernetes' as const,
      action: status === 'same' ? ('noop' as const) : ('apply' as const),
      manifest,
      reason:
        status === 'same'
          ? `as wanted (${purpose})`
          : `${status === 'absent' ? 'create' : 'update'}: ${purpose}`,
      flags: [],
      dependsOn,
    }
  })
}

function injectionChanges(
  spec: InstallMeshSpec,
  state: InstallMeshState,
  controlPlaneKey: string,
  expected: ProxyExpectations,
  warnings: string[],
): KubernetesChange[] {
  const changes: KubernetesChange[] = []
  const namespaceKeys = new Map<string, string>()
  // Namespaces the injector never reaches on AKS: restarting their workloads meshes nothing.
  const shielded = new Set<string>()
  for (const ns of spec.injectNamespaces) {
    const current = state.namespaces.get(ns)
    const change = namespaceChange(ns, current, spec.requireMtls, [controlPlaneKey])
    namespaceKeys.set(ns, changeKey(change))
    changes.push(change)
    changes.push(...scrapePolicyChanges(spec, state, ns, [controlPlaneKey, changeKey(change)]))
    if (current?.labels[AKS_CONTROL_PLANE_LABEL] !== undefined) {
      shielded.add(ns)
      warnings.push(
        `namespace ${ns} has a '${AKS_CONTROL_PLANE_LABEL}' label: AKS's admissions enforcer keeps webhooks such as Linkerd's proxy injector away from it, so its pods will not be meshed and the step does not restart them. Move the workloads to a namespace without that label to mesh them.`,
      )
    }
  }
  if (spec.offline) return changes

  const pods = activePods(state.pods)
  const restarts: KubernetesChange[] = []
  if (spec.restartWorkloads) {
    const key = (w: WorkloadView): string => workloadKey(w)
    const workloads = [...state.workloads]
      .filter(w => !shielded.has(w.namespace))
      .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    for (const workload of workloads) {
      const reason = restartReason(workload, pods, expected)
      if (reason === undefined) continue
      restarts.push({
        target: 'kubernetes',
        action: 'restart',
        manifest: workloadManifest(workload),
        reason: `${reason}; new pods get the proxy the namespace asks for`,
        flags: [],
        dependsOn: [controlPlaneKey, namespaceKeys.get(workload.namespace) ?? ''],
      })
    }
  }
  const left = pods.filter(p => !isMeshed(p))
  const never = left.flatMap(p => {
    const workload = state.workloads.find(w => sameWorkload(podWorkload(p), w))
    const why = !spec.restartWorkloads
      ? undefined
      : shielded.has(p.namespace)
        ? `is in a namespace AKS keeps webhooks away from (label '${AKS_CONTROL_PLANE_LABEL}')`
        : unmeshable(p, workload)
    return why ? [`${p.namespace}/${p.name} ${why}`] : []
  })
  if (never.length > 0) {
    warnings.push(`${never.length} pod(s) stay unmeshed: ${never.join('; ')}.`)
  }
  const restartable = left.filter(p => !shielded.has(p.namespace))
  if (!spec.restartWorkloads && restartable.length > 0) {
    warnings.push(
      `${restartable.length} running pod(s) in the injected namespaces have no proxy yet; they get one when restarted (set '${name(spec, 'restart-workloads')}: true' to have the step do it).`,
    )
  }
  const stale = pods.filter(p => hasStaleTrustRoot(p, expected.trustRoot))
  if (!spec.restartWorkloads && stale.length > 0) {
    warnings.push(
      `${stale.length} meshed pod(s) in the injected namespaces were injected with another trust anchor bundle than the control plane's: ${stale.map(p => `${p.namespace}/${p.name}`).join(', ')}. They trust the anchors in use only once restarted (set '${name(spec, 'restart-workloads')}: true' to have the step do it).`,
    )
  }
  return [...changes, ...restarts]
}

function podCounts(state: InstallMeshState): Record<string, string> {
  const pods = activePods(state.pods)
  const meshed = pods.filter(isMeshed).length
  return { 'meshed-pods': String(meshed), 'unmeshed-pods': String(pods.length - meshed) }
}

/** Unmeshed pods named in a note, at most; the rest are counted. */
const NAMED_PODS = 20

/** Per injected namespace: how many of its active (running or pending) pods are meshed, and which are not. */
function podNotes(spec: InstallMeshSpec, state: InstallMeshState): string[] {
  const pods = activePods(state.pods)
  return spec.injectNamespaces.map(ns => {
    const own = pods.filter(p => p.namespace === ns)
    const unmeshed = own.filter(p => !isMeshed(p)).map(p => `${p.namespace}/${p.name}`)
    const named = unmeshed.slice(0, NAMED_PODS).join(', ')
    const more = unmeshed.length > NAMED_PODS ? ` and ${unmeshed.length - NAMED_PODS} more` : ''
    return `namespace ${ns}: ${own.length - unmeshed.length} of ${own.length} running or pending pod(s) meshed${unmeshed.length > 0 ? `; unmeshed: ${named}${more}` : ''}.`
  })
}

/**
 * Pure: the CNI plugin (optional) and the CRDs, then the control plane with its identity, then
 * the injected namespaces and the restarts. Private keys appear as markers; `secrets` holds them.
 */
export function planInstallMesh(spec: InstallMeshSpec, state: InstallMeshState): InstallMeshPlan {
  checkKubernetes(spec, state)
  if (state.installed.external !== undefined) {
    throw new PreconditionError(
      `${STEP}: the installed '${CONTROL_PLANE.release}' takes its identity from an external CA (${state.installed.external}), such as cert-manager; this step does not take over. Keep managing it there, or uninstall that setup first.`,
    )
  }
  const warnings: string[] = []
  const secrets = new SealedSecrets()
  const identity = spec.offline
    ? offlineIdentity(spec, secrets)
    : onlineIdentity(spec, state, secrets, warnings)

  const changes: Change[] = []
  const cni = spec.cni
    ? helmChange(spec, CNI, {}, state.cniRelease, 'the Linkerd CNI plugin', [])
    : undefined
  if (cni) changes.push(cni)
  const gateway = gatewayApi(spec, state, warnings)
  const crds = helmChange(
    spec,
    CRDS,
    crdsValues(gateway.install),
    state.crdsRelease,
    `the Linkerd CRDs ${gateway.why}`,
    [],
  )
  changes.push(crds)
  const controlPlane = helmChange(
    spec,
    CONTROL_PLANE,
    controlPlaneValues({
      trustAnchorsPem: identity.anchorsPem,
      issuerCertificatePem: identity.issuerCertificatePem,
      issuerKeyMarker: identity.issuerKeyMarker,
      ha: spec.ha,
      cni: spec.cni,
    }),
    state.controlPlaneRelease,
    `the control plane${spec.ha ? ' (HA)' : ''}`,
    [changeKey(crds), ...(cni ? [changeKey(cni)] : [])],
  )
  changes.push(controlPlane)
  // The bundle the control plane runs with after this run, as the injector will hash it.
  const runningAnchors =
    controlPlane.action === 'noop'
      ? (state.installed.anchorsPem ?? identity.runningAnchorsPem)
      : identity.runningAnchorsPem
  const expected: ProxyExpectations = {
    requireMtls: spec.requireMtls,
    trustRoot: runningAnchors === undefined ? undefined : trustRootSha256(runningAnchors),
    issuerMoves: identity.issuerMoves,
  }
  changes.push(...injectionChanges(spec, state, changeKey(controlPlane), expected, warnings))

  if (spec.ha && state.schedulableNodes !== undefined && state.schedulableNodes < HA_REPLICAS) {
    warnings.push(
      `'${name(spec, 'ha')}' runs ${HA_REPLICAS} replicas of each controller with required anti-affinity per node, but the cluster has ${state.schedulableNodes} node(s) they can run on (ready, not cordoned, Linux, without NoSchedule or NoExecute taints): some replicas stay Pending.`,
    )
  }
  return {
    step: STEP,
    changes,
    outputs: {
      ...identity.outputs,
      ...(spec.offline
        ? {
            'meshed-pods': knownAfterApply('meshed pods'),
            'unmeshed-pods': knownAfterApply('unmeshed pods'),
          }
        : podCounts(state)),
    },
    warnings,
    ...(spec.offline ? {} : { notes: podNotes(spec, state) }),
    secrets,
    anchorKey: identity.anchorKey,
  }
}

/** Outputs from what is installed (after apply, or when nothing had to change). */
export function installMeshOutputs(
  spec: InstallMeshSpec,
  state: InstallMeshState,
): Record<string, string> {
  const anchors = state.installed.anchors ?? spec.anchors
  const issuer = state.installed.issuer ?? spec.issuer
  return {
    'trust-anchor-pem': anchors ? bundlePem(anchors) : '',
    'issuer-expires-at': issuer ? issuer.certificate.notAfter.toISOString() : '',
    ...podCounts(state),
  }
}
