/**
 * The Helm releases the step installs and the values it gives them
 * (../shared/reference/mesh.md sections 1.2, 1.3 and 1.5).
 */
import { mapStrings } from '../../core/json.js'
import { privateKeyMarker } from '../../core/sealed-secrets.js'
import { parseCertificates, parsePrivateKey } from './certificates.js'

export interface ReleaseName {
  readonly release: string
  readonly chart: string
  readonly namespace: string
}

export const CNI: ReleaseName = {
  release: 'linkerd-cni',
  chart: 'linkerd2-cni',
  namespace: 'linkerd-cni',
}
export const CRDS: ReleaseName = {
  release: 'linkerd-crds',
  chart: 'linkerd-crds',
  namespace: 'linkerd',
}
export const CONTROL_PLANE: ReleaseName = {
  release: 'linkerd-control-plane',
  chart: 'linkerd-control-plane',
  namespace: 'linkerd',
}

/** The Deployments of the control plane that must be ready before workloads are meshed. */
export const CONTROL_PLANE_DEPLOYMENTS = [
  'linkerd-identity',
  'linkerd-destination',
  'linkerd-proxy-injector',
] as const

/** The CNI plugin's DaemonSet (chart linkerd2-cni). */
export const CNI_DAEMONSET = 'linkerd-cni'

const CONTROLLER_RESOURCES = {
  cpu: { limit: '', request: '100m' },
  memory: { limit: '250Mi', request: '50Mi' },
}

/** The chart's values-ha.yaml. Its anti-affinity is required per node: 3 replicas, 3 nodes. */
export const HA_VALUES: Readonly<Record<string, unknown>> = {
  highAvailability: true,
  controllerReplicas: 3,
  enablePodAntiAffinity: true,
  enablePodDisruptionBudget: true,
  controller: { podDisruptionBudget: { maxUnavailable: 1 } },
  deploymentStrategy: { rollingUpdate: { maxUnavailable: 1, maxSurge: '25%' } },
  webhookFailurePolicy: 'Fail',
  proxy: { resources: { cpu: { request: '100m' }, memory: { limit: '250Mi', request: '20Mi' } } },
  controllerResources: CONTROLLER_RESOURCES,
  destinationResources: CONTROLLER_RESOURCES,
  identityResources: {
    cpu: CONTROLLER_RESOURCES.cpu,
    memory: { limit: '250Mi', request: '10Mi' },
  },
  heartbeatResources: CONTROLLER_RESOURCES,
  proxyInjectorResources: CONTROLLER_RESOURCES,
  spValidatorResources: CONTROLLER_RESOURCES,
}

export const HA_REPLICAS = 3

export interface ControlPlaneValuesOptions {
  /** The trust anchor bundle, PEM. */
  readonly trustAnchorsPem: string
  readonly issuerCertificatePem: string
  /** The marker that stands for the issuer's private key in the plan. */
  readonly issuerKeyMarker: string
  readonly ha: boolean
  readonly cni: boolean
}

/** `linkerd-control-plane` values: identity (chart-rendered issuer Secret), CNI, HA. */
export function controlPlaneValues(options: ControlPlaneValuesOptions): Record<string, unknown> {
  return {
    ...(options.ha ? HA_VALUES : {}),
    ...(options.cni ? { cniEnabled: true } : {}),
    identityTrustAnchorsPEM: options.trustAnchorsPem,
    identity: {
      issuer: {
        scheme: 'linkerd.io/tls',
        tls: { crtPEM: options.issuerCertificatePem, keyPEM: options.issuerKeyMarker },
      },
    },
  }
}

export function crdsValues(installGatewayApi: boolean): Record<string, unknown> {
  return { installGatewayAPI: installGatewayApi }
}

/**
 * Values as they compare: PEM certificates by fingerprint, private keys by their public key
 * (a key can be re-encoded, PKCS#8 or SEC1, without changing), everything else as is. Markers
 * already name a key by its public key, so desired and installed values compare directly.
 */
export function comparableValues(values: unknown): unknown {
  return mapStrings(values, text => {
    if (!text.includes('-----BEGIN')) return text
    if (/PRIVATE KEY-----/.test(text)) {
      const key = parsePrivateKey(text)
      return key.ok ? privateKeyMarker(key.value.publicKeyFingerprint) : '<unreadable private key>'
    }
    const certificates = parseCertificates(text)
    return certificates.ok
      ? `<certificates sha256:${certificates.value.map(c => c.fingerprint).join(',')}>`
      : text
  })
}
