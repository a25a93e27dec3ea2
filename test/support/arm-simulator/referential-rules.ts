import { ArmError } from './arm-error.js'
import { asArray, asObject, asString, isObject, type JsonObject } from './json-types.js'
import { namesPrivateLinkService, resolvePrivateLinkService } from './private-link.js'
import { parseResourceId, sameId } from './resource-id.js'
import type { ResourceStore } from './resource-store.js'

/** Object keys whose `{ id }` must name an existing resource. */
const REFERENCE_KEYS = new Set([
  'routeTable',
  'networkSecurityGroup',
  'natGateway',
  'publicIPAddress',
  'publicIPPrefix',
  'subnet',
  'firewallPolicy',
  'virtualHub',
])

/**
 * Cross-resource rules the real ARM enforces on PUT. Throws an ArmError when `body` (to be stored
 * at `id` with `type`) breaks one.
 */
export function checkReferentialRules(
  store: ResourceStore,
  id: string,
  type: string,
  body: unknown,
): void {
  const parsed = parseResourceId(id)
  if (parsed?.parentId !== undefined && !store.has(parsed.parentId)) {
    const parent = parseResourceId(parsed.parentId)
    throw new ArmError(
      404,
      'ResourceNotFound',
      `The Resource '${parent?.type ?? ''}/${parent?.name ?? ''}' under resource group '${parsed.resourceGroup ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
    )
  }
  const selfPrefix = id.toLowerCase() + '/'
  for (const referenced of collectReferences(body)) {
    // A resource may reference its own children that the same body creates (e.g. a VNet's subnets).
    if (referenced.toLowerCase().startsWith(selfPrefix)) continue
    if (!store.has(referenced)) {
      throw new ArmError(
        400,
        'InvalidResourceReference',
        `Resource ${referenced} referenced by resource ${id} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
      )
    }
  }
  const lower = type.toLowerCase()
  const props = asObject(asObject(body).properties)
  if (lower === 'microsoft.network/azurefirewalls') checkFirewall(id, props)
  if (lower === 'microsoft.network/privatelinkservices') checkPrivateLinkService(store, id, props)
  if (lower === 'microsoft.network/privateendpoints') checkPrivateEndpoint(store, id, props)
}

function collectReferences(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, out)
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      const refId = isObject(child) ? asString(child.id) : undefined
      if (REFERENCE_KEYS.has(key) && refId !== undefined && parseResourceId(refId)) out.push(refId)
      collectReferences(child, out)
    }
  }
  return out
}

function ipConfigurationSubnets(props: JsonObject): string[] {
  return asArray(props.ipConfigurations)
    .map(c => asString(asObject(asObject(asObject(c).properties).subnet).id))
    .filter((s): s is string => s !== undefined)
}

function checkFirewall(id: string, props: JsonObject): void {
  for (const subnetId of ipConfigurationSubnets(props)) {
    if (!sameId(parseResourceId(subnetId)?.name, 'AzureFirewallSubnet')) {
      throw new ArmError(
        400,
        'AzureFirewallSubnetMustBeNamedAzureFirewallSubnet',
        `Subnet ${subnetId} referenced by Azure Firewall ${id} must be named AzureFirewallSubnet.`,
      )
    }
  }
}

function checkPrivateLinkService(store: ResourceStore, id: string, props: JsonObject): void {
  const frontends = asArray(props.loadBalancerFrontendIpConfigurations)
  if (frontends.length === 0) {
    throw new ArmError(
      400,
      'PrivateLinkServiceMissingLoadBalancerFrontendIpConfigurations',
      `Private link service ${id} must reference at least one load balancer frontend IP configuration.`,
    )
  }
  for (const frontend of frontends) {
    const frontendId = asString(asObject(frontend).id) ?? ''
    const parsed = parseResourceId(frontendId)
    if (
      !parsed ||
      !sameId(parsed.type, 'Microsoft.Network/loadBalancers/frontendIPConfigurations') ||
      !store.has(frontendId)
    ) {
      throw new ArmError(
        400,
        'InvalidResourceReference',
        `Resource ${frontendId} referenced by resource ${id} was not found. Please make sure that the referenced resource exists, and that both resources are in the same region.`,
      )
    }
    const lb = store.read(parsed.parentId ?? '')
    const sku = asString(asObject(lb?.sku).name)
    if (!sameId(sku, 'Standard')) {
      throw new ArmError(
        400,
        'PrivateLinkServiceIsNotSupportedForBasicLoadBalancer',
        `Private link service ${id} cannot reference load balancer ${parsed.parentId ?? ''} with sku '${sku ?? 'Basic'}'; a Standard load balancer is required.`,
      )
    }
  }
  for (const subnetId of ipConfigurationSubnets(props)) {
    const subnet = store.read(subnetId)
    const policies = asString(asObject(subnet?.properties).privateLinkServiceNetworkPolicies)
    if (!sameId(policies, 'Disabled')) {
      throw new ArmError(
        400,
        'PrivateLinkServiceNetworkPoliciesCannotBeEnabledOnPrivateLinkServiceSubnet',
        `Private link service network policies cannot be enabled on private link service subnet ${subnetId}.`,
      )
    }
  }
}

/** Every private link service a PE connects to (by id or alias) must exist. */
function checkPrivateEndpoint(store: ResourceStore, id: string, props: JsonObject): void {
  const connections = [
    ...asArray(props.privateLinkServiceConnections),
    ...asArray(props.manualPrivateLinkServiceConnections),
  ]
  for (const connection of connections) {
    const reference = asString(asObject(asObject(connection).properties).privateLinkServiceId)
    if (reference === undefined || !namesPrivateLinkService(reference)) continue
    if (!resolvePrivateLinkService(store, reference)) {
      throw new ArmError(
        400,
        'ThirdPartyPrivateLinkServiceProvidedDuringPrivateEndpointCreationDoesNotExistOrIsNotVisible',
        `Third-party Private Link Service Id ${reference} provided during Private Endpoint creation does not exist or is not visible to the private endpoint ${id}.`,
      )
    }
  }
}

/** Deleting a route table or NSG that a subnet still uses fails, as in ARM. */
export function checkDeleteRules(store: ResourceStore, id: string, type: string): void {
  const property =
    type.toLowerCase() === 'microsoft.network/routetables'
      ? 'routeTable'
      : type.toLowerCase() === 'microsoft.network/networksecuritygroups'
        ? 'networkSecurityGroup'
        : undefined
  if (property === undefined) return
  const users = store
    .subnets()
    .filter(s => sameId(asString(asObject(asObject(s.properties)[property]).id), id))
  if (users.length > 0) {
    const code =
      property === 'routeTable'
        ? 'InUseRouteTableCannotBeDeleted'
        : 'InUseNetworkSecurityGroupCannotBeDeleted'
    throw new ArmError(
      400,
      code,
      `${property === 'routeTable' ? 'Route table' : 'Network security group'} ${id} is in use by ${users.map(u => String(u.id)).join(', ')} and cannot be deleted.`,
    )
  }
}
