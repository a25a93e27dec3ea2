import { assignServerValues } from './server-assigned.js'
import { randomUUID } from 'node:crypto'
import { asArray, asObject, asString, clone, isObject, type JsonObject } from './json-types.js'
import { parseResourceId, sameId } from './resource-id.js'

/**
 * Child resources ARM keeps inside their parent's `properties` (GET parent shows them, PUT parent
 * replaces them, GET/PUT child works on the same data). Keys: lower-case parent type + child segment.
 */
const EMBEDDED: Record<string, string> = {
  'microsoft.network/virtualnetworks/subnets': 'subnets',
  'microsoft.network/virtualnetworks/virtualnetworkpeerings': 'virtualNetworkPeerings',
  'microsoft.network/routetables/routes': 'routes',
  'microsoft.network/networksecuritygroups/securityrules': 'securityRules',
  'microsoft.network/loadbalancers/frontendipconfigurations': 'frontendIPConfigurations',
  'microsoft.network/loadbalancers/backendaddresspools': 'backendAddressPools',
  'microsoft.network/loadbalancers/inboundnatrules': 'inboundNatRules',
  'microsoft.network/loadbalancers/loadbalancingrules': 'loadBalancingRules',
  'microsoft.network/loadbalancers/probes': 'probes',
  'microsoft.network/loadbalancers/outboundrules': 'outboundRules',
  'microsoft.network/privatelinkservices/privateendpointconnections': 'privateEndpointConnections',
  'microsoft.network/networkinterfaces/ipconfigurations': 'ipConfigurations',
  'microsoft.network/applicationgateways/gatewayipconfigurations': 'gatewayIPConfigurations',
  'microsoft.network/applicationgateways/frontendipconfigurations': 'frontendIPConfigurations',
  'microsoft.network/applicationgateways/frontendports': 'frontendPorts',
  'microsoft.network/applicationgateways/backendaddresspools': 'backendAddressPools',
  'microsoft.network/applicationgateways/backendhttpsettingscollection':
    'backendHttpSettingsCollection',
  'microsoft.network/applicationgateways/httplisteners': 'httpListeners',
  'microsoft.network/applicationgateways/requestroutingrules': 'requestRoutingRules',
  'microsoft.network/applicationgateways/probes': 'probes',
  'microsoft.network/applicationgateways/urlpathmaps': 'urlPathMaps',
  'microsoft.network/applicationgateways/redirectconfigurations': 'redirectConfigurations',
  'microsoft.network/applicationgateways/sslcertificates': 'sslCertificates',
  'microsoft.network/applicationgateways/privatelinkconfigurations': 'privateLinkConfigurations',
  'microsoft.network/applicationgateways/privateendpointconnections': 'privateEndpointConnections',
}

/** Readonly `{id}` back-references a resource shows for the subnets that reference it. */
const SUBNET_BACK_REFERENCES: Record<string, string> = {
  'microsoft.network/routetables': 'routeTable',
  'microsoft.network/networksecuritygroups': 'networkSecurityGroup',
  'microsoft.network/natgateways': 'natGateway',
}

const SUBNET_REFERENCE_PROPERTIES = ['routeTable', 'networkSecurityGroup', 'natGateway']

export function embeddedProperty(type: string): string | undefined {
  return EMBEDDED[type.toLowerCase()]
}

export function newEtag(): string {
  return `W/"${randomUUID()}"`
}

/** Wire JSON of ARM resources keyed by lower-cased id; embedded children live in their parents. */
export class ResourceStore {
  private readonly resources = new Map<string, JsonObject>()
  readonly resourceGroups = new Map<string, JsonObject>()
  /** Registered subscription features, `<subscription>|<Namespace>/<feature>` in lower case. */
  private readonly features = new Set<string>()

  registerFeature(subscriptionId: string, feature: string): void {
    this.features.add(`${subscriptionId}|${feature}`.toLowerCase())
  }

  hasFeature(subscriptionId: string, feature: string): boolean {
    return this.features.has(`${subscriptionId}|${feature}`.toLowerCase())
  }

  hasResourceGroup(subscriptionId: string, name: string): boolean {
    return this.resourceGroups.has(
      `/subscriptions/${subscriptionId}/resourcegroups/${name}`.toLowerCase(),
    )
  }

  putResourceGroup(subscriptionId: string, name: string, location: string): JsonObject {
    const id = `/subscriptions/${subscriptionId}/resourceGroups/${name}`
    const rg = {
      id,
      name,
      type: 'Microsoft.Resources/resourceGroups',
      location,
      properties: { provisioningState: 'Succeeded' },
    }
    this.resourceGroups.set(id.toLowerCase(), rg)
    return rg
  }

  /** The stored object itself (not a copy), or undefined. */
  private raw(id: string): JsonObject | undefined {
    const parsed = parseResourceId(id)
    if (!parsed) return undefined
    const property = embeddedProperty(parsed.type)
    if (property !== undefined && parsed.parentId !== undefined) {
      const parent = this.raw(parsed.parentId)
      if (!parent) return undefined
      return asArray(asObject(parent.properties)[property])
        .filter(isObject)
        .find(child => sameId(asString(child.name), parsed.name))
    }
    return this.resources.get(parsed.id.toLowerCase())
  }

  has(id: string): boolean {
    return this.raw(id) !== undefined
  }

  /** A copy of the current wire JSON, with computed back-references. */
  read(id: string): JsonObject | undefined {
    const found = this.raw(id)
    if (!found) return undefined
    const copy = clone(found)
    this.addBackReferences(copy)
    return copy
  }

  /** Stores `body` at `id` (canonical casing) and returns the stored copy. */
  put(id: string, type: string, body: unknown, provisioningState: string): JsonObject {
    const parsed = parseResourceId(id)
    if (!parsed) throw new Error(`not a resource id: ${id}`)
    const resource = this.normalize(clone(asObject(body)), id, type, parsed.name, provisioningState)
    const property = embeddedProperty(parsed.type)
    if (property !== undefined && parsed.parentId !== undefined) {
      const parent = this.raw(parsed.parentId)
      if (!parent) throw new Error(`parent of ${id} does not exist`)
      const props = asObject(parent.properties)
      parent.properties = props
      const children = asArray(props[property]).filter(
        child => !(isObject(child) && sameId(asString(child.name), parsed.name)),
      )
      children.push(resource)
      props[property] = children
      parent.etag = newEtag()
    } else {
      this.resources.set(id.toLowerCase(), resource)
    }
    return clone(resource)
  }

  delete(id: string): boolean {
    const parsed = parseResourceId(id)
    if (!parsed) return false
    const property = embeddedProperty(parsed.type)
    if (property !== undefined && parsed.parentId !== undefined) {
      const parent = this.raw(parsed.parentId)
      const props = asObject(parent?.properties)
      const before = asArray(props[property])
      const after = before.filter(c => !(isObject(c) && sameId(asString(c.name), parsed.name)))
      props[property] = after
      return after.length !== before.length
    }
    const prefix = id.toLowerCase() + '/'
    for (const key of [...this.resources.keys()])
      if (key.startsWith(prefix)) this.resources.delete(key)
    return this.resources.delete(id.toLowerCase())
  }

  /** Changes a stored resource in place (a server-side update) and gives it a new etag. */
  mutate(id: string, change: (resource: JsonObject) => void): boolean {
    const found = this.raw(id)
    if (!found) return false
    change(found)
    found.etag = newEtag()
    return true
  }

  /** Copies of every stored top-level resource (embedded children inside their parents). */
  all(): JsonObject[] {
    return [...this.resources.values()].map(r => clone(r))
  }

  setProvisioningState(id: string, state: string): void {
    const found = this.raw(id)
    if (!found) return
    found.properties = { ...asObject(found.properties), provisioningState: state }
  }

  /** Resources of `type` directly under `scope` (a parent id, a resource group or a subscription). */
  list(scope: string, type: string): JsonObject[] {
    if (embeddedProperty(type) !== undefined) {
      const parent = this.read(scope)
      return asArray(asObject(parent?.properties)[embeddedProperty(type) ?? '']).filter(isObject)
    }
    const prefix = scope.toLowerCase() + '/'
    return [...this.resources.entries()]
      .filter(([key, r]) => key.startsWith(prefix) && sameId(asString(r.type), type))
      .map(([key]) => this.read(key))
      .filter((r): r is JsonObject => r !== undefined)
  }

  /** Every stored subnet (inside its VNet), as stored. */
  subnets(): JsonObject[] {
    return [...this.resources.values()]
      .filter(r => sameId(asString(r.type), 'Microsoft.Network/virtualNetworks'))
      .flatMap(vnet => asArray(asObject(vnet.properties).subnets).filter(isObject))
  }

  private normalize(
    resource: JsonObject,
    id: string,
    type: string,
    name: string,
    state: string,
  ): JsonObject {
    resource.id = id
    resource.name = name
    resource.type = type
    resource.etag = newEtag()
    // AKS spells its ETag `eTag`.
    if (sameId(type, 'Microsoft.ContainerService/managedClusters')) resource.eTag = resource.etag
    const props: JsonObject = { ...asObject(resource.properties), provisioningState: state }
    resource.properties = props
    for (const [childKey, property] of Object.entries(EMBEDDED)) {
      if (!childKey.startsWith(type.toLowerCase() + '/') || !Array.isArray(props[property]))
        continue
      const canonical = property
      props[property] = props[property].filter(isObject).map(child => {
        const childName = asString(child.name) ?? ''
        return this.normalize(
          child,
          `${id}/${canonical}/${childName}`,
          `${type}/${canonical}`,
          childName,
          'Succeeded',
        )
      })
    }
    assignServerValues(resource, type, id, subnetId => this.raw(subnetId))
    if (type.toLowerCase() === 'microsoft.network/virtualnetworks/subnets') {
      for (const key of SUBNET_REFERENCE_PROPERTIES) {
        const ref = props[key]
        if (isObject(ref) && typeof ref.id === 'string') props[key] = { id: ref.id }
      }
    }
    return resource
  }

  private addBackReferences(resource: JsonObject): void {
    if (sameId(asString(resource.type), 'Microsoft.Network/virtualNetworks/subnets')) {
      this.addGatewayBackReferences(resource)
      return
    }
    const referencing = SUBNET_BACK_REFERENCES[asString(resource.type)?.toLowerCase() ?? '']
    if (referencing === undefined) return
    const id = asString(resource.id)
    const subnets = this.subnets()
      .filter(subnet => sameId(asString(asObject(asObject(subnet.properties)[referencing]).id), id))
      .map(subnet => ({ id: subnet.id }))
    const props = asObject(resource.properties)
    if (subnets.length > 0) props.subnets = subnets
    else delete props.subnets
    resource.properties = props
  }

  /**
   * A subnet shows the gateway IP configurations of the Application Gateways in it and, as real
   * ARM does, their private frontends among its `ipConfigurations` (next to what it holds).
   */
  private addGatewayBackReferences(subnet: JsonObject): void {
    const id = asString(subnet.id)
    const gateways = [...this.resources.values()].filter(r =>
      sameId(asString(r.type), 'Microsoft.Network/applicationGateways'),
    )
    const inSubnet = (key: string): { id: unknown }[] =>
      gateways
        .flatMap(gateway => asArray(asObject(gateway.properties)[key]).filter(isObject))
        .filter(child => sameId(asString(asObject(asObject(child.properties).subnet).id), id))
        .map(child => ({ id: child.id }))
    const configs = inSubnet('gatewayIPConfigurations')
    const frontends = inSubnet('frontendIPConfigurations')
    const props = asObject(subnet.properties)
    if (configs.length > 0) props.applicationGatewayIPConfigurations = configs
    if (frontends.length > 0) {
      const held = asArray(props.ipConfigurations).filter(
        ref => !frontends.some(f => sameId(asString(asObject(ref).id), asString(f.id))),
      )
      props.ipConfigurations = [...held, ...frontends]
    }
    subnet.properties = props
  }
}
