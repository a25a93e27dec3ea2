import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

export interface PortRange {
  readonly from: number
  readonly to: number
}

const MAX_PORT = 65535
const PORT_ACCEPTED = 'use a whole number from 1 to 65535, like 443'
const RANGE_ACCEPTED = 'use a port like 443, a range like 1000-2000, or * for all ports'

/** Parses a TCP/UDP port: a whole number from 1 to 65535, without sign, decimals or leading zeros. */
export function parsePort(raw: string): Parsed<number> {
  const port = toPort(raw)
  return port === undefined ? fail(`not a port; ${PORT_ACCEPTED}`) : ok(port)
}

/** Parses `443`, `1000-2000` (from <= to) or `*` (1-65535). */
export function parsePortRange(raw: string): Parsed<PortRange> {
  if (raw === '*') return ok({ from: 1, to: MAX_PORT })
  const parts = raw.split('-').map(part => part.trim())
  const [fromText = '', toText] = parts
  if (parts.length > 2) return fail(`not a port range; ${RANGE_ACCEPTED}`)
  const from = toPort(fromText)
  const to = toText === undefined ? from : toPort(toText)
  if (from === undefined || to === undefined) {
    return fail(`not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`)
  }
  if (from > to) return fail(`the range is reversed; put the lower port first, like ${to}-${from}`)
  return ok({ from, to })
}

/** `443` for one port, `*` for 1-65535, otherwise `from-to`. Round-trips through parsePortRange. */
export function formatPortRange(range: PortRange): string {
  if (range.from === 1 && range.to === MAX_PORT) return '*'
  return range.from === range.to ? String(range.from) : `${range.from}-${range.to}`
}

function toPort(text: string): number | undefined {
  if (!/^[1-9][0-9]{0,4}$/.test(text)) return undefined
  const port = Number(text)
  return port <= MAX_PORT ? port : undefined
}
