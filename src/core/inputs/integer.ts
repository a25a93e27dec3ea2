import { fail, ok, type Parsed } from './parsed.js'

/** A whole number from `min` to `max`, digits only (no sign, decimals or exponent). */
export function parseIntegerIn(min: number, max: number): (raw: string) => Parsed<number> {
  return raw =>
    /^\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= max
      ? ok(Number(raw))
      : fail(`must be a whole number from ${min} to ${max}`)
}
