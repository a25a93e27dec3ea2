/**
 * A parser for the Prometheus text exposition format (version 0.0.4), as the Linkerd proxy's
 * admin server writes it on `/metrics`: `name{label="value",...} value [timestamp]` lines,
 * `#` comments. Label values may escape `\\`, `\"` and `\n`.
 */

export interface Sample {
  readonly name: string
  readonly labels: Readonly<Record<string, string>>
  readonly value: number
}

export interface ParsedText {
  readonly samples: readonly Sample[]
  /**
   * Lines that are neither comments nor samples, in the kept families or without a readable
   * name (which may belong to one), and samples the caller rejected. The caller decides what
   * they mean; they are never silently read as something else.
   */
  readonly malformedLines: number
  /** The first of them, cut at 500 characters, to show what could not be read. */
  readonly firstMalformed: string | undefined
}

const SHOWN_CHARACTERS = 500

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/

/**
 * Names and most label values repeat across lines and scrapes. Each is kept once, as a copy
 * detached from the scrape's text: a substring can keep its whole source string alive, and a
 * parsed scrape must not hold its text. The map holds at most KEPT_TEXT_LIMIT texts (it starts
 * over when full) and is emptied by `forgetKeptText` once a run has read its scrapes, so a
 * long-lived process does not keep the texts of runs that are over.
 */
const kept = new Map<string, string>()
export const KEPT_TEXT_LIMIT = 100_000

/** Lets go of the texts kept for sharing; the samples already read keep their own copies. */
export function forgetKeptText(): void {
  kept.clear()
}

/** How many texts are kept for sharing (for tests and the benchmark). */
export function keptTextCount(): number {
  return kept.size
}

/** A copy that shares no memory with the text it was cut from. */
function copyOf(text: string): string {
  return Array.from(text).join('')
}

function detach(text: string): string {
  let copy = kept.get(text)
  if (copy === undefined) {
    copy = copyOf(text)
    if (kept.size >= KEPT_TEXT_LIMIT) kept.clear()
    kept.set(copy, copy)
  }
  return copy
}

function parseValue(text: string): number | undefined {
  switch (text) {
    case '+Inf':
    case 'Inf':
      return Infinity
    case '-Inf':
      return -Infinity
    case 'NaN':
      return NaN
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return undefined
  return Number(text)
}

/** Reads `{a="x",b="y"}` from `line` at `start` (the `{`); returns the labels and the index after `}`. */
function parseLabels(
  line: string,
  start: number,
): { labels: Record<string, string>; end: number } | undefined {
  const labels: Record<string, string> = {}
  let i = start + 1
  for (;;) {
    while (line[i] === ' ' || line[i] === ',') i++
    if (line[i] === '}') return { labels, end: i + 1 }
    const eq = line.indexOf('=', i)
    if (eq < 0) return undefined
    const name = line.slice(i, eq).trim()
    // A label given twice has no defined value (Prometheus rejects such a line).
    if (!LABEL_NAME.test(name) || line[eq + 1] !== '"' || name in labels) return undefined
    let value = ''
    let j = eq + 2
    let from = j
    for (;;) {
      const c = line[j]
      if (c === undefined) return undefined
      if (c === '"') break
      if (c === '\\') {
        const next = line[j + 1]
        value += line.slice(from, j) + (next === 'n' ? '\n' : (next ?? ''))
        j += 2
        from = j
        continue
      }
      j++
    }
    value += line.slice(from, j)
    labels[detach(name)] = detach(value)
    i = j + 1
  }
}

/**
 * Parses the samples of the families `keep` accepts (all when absent); other lines are skipped
 * before their labels are read, which keeps large scrapes cheap. A sample `reject` refuses (a
 * value the caller cannot use) counts as a malformed line.
 */
export function parsePrometheusText(
  text: string,
  keep?: (name: string) => boolean,
  reject?: (sample: Sample) => boolean,
): ParsedText {
  const samples: Sample[] = []
  let malformedLines = 0
  let firstMalformed: string | undefined
  const malformed = (line: string): void => {
    malformedLines++
    firstMalformed ??= copyOf(
      line.length > SHOWN_CHARACTERS ? `${line.slice(0, SHOWN_CHARACTERS)}…` : line,
    )
  }
  let from = 0
  while (from <= text.length) {
    let to = text.indexOf('\n', from)
    if (to < 0) to = text.length
    const line = text.slice(from, to).trim()
    from = to + 1
    if (line === '' || line.startsWith('#')) continue
    const name = NAME.exec(line)?.[0]
    if (name === undefined) {
      malformed(line)
      continue
    }
    if (keep !== undefined && !keep(name)) continue
    let rest = name.length
    let labels: Record<string, string> = {}
    if (line[rest] === '{') {
      const parsed = parseLabels(line, rest)
      if (parsed === undefined) {
        malformed(line)
        continue
      }
      labels = parsed.labels
      rest = parsed.end
    }
    // The value, then an optional timestamp.
    const [valueText, timestamp, extra] = line.slice(rest).trim().split(/\s+/)
    const value = valueText === undefined ? undefined : parseValue(valueText)
    if (
      value === undefined ||
      extra !== undefined ||
      (timestamp !== undefined && !/^-?\d+$/.test(timestamp))
    ) {
      malformed(line)
      continue
    }
    const sample = { name: detach(name), labels, value }
    if (reject?.(sample) === true) {
      malformed(line)
      continue
    }
    samples.push(sample)
  }
  return { samples, malformedLines, firstMalformed }
}
