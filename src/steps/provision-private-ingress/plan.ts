import { PreconditionError } from '../../core/errors.js'
import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  NETWORK_API_VERSION,
  PRIVATE_DNS_API_VERSION,
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  subnetPutBody,
  type WireBody,
} from '../../core/network.js'
import {
  changeKey,
  knownAfterApply,
  type ArmChange,
  type Change,
  type HelmChange,
  type Plan,
} from '../../core/plan.js'
import { controllerFor, internalLoadBalancerAnnotations } from './controller.js'
import { provisionPrivateIngressManifest } from './manifest.js'
import { DNS_NAME_TAG, OWNER_TAG, recordId, type ProvisionPrivateIngressState } from './observe.js'
import { privateLinkServiceAnnotations, privateLinkServiceBody } from './private-link.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = provisionPrivateIngressManifest.name

/** Deep equality of JSON values, as Helm returns values (numbers, strings, maps). */
function sameJson(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameJson(x, b[i]))
    )
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return (
      ka.length === kb.length &&
      ka.every(k => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    )
  }
  return a === b
}

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

function arm(
  resourceId: string,
  action: ArmChange['action'],
  reason: string,
  extra: Partial<ArmChange> = {},
): ArmChange {
  return {
    target: 'arm',
    action,
    resourceId,
    apiVersion: /\/privateDnsZones\//i.test(resourceId)
      ? PRIVATE_DNS_API_VERSION
      : NETWORK_API_VERSION,
    reason,
    flags: [],
    ...extra,
  }
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
  const policies = propertiesOf(state.plsSubnet)['privateLinkServiceNetworkPolicies']
  const subnetReady = state.plsSubnet !== undefined && policies === 'Disabled'
  if (!subnetReady) {
    changes.push(
      arm(
        spec.plsSubnet.id,
        'update',
        'disable private link service network policies on the NAT subnet, keeping every other property',
        {
          body: state.plsSubnet
            ? subnetPutBody(state.plsSubnet, { privateLinkServiceNetworkPolicies: 'Disabled' })
            : {
                name: spec.plsSubnet.name,
                properties: { privateLinkServiceNetworkPolicies: 'Disabled' },
              },
        },
      ),
    )
  }
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

function connectionState(endpoint: WireBody | undefined): string | undefined {
  const props = propertiesOf(endpoint)
  for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
    const list = props[key]
    if (Array.isArray(list) && list.length > 0) {
      const state = propertiesOf(list[0] as WireBody)['privateLinkServiceConnectionState'] as
        { status?: string } | undefined
      return state?.status
    }
  }
  return undefined
}

export function ownerTag(spec: ProvisionPrivateIngressSpec): string {
  return spec.plsId.toLowerCase()
}

/** Created by this step for this Private Link Service (two pipelines never take each other's). */
export function isOwnedEndpoint(
  spec: ProvisionPrivateIngressSpec,
  endpoint: WireBody | undefined,
): boolean {
  const tags = (endpoint?.['tags'] ?? {}) as Record<string, string>
  return tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && tags[OWNER_TAG] === ownerTag(spec)
}

function connectionTarget(endpoint: WireBody): string | undefined {
  const props = propertiesOf(endpoint)
  for (const key of ['privateLinkServiceConnections', 'manualPrivateLinkServiceConnections']) {
    const list = props[key]
    if (Array.isArray(list) && list.length > 0) {
      const target = propertiesOf(list[0] as WireBody)['privateLinkServiceId']
      if (typeof target === 'string') return target
    }
  }
  return undefined
}

/** A listed endpoint that exists must be the step's own, in the listed subnet, to this service. */
function checkExistingEndpoint(
  spec: ProvisionPrivateIngressSpec,
  id: string,
  subnetId: string,
  endpoint: WireBody,
  plsRef: string,
): void {
  const problem = !isOwnedEndpoint(spec, endpoint)
    ? 'was not created by this step for this Private Link Service'
    : !sameId(referenceId(propertiesOf(endpoint)['subnet']), subnetId)
      ? 'is in another subnet than the listed one'
      : !sameId(connectionTarget(endpoint), plsRef)
        ? `connects to '${connectionTarget(endpoint) ?? '?'}', not to this Private Link Service`
        : undefined
  if (problem) {
    throw new PreconditionError(
      `${STEP}: Private Endpoint '${id}' exists but ${problem}; a Private Endpoint's subnet and target cannot change. Give it another name in '${spec.inputNames['private-endpoints'] ?? 'private-endpoints'}', or delete it.`,
    )
  }
}

function planEndpoints(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
  location: string,
  releaseKey: string,
): ArmChange[] {
  const changes: ArmChange[] = []
  const plsKnown = spec.privateLink === 'arm' || state.pls !== undefined
  const plsRef = plsKnown
    ? spec.plsId
    : knownAfterApply('the Private Link Service the cloud provider creates')
  for (const e of spec.endpoints) {
    const observed = state.endpoints.get(e.id)
    const auto = spec.autoApproval.includes(e.subnet.subscriptionId)
    if (observed?.endpoint === undefined) {
      const connection = {
        name: `${e.name}-to-${spec.plsName}`.slice(0, 80),
        properties: {
          privateLinkServiceId: plsRef,
          ...(e.requestMessage && !auto ? { requestMessage: e.requestMessage } : {}),
        },
      }
      changes.push(
        arm(
          e.id,
          'create',
          `Private Endpoint in '${e.subnet.parent?.name ?? '?'}/${e.subnet.name}' to the Private Link Service${auto ? ' (auto-approved subscription)' : ', approved by the step'}`,
          {
            body: {
              location: observed?.location ?? spec.location ?? location,
              tags: {
                [MANAGED_BY_TAG]: MANAGED_BY_VALUE,
                [OWNER_TAG]: ownerTag(spec),
                ...(spec.privateDnsZone ? { [DNS_NAME_TAG]: e.dnsName } : {}),
              },
              properties: {
                subnet: { id: e.subnet.id },
                [auto ? 'privateLinkServiceConnections' : 'manualPrivateLinkServiceConnections']: [
                  connection,
                ],
              },
            },
            dependsOn: spec.privateLink === 'arm' ? [spec.plsId] : [releaseKey],
          },
        ),
      )
      continue
    }
    checkExistingEndpoint(spec, e.id, e.subnet.id, observed.endpoint, plsRef)
    changes.push(
      arm(
        e.id,
        'noop',
        `Private Endpoint exists (connection ${connectionState(observed.endpoint) ?? 'unknown'})`,
      ),
    )
  }
  // Approve pending connections, only those of endpoints the step created for this service.
  const ours = new Set(
    spec.endpoints
      .filter(e => isOwnedEndpoint(spec, state.endpoints.get(e.id)?.endpoint))
      .map(e => e.id.toLowerCase()),
  )
  const connections = propertiesOf(state.pls)['privateEndpointConnections']
  for (const c of (Array.isArray(connections) ? connections : []) as WireBody[]) {
    const props = propertiesOf(c)
    const endpointId = referenceId(props['privateEndpoint'])
    const status = (props['privateLinkServiceConnectionState'] as { status?: string } | undefined)
      ?.status
    if (!endpointId || !ours.has(endpointId.toLowerCase()) || status !== 'Pending') continue
    changes.push(
      arm(
        `${spec.plsId}/privateEndpointConnections/${String(c['name'])}`,
        'update',
        `approve the connection of '${endpointId.split('/').pop() ?? ''}'`,
        {
          body: {
            name: c['name'],
            properties: {
              privateLinkServiceConnectionState: {
                status: 'Approved',
                description: 'Approved by aks-secure-networking',
                actionsRequired: 'None',
              },
            },
          },
          dependsOn: [endpointId],
        },
      ),
    )
  }
  for (const id of state.strayEndpoints) {
    changes.push(arm(id, 'delete', 'no longer in the endpoint list; the step created it'))
  }
  return changes
}

function planRecords(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): ArmChange[] {
  const zone = spec.privateDnsZone
  if (!zone) return []
  if (!spec.offline && state.dnsZone === undefined) {
    throw new PreconditionError(
      `${STEP}: the Private DNS zone '${zone.id}' does not exist or is not visible to this identity; check '${spec.inputNames['private-dns-zone-id'] ?? 'private-dns-zone-id'}'.`,
    )
  }
  const changes: ArmChange[] = []
  for (const e of spec.endpoints) {
    const id = recordId(zone.id, e.dnsName)
    const ip = state.endpoints.get(e.id)?.privateIp ?? knownAfterApply(`private IP of ${e.name}`)
    const body: WireBody = {
      properties: {
        ttl: 300,
        aRecords: [{ ipv4Address: ip }],
        metadata: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
      },
    }
    const observed = state.records.get(id)
    if (observed === undefined) {
      changes.push(
        arm(id, 'create', `A record ${e.dnsName}.${zone.name} → the private IP of ${e.name}`, {
          body,
          dependsOn: [e.id],
        }),
      )
      continue
    }
    const records = propertiesOf(observed)['aRecords']
    const current = Array.isArray(records)
      ? (records as { ipv4Address?: string }[]).map(r => r.ipv4Address)
      : []
    if (current.length === 1 && current[0] === ip && propertiesOf(observed)['ttl'] === 300) {
      changes.push(arm(id, 'noop', `A record ${e.dnsName}.${zone.name} points at ${ip}`))
      continue
    }
    const metadata = propertiesOf(observed)['metadata'] as Record<string, string> | undefined
    if (metadata?.[MANAGED_BY_TAG] !== MANAGED_BY_VALUE) {
      throw new PreconditionError(
        `${STEP}: the A record '${id}' exists but was not written by this step; give the endpoint another dns-name or remove the record.`,
      )
    }
    changes.push(
      arm(id, 'update', `point A record ${e.dnsName}.${zone.name} at ${ip}`, {
        body,
        dependsOn: [e.id],
      }),
    )
  }
  for (const id of state.strayRecords) {
    const observed = state.records.get(id)
    const metadata = propertiesOf(observed)['metadata'] as Record<string, string> | undefined
    if (observed !== undefined && metadata?.[MANAGED_BY_TAG] === MANAGED_BY_VALUE) {
      changes.push(arm(id, 'delete', 'its Private Endpoint leaves the list; the step wrote it'))
    }
  }
  return changes
}

export function ingressOutputs(
  spec: ProvisionPrivateIngressSpec,
  state: ProvisionPrivateIngressState,
): Record<string, string> {
  const endpoints = Object.fromEntries(
    spec.endpoints.map(e => [
      e.name,
      state.endpoints.get(e.id)?.privateIp ?? knownAfterApply(`private IP of ${e.name}`),
    ]),
  )
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
  }
}

/** Pure: the controller release first, then the Private Link Service, then the endpoints. */
export function planProvisionPrivateIngress(
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
    ...planEndpoints(spec, state, location, key),
    ...planRecords(spec, state),
  ]
  const notice = controllerFor(spec).notice
  return {
    step: STEP,
    changes,
    outputs: ingressOutputs(spec, state),
    warnings: notice ? [notice] : [],
  }
}
