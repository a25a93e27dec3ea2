import { ipv4ToNumber, numberToIpv4, parseIpv4 } from './ipv4.js'
import { bigIntToIpv6, ipv6ToBigInt, parseIpv6 } from './ipv6.js'
import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

/** A network range. `address` is the network address; `text` is the canonical `address/prefix`. */
export interface Cidr {
  readonly address: string
  readonly prefixLength: number
  readonly version: 4 | 6
  readonly text: string
}

const ACCEPTED = 'use an address and prefix length like 10.0.0.0/16 or fd00::/64'

/** Parses an IPv4 or IPv6 CIDR range; the host bits must be zero. */
export function parseCidr(raw: string): Parsed<Cidr> {
  const parts = raw.split('/')
  const [addressText = '', prefixText] = parts
  if (prefixText === undefined) {
    if (parseIpv4(raw).ok)
      return fail(`missing the prefix length; write ${raw}/32 for one address, or ${ACCEPTED}`)
    const v6 = parseIpv6(raw)
    if (v6.ok)
      return fail(
        `missing the prefix length; write ${v6.value}/128 for one address, or ${ACCEPTED}`,
      )
    return fail(`not a CIDR range; ${ACCEPTED}`)
  }
  if (parts.length > 2) return fail(`not a CIDR range; ${ACCEPTED}`)
  const version = addressText.includes(':') ? 6 : 4
  const parsedAddress = version === 4 ? parseIpv4(addressText) : parseIpv6(addressText)
  if (!parsedAddress.ok) return fail(`not a CIDR range; ${ACCEPTED}`)
  const bits = version === 4 ? 32 : 128
  if (!/^(0|[1-9][0-9]{0,2})$/.test(prefixText) || Number(prefixText) > bits) {
    return fail(`the prefix length must be a whole number from 0 to ${bits}; ${ACCEPTED}`)
  }
  const prefixLength = Number(prefixText)
  const value = toBigInt(parsedAddress.value, version)
  const network = value & mask(prefixLength, bits)
  const address = fromBigInt(network, version)
  const text = `${address}/${prefixLength}`
  if (network !== value) return fail(`host bits are set; did you mean ${text}?`)
  return ok({ address, prefixLength, version, text })
}

/** True when every address of `inner` is inside `outer`. Ranges of different versions never nest. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  if (outer.version !== inner.version || outer.prefixLength > inner.prefixLength) return false
  const bits = outer.version === 4 ? 32 : 128
  const outerMask = mask(outer.prefixLength, bits)
  return (
    (toBigInt(inner.address, inner.version) & outerMask) === toBigInt(outer.address, outer.version)
  )
}

/** True when the two ranges share at least one address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return cidrContains(a, b) || cidrContains(b, a)
}

function mask(prefixLength: number, bits: number): bigint {
  const all = (1n << BigInt(bits)) - 1n
  return (all >> BigInt(bits - prefixLength)) << BigInt(bits - prefixLength)
}

function toBigInt(address: string, version: 4 | 6): bigint {
  return version === 4 ? BigInt(ipv4ToNumber(address)) : ipv6ToBigInt(address)
}

function fromBigInt(value: bigint, version: 4 | 6): string {
  return version === 4 ? numberToIpv4(Number(value)) : bigIntToIpv6(value)
}
