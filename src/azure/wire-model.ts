/**
 * ARM wire JSON → @azure/arm-network model. The SDK's models flatten every `properties` bag
 * into its owner (x-ms-client-flatten), at every depth, and its serialisers undo exactly that.
 * Flattening generically keeps every property the SDK knows, with no per-type mapping that
 * could silently drop one; component tests check that ARM receives the planned body.
 */
export function toSdkModel<T = never>(wire: Record<string, unknown>): T {
  return flatten(wire) as T
}

function flatten(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flatten)
  if (value === null || typeof value !== 'object') return value
  const { properties, ...rest } = value as Record<string, unknown>
  const own = Object.fromEntries(
    Object.entries(rest).map(([k, v]) => [k, k === 'tags' ? v : flatten(v)]),
  )
  if (properties !== null && typeof properties === 'object' && !Array.isArray(properties)) {
    return { ...own, ...(flatten(properties) as Record<string, unknown>) }
  }
  return properties === undefined ? own : { ...own, properties }
}
