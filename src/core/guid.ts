import { createHash } from 'node:crypto'

/**
 * A GUID derived from `parts` (name-based, like an ARM template's `guid()`): the same parts give
 * the same GUID on every run, so a resource named by it is found again instead of duplicated.
 */
export function deterministicGuid(...parts: readonly string[]): string {
  const hex = createHash('sha256')
    .update(parts.map(p => p.toLowerCase()).join('|'))
    .digest('hex')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
