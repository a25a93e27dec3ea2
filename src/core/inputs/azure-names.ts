import type { Parsed, Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Parses a subscription ID (a GUID); the result is lower case. */
export function parseSubscriptionId(raw: string): Parsed<string> {
  if (GUID.test(raw)) return ok(raw.toLowerCase())
  return fail(
    'not a subscription ID; use the subscription GUID, like 00000000-0000-0000-0000-000000000000, not its name',
  )
}

const RESOURCE_GROUP_MAX_LENGTH = 90
const RESOURCE_GROUP_ACCEPTED =
  "use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'"

/** Parses a resource group name: 1 to 90 letters, digits, `_-.()`, not ending in `.`. */
export function parseResourceGroupName(raw: string): Parsed<string> {
  if (raw.length > RESOURCE_GROUP_MAX_LENGTH) {
    return fail(`longer than ${RESOURCE_GROUP_MAX_LENGTH} characters; ${RESOURCE_GROUP_ACCEPTED}`)
  }
  if (!/^[\p{L}\p{Nd}_\-.()]+$/u.test(raw)) {
    return fail(`not a valid resource group name; ${RESOURCE_GROUP_ACCEPTED}`)
  }
  if (raw.endsWith('.')) return fail(`ends in '.'; ${RESOURCE_GROUP_ACCEPTED}`)
  return ok(raw)
}

/** Parses an Azure region, normalising the display name: `East US 2` becomes `eastus2`. */
export function parseLocation(raw: string): Parsed<string> {
  const location = raw.toLowerCase().replace(/\s+/g, '')
  if (/^[a-z0-9]+$/.test(location)) return ok(location)
  return fail('not an Azure region; use a region name like eastus2 or its display name East US 2')
}

export interface ResourceNameRule {
  /** Default 1. */
  readonly minLength?: number
  /** Default 80. */
  readonly maxLength?: number
  /** Replaces the default character rule; `description` is shown after "use N to M characters: ". */
  readonly pattern?: { readonly regex: RegExp; readonly description: string }
}

const DEFAULT_NAME_PATTERN = {
  regex: /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9_])?$/,
  description:
    "letters, digits, '-', '.' or '_', starting with a letter or digit and ending with a letter, digit or '_'",
}

/**
 * A parser for the name of an Azure resource of `kind` (`subnet`, `route table`). By default
 * 1 to 80 letters, digits, `-._`, starting with a letter or digit and ending with a letter,
 * digit or `_`; `rule` narrows the length or replaces the character rule.
 */
export function parseResourceName(kind: string, rule: ResourceNameRule = {}): Parser<string> {
  const minLength = rule.minLength ?? 1
  const maxLength = rule.maxLength ?? 80
  const pattern = rule.pattern ?? DEFAULT_NAME_PATTERN
  const accepted = `use ${minLength} to ${maxLength} characters: ${pattern.description}`
  return raw => {
    if (raw.length > maxLength) return fail(`longer than ${maxLength} characters; ${accepted}`)
    if (raw.length < minLength) return fail(`shorter than ${minLength} characters; ${accepted}`)
    if (!pattern.regex.test(raw)) return fail(`not a valid ${kind} name; ${accepted}`)
    return ok(raw)
  }
}
