/**
 * The user's own firewall rules, given as YAML or JSON inputs, and the rule collections built
 * from them (`custom-application`, `custom-network`), in ARM's wire format (2026-01-01).
 *
 *   extra-application-rules:          extra-network-rules:
 *     - name: github                    - name: ntp-any
 *       fqdns: [github.com]               protocols: [UDP]
 *       protocols: ['https:443']          destination-addresses: ['*']
 *       source-addresses: [10.0.0.0/24]   destination-ports: ['123']
 */
import { parseCidr } from '../../core/inputs/cidr.js'
import { parseFqdn } from '../../core/inputs/fqdn.js'
import { parseIpv4 } from '../../core/inputs/ipv4.js'
import { parseIpv6 } from '../../core/inputs/ipv6.js'
import type { Parsed, Parser } from '../../core/inputs/parsed.js'
import { fail, ok } from '../../core/inputs/parsed.js'
import { formatPortRange, parsePortRange } from '../../core/inputs/port.js'
import type { Infer, Shape, ShapeProblem } from '../../core/inputs/shape.js'
import { array, object, oneOf, optional, string } from '../../core/inputs/shape.js'
import { parseStructured } from '../../core/inputs/structured.js'
import type {
  FirewallTier,
  WireApplicationProtocol,
  WireApplicationRule,
  WireNetworkProtocol,
  WireNetworkRule,
  WireRuleCollection,
} from './aks-egress-rules.js'
import { allowCollection } from './aks-egress-rules.js'

export const CUSTOM_APPLICATION_COLLECTION = 'custom-application'
export const CUSTOM_APPLICATION_PRIORITY = 300
export const CUSTOM_NETWORK_COLLECTION = 'custom-network'
export const CUSTOM_NETWORK_PRIORITY = 310

export interface ExtraApplicationRuleInput {
  readonly name: string
  /** Lower case; `*.example.com` wildcards allowed. */
  readonly fqdns: readonly string[]
  /** Default `[{ protocolType: 'Https', port: 443 }]`. */
  readonly protocols: readonly WireApplicationProtocol[]
  /** Canonical CIDRs, IPs or `*`; absent means the cluster subnet. */
  readonly sourceAddresses?: readonly string[]
}

export interface ExtraNetworkRuleInput {
  readonly name: string
  readonly protocols: readonly WireNetworkProtocol[]
  /** CIDRs, IPs, service tags or `*`; exactly one of this and destinationFqdns is set. */
  readonly destinationAddresses?: readonly string[]
  /** Host names without wildcards (need DNS proxy, so not on Basic). */
  readonly destinationFqdns?: readonly string[]
  /** `443`, `1000-2000` or `*`. */
  readonly destinationPorts: readonly string[]
  readonly sourceAddresses?: readonly string[]
}

export interface ExtraRules {
  application: WireApplicationRule[]
  network: WireNetworkRule[]
}

// --- Item parsers ------------------------------------------------------------------------------

const RULE_NAME = {
  regex: /^[A-Za-z0-9._-]{1,80}$/,
  description: "1 to 80 letters, digits, '-', '_' or '.'",
}

const APP_PROTOCOLS = { http: 'Http', https: 'Https', mssql: 'Mssql' } as const
const DEFAULT_APP_PORTS = { Http: 80, Https: 443, Mssql: 1433 } as const
/** ARM's FirewallPolicyRuleApplicationProtocol.port maximum (the spec says 0-64000). */
const MAX_APP_PORT = 64000
const APP_PROTOCOL_ACCEPTED = `use protocol:port with protocol http, https or mssql and a port from 1 to ${MAX_APP_PORT}, like https:443`

/** `https:443`, `http:80`, `mssql:1433`; a bare protocol takes its usual port. */
const parseApplicationProtocol: Parser<WireApplicationProtocol> = raw => {
  const match = /^([a-z]+)(?::([0-9]+))?$/i.exec(raw)
  const name = match?.[1]?.toLowerCase()
  const protocolType =
    name !== undefined && Object.hasOwn(APP_PROTOCOLS, name)
      ? APP_PROTOCOLS[name as keyof typeof APP_PROTOCOLS]
      : undefined
  if (match === null || protocolType === undefined) {
    return fail(`not an application protocol; ${APP_PROTOCOL_ACCEPTED}`)
  }
  const portText = match[2]
  if (portText === undefined) return ok({ protocolType, port: DEFAULT_APP_PORTS[protocolType] })
  const port = /^[1-9][0-9]{0,4}$/.test(portText) ? Number(portText) : 0
  if (port < 1 || port > MAX_APP_PORT) {
    return fail(`the port must be from 1 to ${MAX_APP_PORT}; ${APP_PROTOCOL_ACCEPTED}`)
  }
  return ok({ protocolType, port })
}

const ADDRESS_ACCEPTED = 'use an IP address like 10.0.0.4, a CIDR range like 10.0.0.0/24, or *'
const DESTINATION_ACCEPTED =
  'use an IP address like 10.0.0.4, a CIDR range like 10.0.0.0/24, a service tag like AzureCloud.westeurope, or *'
/** A service tag: `AzureMonitor`, `AzureCloud.westeurope`, `Storage.WestEurope`. */
const SERVICE_TAG = /^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)?$/

/** An IP address, a CIDR range (host bits zero, canonical form), `*`, or with tags a service tag. */
function parseAddress(options: { readonly serviceTags: boolean }): Parser<string> {
  const accepted = options.serviceTags ? DESTINATION_ACCEPTED : ADDRESS_ACCEPTED
  return raw => {
    if (raw === '*') return ok(raw)
    if (raw.includes('/') && !raw.includes('://')) {
      const cidr = parseCidr(raw)
      return cidr.ok ? ok(cidr.value.text) : fail(cidr.message)
    }
    if (/^[0-9]/.test(raw) || /^[0-9a-f]*:[0-9a-f:.]*$/i.test(raw)) {
      const ip = raw.includes(':') ? parseIpv6(raw) : parseIpv4(raw)
      return ip.ok ? ok(ip.value) : fail(`${ip.message.split(';')[0] ?? ''}; ${accepted}`)
    }
    if (options.serviceTags && SERVICE_TAG.test(raw)) return ok(raw)
    if (options.serviceTags && parseFqdn({ allowWildcard: true })(raw).ok) {
      return fail(
        `a host name, not an address; put host names in destination-fqdns, or ${accepted}`,
      )
    }
    return fail(`not an address; ${accepted}`)
  }
}

/** A port shape that takes YAML numbers (`443`) as well as strings (`'1000-2000'`, `'*'`). */
const portRange: Shape<string> = {
  expected: "a port like 443, a range like '1000-2000', or '*'",
  isOptional: false,
  check: (value, path, problems) => {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
    if (text.trim() === '') {
      problems.push({ path, message: `expected ${portRange.expected}` })
      return { ok: false }
    }
    const parsed = parsePortRange(text.trim())
    if (!parsed.ok) {
      problems.push({ path, message: parsed.message })
      return { ok: false }
    }
    return { ok: true, value: formatPortRange(parsed.value) }
  },
}

// --- Shapes ----------------------------------------------------------------------------------

const sourceAddresses = optional(
  array(string({ parse: parseAddress({ serviceTags: false }) }), { minItems: 1 }),
)

const ApplicationRuleShape = object({
  name: string({ pattern: RULE_NAME }),
  fqdns: array(string({ parse: parseFqdn({ allowWildcard: true }) }), { minItems: 1 }),
  protocols: optional(array(string({ parse: parseApplicationProtocol }), { minItems: 1 })),
  'source-addresses': sourceAddresses,
})

const NetworkRuleShape = object({
  name: string({ pattern: RULE_NAME }),
  protocols: array(oneOf(['TCP', 'UDP', 'ICMP', 'Any'] as const), { minItems: 1 }),
  'destination-addresses': optional(
    array(string({ parse: parseAddress({ serviceTags: true }) }), { minItems: 1 }),
  ),
  'destination-fqdns': optional(array(string({ parse: parseFqdn() }), { minItems: 1 })),
  'destination-ports': array(portRange, { minItems: 1 }),
  'source-addresses': sourceAddresses,
})

// --- Parsers -----------------------------------------------------------------------------------

/** Parses the extra application rules (a YAML or JSON list), reporting every problem. */
export function parseExtraApplicationRules(raw: string): Parsed<ExtraApplicationRuleInput[]> {
  return parseRuleList(raw, ApplicationRuleShape, () => [], toApplicationInput)
}

/** Parses the extra network rules (a YAML or JSON list), reporting every problem. */
export function parseExtraNetworkRules(raw: string): Parsed<ExtraNetworkRuleInput[]> {
  return parseRuleList(raw, NetworkRuleShape, checkOneDestination, toNetworkInput)
}

function toApplicationInput(rule: Infer<typeof ApplicationRuleShape>): ExtraApplicationRuleInput {
  const sources = rule['source-addresses']
  return {
    name: rule.name,
    fqdns: rule.fqdns,
    protocols: rule.protocols ?? [{ protocolType: 'Https', port: 443 }],
    ...(sources === undefined ? {} : { sourceAddresses: sources }),
  }
}

function toNetworkInput(rule: Infer<typeof NetworkRuleShape>): ExtraNetworkRuleInput {
  const addresses = rule['destination-addresses']
  const fqdns = rule['destination-fqdns']
  const sources = rule['source-addresses']
  return {
    name: rule.name,
    protocols: rule.protocols,
    ...(addresses === undefined ? {} : { destinationAddresses: addresses }),
    ...(fqdns === undefined ? {} : { destinationFqdns: fqdns }),
    destinationPorts: rule['destination-ports'],
    ...(sources === undefined ? {} : { sourceAddresses: sources }),
  }
}

function checkOneDestination(item: Record<string, unknown>, path: string): ShapeProblem[] {
  const given = ['destination-addresses', 'destination-fqdns'].filter(
    key => item[key] !== undefined && item[key] !== null,
  )
  if (given.length === 1) return []
  return [
    {
      path,
      message: `${given.length === 0 ? 'has neither destination-addresses nor' : 'has both destination-addresses and'} destination-fqdns; give exactly one of them`,
    },
  ]
}

/**
 * Parses a structured list of rules: the shape's problems, the per-item `crossCheck` problems
 * and duplicate names (ignoring case) are all reported together, sorted by path.
 */
function parseRuleList<R, T>(
  raw: string,
  itemShape: Shape<R>,
  crossCheck: (item: Record<string, unknown>, path: string) => ShapeProblem[],
  convert: (rule: R) => T,
): Parsed<T[]> {
  const structured = parseStructured(raw)
  if (!structured.ok) return structured
  const problems: ShapeProblem[] = []
  const checked = array(itemShape).check(structured.value, '', problems)
  const items: readonly unknown[] = Array.isArray(structured.value) ? structured.value : []
  const firstIndexByName = new Map<string, number>()
  items.forEach((item, index) => {
    if (!isPlainObject(item)) return
    problems.push(...crossCheck(item, `[${index}]`))
    const name = item['name']
    if (typeof name !== 'string') return
    const first = firstIndexByName.get(name.toLowerCase())
    if (first === undefined) {
      firstIndexByName.set(name.toLowerCase(), index)
    } else {
      problems.push({
        path: `[${index}].name`,
        message: `duplicate rule name '${name}' (also used by [${first}]); rule names must be unique, ignoring case`,
      })
    }
  })
  if (checked.ok && problems.length === 0) return ok(checked.value.map(convert))
  const messages = [...problems]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map(p => (p.path === '' ? p.message : `${p.path}: ${p.message}`))
  return fail(messages.join('; '))
}

/** Orders `[2].name` before `[10].fqdns[0]`: by item index, then keeps the original order. */
function comparePaths(a: string, b: string): number {
  return itemIndex(a) - itemIndex(b)
}

function itemIndex(path: string): number {
  const match = /^\[(\d+)\]/.exec(path)
  return match === null ? -1 : Number(match[1])
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// --- Wire rules --------------------------------------------------------------------------------

const BASIC_FQDN_PROBLEM =
  'Basic SKU cannot use FQDNs in network rules; use destination-addresses or a Standard/Premium firewall'

/**
 * Builds the `custom-application` (300) and `custom-network` (310) collections; a collection
 * without rules is left out. Rules without source-addresses get `defaultSourceAddresses`.
 * Problems name the rule; with problems the collections must not be used.
 */
export function extraRuleCollections(
  app: readonly ExtraApplicationRuleInput[],
  net: readonly ExtraNetworkRuleInput[],
  options: { readonly tier: FirewallTier; readonly defaultSourceAddresses: readonly string[] },
): { ruleCollections: WireRuleCollection[]; problems: string[] } {
  const problems: string[] = []
  if (options.tier === 'Basic') {
    for (const rule of net) {
      if (rule.destinationFqdns !== undefined) {
        problems.push(`network rule '${rule.name}': ${BASIC_FQDN_PROBLEM}`)
      }
    }
  }
  const rules = extraRules(app, net, options.defaultSourceAddresses)
  const ruleCollections = [
    allowCollection(CUSTOM_APPLICATION_COLLECTION, CUSTOM_APPLICATION_PRIORITY, rules.application),
    allowCollection(CUSTOM_NETWORK_COLLECTION, CUSTOM_NETWORK_PRIORITY, rules.network),
  ].filter(collection => collection.rules.length > 0)
  return { ruleCollections, problems }
}

/** The wire rules for the user's inputs, in input order. */
export function extraRules(
  app: readonly ExtraApplicationRuleInput[],
  net: readonly ExtraNetworkRuleInput[],
  defaultSourceAddresses: readonly string[],
): ExtraRules {
  return {
    application: app.map(rule => ({
      ruleType: 'ApplicationRule',
      name: rule.name,
      sourceAddresses: [...(rule.sourceAddresses ?? defaultSourceAddresses)],
      protocols: rule.protocols.map(p => ({ ...p })),
      targetFqdns: [...rule.fqdns],
    })),
    network: net.map(rule => ({
      ruleType: 'NetworkRule',
      name: rule.name,
      ipProtocols: [...rule.protocols],
      sourceAddresses: [...(rule.sourceAddresses ?? defaultSourceAddresses)],
      ...(rule.destinationAddresses === undefined
        ? {}
        : { destinationAddresses: [...rule.destinationAddresses] }),
      ...(rule.destinationFqdns === undefined
        ? {}
        : { destinationFqdns: [...rule.destinationFqdns] }),
      destinationPorts: [...rule.destinationPorts],
    })),
  }
}
