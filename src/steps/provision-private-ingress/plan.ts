import { PreconditionError } from '../../core/errors.js'
import { sameJson } from '../../core/json.js'
import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  type WireBody,
} from '../../core/network.js'
import {
  armChange as arm,
  changeKey,
  knownAfterApply,
  type ArmChange,
  type Change,
  type HelmChange,
  type Plan,
} from '../../core/plan.js'
import { controllerFor, internalLoadBalancerAnnotations } from './controller.js'
import { provisionPrivateIngressManifest } from './manifest.js'
import type { ProvisionPrivateIngressState } from './observe.js'
import {
  endpointOutputs,
  planEndpoints,
  planRecords,
  type LinkTarget,
} from './private-endpoints.js'
import {
  planLinkSubnet,
  privateLinkServiceAnnotations,
  privateLinkServiceBody,
} from './private-link.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = provisionPrivateIngressManifest.name

/** Subscription lists and FQDNs compare as sets: ARM may return them in another order or case. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const norm = (xs: readonly string[]): string =>
    JSON.stringify([...new Set(xs.map(x => x.toLowerCase()))].sort())
  return norm(a) === norm(b)
}

function subscriptionsOf(value: unknown): string[] {
  const subs = (value as { subscriptions?: unknown } | undefined)?.subscriptions
  return Array.isArray(subs) ? subs.map(String) : []
}

function serviceIp(state: ProvisionPrivateIngressState): string | undefined {
  return state.service?.loadBalancerIps[0]
}

function planRelease(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): HelmChange {
  const controller = controllerFor(spec)
  const desired = controller.release(spec, {
    ...internalLoadBalancerAnnotations(spec),
    ...privateLinkServiceAnnotations(spec),
  })
  const base = { target: 'helm' as const, ...desired, flags: [] }
  const current = state.release
  if (current === undefined) {
    return {
      ...base,
      action: 'install',
      reason: `install ${desired.chart} ${desired.version} behind an internal load balancer`,
    }
  }
  if (
    current.chartVersion === desired.version &&
    current.status === 'deployed' &&
    sameJson(current.values, desired.values)
  ) {
    return {
      ...base,
      action: 'noop',
      reason: `release ${desired.release} runs chart ${desired.version} with the desired values`,
    }
  }
  const why =
    current.chartVersion !== desired.version
      ? `chart ${current.chartVersion ?? '?'} → ${desired.version}`
      : current.status !== 'deployed'
        ? `release is '${current.status}'`
        : 'values changed'
  return { ...base, action: 'upgrade', reason: `upgrade the controller (${why})` }
}

function frontendFor(
  state: ProvisionPrivateIngressState,
  ip: string | undefined,
): string | undefined {
  const frontends = propertiesOf(state.loadBalancer)['frontendIPConfigurations']
  if (!Array.isArray(frontends) || ip === undefined) return undefined
  const match = (frontends as WireBody[]).find(f => propertiesOf(f)['privateIPAddress'] === ip)
  return stringValue(match?.['id'])
}

function planPrivateLinkService(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
  location: string,
  releaseKey: string,
): ArmChange[] {
  if (spec.privateLink !== 'arm' || !spec.plsSubnet) return []
  const changes: ArmChange[] = []
  if (!spec.offline && state.plsSubnet === undefined) {
    throw new PreconditionError(
      `${STEP}: the subnet '${spec.plsSubnet.id}' does not exist or is not visible to this identity; check '${spec.inputNames['pls-subnet-id'] ?? 'pls-subnet-id'}'.`,
    )
  }
  const subnet = planLinkSubnet(spec.plsSubnet, state.plsSubnet)
  changes.push(...subnet.changes)
  const subnetReady = subnet.ready
  const frontend =
    frontendFor(state, serviceIp(state)) ??
    knownAfterApply('the internal load balancer frontend of the controller’s Service')
  const body = privateLinkServiceBody(spec, location, frontend)
  const dependsOn = [releaseKey, ...(subnetReady ? [] : [spec.plsSubnet.id])]
  const observed = state.pls
  if (observed === undefined) {
    changes.push(
      arm(
        spec.plsId,
        'create',
        'publish the internal load balancer frontend through a Private Link Service',
        { body, dependsOn },
      ),
    )
    return changes
  }
  const o = propertiesOf(observed)
  const want = propertiesOf(body)
  const frontends = (o['loadBalancerFrontendIpConfigurations'] ?? []) as WireBody[]
  // NAT IPs can be added but never removed: more than asked for is as good as asked for.
  const same =
    frontends.length === 1 &&
    sameId(referenceId(frontends[0]), frontend) &&
    ((o['ipConfigurations'] ?? []) as unknown[]).length >= spec.natIpCount &&
    sameSet(subscriptionsOf(o['visibility']), spec.visibility) &&
    sameSet(subscriptionsOf(o['autoApproval']), spec.autoApproval) &&
    (o['enableProxyProtocol'] ?? false) === spec.proxyProtocol &&
    sameSet(Array.isArray(o['fqdns']) ? (o['fqdns'] as unknown[]).map(String) : [], spec.plsFqdns)
  if (same) {
    changes.push(
      arm(spec.plsId, 'noop', 'the Private Link Service publishes the controller as desired'),
    )
    return changes
  }
  if (
    (observed['tags'] as Record<string, string> | undefined)?.[MANAGED_BY_TAG] !== MANAGED_BY_VALUE
  ) {
    throw new PreconditionError(
      `${STEP}: Private Link Service '${spec.plsId}' exists but was not created by this step; set '${spec.inputNames['pls-name'] ?? 'pls-name'}' to another name.`,
    )
  }
  // NAT IPs can only be added, never removed, once in use: keep the existing ones.
  const existingNat = (o['ipConfigurations'] ?? []) as WireBody[]
  const properties = propertiesOf(body)
  const nat =
    existingNat.length >= spec.natIpCount
      ? existingNat.map(c => ({ name: c['name'], properties: { ...propertiesOf(c) } }))
      : properties['ipConfigurations']
  changes.push(
    arm(
      spec.plsId,
      'update',
      'set the Private Link Service’s frontend, NAT IPs, visibility and approvals',
      {
        body: { ...body, tags: observed['tags'], properties: { ...want, ipConfigurations: nat } },
        dependsOn,
      },
    ),
  )
  return changes
}

export function nginxOutputs(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): Record<string, string> {
  const endpoints = endpointOutputs(spec, state)
  return {
    'ingress-private-ip':
      serviceIp(state) ?? knownAfterApply('the controller’s internal load balancer IP'),
    'private-link-service-id': spec.privateLink === 'none' ? '' : spec.plsId,
    'private-link-service-alias':
      spec.privateLink === 'none'
        ? ''
        : (stringValue(propertiesOf(state.pls)['alias']) ??
          knownAfterApply('the Private Link Service alias')),
    'private-endpoints': JSON.stringify(endpoints),
    'application-gateway-id': '',
    'waf-policy-id': '',
  }
}

/** The Private Link Service (or its placeholder) as the endpoints' link target. */
function nginxLinkTarget(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
  releaseKey: string,
): LinkTarget {
  const known = spec.privateLink === 'arm' || state.pls !== undefined
  return {
    id: spec.plsId,
    name: spec.plsName,
    kind: 'Private Link Service',
    reference: known
      ? spec.plsId
      : knownAfterApply('the Private Link Service the cloud provider creates'),
    autoApproval: spec.autoApproval,
    body: state.pls,
    dependsOn: spec.privateLink === 'arm' ? [spec.plsId] : [releaseKey],
  }
}

/** `controller: nginx`, pure: the release first, then the Private Link Service, the endpoints. */
export function planNginxIngress(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): Plan {
  const location = spec.location ?? state.vnetLocation
  if (location === undefined) {
    throw new PreconditionError(
      `${STEP}: the virtual network '${spec.vnet?.id ?? '?'}' could not be read; check '${spec.inputNames['vnet-id'] ?? 'vnet-id'}'.`,
    )
  }
  const release = planRelease(spec, state)
  const key = changeKey(release)
  const changes: Change[] = [
    release,
    ...planPrivateLinkService(spec, state, location, key),
    ...planEndpoints(spec, state, nginxLinkTarget(spec, state, key), location),
    ...planRecords(spec, state),
  ]
  const notice = controllerFor(spec).notice
  return {
    step: STEP,
    changes,
    outputs: nginxOutputs(spec, state),
    warnings: notice ? [notice] : [],
  }
}
