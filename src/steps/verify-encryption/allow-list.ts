import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import { isDnsLabel, isDnsSubdomain } from '../../core/inputs/kubernetes-names.js'
import { formatPortRange, parsePortRange, type PortRange } from '../../core/inputs/port.js'
import {
  array,
  object,
  oneOf,
  optional,
  string,
  validateShape,
  type Shape,
} from '../../core/inputs/shape.js'
import { parseStructured } from '../../core/inputs/structured.js'

export type Direction = 'inbound' | 'outbound'

/** One entry of `allow-plaintext`: traffic accepted without mutual TLS on purpose, and why. */
export interface AllowEntry {
  /** 1-based position in the list, for the report. */
  readonly index: number
  /** A namespace, or `*` for every namespace (then a workload or port is required). */
  readonly namespace: string
  readonly workload?: string
  readonly ports?: PortRange
  readonly direction?: Direction
  readonly reason: string
}

/** Parses a namespace name: a DNS-1123 label of at most 63 characters. */
export function parseNamespaceName(raw: string): Parsed<string> {
  return isDnsLabel(raw)
    ? ok(raw)
    : fail(
        "not a namespace name; use a DNS-1123 label: at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit, like payments",
      )
}

function parseNamespaceOrStar(raw: string): Parsed<string> {
  return raw === '*' ? ok(raw) : parseNamespaceName(raw)
}

function parseWorkloadName(raw: string): Parsed<string> {
  return isDnsSubdomain(raw)
    ? ok(raw)
    : fail(
        "not a workload name; use the Deployment, StatefulSet, DaemonSet, CronJob, Job or pod name (lower-case letters, digits, '-' and '.')",
      )
}

function parseReason(raw: string): Parsed<string> {
  return raw.length <= 300 ? ok(raw) : fail('is longer than 300 characters; keep the reason short')
}

/** A port (`443`) or a range (`8000-8100`), as a YAML number or a string. */
function portOrRange(): Shape<PortRange> {
  const expected = 'a port from 1 to 65535 or a range like 8000-8100'
  return {
    expected,
    isOptional: false,
    check: (value, path, problems) => {
      const text = typeof value === 'number' ? String(value) : value
      const parsed = typeof text === 'string' ? parsePortRange(text.trim()) : undefined
      if (parsed?.ok === true && text !== '*') return { ok: true, value: parsed.value }
      problems.push({ path, message: `expected ${expected}` })
      return { ok: false }
    },
  }
}

const AllowShape = array(
  object({
    namespace: string({ parse: parseNamespaceOrStar }),
    workload: optional(string({ parse: parseWorkloadName })),
    port: optional(portOrRange()),
    direction: optional(oneOf(['inbound', 'outbound'] as const)),
    reason: string({ parse: parseReason }),
  }),
)

/** Parses the `allow-plaintext` document: a YAML or JSON list of entries; unknown keys are errors. */
export function parseAllowList(raw: string): Parsed<AllowEntry[]> {
  const doc = parseStructured(raw)
  if (!doc.ok) return doc
  const checked = validateShape(AllowShape, doc.value ?? [])
  if (!checked.ok) return checked
  const problems: string[] = []
  const entries = checked.value.map((e, i): AllowEntry => {
    if (e.namespace === '*' && e.workload === undefined && e.port === undefined) {
      problems.push(
        `[${i}]: namespace '*' needs a workload or a port; an entry that allows every plaintext connection proves nothing`,
      )
    }
    return {
      index: i + 1,
      namespace: e.namespace,
      ...(e.workload !== undefined ? { workload: e.workload } : {}),
      ...(e.port !== undefined ? { ports: e.port } : {}),
      ...(e.direction !== undefined ? { direction: e.direction } : {}),
      reason: e.reason,
    }
  })
  return problems.length > 0 ? fail(problems.join('; ')) : ok(entries)
}

/** `#2 (payments/api, inbound port 8080: reason)`, how the report names an entry. */
export function describeEntry(entry: AllowEntry): string {
  const scope = [
    entry.workload === undefined ? entry.namespace : `${entry.namespace}/${entry.workload}`,
    entry.direction,
    entry.ports === undefined ? undefined : `port ${formatPortRange(entry.ports)}`,
  ]
    .filter((p): p is string => p !== undefined)
    .join(' ')
  return `allow-plaintext #${entry.index} (${scope}): ${entry.reason}`
}

interface Subject {
  readonly namespace: string
  readonly workload: string
}

function covers(entry: AllowEntry, subject: Subject): boolean {
  return (
    (entry.namespace === '*' || entry.namespace === subject.namespace) &&
    (entry.workload === undefined || entry.workload === subject.workload)
  )
}

/** Whether an entry names traffic (a port or a direction); only those allow plaintext. */
function namesTraffic(entry: AllowEntry): boolean {
  return entry.ports !== undefined || entry.direction !== undefined
}

/**
 * The first entry that allows a plaintext edge (or skipped ports) of this direction and port
 * range. Only entries with a port or a direction allow traffic: an entry without either is for
 * an unmeshed (or unverified) pod, and must not also excuse every plaintext edge in its scope.
 */
export function allowingTraffic(
  entries: readonly AllowEntry[],
  subject: Subject & { readonly direction: Direction; readonly ports: PortRange },
): AllowEntry | undefined {
  return entries.find(
    e =>
      namesTraffic(e) &&
      covers(e, subject) &&
      (e.direction === undefined || e.direction === subject.direction) &&
      (e.ports === undefined ||
        (e.ports.from <= subject.ports.from && subject.ports.to <= e.ports.to)),
  )
}

/**
 * The first entry that allows a whole pod to be unmeshed: one without a port or direction
 * (a namespace-wide entry may, since it names no traffic in particular).
 */
export function allowingUnmeshed(
  entries: readonly AllowEntry[],
  subject: Subject,
): AllowEntry | undefined {
  return entries.find(e => covers(e, subject) && !namesTraffic(e))
}

/**
 * The first entry that allows a pod to stay unverified: it must name the workload, and no port
 * or direction. A namespace-wide entry never excuses a pod whose traffic nobody saw.
 */
export function allowingUnverified(
  entries: readonly AllowEntry[],
  subject: Subject,
): AllowEntry | undefined {
  return entries.find(e => e.workload !== undefined && covers(e, subject) && !namesTraffic(e))
}
