import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1'

/**
 * Parses a dotted-quad IPv4 address. Octets with leading zeros (`010`) are rejected because
 * some tools read them as octal.
 */
export function parseIpv4(raw: string): Parsed<string> {
  if (raw.includes('/')) return fail(`a CIDR range, not a single address; ${ACCEPTED}`)
  const octets = raw.split('.')
  if (octets.length !== 4 || !octets.every(octet => /^[0-9]{1,3}$/.test(octet))) {
    return fail(`not an IPv4 address; ${ACCEPTED}`)
  }
  const leadingZero = octets.find(octet => octet.length > 1 && octet.startsWith('0'))
  if (leadingZero !== undefined) {
    return fail(
      `octet '${leadingZero}' has a leading zero, which some tools read as octal; ${ACCEPTED}`,
    )
  }
  const tooLarge = octets.find(octet => Number(octet) > 255)
  if (tooLarge !== undefined) return fail(`octet '${tooLarge}' is above 255; ${ACCEPTED}`)
  return ok(raw)
}

/** The address as an unsigned 32-bit number. `ip` must be a valid dotted quad. */
export function ipv4ToNumber(ip: string): number {
  return ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0)
}

/** The dotted quad for an unsigned 32-bit number. */
export function numberToIpv4(value: number): string {
  return [24, 16, 8, 0].map(shift => Math.floor(value / 2 ** shift) % 256).join('.')
}

const PRIVATE_RANGES: readonly (readonly [base: string, prefixLength: number])[] = [
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['100.64.0.0', 10],
]

/**
 * True for RFC 1918 addresses (10/8, 172.16/12, 192.168/16) and the RFC 6598 shared address
 * space (100.64/10, carrier-grade NAT). False for anything that is not a valid IPv4 address.
 */
export function isPrivateIpv4(ip: string): boolean {
  if (!parseIpv4(ip).ok) return false
  const value = ipv4ToNumber(ip)
  return PRIVATE_RANGES.some(([base, prefixLength]) => {
    const size = 2 ** (32 - prefixLength)
    const start = ipv4ToNumber(base)
    return value >= start && value < start + size
  })
}
