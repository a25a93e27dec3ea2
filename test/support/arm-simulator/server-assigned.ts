import { createHash } from 'node:crypto'
import { asArray, asObject, asString, isObject, type JsonObject } from './json-types.js'

/** A stable public address for a public IP resource, as ARM allocates one on create. */
export function allocatedPublicIp(id: string): string {
  const digest = createHash('sha256').update(id.toLowerCase()).digest()
  return `20.${digest[0] ?? 0}.${digest[1] ?? 0}.${((digest[2] ?? 0) % 250) + 4}`
}

/** A GUID-shaped value derived from `seed` (stable across runs, unlike ARM's random ones). */
export function deterministicGuid(seed: string): string {
  const hex = createHash('sha256').update(seed.toLowerCase()).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A private link service's alias: `<lower-case name>.<guid>.<location>.azure.privatelinkservice`. */
export function privateLinkServiceAlias(id: string, name: string, location: string): string {
  return `${name.toLowerCase()}.${deterministicGuid(`alias:${id}`)}.${location.toLowerCase().replace(/\s+/g, '')}.azure.privatelinkservice`
}

/** Azure reserves the first four addresses of a subnet; the first one handed out is `.4`. */
export function firstUsableAddress(prefix: string): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix)
  if (!match) return undefined
  const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number]
  const value = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d + 4
  return [24, 16, 8, 0].map(shift => (value >>> shift) & 255).join('.')
}

/** Private DNS record set types (`Microsoft.Network/privateDnsZones/A`, …), as ARM spells them. */
const PRIVATE_DNS_RECORD_SET =
  /^microsoft\.network\/privatednszones\/(a|aaaa|cname|mx|ptr|soa|srv|txt)$/i

/**
 * Fills the read-only values ARM computes on write: a public IP's address, and an Azure
 * Firewall's private address in its subnet (the hub address the route table points at), a private
 * link service's alias, a Private DNS record set's fqdn.
 */
export function assignServerValues(
  resource: JsonObject,
  type: string,
  id: string,
  findSubnet: (subnetId: string) => JsonObject | undefined,
): void {
  const props = asObject(resource.properties)
  if (PRIVATE_DNS_RECORD_SET.test(type)) {
    // `.../privateDnsZones/{zone}/{type}/{name}`: a record set has no provisioningState.
    const segments = id.split('/')
    const zone = segments[segments.length - 3] ?? ''
    const name = asString(resource.name) ?? ''
    props.fqdn = name === '@' ? `${zone}.` : `${name}.${zone}.`
    props.isAutoRegistered = false
    delete props.provisioningState
  }
  if (type.toLowerCase() === 'microsoft.authorization/roleassignments') {
    // A role assignment has neither a provisioning state nor an ETag.
    delete props.provisioningState
    delete resource.etag
  }
  switch (type.toLowerCase()) {
    case 'microsoft.network/publicipaddresses':
      if (!props.ipAddress) props.ipAddress = allocatedPublicIp(id)
      break
    case 'microsoft.network/azurefirewalls': {
      const configs = asArray(props.ipConfigurations).filter(isObject)
      const first = configs[0]
      const subnetId = asString(asObject(asObject(first?.properties).subnet).id)
      const subnet = subnetId ? findSubnet(subnetId) : undefined
      const prefix = asString(asObject(subnet?.properties).addressPrefix)
      const address = prefix ? firstUsableAddress(prefix) : undefined
      if (first && address) {
        first.properties = { ...asObject(first.properties), privateIPAddress: address }
        props.hubIPAddresses = { privateIPAddress: address }
      }
      break
    }
    case 'microsoft.network/privatelinkservices': {
      const name = asString(resource.name) ?? ''
      const location = asString(resource.location) ?? 'global'
      if (typeof props.alias !== 'string') props.alias = privateLinkServiceAlias(id, name, location)
      break
    }
  }
  resource.properties = props
}
