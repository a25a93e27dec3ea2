import { asArray, asObject, asString, isObject, type JsonObject } from './json-types.js'
import { sameId } from './resource-id.js'

const IPV4_PREFIX = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/
const IPV4_ADDRESS = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/

function toNumber(a: number, b: number, c: number, d: number): number {
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d
}

function toAddress(value: number): string {
  return [24, 16, 8, 0].map(shift => (value >>> shift) & 255).join('.')
}

interface Range {
  network: number
  size: number
}

function parsePrefix(prefix: string): Range | undefined {
  const match = IPV4_PREFIX.exec(prefix)
  if (!match) return undefined
  const [a, b, c, d, bits] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  if (bits > 32) return undefined
  const size = 2 ** (32 - bits)
  const network = toNumber(a, b, c, d) - (toNumber(a, b, c, d) % size)
  return { network, size }
}

/** The subnet's IPv4 prefix (`addressPrefix`, else the first IPv4 one of `addressPrefixes`). */
export function subnetIpv4Prefix(subnet: JsonObject | undefined): string | undefined {
  const props = asObject(subnet?.properties)
  const candidates = [props.addressPrefix, ...asArray(props.addressPrefixes)].map(asString)
  return candidates.find((p): p is string => p !== undefined && IPV4_PREFIX.test(p))
}

/** Whether `address` lies inside `prefix` and is not one of Azure's reserved addresses. */
export function isUsableAddress(prefix: string, address: string): boolean {
  const range = parsePrefix(prefix)
  const match = IPV4_ADDRESS.exec(address)
  if (!range || !match) return false
  const [a, b, c, d] = match.slice(1, 5).map(Number) as [number, number, number, number]
  const value = toNumber(a, b, c, d)
  return value >= range.network + 4 && value <= range.network + range.size - 2
}

/**
 * Private addresses already taken in a subnet: every `{ privateIPAddress, subnet: { id } }` pair
 * anywhere inside the stored resources (NIC and PLS ipConfigurations, LB frontends, firewalls),
 * except inside the resource `ignoreId`.
 */
export function usedAddresses(
  resources: readonly JsonObject[],
  subnetId: string,
  ignoreId?: string,
): Set<string> {
  const used = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (!isObject(value)) return
    const address = asString(value.privateIPAddress)
    if (address !== undefined && sameId(asString(asObject(value.subnet).id), subnetId))
      used.add(address)
    for (const child of Object.values(value)) visit(child)
  }
  for (const resource of resources) {
    if (ignoreId !== undefined && sameId(asString(resource.id), ignoreId)) continue
    visit(resource)
  }
  return used
}

/**
 * The lowest free address of an IPv4 prefix, as Azure hands them out: the first four addresses
 * and the last one are reserved, so the first candidate is `.4`. Undefined when the subnet is full.
 */
export function nextFreeAddress(prefix: string, used: ReadonlySet<string>): string | undefined {
  const range = parsePrefix(prefix)
  if (!range) return undefined
  for (let value = range.network + 4; value <= range.network + range.size - 2; value++) {
    const address = toAddress(value)
    if (!used.has(address)) return address
  }
  return undefined
}
