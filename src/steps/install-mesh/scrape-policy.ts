/**
 * `metrics-scrape-networks`: the Linkerd policy that lets unauthenticated clients from the given
 * networks GET /metrics on the proxies' admin port (`linkerd-admin`, 4191), as verify-encryption
 * does through the API server's pod proxy, in namespaces whose default inbound policy
 * (`all-authenticated` with `require-mtls`) refuses them (../shared/reference/mesh.md §3.3, §6).
 *
 * Once a Server selects the admin port with an HTTPRoute attached, Linkerd no longer authorizes
 * the kubelet's probes by itself, so the probe paths get their own route, open to every address
 * as Linkerd's automatic probe authorization is. Meshed clients keep reaching /metrics (as
 * `all-authenticated` let them, e.g. linkerd-viz's Prometheus). Anything else on the admin port
 * is refused.
 */
import type { CustomObjectRef } from '../../core/cluster.js'
import type { Cidr } from '../../core/inputs/cidr.js'
import { containsJson } from '../../core/json.js'
import { MANAGED_BY_VALUE } from '../../core/network.js'

export const POLICY_GROUP = 'policy.linkerd.io'
/** Labels on every policy object the step applies: nothing without them is changed. */
export const POLICY_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/managed-by': MANAGED_BY_VALUE,
  'aks-secure-networking/step': 'install-mesh',
}
/** The proxy's admin port (4191), by the container port name the injector gives it. */
export const ADMIN_PORT = 'linkerd-admin'
/** The paths of the proxy's own liveness and readiness probes. */
export const PROBE_PATHS = ['/live', '/ready'] as const
export const METRICS_PATH = '/metrics'
const EVERYWHERE = ['0.0.0.0/0', '::/0']

const NAMES = {
  server: 'install-mesh-proxy-admin',
  metricsRoute: 'install-mesh-proxy-metrics',
  probesRoute: 'install-mesh-proxy-probes',
  scrapers: 'install-mesh-metrics-scrapers',
  anywhere: 'install-mesh-probes-anywhere',
  meshed: 'install-mesh-meshed-clients',
} as const

interface Kind {
  readonly apiVersion: string
  readonly kind: string
  readonly plural: string
}

const SERVER: Kind = { apiVersion: `${POLICY_GROUP}/v1beta3`, kind: 'Server', plural: 'servers' }
const HTTP_ROUTE: Kind = {
  apiVersion: `${POLICY_GROUP}/v1beta3`,
  kind: 'HTTPRoute',
  plural: 'httproutes',
}
const NETWORK_AUTHENTICATION: Kind = {
  apiVersion: `${POLICY_GROUP}/v1alpha1`,
  kind: 'NetworkAuthentication',
  plural: 'networkauthentications',
}
const MESH_TLS_AUTHENTICATION: Kind = {
  apiVersion: `${POLICY_GROUP}/v1alpha1`,
  kind: 'MeshTLSAuthentication',
  plural: 'meshtlsauthentications',
}
const AUTHORIZATION_POLICY: Kind = {
  apiVersion: `${POLICY_GROUP}/v1alpha1`,
  kind: 'AuthorizationPolicy',
  plural: 'authorizationpolicies',
}
const PLURALS: ReadonlyMap<string, string> = new Map(
  [SERVER, HTTP_ROUTE, NETWORK_AUTHENTICATION, MESH_TLS_AUTHENTICATION, AUTHORIZATION_POLICY].map(
    k => [k.kind, k.plural],
  ),
)

function object(
  kind: Kind,
  namespace: string,
  name: string,
  spec: Record<string, unknown>,
): Record<string, unknown> {
  return {
    apiVersion: kind.apiVersion,
    kind: kind.kind,
    metadata: { name, namespace, labels: { ...POLICY_LABELS } },
    spec,
  }
}

function route(namespace: string, name: string, paths: readonly string[]): Record<string, unknown> {
  return object(HTTP_ROUTE, namespace, name, {
    parentRefs: [{ group: POLICY_GROUP, kind: SERVER.kind, name: NAMES.server }],
    rules: [{ matches: paths.map(value => ({ path: { type: 'Exact', value }, method: 'GET' })) }],
  })
}

function authorization(
  namespace: string,
  name: string,
  routeName: string,
  auth: Kind,
): Record<string, unknown> {
  return object(AUTHORIZATION_POLICY, namespace, name, {
    targetRef: { group: POLICY_GROUP, kind: HTTP_ROUTE.kind, name: routeName },
    requiredAuthenticationRefs: [{ group: POLICY_GROUP, kind: auth.kind, name }],
  })
}

/** The objects, in the order they are applied (targets before the policies naming them). */
export function scrapePolicyManifests(
  namespace: string,
  networks: readonly Cidr[],
): Record<string, unknown>[] {
  return [
    object(SERVER, namespace, NAMES.server, {
      podSelector: {},
      port: ADMIN_PORT,
      proxyProtocol: 'HTTP/1',
      accessPolicy: 'deny',
    }),
    route(namespace, NAMES.metricsRoute, [METRICS_PATH]),
    route(namespace, NAMES.probesRoute, PROBE_PATHS),
    object(NETWORK_AUTHENTICATION, namespace, NAMES.scrapers, {
      networks: networks.map(n => ({ cidr: n.text })),
    }),
    object(NETWORK_AUTHENTICATION, namespace, NAMES.anywhere, {
      networks: EVERYWHERE.map(cidr => ({ cidr })),
    }),
    object(MESH_TLS_AUTHENTICATION, namespace, NAMES.meshed, { identities: ['*'] }),
    authorization(namespace, NAMES.scrapers, NAMES.metricsRoute, NETWORK_AUTHENTICATION),
    authorization(namespace, NAMES.anywhere, NAMES.probesRoute, NETWORK_AUTHENTICATION),
    authorization(namespace, NAMES.meshed, NAMES.metricsRoute, MESH_TLS_AUTHENTICATION),
  ]
}

/** Where an object of the scrape policy is read from. */
export function scrapePolicyRef(manifest: Record<string, unknown>): CustomObjectRef {
  const metadata = manifest['metadata'] as { name: string; namespace: string }
  const kind = String(manifest['kind'])
  return {
    apiVersion: String(manifest['apiVersion']),
    plural: PLURALS.get(kind) ?? `${kind.toLowerCase()}s`,
    namespace: metadata.namespace,
    name: metadata.name,
  }
}

/** Every object of the scrape policy in the namespace, to observe (same names as applied). */
export function scrapePolicyRefs(namespace: string): CustomObjectRef[] {
  return scrapePolicyManifests(namespace, []).map(scrapePolicyRef)
}

export function refKey(ref: CustomObjectRef): string {
  return `${ref.plural}/${ref.namespace}/${ref.name}`
}

export type PolicyObjectStatus = 'absent' | 'same' | 'differs' | 'foreign'

/**
 * How the object found compares with the one wanted: `foreign` when it exists without the step's
 * labels (the step never changes it), `same` when it holds every wanted field (the API server's
 * additions, such as defaults and metadata, are ignored).
 */
export function policyObjectStatus(
  found: Record<string, unknown> | undefined,
  wanted: Record<string, unknown>,
): PolicyObjectStatus {
  if (found === undefined) return 'absent'
  const labels = (found['metadata'] as { labels?: Record<string, string> } | undefined)?.labels
  if (!Object.entries(POLICY_LABELS).every(([k, v]) => labels?.[k] === v)) return 'foreign'
  return containsJson(found['spec'], wanted['spec']) &&
    containsJson(found['metadata'], { labels: POLICY_LABELS })
    ? 'same'
    : 'differs'
}
