import { isIPv6 } from 'node:net'
import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

const ACCEPTED = 'use an IPv6 address like fd00::1'

/** Parses an IPv6 address into its canonical RFC 5952 text (lower case, `::` compressed). */
export function parseIpv6(raw: string): Parsed<string> {
  if (raw.includes('/')) return fail(`a CIDR range, not a single address; ${ACCEPTED}`)
  if (raw.includes('%')) return fail(`zone indexes ('%') are not accepted; ${ACCEPTED}`)
  if (!isIPv6(raw)) return fail(`not an IPv6 address; ${ACCEPTED}`)
  return ok(bigIntToIpv6(ipv6ToBigInt(raw)))
}

/** The address as an unsigned 128-bit integer. `ip` must be a valid IPv6 address. */
export function ipv6ToBigInt(ip: string): bigint {
  return hextets(ip).reduce((sum, hextet) => (sum << 16n) + BigInt(hextet), 0n)
}

/** The canonical RFC 5952 text for an unsigned 128-bit integer. */
export function bigIntToIpv6(value: bigint): string {
  const groups: number[] = []
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn))
  let bestStart = -1
  let bestLength = 0
  for (let start = 0; start < groups.length;) {
    if (groups[start] !== 0) {
      start += 1
      continue
    }
    let end = start
    while (end < groups.length && groups[end] === 0) end += 1
    if (end - start > bestLength) {
      bestStart = start
      bestLength = end - start
    }
    start = end
  }
  const text = groups.map(group => group.toString(16))
  if (bestLength < 2) return text.join(':')
  const head = text.slice(0, bestStart).join(':')
  const tail = text.slice(bestStart + bestLength).join(':')
  return `${head}::${tail}`
}

function hextets(ip: string): number[] {
  const [headText = '', tailText] = ip.split('::')
  const head = splitGroups(headText)
  if (tailText === undefined) return head
  const tail = splitGroups(tailText)
  const zeros: number[] = new Array<number>(8 - head.length - tail.length).fill(0)
  return [...head, ...zeros, ...tail]
}

function splitGroups(text: string): number[] {
  if (text === '') return []
  return text.split(':').flatMap(group => {
    if (!group.includes('.')) return [parseInt(group, 16)]
    const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number)
    return [a * 256 + b, c * 256 + d]
  })
}
