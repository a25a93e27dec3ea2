import { PreconditionError } from '../../core/errors.js'
import { containsJson } from '../../core/json.js'
import { sameId, stringValue, type WireBody } from '../../core/network.js'
import {
  armChange,
  changeKey,
  type ArmChange,
  type Change,
  type KubernetesChange,
  type Plan,
} from '../../core/plan.js'
import { ADDON_DEFAULT_LISTENER, planAddon, planAgicRelease, planRoleAssignments } from './agic.js'
import {
  etagOf,
  gatewayCreateBody,
  gatewayDifferences,
  gatewayUpdateBody,
  PRIVATE_FRONTEND,
  publicIpBody,
  refuseForeign,
  sortedZones,
  wafPolicyBody,
  wafPolicyDifferences,
} from './app-gateway.js'
import { ingressKey, type AppGatewayState } from './app-gateway-observe.js'
import { isPrivateIngress, USE_PRIVATE_IP, type AppGatewaySpec } from './app-gateway-spec.js'
import type { ProvisionPrivateIngressState } from './observe.js'
import {
  endpointOutputs,
  planEndpoints,
  planRecords,
  type LinkTarget,
} from './private-endpoints.js'
import { planLinkSubnet } from './private-link.js'
import { inputName, type ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'

/** The notices the plan carries for `controller: application-gateway`. */
export const AGIC_NOTICE =
  'AGIC is supported, but Microsoft steers new work to Application Gateway for Containers (its AGIC migration guide: "we recommended you begin the transition"); AGIC owns the gateway’s listeners, pools and rules, the step only its SKU, scale, frontends, Private Link and WAF policy (see the README).'
/**
 * The notice when the step creates the public frontend IP: the platform requires it; what puts a
 * listener on it depends on the AGIC mode.
 */
export function publicFrontendNotice(
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
): string {
  const privateOnly = inputName(spec, 'application-gateway-private-only')
  const listeners =
    ag.agic.mode === 'add-on'
      ? `the step puts no listener on it, but the AGIC add-on does: ${ADDON_DEFAULT_LISTENER} (the add-on change is flagged public-exposure). Keep the public frontend closed with an NSG rule on the gateway subnet, or use '${inputName(spec, 'agic-mode')}: helm' (usePrivateIP: true)`
      : `neither the step nor AGIC (usePrivateIP: ${String(!ag.allowPublicExposure)}) puts a listener on it${ag.allowPublicExposure ? ' except for Ingresses without the use-private-ip annotation' : ''}`
  return `a WAF_v2 Application Gateway needs a public frontend IP unless the subscription uses the private-only deployment (feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation): the step creates one because the platform requires it; ${listeners}. Set '${privateOnly}: true' when the feature is registered.`
}

function planWafPolicy(
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
  state: AppGatewayState,
  location: string,
): ArmChange {
  const observed = state.wafPolicy
  const detection = ag.waf.mode === 'Detection' ? (['waf-detection'] as const) : []
  if (observed === undefined) {
    return armChange(
      ag.waf.id,
      'create',
      `WAF policy in ${ag.waf.mode} mode with ${ag.waf.ruleSetType} ${ag.waf.ruleSetVersion}`,
      { body: wafPolicyBody(ag, location, undefined), flags: [...detection] },
    )
  }
  refuseForeign(
    observed,
    'WAF policy',
    ag.waf.id,
    `Set '${inputName(spec, 'waf-policy-name')}' to another name`,
  )
  const differences = wafPolicyDifferences(ag, observed)
  if (differences.length === 0) {
    return armChange(ag.waf.id, 'noop', `the WAF policy is in ${ag.waf.mode} mode as desired`)
  }
  return armChange(ag.waf.id, 'update', `set the WAF policy's ${differences.join(', ')}`, {
    body: wafPolicyBody(ag, location, observed),
    flags: [...detection],
  })
}

/**
 * The public IP a v2 gateway's public frontend needs: created, or the one the step created
 * before (Standard, in the zones asked for). Someone else's IP of that name is never used.
 */
function planPublicIp(
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
  state: AppGatewayState,
  location: string,
): ArmChange[] {
  if (ag.privateOnly) return []
  const observed = state.publicIp
  if (observed !== undefined) {
    const gatewayName = inputName(spec, 'application-gateway-name')
    refuseForeign(
      observed,
      'Public IP address',
      ag.publicIpId,
      `Set '${gatewayName}' to another name (the gateway's public IP is named after it)`,
    )
    const sku = stringValue((observed['sku'] as WireBody | undefined)?.['name'])
    const zones = sortedZones(observed)
    const wrongZones = ag.zones.length > 0 && zones !== JSON.stringify([...ag.zones])
    if (!sameId(sku, 'Standard') || wrongZones) {
      throw new PreconditionError(
        `${STEP}: public IP '${ag.publicIpId}' is ${sku ?? 'without a SKU'} in zones ${zones}; the gateway needs a Standard IP${ag.zones.length > 0 ? ` in zones ${JSON.stringify(ag.zones)}` : ''}, and neither can change on an existing IP. Delete that IP (the step created it) or set '${gatewayName}' to another name.`,
      )
    }
    return [armChange(ag.publicIpId, 'noop', 'the public frontend IP the platform requires exists')]
  }
  return [
    armChange(
      ag.publicIpId,
      'create',
      'public frontend IP: required by the WAF_v2 platform; the step puts no listener on it',
      { body: publicIpBody(ag, location) },
    ),
  ]
}

function planGateway(
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
  state: AppGatewayState,
  location: string,
  dependsOn: readonly string[],
): ArmChange {
  const plsSubnetId = spec.plsSubnet?.id ?? ''
  const observed = state.gateway
  if (observed === undefined) {
    return armChange(
      ag.id,
      'create',
      `WAF_v2 Application Gateway with private frontend ${ag.privateFrontendIp}${ag.privateLink ? ' and Private Link' : ''}`,
      {
        body: gatewayCreateBody(ag, location, plsSubnetId, spec.natIpCount),
        dependsOn: [...dependsOn],
      },
    )
  }
  refuseForeign(
    observed,
    'Application Gateway',
    ag.id,
    `Set '${inputName(spec, 'application-gateway-name')}' to another name`,
  )
  const differences = gatewayDifferences(ag, observed, plsSubnetId, spec.natIpCount)
  if (differences.length === 0) {
    return armChange(
      ag.id,
      'noop',
      'the gateway’s SKU, scale, frontends, Private Link and WAF link are as desired; AGIC’s parts are its own',
    )
  }
  const ifMatch = etagOf(observed)
  return armChange(
    ag.id,
    'update',
    `set the gateway’s ${differences.join(', ')}, keeping AGIC’s listeners, pools and rules`,
    {
      body: gatewayUpdateBody(ag, observed, plsSubnetId, spec.natIpCount),
      ...(ifMatch !== undefined ? { ifMatch } : {}),
      dependsOn: [...dependsOn],
    },
  )
}

function metadataOf(manifest: Record<string, unknown> | undefined): Record<string, unknown> {
  const m = manifest?.['metadata']
  return m !== null && typeof m === 'object' ? (m as Record<string, unknown>) : {}
}

/** An Ingress is as desired when the cluster has its labels, annotations and spec. */
function planIngress(
  ingress: Record<string, unknown>,
  observed: Record<string, unknown> | undefined,
  dependsOn: readonly string[],
): KubernetesChange {
  const isPrivate = isPrivateIngress(ingress)
  const want = metadataOf(ingress)
  const have = metadataOf(observed)
  const same =
    observed !== undefined &&
    containsJson(have['labels'] ?? {}, want['labels'] ?? {}) &&
    containsJson(have['annotations'] ?? {}, want['annotations'] ?? {}) &&
    containsJson(observed['spec'], ingress['spec'])
  const where = isPrivate
    ? 'on the gateway’s private frontend'
    : `on the gateway’s PUBLIC frontend (no ${USE_PRIVATE_IP}: "true")`
  return {
    target: 'kubernetes',
    action: same ? 'noop' : 'apply',
    manifest: ingress,
    reason: same
      ? `Ingress ${ingressKey(ingress)} is as desired`
      : `Ingress ${ingressKey(ingress)} ${where}`,
    flags: same || isPrivate ? [] : ['public-exposure'],
    dependsOn: [...dependsOn],
  }
}

function gatewayLinkTarget(ag: AppGatewaySpec, state: AppGatewayState): LinkTarget {
  return {
    id: ag.id,
    name: ag.name,
    kind: 'Application Gateway',
    reference: ag.id,
    groupIds: [PRIVATE_FRONTEND],
    autoApproval: [],
    body: state.gateway,
    dependsOn: [ag.id],
  }
}

export function appGatewayOutputs(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): Record<string, string> {
  const ag = spec.appGateway
  return {
    'ingress-private-ip': ag?.privateFrontendIp ?? '',
    'private-link-service-id': '',
    'private-link-service-alias': '',
    'private-endpoints': JSON.stringify(endpointOutputs(spec, state)),
    'application-gateway-id': ag?.id ?? '',
    'waf-policy-id': ag?.waf.id ?? '',
  }
}

const NOTHING_OBSERVED: AppGatewayState = {
  plSubnet: undefined,
  wafPolicy: undefined,
  publicIp: undefined,
  gateway: undefined,
  cluster: undefined,
  principalId: undefined,
  roleAssignments: new Map(),
  agicRelease: undefined,
  agicPods: [],
  ingresses: new Map(),
}

/**
 * `controller: application-gateway`, pure. Order (and dependencies): the WAF policy, public IP
 * and Private Link subnet, then the gateway; AGIC (the add-on on the cluster, or the chart after
 * its identity's roles); AGIC's roles (in add-on mode once the add-on's identity exists); the
 * Ingresses once AGIC runs; the Private Endpoints once the gateway exists, their approvals and
 * DNS records.
 */
export function planAppGateway(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): Plan {
  const ag = spec.appGateway
  if (!ag) throw new Error('planAppGateway: not an application-gateway spec')
  const s = state.appGateway ?? NOTHING_OBSERVED
  const location = spec.location ?? state.vnetLocation
  if (location === undefined) {
    throw new PreconditionError(
      `${STEP}: the region of the gateway's virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${inputName(spec, 'application-gateway-subnet-id')}' or give '${inputName(spec, 'location')}'.`,
    )
  }
  const waf = planWafPolicy(spec, ag, s, location)
  const publicIp = planPublicIp(spec, ag, s, location)
  const subnet =
    ag.privateLink && spec.plsSubnet
      ? planLinkSubnet(spec.plsSubnet, s.plSubnet)
      : { changes: [], ready: true }
  const gateway = planGateway(
    spec,
    ag,
    s,
    location,
    [waf, ...publicIp, ...subnet.changes].filter(c => c.action !== 'noop').map(c => c.resourceId),
  )
  const changes: Change[] = [waf, ...publicIp, ...subnet.changes, gateway]
  let agicKey: string
  if (ag.agic.mode === 'add-on') {
    const clusterId = ag.clusterId ?? ''
    const addon = planAddon(spec, ag, clusterId, s.cluster)
    const roles = planRoleAssignments(ag, spec.subscriptionId, s.principalId, s.roleAssignments, [
      clusterId,
      ag.id,
    ])
    changes.push(addon, ...roles)
    agicKey = clusterId
  } else {
    const roles = planRoleAssignments(ag, spec.subscriptionId, s.principalId, s.roleAssignments, [
      ag.id,
    ])
    const release = planAgicRelease(ag, s.agicRelease, [
      ag.id,
      ...roles.filter(r => r.action !== 'noop').map(r => r.resourceId),
    ])
    changes.push(...roles, ...(release ? [release] : []))
    agicKey = release ? changeKey(release) : ag.id
  }
  changes.push(...ag.ingresses.map(i => planIngress(i, s.ingresses.get(ingressKey(i)), [agicKey])))
  changes.push(...planEndpoints(spec, state, gatewayLinkTarget(ag, s), location))
  changes.push(...planRecords(spec, state))
  const createsPublicIp = publicIp.some(c => c.action === 'create')
  return {
    step: STEP,
    changes,
    outputs: appGatewayOutputs(spec, state),
    warnings: [AGIC_NOTICE, ...(createsPublicIp ? [publicFrontendNotice(spec, ag)] : [])],
  }
}
