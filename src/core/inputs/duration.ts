import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 } as const
type Unit = keyof typeof UNIT_MS

const ACCEPTED = 'accepted units are h, m, s, ms, e.g. 8760h, 30m, 1h30m or 500ms'
const TERM = /([0-9]+(?:\.[0-9]*)?|\.[0-9]+)(ms|h|m|s)/y

/**
 * Parses a Go-style duration (`87600h`, `30m`, `1h30m`, `90s`, `500ms`, `1.5h`) into whole
 * milliseconds. Bare numbers, negative and zero durations, and durations finer than a
 * millisecond are rejected.
 */
export function parseDuration(raw: string): Parsed<number> {
  if (raw.startsWith('-')) return fail(`negative durations are not accepted; ${ACCEPTED}`)
  const text = raw.startsWith('+') ? raw.slice(1) : raw
  if (/^[0-9.]+$/.test(text)) return fail(`has no unit; ${ACCEPTED}`)
  if (/^[0-9.]+d$/i.test(text)) {
    return fail(`days are not a unit; use hours (720h is 30 days), as ${ACCEPTED}`)
  }
  let total = 0
  let position = 0
  while (position < text.length) {
    TERM.lastIndex = position
    const term = TERM.exec(text)
    if (term === null) return fail(`not a duration; ${ACCEPTED}`)
    const [whole, amount = '', unit = 's'] = term
    total += Number(amount) * UNIT_MS[unit as Unit]
    position += whole.length
  }
  if (text === '') return fail(`not a duration; ${ACCEPTED}`)
  const rounded = Math.round(total)
  if (Math.abs(total - rounded) > 1e-6) {
    return fail(`finer than a millisecond; ${ACCEPTED}`)
  }
  if (rounded === 0) return fail(`must be longer than zero; ${ACCEPTED}`)
  if (!Number.isSafeInteger(rounded)) return fail(`too long; ${ACCEPTED}`)
  return ok(rounded)
}

/**
 * A compact Go-style string for whole milliseconds, leaving out zero parts: 5400000 is
 * `1h30m`, 90000 is `1m30s`, 1500 is `1s500ms`, 0 is `0s`. Negative values get a leading `-`;
 * fractions of a millisecond are rounded. The result parses back with parseDuration.
 */
export function formatDuration(ms: number): string {
  const rounded = Math.round(ms)
  if (rounded === 0) return '0s'
  if (rounded < 0) return `-${formatDuration(-rounded)}`
  let rest = rounded
  let text = ''
  for (const unit of ['h', 'm', 's', 'ms'] as const) {
    const count = Math.floor(rest / UNIT_MS[unit])
    rest -= count * UNIT_MS[unit]
    if (count > 0) text += `${count}${unit}`
  }
  return text
}
