import type { Parsed, Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

/**
 * A tiny declarative validator for structured inputs (the value parseStructured returns):
 *
 *   const RuleShape = object({ name: string(), port: optional(integer({ min: 1, max: 65535 })) })
 *   type Rule = Infer<typeof RuleShape>
 *   const rules = validateShape(array(RuleShape), value)
 *
 * Every problem is collected with its path (`[2].fqdns[0]: expected a string`).
 */
export interface Shape<T> {
  /** What a valid value looks like, for messages: `a string`, `an integer from 1 to 65535`. */
  readonly expected: string
  /** True only for shapes made by `optional`: the key may be missing from an object. */
  readonly isOptional: boolean
  /** Checks `value`, pushing each problem with its path; the result is valid only with no problems. */
  check(value: unknown, path: string, problems: ShapeProblem[]): Checked<T>
}

export interface ShapeProblem {
  /** `[2].fqdns[0]`, or '' for the value itself. */
  readonly path: string
  readonly message: string
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false }

/** The TypeScript type a shape validates to. */
export type Infer<S> = S extends Shape<infer T> ? T : never

export type OptionalShape<T> = Shape<T | undefined> & { readonly isOptional: true }

type Fields = Record<string, Shape<unknown>>
type OptionalKeys<F extends Fields> = {
  [K in keyof F]: F[K] extends { readonly isOptional: true } ? K : never
}[keyof F]
type RequiredKeys<F extends Fields> = Exclude<keyof F, OptionalKeys<F>>
type Flatten<T> = { [K in keyof T]: T[K] }
export type InferObject<F extends Fields> = Flatten<
  { readonly [K in RequiredKeys<F>]: Infer<F[K]> } & {
    readonly [K in OptionalKeys<F>]?: Exclude<Infer<F[K]>, undefined>
  }
>

/** Validates `value` against `shape`; the failure lists every problem, joined by '; '. */
export function validateShape<T>(shape: Shape<T>, value: unknown): Parsed<T> {
  const problems: ShapeProblem[] = []
  const checked = shape.check(value, '', problems)
  if (checked.ok && problems.length === 0) return ok(checked.value)
  const messages = problems.map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`))
  return fail(messages.join('; '))
}

export interface StringOptions {
  /** The string must match `regex`; `description` says what that means (`lower-case letters`). */
  readonly pattern?: { readonly regex: RegExp; readonly description: string }
}

/**
 * A string. With `parse`, the string is trimmed, must not be empty, and is handed to that
 * parser (any of this folder's parsers), whose value becomes the result.
 */
export function string(options?: StringOptions): Shape<string>
export function string<T>(options: { readonly parse: Parser<T> }): Shape<T>
export function string<T>(
  options: StringOptions & { readonly parse?: Parser<T> } = {},
): Shape<string | T> {
  const expected =
    options.pattern === undefined ? 'a string' : `a string of ${options.pattern.description}`
  return leaf<string | T>(expected, (value, path, problems) => {
    if (typeof value !== 'string') return problem(path, problems, `expected ${expected}`)
    if (options.parse !== undefined) {
      const text = value.trim()
      if (text === '') return problem(path, problems, 'expected a non-empty string')
      const parsed = options.parse(text)
      return parsed.ok ? { ok: true, value: parsed.value } : problem(path, problems, parsed.message)
    }
    if (options.pattern !== undefined && !options.pattern.regex.test(value)) {
      return problem(path, problems, `expected ${expected}`)
    }
    return { ok: true, value }
  })
}

/** A whole number, optionally within `min`..`max` (inclusive). */
export function integer(
  range: { readonly min?: number; readonly max?: number } = {},
): Shape<number> {
  const { min, max } = range
  const bounds =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : ''
  const expected = `an integer${bounds}`
  return leaf(expected, (value, path, problems) => {
    const valid =
      typeof value === 'number' &&
      Number.isInteger(value) &&
      (min === undefined || value >= min) &&
      (max === undefined || value <= max)
    return valid ? { ok: true, value } : problem(path, problems, `expected ${expected}`)
  })
}

/** A YAML/JSON boolean (`true`/`false`, not the string "true"). */
export function boolean(): Shape<boolean> {
  return leaf('a boolean', (value, path, problems) =>
    typeof value === 'boolean'
      ? { ok: true, value }
      : problem(path, problems, 'expected a boolean'),
  )
}

type Literal = string | number | boolean

/** One of the given literals. Strings match ignoring case and return the canonical spelling. */
export function oneOf<const T extends readonly Literal[]>(literals: T): Shape<T[number]> {
  const expected = `one of: ${literals.map(String).join(', ')}`
  return leaf(expected, (value, path, problems) => {
    const match = literals.find(
      literal =>
        literal === value ||
        (typeof literal === 'string' &&
          typeof value === 'string' &&
          literal.toLowerCase() === value.toLowerCase()),
    )
    return match !== undefined
      ? { ok: true, value: match }
      : problem(path, problems, `expected ${expected}`)
  })
}

/** An array whose every item matches `item`. */
export function array<T>(
  item: Shape<T>,
  size: { readonly minItems?: number; readonly maxItems?: number } = {},
): Shape<readonly T[]> {
  const expected = `an array of ${item.expected}`
  return leaf(expected, (value, path, problems) => {
    if (!Array.isArray(value)) return problem(path, problems, `expected ${expected}`)
    const items: unknown[] = value
    const before = problems.length
    if (size.minItems !== undefined && items.length < size.minItems) {
      problem(path, problems, `expected at least ${size.minItems} item(s)`)
    }
    if (size.maxItems !== undefined && items.length > size.maxItems) {
      problem(path, problems, `expected at most ${size.maxItems} item(s)`)
    }
    const values: T[] = []
    items.forEach((element, index) => {
      const checked = item.check(element, `${path}[${index}]`, problems)
      if (checked.ok) values.push(checked.value)
    })
    return problems.length === before ? { ok: true, value: values } : { ok: false }
  })
}

/**
 * Marks an object field as optional. A missing key, `undefined` or `null` (YAML's empty value)
 * counts as absent and is left out of the result.
 */
export function optional<T>(shape: Shape<T>): OptionalShape<T> {
  return {
    expected: shape.expected,
    isOptional: true,
    check: (value, path, problems) =>
      value === undefined || value === null
        ? { ok: true, value: undefined }
        : shape.check(value, path, problems),
  }
}

/** A plain object with exactly these fields. Unknown keys are problems that name the allowed keys. */
export function object<F extends Fields>(fields: F): Shape<InferObject<F>> {
  const keys = Object.keys(fields)
  const expected = `an object with keys ${keys.join(', ')}`
  return leaf(expected, (value, path, problems) => {
    if (!isPlainObject(value)) return problem(path, problems, `expected ${expected}`)
    const before = problems.length
    const result: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(fields, key)) {
        problem(join(path, key), problems, `unknown key; allowed keys are ${keys.join(', ')}`)
      }
    }
    for (const [key, field] of Object.entries(fields)) {
      const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined
      if (fieldValue === undefined && !field.isOptional) {
        problem(join(path, key), problems, `required; expected ${field.expected}`)
        continue
      }
      const checked = field.check(fieldValue, join(path, key), problems)
      if (checked.ok && checked.value !== undefined) result[key] = checked.value
    }
    // The fields' checks have validated every key of InferObject<F>.
    return problems.length === before
      ? { ok: true, value: result as InferObject<F> }
      : { ok: false }
  })
}

function leaf<T>(
  expected: string,
  check: (value: unknown, path: string, problems: ShapeProblem[]) => Checked<T>,
): Shape<T> {
  return { expected, isOptional: false, check }
}

function problem(path: string, problems: ShapeProblem[], message: string): { readonly ok: false } {
  problems.push({ path, message })
  return { ok: false }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
  const segment = /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? key : JSON.stringify(key)
  if (segment !== key) return `${path}[${segment}]`
  return path === '' ? key : `${path}.${key}`
}
