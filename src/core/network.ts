/**
 * The domain-shaped ARM port for Microsoft.Network, in ARM's wire format (the JSON ARM sends
 * and receives, with `properties`). Plans carry these bodies unchanged, so what a plan shows is
 * what ARM receives. The Azure adapter implements it over @azure/arm-network.
 */

export type WireBody = Record<string, unknown>

/** The api-version every Microsoft.Network call uses (the SDK's, and the specs in shared/). */
export const NETWORK_API_VERSION = '2026-01-01'

/** Private DNS zones have their own API and SDK (@azure/arm-privatedns). */
export const PRIVATE_DNS_API_VERSION = '2024-06-01'

/** AKS managed clusters: the api-version @azure/arm-containerservice 25.5.0 sends. */
export const CONTAINER_SERVICE_API_VERSION = '2026-06-01'

/** Role assignments: the api-version @azure/arm-authorization 9.0.0 sends. */
export const AUTHORIZATION_API_VERSION = '2022-04-01'

/** The api-version a resource's writes use, by the provider in its ID. */
export function apiVersionFor(resourceId: string): string {
  if (/\/providers\/Microsoft\.Authorization\/roleAssignments\//i.test(resourceId)) {
    return AUTHORIZATION_API_VERSION
  }
  if (/\/providers\/Microsoft\.ContainerService\//i.test(resourceId)) {
    return CONTAINER_SERVICE_API_VERSION
  }
  if (/\/privateDnsZones\//i.test(resourceId)) return PRIVATE_DNS_API_VERSION
  return NETWORK_API_VERSION
}

/** The tag that marks what this project created; nothing without it is ever deleted. */
export const MANAGED_BY_TAG = 'managed-by'
export const MANAGED_BY_VALUE = 'aks-secure-networking'

/** Reads return the resource as ARM sent it, or undefined when it does not exist (404). */
export interface NetworkReader {
  getVirtualNetwork(id: string): Promise<WireBody | undefined>
  getSubnet(id: string): Promise<WireBody | undefined>
  getRouteTable(id: string): Promise<WireBody | undefined>
  getPublicIpAddress(id: string): Promise<WireBody | undefined>
  getFirewallPolicy(id: string): Promise<WireBody | undefined>
  getRuleCollectionGroup(id: string): Promise<WireBody | undefined>
  getAzureFirewall(id: string): Promise<WireBody | undefined>
  getLoadBalancer(id: string): Promise<WireBody | undefined>
  getPrivateLinkService(id: string): Promise<WireBody | undefined>
  getPrivateEndpoint(id: string): Promise<WireBody | undefined>
  getNetworkInterface(id: string): Promise<WireBody | undefined>
  /** An AKS cluster (Microsoft.ContainerService), the one read outside Microsoft.Network. */
  getManagedCluster(id: string): Promise<WireBody | undefined>
  getPrivateDnsZone(id: string): Promise<WireBody | undefined>
  /** An A record set: `<zone id>/A/<name>`. */
  getARecordSet(id: string): Promise<WireBody | undefined>
  getApplicationGateway(id: string): Promise<WireBody | undefined>
  /** A WAF policy (`ApplicationGatewayWebApplicationFirewallPolicies`). */
  getWafPolicy(id: string): Promise<WireBody | undefined>
  /**
   * Role assignments of one principal that apply at `scope` (assigned at it, above or below it),
   * as ARM lists them with `$filter=principalId eq '…'`.
   */
  listRoleAssignments(scope: string, principalId: string): Promise<WireBody[]>
}

/** Options of a conditional write. */
export interface WriteOptions {
  /** Sent as `If-Match`: ARM answers 412 when the resource's ETag is no longer this one. */
  readonly ifMatch?: string
}

/** Writes are PUTs that wait for the long-running operation and return the resource after it. */
export interface NetworkWriter {
  putRouteTable(id: string, body: WireBody): Promise<WireBody>
  /** A subnet PUT replaces the subnet: the body must carry every property to keep. */
  putSubnet(id: string, body: WireBody): Promise<WireBody>
  putPublicIpAddress(id: string, body: WireBody): Promise<WireBody>
  putFirewallPolicy(id: string, body: WireBody): Promise<WireBody>
  putRuleCollectionGroup(id: string, body: WireBody): Promise<WireBody>
  putAzureFirewall(id: string, body: WireBody): Promise<WireBody>
  putPrivateLinkService(id: string, body: WireBody): Promise<WireBody>
  putPrivateEndpoint(id: string, body: WireBody): Promise<WireBody>
  /** Approves or rejects a connection: `<pls id>/privateEndpointConnections/<name>`. */
  putPrivateLinkServiceConnection(id: string, body: WireBody): Promise<WireBody>
  /** Deletes and waits; a resource that is already gone is not an error. */
  deletePrivateEndpoint(id: string): Promise<void>
  putARecordSet(id: string, body: WireBody): Promise<WireBody>
  deleteARecordSet(id: string): Promise<void>
  /**
   * Sends the body exactly as planned (no SDK model in between, so every property read from the
   * gateway, including ones the SDK does not know, is written back unchanged).
   */
  putApplicationGateway(id: string, body: WireBody, options?: WriteOptions): Promise<WireBody>
  putWafPolicy(id: string, body: WireBody): Promise<WireBody>
  /** Approves or rejects a connection: `<gateway id>/privateEndpointConnections/<name>`. */
  putApplicationGatewayConnection(id: string, body: WireBody): Promise<WireBody>
  /** Like putApplicationGateway: the AKS cluster body as planned, byte for byte. */
  putManagedCluster(id: string, body: WireBody, options?: WriteOptions): Promise<WireBody>
  /** `<scope>/providers/Microsoft.Authorization/roleAssignments/<guid>`. */
  putRoleAssignment(id: string, body: WireBody): Promise<WireBody>
}

export type Network = NetworkReader & NetworkWriter

/** The subnet properties a client may write (ARM's spec; the others are read-only). */
export const SUBNET_WRITABLE_PROPERTIES: readonly string[] = [
  'addressPrefix',
  'addressPrefixes',
  'networkSecurityGroup',
  'routeTable',
  'natGateway',
  'serviceEndpoints',
  'serviceEndpointPolicies',
  'ipAllocations',
  'delegations',
  'privateEndpointNetworkPolicies',
  'privateLinkServiceNetworkPolicies',
  'applicationGatewayIPConfigurations',
  'sharingScope',
  'defaultOutboundAccess',
  'ipamPoolPrefixAllocations',
  'serviceGateway',
]

export function propertiesOf(body: WireBody | undefined): Record<string, unknown> {
  const props = body?.['properties']
  return props !== null && typeof props === 'object' ? (props as Record<string, unknown>) : {}
}

export function tagsOf(body: WireBody | undefined): Record<string, string> {
  const tags = body?.['tags']
  return tags !== null && typeof tags === 'object' ? (tags as Record<string, string>) : {}
}

export function isManagedByUs(body: WireBody | undefined): boolean {
  return tagsOf(body)[MANAGED_BY_TAG] === MANAGED_BY_VALUE
}

/** ARM IDs compare without case. Undefined never equals anything. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}

/** A non-empty string property, or undefined. */
export function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

/** A reference's `id`, as ARM returns it (`{ id: ... }`), if any. */
export function referenceId(value: unknown): string | undefined {
  if (value !== null && typeof value === 'object') {
    const id = (value as Record<string, unknown>)['id']
    return typeof id === 'string' ? id : undefined
  }
  return undefined
}

/**
 * The PUT body that rewrites a subnet with changed properties and every other writable
 * property exactly as read. Read-only properties are left out, as the SDK leaves them out.
 */
export function subnetPutBody(observed: WireBody, changes: Record<string, unknown>): WireBody {
  const current = propertiesOf(observed)
  const kept = Object.fromEntries(
    SUBNET_WRITABLE_PROPERTIES.filter(key => current[key] !== undefined).map(key => [
      key,
      current[key],
    ]),
  )
  return {
    ...(typeof observed['id'] === 'string' ? { id: observed['id'] } : {}),
    ...(typeof observed['name'] === 'string' ? { name: observed['name'] } : {}),
    properties: { ...kept, ...changes },
  }
}
