import { PreconditionError } from '../../core/errors.js'
import {
  isManagedByUs,
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  tagsOf,
  type Network,
  type WireBody,
} from '../../core/network.js'
import { armChange as arm, knownAfterApply, type ArmChange } from '../../core/plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'

/**
 * What consumers' Private Endpoints connect to: the Private Link Service in front of NGINX, or
 * the Application Gateway's Private Link configuration. Creating the endpoints, approving their
 * connections and writing their DNS records is the same code for both.
 */
export interface LinkTarget {
  /** Resource ID of the Private Link Service or Application Gateway. */
  readonly id: string
  /** Its name, for connection names. */
  readonly name: string
  /** `Private Link Service` or `Application Gateway`, for messages. */
  readonly kind: string
  /** `privateLinkServiceId` of new endpoints: the ID, or a placeholder while it is not known. */
  readonly reference: string
  /** An Application Gateway's target sub-resource: the frontend IP configuration's name. */
  readonly groupIds?: readonly string[]
  /** Consumer subscriptions the target approves by itself. */
  readonly autoApproval: readonly string[]
  /** The target as read: its `privateEndpointConnections`. */
  readonly body: WireBody | undefined
  /** Changes new endpoints wait for (the target's own creation). */
  readonly dependsOn: readonly string[]
}

export interface EndpointState {
  readonly endpoint: WireBody | undefined
  readonly privateIp: string | undefined
  /** The region of the consumer's virtual network. */
  readonly location: string | undefined
}

/** The consumer side, as read: the listed endpoints, strays and their DNS records. */
export interface EndpointsState {
  readonly endpoints: ReadonlyMap<string, EndpointState>
  /** Endpoints the step created earlier (tagged) that are connected but no longer listed. */
  readonly strayEndpoints: readonly string[]
  readonly dnsZone: WireBody | undefined
  /** A record sets by ID: the listed endpoints' records, and those of stray endpoints. */
  readonly records: ReadonlyMap<string, WireBody | undefined>
  /** Records of stray endpoints (named in their DNS tag). */
  readonly strayRecords: readonly string[]
}

export const NO_ENDPOINTS: EndpointsState = {
  endpoints: new Map(),
  strayEndpoints: [],
  dnsZone: undefined,
  records: new Map(),
  strayRecords: [],
}

/** The tag that records which link target a step-created endpoint belongs to. */
export const OWNER_TAG = 'aks-secure-networking-pls'

/** The tag that remembers an endpoint's A record, so the record goes when the endpoint goes. */
export const DNS_NAME_TAG = 'aks-secure-networking-dns-name'

export function recordId(zoneId: string, name: string): string {
  return `${zoneId}/A/${name}`
}

async function readIfAllowed(networkPort: Network, id: string): Promise<WireBody | undefined> {
  try {
    return await networkPort.getPrivateEndpoint(id)
  } catch (error) {
    if ((error as { status?: number }).status === 403) return undefined
    throw error
  }
}

async function endpointState(
  networkPort: Network,
  endpointId: string,
  vnetId: string | undefined,
): Promise<EndpointState> {
  const [endpoint, vnet] = await Promise.all([
    networkPort.getPrivateEndpoint(endpointId),
    vnetId ? networkPort.getVirtualNetwork(vnetId) : Promise.resolve(undefined),
  ])
  const nics = propertiesOf(endpoint)['networkInterfaces']
  const nicId = Array.isArray(nics) ? referenceId(nics[0]) : undefined
  const nic = nicId ? await networkPort.getNetworkInterface(nicId) : undefined
  const configs = propertiesOf(nic)['ipConfigurations']
  const first = Array.isArray(configs) ? (configs[0] as WireBody | undefined) : undefined
  return {
    endpoint,
    privateIp: stringValue(propertiesOf(first)['privateIPAddress']),
    location: stringValue(vnet?.['location']),
  }
}

/** Private Endpoints connected to the target. */
export function connectedEndpointIds(target: WireBody | undefined): string[] {
  const connections = propertiesOf(target)['privateEndpointConnections']
  if (!Array.isArray(connections)) return []
  return (connections as WireBody[])
    .map(c => referenceId(propertiesOf(c)['privateEndpoint']))
    .filter((id): id is string => id !== undefined)
}

/**
 * Reads the listed endpoints (and their NIC's IP), the step-created endpoints connected to the
 * target that left the list, and the DNS zone and records.
 */
export async function observeEndpoints(
  networkPort: Network,
  spec: ProvisionPrivateIngressSpec,
  targetId: string,
  target: WireBody | undefined,
): Promise<EndpointsState> {
  const desired = new Set(spec.endpoints.map(e => e.id.toLowerCase()))
  const endpoints = new Map(
    await Promise.all(
      spec.endpoints.map(
        async e => [e.id, await endpointState(networkPort, e.id, e.subnet.parent?.id)] as const,
      ),
    ),
  )
  const others = connectedEndpointIds(target).filter(id => !desired.has(id.toLowerCase()))
  // Other teams' endpoints may sit where this identity cannot read: those are not the step's.
  const strays = (
    await Promise.all(
      others.map(async id => ({ id, endpoint: await readIfAllowed(networkPort, id) })),
    )
  ).filter(
    e =>
      e.endpoint !== undefined &&
      isManagedByUs(e.endpoint) &&
      tagsOf(e.endpoint)[OWNER_TAG] === targetId.toLowerCase(),
  )
  const zone = spec.privateDnsZone
  const strayRecords = zone
    ? strays
        .map(e => tagsOf(e.endpoint)[DNS_NAME_TAG])
        .filter((n): n is string => n !== undefined)
        .map(n => recordId(zone.id, n))
    : []
  const recordIds = zone
    ? [...spec.endpoints.map(e => recordId(zone.id, e.dnsName)), ...strayRecords]
    : []
  const [dnsZone, ...recordBodies] = await Promise.all([
    zone ? networkPort.getPrivateDnsZone(zone.id) : Promise.resolve(undefined),
    ...recordIds.map(id => networkPort.getARecordSet(id)),
  ])
  return {
    endpoints,
    strayEndpoints: strays.map(e => e.id),
    dnsZone,
    records: new Map(recordIds.map((id, i) => [id, recordBodies[i]])),
    strayRecords,
  }
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

/** Created by this step for this target (two pipelines never take each other's). */
export function isOwnedEndpoint(target: LinkTarget, endpoint: WireBody | undefined): boolean {
  const tags = tagsOf(endpoint)
  return tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && tags[OWNER_TAG] === target.id.toLowerCase()
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

/** A listed endpoint that exists must be the step's own, in the listed subnet, to this target. */
function checkExistingEndpoint(
  spec: ProvisionPrivateIngressSpec,
  target: LinkTarget,
  id: string,
  subnetId: string,
  endpoint: WireBody,
): void {
  const problem = !isOwnedEndpoint(target, endpoint)
    ? `was not created by this step for this ${target.kind}`
    : !sameId(referenceId(propertiesOf(endpoint)['subnet']), subnetId)
      ? 'is in another subnet than the listed one'
      : !sameId(connectionTarget(endpoint), target.reference)
        ? `connects to '${connectionTarget(endpoint) ?? '?'}', not to this ${target.kind}`
        : undefined
  if (problem) {
    throw new PreconditionError(
      `${STEP}: Private Endpoint '${id}' exists but ${problem}; a Private Endpoint's subnet and target cannot change. Give it another name in '${spec.inputNames['private-endpoints'] ?? 'private-endpoints'}', or delete it.`,
    )
  }
}

/**
 * The listed endpoints (created with a manual connection the step then approves, or an
 * automatic one for auto-approved subscriptions), approvals of their pending connections, and
 * the deletion of step-created endpoints that left the list.
 */
export function planEndpoints(
  spec: ProvisionPrivateIngressSpec,
  state: EndpointsState,
  target: LinkTarget,
  location: string,
): ArmChange[] {
  const changes: ArmChange[] = []
  for (const e of spec.endpoints) {
    const observed = state.endpoints.get(e.id)
    const auto = target.autoApproval.includes(e.subnet.subscriptionId)
    if (observed?.endpoint === undefined) {
      const connection = {
        name: `${e.name}-to-${target.name}`.slice(0, 80),
        properties: {
          privateLinkServiceId: target.reference,
          ...(target.groupIds ? { groupIds: [...target.groupIds] } : {}),
          ...(e.requestMessage && !auto ? { requestMessage: e.requestMessage } : {}),
        },
      }
      changes.push(
        arm(
          e.id,
          'create',
          `Private Endpoint in '${e.subnet.parent?.name ?? '?'}/${e.subnet.name}' to the ${target.kind}${auto ? ' (auto-approved subscription)' : ', approved by the step'}`,
          {
            body: {
              location: observed?.location ?? spec.location ?? location,
              tags: {
                [MANAGED_BY_TAG]: MANAGED_BY_VALUE,
                [OWNER_TAG]: target.id.toLowerCase(),
                ...(spec.privateDnsZone ? { [DNS_NAME_TAG]: e.dnsName } : {}),
              },
              properties: {
                subnet: { id: e.subnet.id },
                [auto ? 'privateLinkServiceConnections' : 'manualPrivateLinkServiceConnections']: [
                  connection,
                ],
              },
            },
            dependsOn: [...target.dependsOn],
          },
        ),
      )
      continue
    }
    checkExistingEndpoint(spec, target, e.id, e.subnet.id, observed.endpoint)
    changes.push(
      arm(
        e.id,
        'noop',
        `Private Endpoint exists (connection ${connectionState(observed.endpoint) ?? 'unknown'})`,
      ),
    )
  }
  // Approve pending connections, only those of endpoints the step created for this target.
  const ours = new Set(
    spec.endpoints
      .filter(e => isOwnedEndpoint(target, state.endpoints.get(e.id)?.endpoint))
      .map(e => e.id.toLowerCase()),
  )
  const connections = propertiesOf(target.body)['privateEndpointConnections']
  for (const c of (Array.isArray(connections) ? connections : []) as WireBody[]) {
    const props = propertiesOf(c)
    const endpointId = referenceId(props['privateEndpoint'])
    const status = (props['privateLinkServiceConnectionState'] as { status?: string } | undefined)
      ?.status
    if (!endpointId || !ours.has(endpointId.toLowerCase()) || status !== 'Pending') continue
    changes.push(
      arm(
        `${target.id}/privateEndpointConnections/${String(c['name'])}`,
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

/** An A record per endpoint in `private-dns-zone-id`; records of removed endpoints go too. */
export function planRecords(spec: ProvisionPrivateIngressSpec, state: EndpointsState): ArmChange[] {
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

/** `private-endpoints` output: endpoint name → private IP (or a placeholder). */
export function endpointOutputs(
  spec: ProvisionPrivateIngressSpec,
  state: EndpointsState,
): Record<string, string> {
  return Object.fromEntries(
    spec.endpoints.map(e => [
      e.name,
      state.endpoints.get(e.id)?.privateIp ?? knownAfterApply(`private IP of ${e.name}`),
    ]),
  )
}
