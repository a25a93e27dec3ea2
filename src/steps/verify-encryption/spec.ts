import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseDuration } from '../../core/inputs/duration.js'
import { parseListOf } from '../../core/inputs/list.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { parseAllowList, parseNamespaceName, type AllowEntry } from './allow-list.js'

export interface VerifyEncryptionSpec {
  /** Undefined: every namespace with a meshed pod. */
  readonly namespaces: readonly string[] | undefined
  /** 0: the series the proxies hold (their idle series expire after 10 minutes). */
  readonly windowSeconds: number
  readonly allow: readonly AllowEntry[]
  readonly requireMeshed: boolean
  readonly minValidityDays: number
  readonly issuerExpiresAt: string | undefined
  /** Read the issuer certificate from its Secret (only when `issuerExpiresAt` is undefined). */
  readonly readIssuerSecret: boolean
  readonly reportFile: string
  readonly scrapeTimeoutMs: number
  /** Input names in the host's spelling, for messages. */
  readonly inputNames: Readonly<Record<string, string>>
}

const MAX_WINDOW_SECONDS = 3600
const MAX_VALIDITY_DAYS = 3650
const MAX_SCRAPE_TIMEOUT_MS = 5 * 60_000

function wholeNumber(max: number, what: string): (raw: string) => Parsed<number> {
  return raw => {
    if (/^-\d+$/.test(raw))
      return fail(`must not be negative; use a whole number from 0 to ${max} (${what})`)
    return /^\d+$/.test(raw) && Number(raw) <= max
      ? ok(Number(raw))
      : fail(`must be a whole number from 0 to ${max} (${what})`)
  }
}

/** `window-seconds`: 0 (the series the proxies hold) or a window of up to an hour. */
export const parseWindowSeconds = wholeNumber(
  MAX_WINDOW_SECONDS,
  '0 judges the series the proxies hold',
)

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** An ISO 8601 date or date-time, returned normalised (UTC, `toISOString`). */
export function parseTimestamp(raw: string): Parsed<string> {
  const [year = 0, month = 0, day = 0] = raw.slice(0, 10).split('-').map(Number)
  // Date.parse rolls 2027-02-30 over into March; a real calendar day round-trips.
  const calendarDay = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day
  const time = ISO_8601.test(raw) && calendarDay ? Date.parse(raw) : NaN
  return Number.isNaN(time)
    ? fail('not an ISO 8601 date-time; use a form like 2027-03-01T12:00:00Z')
    : ok(new Date(time).toISOString())
}

function parseReportPath(raw: string): Parsed<string> {
  return /[\0\n]/.test(raw) ? fail('must be a file path on one line') : ok(raw)
}

/** Every input checked before any cluster call; every problem reported together. */
export function parseVerifyEncryptionSpec(reader: SpecReader): VerifyEncryptionSpec {
  const namespaces = reader.optional('namespaces', raw => parseListOf(raw, parseNamespaceName))
  const windowSeconds = reader.withDefault('window-seconds', parseWindowSeconds)
  const allow = reader.optional('allow-plaintext', parseAllowList)
  const requireMeshed = reader.withDefault('require-meshed', parseBoolean)
  const minValidityDays = reader.withDefault(
    'min-validity-days',
    wholeNumber(MAX_VALIDITY_DAYS, 'days the issuer certificate must stay valid'),
  )
  const issuerExpiresAt = reader.optional('issuer-expires-at', parseTimestamp)
  const readIssuerSecret = reader.withDefault('read-issuer-secret', parseBoolean)
  if (issuerExpiresAt !== undefined && readIssuerSecret === true) {
    reader.warn(
      `'${reader.name('issuer-expires-at')}' is set, so '${reader.name('read-issuer-secret')}' is ignored: the issuer Secret is not read.`,
    )
  }
  const reportFile = reader.withDefault('report-file', parseReportPath)
  const scrapeTimeoutMs = reader.withDefault('scrape-timeout', (raw): Parsed<number> => {
    const parsed = parseDuration(raw)
    if (parsed.ok && parsed.value > MAX_SCRAPE_TIMEOUT_MS) {
      return fail('must be at most 5m; a proxy answers its metrics in well under a second')
    }
    return parsed
  })
  return reader.finish(() => ({
    namespaces:
      namespaces !== undefined && namespaces.length > 0 ? [...new Set(namespaces)] : undefined,
    windowSeconds: windowSeconds ?? 0,
    allow: allow ?? [],
    requireMeshed: requireMeshed ?? true,
    minValidityDays: minValidityDays ?? 30,
    issuerExpiresAt,
    readIssuerSecret: issuerExpiresAt === undefined && readIssuerSecret === true,
    reportFile: reportFile ?? 'encryption-report.json',
    scrapeTimeoutMs: scrapeTimeoutMs ?? 10_000,
    inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
  }))
}
