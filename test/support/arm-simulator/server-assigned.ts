import { createHash } from 'node:crypto'
import { asArray, asObject, asString, isObject, type JsonObject } from './json-types.js'

/** A stable public address for a public IP resource, as ARM allocates one on create. */
export function allocatedPublicIp(id: string): string {
  const digest = createHash('sha256').update(id.toLowerCase()).digest()
  return `20.${digest[0] ?? 0}.${digest[1] ?? 0}.${((digest[2] ?? 0) % 250) + 4}`
}

/** Azure reserves the first four addresses of a subnet; the first one handed out is `.4`. */
export function firstUsableAddress(prefix: string): string | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(prefix)
  if (!match) return undefined
  const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number]
  const value = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d + 4
  return [24, 16, 8, 0].map(shift => (value >>> shift) & 255).join('.')
}

/**
 * Fills the read-only values ARM computes on write: a public IP's address, and an Azure
 * Firewall's private address in its subnet (the hub address the route table points at).
 */
export function assignServerValues(
  resource: JsonObject,
  type: string,
  id: string,
  findSubnet: (subnetId: string) => JsonObject | undefined,
): void {
  const props = asObject(resource.properties)
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
  }
  resource.properties = props
}
