import { PreconditionError } from '../../core/errors.js'
import { deterministicGuid } from '../../core/guid.js'
import { sameJson } from '../../core/json.js'
import { propertiesOf, sameId, stringValue, type WireBody } from '../../core/network.js'
import { armChange, knownAfterApply, type ArmChange, type HelmChange } from '../../core/plan.js'
import type { HelmReleaseState } from '../../core/cluster.js'
import { etagOf, identityToSend } from './app-gateway.js'
import type { AppGatewaySpec } from './app-gateway-spec.js'
import { AGIC_CHART } from './manifest.js'
import { inputName, type ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'

/** The AKS add-on's key in `addonProfiles` (CLI name `ingress-appgw`). */
export const AGIC_ADDON = 'ingressApplicationGateway'
/** The Helm release of AGIC; with this name its service account is `ingress-azure`. */
export const AGIC_RELEASE = 'ingress-azure'

/** Where AGIC's pods run and how they are labelled, per mode. */
export function agicPods(spec: AppGatewaySpec): { namespace: string; selector: string } {
  return spec.agic.mode === 'helm'
    ? { namespace: spec.agic.namespace, selector: `app=ingress-azure,release=${AGIC_RELEASE}` }
    : { namespace: 'kube-system', selector: 'app=ingress-appgw' }
}

function addonProfile(cluster: WireBody | undefined): Record<string, unknown> {
  const addons = propertiesOf(cluster)['addonProfiles']
  const addon =
    addons !== null && typeof addons === 'object'
      ? Object.entries(addons as Record<string, unknown>).find(([k]) => sameId(k, AGIC_ADDON))?.[1]
      : undefined
  return addon !== null && typeof addon === 'object' ? (addon as Record<string, unknown>) : {}
}

/** The add-on's identity (object ID) as AKS reports it once the add-on is enabled. */
export function addonPrincipalId(cluster: WireBody | undefined): string | undefined {
  const identity = addonProfile(cluster)['identity'] as Record<string, unknown> | undefined
  return stringValue(identity?.['objectId'])
}

/** The gateway the add-on serves, if it is enabled. */
function addonGateway(cluster: WireBody | undefined): string | undefined {
  const addon = addonProfile(cluster)
  if (addon['enabled'] !== true) return undefined
  const config = (addon['config'] ?? {}) as Record<string, unknown>
  return (
    stringValue(config['applicationGatewayId']) ??
    stringValue(config['effectiveApplicationGatewayId']) ??
    // An add-on that created its own gateway names it, or its subnet, instead of an ID.
    stringValue(config['applicationGatewayName']) ??
    stringValue(config['subnetId']) ??
    stringValue(config['subnetCIDR']) ??
    'an Application Gateway the add-on created'
  )
}

/**
 * What the managed cluster PUT leaves out, as paths under `properties` (`*`: every item or key):
 * what the 2026-06-01 spec (test/fixtures/arm-specs) marks readOnly, plus `status` (read-only
 * information by its description), a pool's `powerState` (not ours to restate) and
 * `nodeImageVersion` (setting it rolls a pool back), and the secrets AKS keeps when they are left
 * out (a service principal's secret, the Windows and legacy AAD passwords).
 */
const CLUSTER_NOT_SENT: readonly (readonly string[])[] = [
  ['provisioningState'],
  ['powerState'],
  ['maxAgentPools'],
  ['currentKubernetesVersion'],
  ['fqdn'],
  ['privateFQDN'],
  ['azurePortalFQDN'],
  ['resourceUID'],
  ['status'],
  ['agentPoolProfiles', '*', 'eTag'],
  ['agentPoolProfiles', '*', 'provisioningState'],
  ['agentPoolProfiles', '*', 'currentOrchestratorVersion'],
  ['agentPoolProfiles', '*', 'status'],
  ['agentPoolProfiles', '*', 'powerState'],
  ['agentPoolProfiles', '*', 'nodeImageVersion'],
  // An add-on's identity is AKS's: on every add-on, not only this one.
  ['addonProfiles', '*', 'identity'],
  ['oidcIssuerProfile', 'issuerURL'],
  ['networkProfile', 'loadBalancerProfile', 'effectiveOutboundIPs'],
  ['networkProfile', 'natGatewayProfile', 'effectiveOutboundIPs'],
  ['privateLinkResources', '*', 'privateLinkServiceID'],
  ['podIdentityProfile', 'userAssignedIdentities', '*', 'provisioningState'],
  ['podIdentityProfile', 'userAssignedIdentities', '*', 'provisioningInfo'],
  ['ingressProfile', 'webAppRouting', 'identity'],
  ['servicePrincipalProfile', 'secret'],
  ['windowsProfile', 'adminPassword'],
  ['aadProfile', 'serverAppSecret'],
]

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** `value` without what `path` names (a copy; `*` is every array item or object key). */
function withoutPath(value: unknown, path: readonly string[]): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (head === '*') {
    if (Array.isArray(value)) return value.map(item => withoutPath(item, rest))
    if (isRecord(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutPath(v, rest)]))
    }
    return value
  }
  if (!isRecord(value) || !(head in value)) return value
  if (rest.length === 0) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== head))
  }
  return { ...value, [head]: withoutPath(value[head], rest) }
}

/** An autoscaled pool's `count` is the autoscaler's: sending the one read could revert it. */
function withoutAutoscaledCounts(pools: unknown): unknown {
  if (!Array.isArray(pools)) return pools
  return (pools as unknown[]).map(pool =>
    isRecord(pool) && pool['enableAutoScaling'] === true
      ? Object.fromEntries(Object.entries(pool).filter(([k]) => k !== 'count'))
      : pool,
  )
}

/**
 * The managed cluster PUT that enables the add-on, as `az aks enable-addons` sends it: the whole
 * cluster as read, without what AKS computes or keeps secret (`CLUSTER_NOT_SENT`), the identity
 * as its type and user-assigned keys, autoscaled pools without their count, and the add-on
 * profile set.
 */
export function clusterAddonBody(cluster: WireBody, gatewayId: string): WireBody {
  const props = CLUSTER_NOT_SENT.reduce<unknown>(
    (value, path) => withoutPath(value, path),
    propertiesOf(cluster),
  ) as Record<string, unknown>
  const identity = identityToSend(cluster['identity'])
  const addons = isRecord(props['addonProfiles']) ? props['addonProfiles'] : {}
  return {
    location: cluster['location'],
    ...(cluster['tags'] !== undefined ? { tags: cluster['tags'] } : {}),
    ...(cluster['sku'] !== undefined ? { sku: cluster['sku'] } : {}),
    ...(cluster['kind'] !== undefined ? { kind: cluster['kind'] } : {}),
    ...(cluster['extendedLocation'] !== undefined
      ? { extendedLocation: cluster['extendedLocation'] }
      : {}),
    ...(identity && Object.keys(identity).length > 0 ? { identity } : {}),
    properties: {
      ...props,
      ...(props['agentPoolProfiles'] !== undefined
        ? { agentPoolProfiles: withoutAutoscaledCounts(props['agentPoolProfiles']) }
        : {}),
      addonProfiles: {
        ...addons,
        [AGIC_ADDON]: { enabled: true, config: { applicationGatewayId: gatewayId } },
      },
    },
  }
}

/**
 * Why enabling the add-on is flagged `public-exposure` when the gateway has a public frontend:
 * the add-on fixes AGIC's `usePrivateIP` to false, and while no Ingress yields a listener AGIC
 * builds its default HTTP :80 listener and rule on the frontend `usePrivateIP` names, the public
 * one (../shared/reference/aks-networking.md 4.2, 4.4; AGIC's defaultFrontendListenerIdentifier).
 */
export const ADDON_DEFAULT_LISTENER =
  "the add-on fixes AGIC's usePrivateIP to false, so whenever no Ingress has a listener (before the first private Ingress is applied, or with none) AGIC puts its default HTTP :80 listener on the gateway's PUBLIC frontend"

/**
 * `agic-mode: add-on`: the managed cluster's add-on pointed at the gateway. An add-on already
 * serving another gateway is never repointed (its Ingresses would move with it). Enabling it is
 * flagged `public-exposure` when the gateway has a public frontend (`ADDON_DEFAULT_LISTENER`).
 */
export function planAddon(
  step: ProvisionPrivateIngressSpec,
  spec: AppGatewaySpec,
  clusterId: string,
  cluster: WireBody | undefined,
): ArmChange {
  const offline = step.offline
  const serving = addonGateway(cluster)
  if (serving !== undefined && sameId(serving, spec.id)) {
    return armChange(clusterId, 'noop', `the AGIC add-on serves ${spec.name}`)
  }
  if (serving !== undefined) {
    throw new PreconditionError(
      `${STEP}: the AKS cluster's AGIC add-on already serves '${serving}'; the step does not repoint it to '${spec.id}'. Disable the add-on first (az aks disable-addons -a ingress-appgw), or use '${inputName(step, 'agic-mode')}: helm'.`,
    )
  }
  const flags = spec.privateOnly ? [] : (['public-exposure'] as const)
  const exposure = spec.privateOnly ? '' : `; ${ADDON_DEFAULT_LISTENER}`
  if (cluster === undefined) {
    if (!offline) {
      throw new PreconditionError(
        `${STEP}: the AKS cluster '${clusterId}' does not exist or is not visible to this identity; check '${inputName(step, 'cluster-name')}' and '${inputName(step, 'resource-group')}'.`,
      )
    }
    return armChange(
      clusterId,
      'update',
      `enable the AGIC add-on on the cluster (offline: the PUT body is the whole cluster as read, with this add-on profile set, so it is known only once the cluster is read)${exposure}`,
      {
        flags: [...flags],
        unknownBody: knownAfterApply(
          `the AKS cluster as read, with addonProfiles.${AGIC_ADDON} enabled for ${spec.id}`,
        ),
        dependsOn: [spec.id],
      },
    )
  }
  const state = stringValue(propertiesOf(cluster)['provisioningState'])
  if (!sameId(state, 'Succeeded')) {
    throw new PreconditionError(
      `${STEP}: the AKS cluster '${clusterId}' is '${state ?? 'unknown'}', not Succeeded. The add-on is enabled by a PUT of the whole cluster as read, which must not race or restate an operation in progress or a failed one; wait until 'az aks show --query provisioningState' says Succeeded (or fix the cluster) and run the step again.`,
    )
  }
  const ifMatch = etagOf(cluster)
  return armChange(clusterId, 'update', `enable the AGIC add-on for ${spec.name}${exposure}`, {
    flags: [...flags],
    body: clusterAddonBody(cluster, spec.id),
    ...(ifMatch !== undefined ? { ifMatch } : {}),
    dependsOn: [spec.id],
  })
}

/** `agic-mode: helm`: the AGIC chart's values for this gateway. */
export function agicValues(spec: AppGatewaySpec): Record<string, unknown> {
  const helm = spec.agic.mode === 'helm' ? spec.agic : undefined
  const parts = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\//i.exec(spec.id)
  return {
    appgw: {
      subscriptionId: parts?.[1] ?? '',
      resourceGroup: parts?.[2] ?? '',
      name: spec.name,
      // Every listener on the private frontend, unless public listeners were opted into.
      usePrivateIP: !spec.allowPublicExposure,
      shared: false,
    },
    armAuth: { type: 'workloadIdentity', identityClientID: helm?.clientId ?? '' },
    rbac: { enabled: true },
  }
}

export function planAgicRelease(
  spec: AppGatewaySpec,
  release: HelmReleaseState | undefined,
  dependsOn: readonly string[],
): HelmChange | undefined {
  if (spec.agic.mode !== 'helm') return undefined
  const values = agicValues(spec)
  // usePrivateIP false puts every Ingress without the private-IP annotation on the public
  // frontend, the step's and any other the chart's AGIC serves.
  const isPublic = (values['appgw'] as Record<string, unknown>)['usePrivateIP'] === false
  const exposure = isPublic
    ? '; with usePrivateIP: false every Ingress without the use-private-ip annotation gets a PUBLIC listener'
    : ''
  const base = {
    target: 'helm' as const,
    release: AGIC_RELEASE,
    namespace: spec.agic.namespace,
    chart: AGIC_CHART.chart,
    // An OCI chart reference: no repository.
    repo: '',
    version: spec.agic.chartVersion,
    values,
    flags: isPublic ? (['public-exposure'] as const) : [],
    dependsOn: [...dependsOn],
  }
  if (release === undefined) {
    return {
      ...base,
      action: 'install',
      reason: `install AGIC ${spec.agic.chartVersion} for ${spec.name}${exposure}`,
    }
  }
  const sameValues = sameJson(release.values, values)
  if (
    release.chartVersion === spec.agic.chartVersion &&
    release.status === 'deployed' &&
    sameValues
  ) {
    return {
      ...base,
      action: 'noop',
      reason: `AGIC ${spec.agic.chartVersion} runs for ${spec.name}`,
    }
  }
  return {
    ...base,
    action: 'upgrade',
    reason: `${
      release.chartVersion !== spec.agic.chartVersion
        ? `upgrade AGIC ${release.chartVersion ?? '?'} → ${spec.agic.chartVersion}`
        : release.status !== 'deployed'
          ? `AGIC release is '${release.status}'`
          : 'AGIC values changed'
    }${exposure}`,
  }
}

/** Built-in role definitions (their IDs are the same in every tenant). */
export const ROLES = {
  Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  Reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
  'Network Contributor': '4d97b98b-1d4f-4787-a291-c67834d212e7',
} as const

export interface RoleGrant {
  readonly role: keyof typeof ROLES
  readonly scope: string
  readonly why: string
}

/**
 * What AGIC's identity needs (../shared/reference/aks-networking.md 4.3): Contributor on the
 * gateway it rewrites, Reader on the gateway's resource group, and Network Contributor on the
 * gateway's subnet (joining it is part of every gateway write).
 */
export function agicRoleGrants(spec: AppGatewaySpec): RoleGrant[] {
  const resourceGroup = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)/i.exec(spec.id)?.[1] ?? ''
  return [
    { role: 'Contributor', scope: spec.id, why: 'rewrite the gateway' },
    { role: 'Reader', scope: resourceGroup, why: "read the gateway's resource group" },
    { role: 'Network Contributor', scope: spec.subnet.id, why: "join the gateway's subnet" },
  ]
}

export function roleDefinitionId(subscriptionId: string, role: keyof typeof ROLES): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${ROLES[role]}`
}

/** Owner: every action, so every role AGIC needs. */
const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'

/**
 * The built-in roles whose actions include a grant's (for the data-plane-free actions AGIC
 * needs): the role itself, Owner, and Contributor for Reader and Network Contributor.
 */
function rolesIncluding(role: keyof typeof ROLES): string[] {
  return [
    ROLES[role],
    OWNER,
    ...(role === 'Reader' || role === 'Network Contributor' ? [ROLES.Contributor] : []),
  ]
}

/**
 * An assignment at the scope or above it (inherited) of the role, or of a role that includes it
 * (Owner, Contributor), satisfies a grant.
 */
function isGranted(assignments: readonly WireBody[], grant: RoleGrant): boolean {
  const roles = rolesIncluding(grant.role)
  return assignments.some(a => {
    const props = propertiesOf(a)
    const scope = (stringValue(props['scope']) ?? '').toLowerCase()
    const target = grant.scope.toLowerCase()
    const definition = (stringValue(props['roleDefinitionId']) ?? '').toLowerCase()
    return (
      roles.some(r => definition.endsWith(`/${r}`)) &&
      (target === scope || target.startsWith(`${scope}/`))
    )
  })
}

/**
 * One role assignment per grant, named by a GUID of (scope, role, principal): a re-run finds it
 * again, and an assignment someone made before (any name, at or above the scope) counts too.
 */
export function planRoleAssignments(
  spec: AppGatewaySpec,
  subscriptionId: string,
  principalId: string | undefined,
  assignments: ReadonlyMap<string, readonly WireBody[]>,
  dependsOn: readonly string[],
): ArmChange[] {
  const principal = principalId ?? knownAfterApply('the object ID of the AGIC add-on identity')
  return agicRoleGrants(spec).map(grant => {
    const name =
      principalId === undefined
        ? knownAfterApply('a GUID of scope, role and the AGIC identity')
        : deterministicGuid(grant.scope, ROLES[grant.role], principalId)
    const id = `${grant.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`
    if (principalId !== undefined && isGranted(assignments.get(grant.scope) ?? [], grant)) {
      return armChange(id, 'noop', `AGIC's identity has ${grant.role} to ${grant.why}`)
    }
    return armChange(id, 'create', `grant AGIC's identity ${grant.role} to ${grant.why}`, {
      body: {
        properties: {
          roleDefinitionId: roleDefinitionId(subscriptionId, grant.role),
          principalId: principal,
          principalType: 'ServicePrincipal',
          description: `AGIC for ${spec.name} (aks-secure-networking)`,
        },
      },
      dependsOn: [...dependsOn],
    })
  })
}
