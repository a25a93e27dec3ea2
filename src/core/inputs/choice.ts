import type { Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

/**
 * A parser for a string-literal union. Matching ignores case; the result is the canonical
 * spelling from `allowed`.
 */
export function parseChoice<T extends string>(allowed: readonly T[]): Parser<T> {
  return raw => {
    const wanted = raw.toLowerCase()
    const match = allowed.find(choice => choice.toLowerCase() === wanted)
    if (match !== undefined) return ok(match)
    return fail(`not an accepted value; use one of: ${allowed.join(', ')}`)
  }
}
