/**
 * The result of parsing one raw input value. A failure carries a message that says what is
 * wrong and what is accepted, without the input's name or value: the caller prefixes those
 * (`'input-name' = 'value': <message>`).
 */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string }

/** A parser of one raw value, already trimmed by the caller and never empty. */
export type Parser<T> = (raw: string) => Parsed<T>

export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value }
}

export function fail<T>(message: string): Parsed<T> {
  return { ok: false, message }
}
