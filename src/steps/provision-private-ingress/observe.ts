import type { Cluster, HelmReleaseState, ServiceView } from '../../core/cluster.js'
import {
  isManagedByUs,
  propertiesOf,
  referenceId,
  stringValue,
  tagsOf,
  type Network,
  type WireBody,
} from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import { controllerFor } from './controller.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

export interface EndpointState {
  readonly endpoint: WireBody | undefined
  readonly privateIp: string | undefined
  /** The region of the consumer's virtual network. */
  readonly location: string | undefined
}

export interface ProvisionPrivateIngressState {
  readonly vnetLocation: string | undefined
  readonly release: HelmReleaseState | undefined
  readonly service: ServiceView | undefined
  readonly loadBalancer: WireBody | undefined
  readonly plsSubnet: WireBody | undefined
  readonly pls: WireBody | undefined
  readonly endpoints: ReadonlyMap<string, EndpointState>
  /** Endpoints the step created earlier (tagged) that are connected but no longer listed. */
  readonly strayEndpoints: readonly string[]
  readonly dnsZone: WireBody | undefined
  /** A record sets by ID: the listed endpoints' records, and those of stray endpoints. */
  readonly records: ReadonlyMap<string, WireBody | undefined>
  /** Records of stray endpoints (named in their DNS tag). */
  readonly strayRecords: readonly string[]
}

/** The tag that records which Private Link Service a step-created endpoint belongs to. */
export const OWNER_TAG = 'aks-secure-networking-pls'

async function readIfAllowed(arm: Network, id: string): Promise<WireBody | undefined> {
  try {
    return await arm.getPrivateEndpoint(id)
  } catch (error) {
    if ((error as { status?: number }).status === 403) return undefined
    throw error
  }
}

/** The tag that remembers an endpoint's A record, so the record goes when the endpoint goes. */
export const DNS_NAME_TAG = 'aks-secure-networking-dns-name'

export function recordId(zoneId: string, name: string): string {
  return `${zoneId}/A/${name}`
}

/** AKS keeps the internal load balancer of LoadBalancer Services under this name. */
export function internalLoadBalancerId(spec: ProvisionPrivateIngressSpec): string {
  return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.nodeResourceGroup}/providers/Microsoft.Network/loadBalancers/kubernetes-internal`
}

async function endpointState(
  arm: Network,
  endpointId: string,
  vnetId: string | undefined,
): Promise<EndpointState> {
  const [endpoint, vnet] = await Promise.all([
    arm.getPrivateEndpoint(endpointId),
    vnetId ? arm.getVirtualNetwork(vnetId) : Promise.resolve(undefined),
  ])
  const nics = propertiesOf(endpoint)['networkInterfaces']
  const nicId = Array.isArray(nics) ? referenceId(nics[0]) : undefined
  const nic = nicId ? await arm.getNetworkInterface(nicId) : undefined
  const configs = propertiesOf(nic)['ipConfigurations']
  const first = Array.isArray(configs) ? (configs[0] as WireBody | undefined) : undefined
  return {
    endpoint,
    privateIp: stringValue(propertiesOf(first)['privateIPAddress']),
    location: stringValue(vnet?.['location']),
  }
}

/** Private Endpoints connected to the Private Link Service. */
export function connectedEndpointIds(pls: WireBody | undefined): string[] {
  const connections = propertiesOf(pls)['privateEndpointConnections']
  if (!Array.isArray(connections)) return []
  return (connections as WireBody[])
    .map(c => referenceId(propertiesOf(c)['privateEndpoint']))
    .filter((id): id is string => id !== undefined)
}

/** Reads the cluster (release, Service) and Azure (load balancer, PLS, endpoints), once each. */
export async function observeProvisionPrivateIngress(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
): Promise<ProvisionPrivateIngressState> {
  const controller = controllerFor(spec)
  const svc = controller.service(spec)
  const none = Promise.resolve(undefined)
  const [vnet, release, service, loadBalancer, plsSubnet, pls] = await Promise.all([
    spec.vnet ? ctx.arm.getVirtualNetwork(spec.vnet.id) : none,
    ctx.kube.helmRelease(spec.release, spec.namespace),
    ctx.kube.getService(svc.namespace, svc.name),
    spec.privateLink === 'arm' ? ctx.arm.getLoadBalancer(internalLoadBalancerId(spec)) : none,
    spec.privateLink === 'arm' && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : none,
    spec.privateLink === 'none' ? none : ctx.arm.getPrivateLinkService(spec.plsId),
  ])
  const desired = new Set(spec.endpoints.map(e => e.id.toLowerCase()))
  const endpoints = new Map(
    await Promise.all(
      spec.endpoints.map(
        async e => [e.id, await endpointState(ctx.arm, e.id, e.subnet.parent?.id)] as const,
      ),
    ),
  )
  const others = connectedEndpointIds(pls).filter(id => !desired.has(id.toLowerCase()))
  // Other teams' endpoints may sit where this identity cannot read: those are not the step's.
  const strayEndpoints = (
    await Promise.all(others.map(async id => ({ id, endpoint: await readIfAllowed(ctx.arm, id) })))
  ).filter(
    e =>
      e.endpoint !== undefined &&
      isManagedByUs(e.endpoint) &&
      tagsOf(e.endpoint)[OWNER_TAG] === spec.plsId.toLowerCase(),
  )
  const stray = strayEndpoints.map(e => e.id)
  const zone = spec.privateDnsZone
  const strayRecords = zone
    ? strayEndpoints
        .map(e => tagsOf(e.endpoint)[DNS_NAME_TAG])
        .filter((n): n is string => n !== undefined)
        .map(n => recordId(zone.id, n))
    : []
  const recordIds = zone
    ? [...spec.endpoints.map(e => recordId(zone.id, e.dnsName)), ...strayRecords]
    : []
  const [dnsZone, ...recordBodies] = await Promise.all([
    zone ? ctx.arm.getPrivateDnsZone(zone.id) : none,
    ...recordIds.map(id => ctx.arm.getARecordSet(id)),
  ])
  const records = new Map(recordIds.map((id, i) => [id, recordBodies[i]]))
  return {
    vnetLocation: stringValue(vnet?.['location']),
    release,
    service,
    loadBalancer,
    plsSubnet,
    pls,
    endpoints,
    strayEndpoints: stray,
    dnsZone,
    records,
    strayRecords,
  }
}

export function offlineProvisionPrivateIngressState(): ProvisionPrivateIngressState {
  return {
    vnetLocation: undefined,
    release: undefined,
    service: undefined,
    loadBalancer: undefined,
    plsSubnet: undefined,
    pls: undefined,
    endpoints: new Map(),
    strayEndpoints: [],
    dnsZone: undefined,
    records: new Map(),
    strayRecords: [],
  }
}
