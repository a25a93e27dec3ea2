/**
 * Comparing the step's desired rule collections with what the policy holds. ARM echoes what it
 * was sent plus defaults (empty lists, flags), so observed values are compared only on the keys
 * the desired ones set; strings compare without case, as Azure treats names and FQDNs.
 */

function same(desired: unknown, observed: unknown): boolean {
  if (Array.isArray(desired)) {
    return (
      Array.isArray(observed) &&
      observed.length === desired.length &&
      desired.every((item, i) => same(item, observed[i]))
    )
  }
  if (desired !== null && typeof desired === 'object') {
    if (observed === null || typeof observed !== 'object') return false
    const o = observed as Record<string, unknown>
    return Object.entries(desired).every(([key, value]) => same(value, o[key]))
  }
  if (typeof desired === 'string' && typeof observed === 'string') {
    return desired.toLowerCase() === observed.toLowerCase()
  }
  return desired === observed
}

/** True when the observed collections are exactly the desired ones (on the keys desired sets). */
export function ruleCollectionsCover(desired: readonly unknown[], observed: unknown): boolean {
  return same(desired, observed)
}

/** Every desired value is allowed by the observed one: lists are subsets, the rest is equal. */
function within(desired: unknown, observed: unknown): boolean {
  if (Array.isArray(desired)) {
    return Array.isArray(observed) && desired.every(item => observed.some(have => same(item, have)))
  }
  if (desired !== null && typeof desired === 'object') {
    if (observed === null || typeof observed !== 'object') return false
    const o = observed as Record<string, unknown>
    return Object.entries(desired).every(([key, value]) => within(value, o[key]))
  }
  return same(desired, observed)
}

interface NamedCollection {
  name?: unknown
  rules?: unknown
}

/**
 * Names of the desired rules that allow more than the observed group does: rules that are new,
 * or that gain a destination, port, protocol or source. Removals and narrowing are not listed.
 */
export function ruleCollectionsWiden(desired: readonly unknown[], observed: unknown): string[] {
  const have = (Array.isArray(observed) ? observed : []) as NamedCollection[]
  const widened: string[] = []
  for (const collection of desired as NamedCollection[]) {
    const match = have.find(c => same(collection.name, c.name))
    const observedRules = (Array.isArray(match?.rules) ? match.rules : []) as { name?: unknown }[]
    for (const rule of (Array.isArray(collection.rules) ? collection.rules : []) as {
      name?: unknown
    }[]) {
      const current = observedRules.find(r => same(rule.name, r.name))
      if (!current || !within(rule, current)) widened.push(String(rule.name))
    }
  }
  return widened
}
