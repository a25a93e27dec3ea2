import type { Parsed, Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

/** Splits on newlines and commas, trims every item and drops the empty ones. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map(item => item.trim())
    .filter(item => item !== '')
}

/**
 * Parses every item of a list with `itemParser` and reports every bad item in one message.
 * Items are numbered from 1, as a person counts them; items with the same problem are grouped:
 * `item 1 'x' and item 3 'y': not a boolean; use one of: ...`. A list with no items is valid.
 */
export function parseListOf<T>(raw: string, itemParser: Parser<T>): Parsed<T[]> {
  const values: T[] = []
  const badItemsByMessage = new Map<string, string[]>()
  parseList(raw).forEach((item, index) => {
    const parsed = itemParser(item)
    if (parsed.ok) {
      values.push(parsed.value)
      return
    }
    const items = badItemsByMessage.get(parsed.message) ?? []
    items.push(`item ${index + 1} '${item}'`)
    badItemsByMessage.set(parsed.message, items)
  })
  if (badItemsByMessage.size === 0) return ok(values)
  const groups = [...badItemsByMessage].map(
    ([message, items]) => `${joinWithAnd(items)}: ${message}`,
  )
  return fail(groups.join('; '))
}

function joinWithAnd(parts: readonly string[]): string {
  if (parts.length <= 2) return parts.join(' and ')
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`
}
