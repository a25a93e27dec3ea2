import { ArmError } from './arm-error.js'
import { asArray, asObject, asString, isObject, type JsonObject } from './json-types.js'
import {
  isApplicationGateway,
  namesPrivateLinkService,
  resolvePrivateLinkService,
} from './private-link.js'
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
  if (lower === 'microsoft.network/applicationgateways') {
    checkGatewaySku(store, id, props)
    checkGatewaySubnet(store, id, props)
  }
}

/** The subscription feature that lets a v2 gateway go without a public frontend. */
export const NETWORK_ISOLATION_FEATURE =
  'Microsoft.Network/EnableApplicationGatewayNetworkIsolation'

/**
 * What real ARM requires of a v2 gateway's SKU: `WAF_v2` needs a WAF policy or the inline WAF
 * configuration (`ApplicationGatewayFirewallNotConfiguredForSelectedSku`, as ARM answers
 * `az network application-gateway` in Azure/azure-cli#24029); and a v2 gateway without a
 * public frontend needs the subscription feature `EnableApplicationGatewayNetworkIsolation`
 * (learn.microsoft.com troubleshooting page for
 * `ApplicationGatewayFrontendIpCannotHavePublicIpAndSubnet`).
 */
function checkGatewaySku(store: ResourceStore, id: string, props: JsonObject): void {
  const tier = asString(asObject(props.sku).tier) ?? asString(asObject(props.sku).name)
  if (
    sameId(tier, 'WAF_v2') &&
    asString(asObject(props.firewallPolicy).id) === undefined &&
    !isObject(props.webApplicationFirewallConfiguration)
  ) {
    throw new ArmError(
      400,
      'ApplicationGatewayFirewallNotConfiguredForSelectedSku',
      `Application Gateway ${id} with the selected SKU tier WAF_v2 must have a valid WAF policy or configuration`,
    )
  }
  const isV2 = sameId(tier, 'WAF_v2') || sameId(tier, 'Standard_v2')
  const hasPublicFrontend = asArray(props.frontendIPConfigurations).some(f =>
    isObject(asObject(asObject(f).properties).publicIPAddress),
  )
  const subscriptionId = parseResourceId(id)?.subscriptionId ?? ''
  if (isV2 && !hasPublicFrontend && !store.hasFeature(subscriptionId, NETWORK_ISOLATION_FEATURE)) {
    throw new ArmError(
      400,
      'ApplicationGatewayFrontendIpCannotHavePublicIpAndSubnet',
      `Application Gateway without Public IP is not supported for the selected SKU tier ${tier ?? ''}. Register the subscription feature ${NETWORK_ISOLATION_FEATURE} to deploy a private-only gateway.`,
    )
  }
}

/** Whether `value` holds a `subnet: { id }` reference to `subnetId` anywhere inside. */
function referencesSubnet(value: unknown, subnetId: string): boolean {
  if (Array.isArray(value)) return value.some(item => referencesSubnet(item, subnetId))
  if (!isObject(value)) return false
  if (sameId(asString(asObject(value.subnet).id), subnetId)) return true
  return Object.values(value).some(child => referencesSubnet(child, subnetId))
}

/**
 * An Application Gateway's subnet holds Application Gateways only: other gateways may share it,
 * NICs, Private Endpoints, load balancer frontends and the like may not.
 */
function checkGatewaySubnet(store: ResourceStore, id: string, props: JsonObject): void {
  for (const config of asArray(props.gatewayIPConfigurations)) {
    const subnetId = asString(asObject(asObject(asObject(config).properties).subnet).id)
    if (subnetId === undefined) continue
    const subnetProps = asObject(store.read(subnetId)?.properties)
    const others = [
      ...asArray(subnetProps.ipConfigurations),
      ...asArray(subnetProps.privateEndpoints),
    ]
      .map(ref => asString(asObject(ref).id))
      .filter((ref): ref is string => ref !== undefined)
      // Gateways' private frontends are listed there too; gateways may share the subnet.
      .filter(ref => !isUnderGateway(ref))
    const users = store
      .all()
      .filter(r => !sameId(asString(r.type), 'Microsoft.Network/applicationGateways'))
      .filter(r => !sameId(asString(r.type), 'Microsoft.Network/virtualNetworks'))
      .filter(r => referencesSubnet(r.properties, subnetId))
      .map(r => String(r.id))
    if (others.length + users.length > 0) {
      throw new ArmError(
        400,
        'ApplicationGatewaySubnetCannotBeUsedByOtherResources',
        `Subnet ${subnetId} used by application gateway ${id} is also used by ${[...others, ...users].join(', ')}; an application gateway subnet can only hold application gateways.`,
      )
    }
  }
}

/** Whether an ID names an Application Gateway or one of its parts (a frontend, say). */
function isUnderGateway(id: string): boolean {
  return /\/providers\/Microsoft\.Network\/applicationGateways\//i.test(id)
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
    const target = resolvePrivateLinkService(store, reference)
    if (!target) {
      throw new ArmError(
        400,
        'ThirdPartyPrivateLinkServiceProvidedDuringPrivateEndpointCreationDoesNotExistOrIsNotVisible',
        `Third-party Private Link Service Id ${reference} provided during Private Endpoint creation does not exist or is not visible to the private endpoint ${id}.`,
      )
    }
    if (isApplicationGateway(target)) {
      checkGatewayGroupId(target, id, asObject(asObject(connection).properties).groupIds)
    }
  }
}

/**
 * A Private Endpoint to an Application Gateway names one frontend IP configuration (its
 * `groupIds`) that carries a Private Link configuration and that a listener uses: a frontend
 * without a listener is no Private Link target (azure-docs `application-gateway/private-link.md`).
 * ARM's message for that case was not found; the code is the one it answers other failed
 * Private Link operations on a gateway with.
 */
function checkGatewayGroupId(gateway: JsonObject, endpointId: string, groupIds: unknown): void {
  const targets = asArray(asObject(gateway.properties).frontendIPConfigurations)
    .filter(isObject)
    .filter(f => asString(asObject(asObject(f.properties).privateLinkConfiguration).id))
    .map(f => asString(f.name) ?? '')
  const ids = asArray(groupIds).map(asString)
  const groupId = ids[0]
  if (ids.length !== 1 || groupId === undefined || !targets.some(t => sameId(t, groupId))) {
    throw new ArmError(
      400,
      'PrivateEndpointGroupIdNotFoundOnApplicationGateway',
      `Private endpoint ${endpointId} must name one group id of application gateway ${String(gateway.id)}; its Private Link frontends are: ${targets.join(', ') || 'none'}.`,
    )
  }
  const frontendId = `${String(gateway.id)}/frontendIPConfigurations/${groupId}`
  const listened = asArray(asObject(gateway.properties).httpListeners).some(listener =>
    sameId(
      asString(asObject(asObject(asObject(listener).properties).frontendIPConfiguration).id),
      frontendId,
    ),
  )
  if (!listened) {
    throw new ArmError(
      400,
      'ApplicationGatewayPrivateLinkOperationError',
      `Call to Microsoft.Network/applicationGateways failed. Error message: Cannot perform private link operation on ApplicationGateway ${String(gateway.id)}: frontend IP configuration '${groupId}' has a Private Link configuration, but no listener uses it.`,
    )
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
