import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

const TRUE_SPELLINGS: readonly string[] = ['true', 'True', 'TRUE']
const FALSE_SPELLINGS: readonly string[] = ['false', 'False', 'FALSE']

/** The YAML 1.2 core-schema spellings, the rule @actions/toolkit applies to boolean inputs. */
export const BOOLEAN_SPELLINGS: readonly string[] = [...TRUE_SPELLINGS, ...FALSE_SPELLINGS]

export function parseBoolean(raw: string): Parsed<boolean> {
  if (TRUE_SPELLINGS.includes(raw)) return ok(true)
  if (FALSE_SPELLINGS.includes(raw)) return ok(false)
  return fail(`not a boolean; use one of: ${BOOLEAN_SPELLINGS.join(', ')}`)
}
