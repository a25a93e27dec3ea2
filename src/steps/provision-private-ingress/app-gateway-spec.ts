import type { CommonSpec } from '../../core/common-inputs.js'
import { parseResourceName } from '../../core/inputs/azure-names.js'
import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseChoice } from '../../core/inputs/choice.js'
import { parseIpv4 } from '../../core/inputs/ipv4.js'
import { parseIntegerIn } from '../../core/inputs/integer.js'
import { isDnsLabel, isDnsSubdomain } from '../../core/inputs/kubernetes-names.js'
import { parseListOf } from '../../core/inputs/list.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import {
  formatResourceId,
  parseResourceId,
  resourceIdEquals,
  type ResourceId,
} from '../../core/inputs/resource-id.js'
import { parseStructured } from '../../core/inputs/structured.js'
import {
  array,
  boolean,
  integer,
  object,
  oneOf,
  optional,
  string,
  validateShape,
} from '../../core/inputs/shape.js'
import type { WireBody } from '../../core/network.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { AGIC_MODES, AGIC_CHART, WAF_MODES } from './manifest.js'

/** The IngressClass AGIC serves, from the add-on and from its Helm chart alike. */
export const AGIC_INGRESS_CLASS = 'azure-application-gateway'
/** The annotation that puts an Ingress's listener on the gateway's private frontend. */
export const USE_PRIVATE_IP = 'appgw.ingress.kubernetes.io/use-private-ip'

/**
 * The managed rule sets Application Gateway WAF policies offer for new policies: since February
 * 2026 the newest three (DRS 2.2, DRS 2.1, CRS 3.2); CRS 3.1 and 3.0 can no longer be attached
 * to new policies (../shared/reference/aks-networking.md 4.6, ruleset support policy).
 */
export const OFFERED_RULE_SETS: Readonly<Record<string, readonly string[]>> = {
  Microsoft_DefaultRuleSet: ['2.2', '2.1'],
  OWASP: ['3.2'],
}

export type AgicSpec =
  | { readonly mode: 'add-on' }
  | {
      readonly mode: 'helm'
      readonly namespace: string
      readonly chartVersion: string
      /** The user-assigned identity AGIC signs in with through workload identity. */
      readonly clientId: string
      readonly principalId: string
    }

export interface WafSpec {
  readonly name: string
  readonly id: string
  readonly mode: (typeof WAF_MODES)[number]
  readonly ruleSetType: string
  readonly ruleSetVersion: string
  /** `managedRules.exclusions` entries, ARM's shape, checked against it. */
  readonly exclusions: readonly WireBody[]
  /** `customRules` entries, ARM's shape, checked against it. */
  readonly customRules: readonly WireBody[]
}

export interface AppGatewaySpec {
  readonly name: string
  readonly id: string
  readonly subnet: ResourceId
  readonly privateFrontendIp: string
  /** No public frontend: the private-only deployment (a subscription feature, in preview). */
  readonly privateOnly: boolean
  readonly publicIpId: string
  readonly minCapacity: number
  readonly maxCapacity: number
  readonly zones: readonly string[]
  readonly waf: WafSpec
  readonly allowWafDetection: boolean
  readonly allowPublicExposure: boolean
  /** The Private Link configuration on the private frontend (off with `private-link: none`). */
  readonly privateLink: boolean
  readonly agic: AgicSpec
  /** The AKS cluster (`cluster-name`), whose add-on the step enables in add-on mode. */
  readonly clusterId: string | undefined
  /** Ingress manifests the step writes, with the gateway's class filled in. */
  readonly ingresses: readonly Record<string, unknown>[]
  /** The cloud the run targets (AGIC with CNI Overlay is not supported in every cloud). */
  readonly cloud: string
}

const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets'
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function parseGuid(raw: string): Parsed<string> {
  return GUID.test(raw) ? ok(raw.toLowerCase()) : fail('must be a GUID')
}

function parseZone(raw: string): Parsed<string> {
  return /^[1-3]$/.test(raw) ? ok(raw) : fail('must list availability zones 1, 2 and/or 3')
}

/** `Microsoft_DefaultRuleSet/2.1` (or with a space): a rule set the platform offers. */
export function parseWafRuleSet(raw: string): Parsed<{ type: string; version: string }> {
  const offered = Object.entries(OFFERED_RULE_SETS).flatMap(([type, versions]) =>
    versions.map(version => `${type}/${version}`),
  )
  const match = /^([A-Za-z_]+)\s*[/ ]\s*([0-9.]+)$/.exec(raw)
  const type = Object.keys(OFFERED_RULE_SETS).find(
    t => t.toLowerCase() === match?.[1]?.toLowerCase(),
  )
  const version = match?.[2]
  if (type === undefined || version === undefined || !OFFERED_RULE_SETS[type]?.includes(version)) {
    return fail(
      `is not a managed rule set Application Gateway WAF policies offer for new policies; give one of ${offered.join(', ')} (CRS 3.1 and 3.0 can no longer be attached to new policies since February 2026)`,
    )
  }
  return ok({ type, version })
}

const ExclusionShape = array(
  object({
    matchVariable: oneOf([
      'RequestHeaderNames',
      'RequestCookieNames',
      'RequestArgNames',
      'RequestHeaderKeys',
      'RequestHeaderValues',
      'RequestCookieKeys',
      'RequestCookieValues',
      'RequestArgKeys',
      'RequestArgValues',
    ] as const),
    selectorMatchOperator: oneOf([
      'Equals',
      'Contains',
      'StartsWith',
      'EndsWith',
      'EqualsAny',
    ] as const),
    selector: string(),
    exclusionManagedRuleSets: optional(
      array(
        object({
          ruleSetType: string(),
          ruleSetVersion: string(),
          ruleGroups: optional(
            array(
              object({
                ruleGroupName: string(),
                rules: optional(array(object({ ruleId: string() }))),
              }),
            ),
          ),
        }),
      ),
    ),
  }),
)

/**
 * ARM's `WebApplicationFirewallCustomRule` (2026-01-01), key for key: a key ARM does not know is
 * an input error instead of being dropped on the way to ARM. ARM spells one key
 * `negationConditon`.
 */
const CustomRuleShape = array(
  object({
    name: string({ pattern: { regex: /^.{1,128}$/, description: '1 to 128 characters' } }),
    priority: integer({ min: 1 }),
    state: optional(oneOf(['Enabled', 'Disabled'] as const)),
    ruleType: oneOf(['MatchRule', 'RateLimitRule'] as const),
    rateLimitDuration: optional(oneOf(['OneMin', 'FiveMins'] as const)),
    rateLimitThreshold: optional(integer({ min: 1 })),
    matchConditions: array(
      object({
        matchVariables: array(
          object({
            variableName: oneOf([
              'RemoteAddr',
              'RequestMethod',
              'QueryString',
              'PostArgs',
              'RequestUri',
              'RequestHeaders',
              'RequestBody',
              'RequestCookies',
            ] as const),
            selector: optional(string()),
          }),
          { minItems: 1 },
        ),
        operator: oneOf([
          'IPMatch',
          'Equal',
          'Contains',
          'LessThan',
          'GreaterThan',
          'LessThanOrEqual',
          'GreaterThanOrEqual',
          'BeginsWith',
          'EndsWith',
          'Regex',
          'GeoMatch',
          'Any',
        ] as const),
        negationConditon: optional(boolean()),
        matchValues: array(string()),
        transforms: optional(
          array(
            oneOf([
              'Uppercase',
              'Lowercase',
              'Trim',
              'UrlDecode',
              'UrlEncode',
              'RemoveNulls',
              'HtmlEntityDecode',
            ] as const),
          ),
        ),
      }),
      { minItems: 1 },
    ),
    groupByUserSession: optional(
      array(
        object({
          groupByVariables: array(
            object({
              variableName: oneOf([
                'ClientAddr',
                'GeoLocation',
                'None',
                'ClientAddrXFFHeader',
                'GeoLocationXFFHeader',
              ] as const),
            }),
          ),
        }),
      ),
    ),
    action: oneOf(['Allow', 'Block', 'Log', 'JSChallenge'] as const),
  }),
)

function parseExclusions(raw: string): Parsed<WireBody[]> {
  const doc = parseStructured(raw)
  if (!doc.ok) return doc
  const checked = validateShape(ExclusionShape, doc.value ?? [])
  return checked.ok ? ok(checked.value.map(e => ({ ...e }))) : checked
}

function parseCustomRules(raw: string): Parsed<WireBody[]> {
  const doc = parseStructured(raw)
  if (!doc.ok) return doc
  const checked = validateShape(CustomRuleShape, doc.value ?? [])
  if (!checked.ok) return checked
  const problems: string[] = []
  const repeated = (values: readonly (string | number)[]): (string | number)[] => [
    ...new Set(values.filter((v, i) => values.indexOf(v) !== i)),
  ]
  const names = repeated(checked.value.map(r => r.name.toLowerCase()))
  if (names.length > 0) problems.push(`names must be unique; repeated: ${names.join(', ')}`)
  const priorities = repeated(checked.value.map(r => r.priority))
  if (priorities.length > 0) {
    problems.push(`priorities must be unique; repeated: ${priorities.join(', ')}`)
  }
  checked.value.forEach((rule, i) => {
    if (rule.ruleType === 'RateLimitRule' && rule.rateLimitThreshold === undefined) {
      problems.push(`[${i}]: a RateLimitRule needs rateLimitThreshold`)
    }
  })
  return problems.length > 0 ? fail(problems.join('; ')) : ok(checked.value.map(r => ({ ...r })))
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Ingress manifests (networking.k8s.io/v1) for the gateway: each names its namespace, uses the
 * gateway's IngressClass (filled in when left out) and has a spec; the API server validates the
 * rest when the step applies them.
 */
function parseIngresses(raw: string): Parsed<Record<string, unknown>[]> {
  const doc = parseStructured(raw)
  if (!doc.ok) return doc
  const list = Array.isArray(doc.value) ? (doc.value as unknown[]) : [doc.value]
  const problems: string[] = []
  const ingresses: Record<string, unknown>[] = []
  list.forEach((item, i) => {
    const at = `[${i}]`
    if (!isRecord(item)) {
      problems.push(`${at}: expected an Ingress object`)
      return
    }
    const metadata = isRecord(item['metadata']) ? item['metadata'] : {}
    const spec = isRecord(item['spec']) ? item['spec'] : undefined
    const name = metadata['name']
    const namespace = metadata['namespace']
    if (item['apiVersion'] !== 'networking.k8s.io/v1' || item['kind'] !== 'Ingress') {
      problems.push(`${at}: expected apiVersion networking.k8s.io/v1 and kind Ingress`)
    }
    if (typeof name !== 'string' || !isDnsSubdomain(name)) {
      problems.push(`${at}.metadata.name: expected a DNS-1123 subdomain`)
    }
    if (typeof namespace !== 'string' || !isDnsLabel(namespace)) {
      problems.push(`${at}.metadata.namespace: required, a DNS-1123 label`)
    }
    if (spec === undefined) problems.push(`${at}.spec: required`)
    const className = spec?.['ingressClassName']
    if (className !== undefined && className !== AGIC_INGRESS_CLASS) {
      problems.push(`${at}.spec.ingressClassName: must be ${AGIC_INGRESS_CLASS} (the gateway's)`)
    }
    const annotations = isRecord(metadata['annotations']) ? metadata['annotations'] : {}
    if (Object.values(annotations).some(v => typeof v !== 'string')) {
      problems.push(`${at}.metadata.annotations: values must be strings (quote "true")`)
    }
    const legacyClass = annotations['kubernetes.io/ingress.class']
    if (legacyClass !== undefined && legacyClass !== 'azure/application-gateway') {
      problems.push(
        `${at}.metadata.annotations[kubernetes.io/ingress.class]: must be azure/application-gateway or left out`,
      )
    }
    ingresses.push({
      ...item,
      spec: { ...spec, ingressClassName: AGIC_INGRESS_CLASS },
    })
  })
  const keys = ingresses.map(i => {
    const m = i['metadata'] as Record<string, unknown>
    return `${String(m['namespace'])}/${String(m['name'])}`
  })
  const repeated = [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))]
  if (repeated.length > 0) problems.push(`repeated Ingresses: ${repeated.join(', ')}`)
  return problems.length > 0 ? fail(problems.join('; ')) : ok(ingresses)
}

/** What AGIC reads as true in a boolean annotation: Go's `strconv.ParseBool`. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True'])

/** Whether an Ingress gets its listener on the private frontend (else: a public listener). */
export function isPrivateIngress(ingress: Record<string, unknown>): boolean {
  const metadata = isRecord(ingress['metadata']) ? ingress['metadata'] : {}
  const annotations = isRecord(metadata['annotations']) ? metadata['annotations'] : {}
  const value = annotations[USE_PRIVATE_IP]
  return typeof value === 'string' && GO_TRUE.has(value)
}

/** The inputs that matter only with `controller: application-gateway`. */
export const APP_GATEWAY_INPUTS: readonly string[] = [
  'application-gateway-name',
  'application-gateway-subnet-id',
  'private-frontend-ip',
  'application-gateway-private-only',
  'autoscale-min-capacity',
  'autoscale-max-capacity',
  'zones',
  'waf-policy-name',
  'waf-mode',
  'allow-waf-detection',
  'waf-rule-set',
  'waf-exclusions',
  'waf-custom-rules',
  'agic-mode',
  'agic-namespace',
  'agic-chart-version',
  'agic-identity-client-id',
  'agic-identity-principal-id',
  'ingresses',
  'allow-public-exposure',
]

interface Context {
  readonly common: CommonSpec
  readonly resourceGroup: string | undefined
  readonly clusterName: string | undefined
  readonly plsSubnet: ResourceId | undefined
  readonly privateLink: boolean
  /** `private-endpoints` lists at least one endpoint. */
  readonly hasEndpoints: boolean
}

/**
 * `controller: application-gateway`: every input checked before any call, every problem on the
 * reader. Returns a builder that runs once the reader has no problems.
 */
export function readAppGatewaySpec(reader: SpecReader, context: Context): () => AppGatewaySpec {
  const need = (id: string): void => {
    if (!reader.isSet(id)) {
      reader.problem(
        id,
        undefined,
        `is required with '${reader.name('controller')}: application-gateway'.`,
      )
    }
  }
  need('application-gateway-subnet-id')
  need('private-frontend-ip')
  const name = reader.optional(
    'application-gateway-name',
    parseResourceName('application gateway', { maxLength: 80 }),
  )
  const subnet = reader.optional('application-gateway-subnet-id', parseResourceId(SUBNET_TYPE))
  const privateFrontendIp = reader.optional('private-frontend-ip', parseIpv4)
  const privateOnly = reader.withDefault('application-gateway-private-only', parseBoolean)
  const minCapacity = reader.withDefault('autoscale-min-capacity', parseIntegerIn(0, 125))
  const maxCapacity = reader.withDefault('autoscale-max-capacity', parseIntegerIn(2, 125))
  const zones = reader.optional('zones', raw => parseListOf(raw, parseZone))
  const wafName = reader.optional(
    'waf-policy-name',
    parseResourceName('WAF policy', { maxLength: 128 }),
  )
  const wafMode = reader.withDefault('waf-mode', parseChoice(WAF_MODES))
  const allowWafDetection = reader.withDefault('allow-waf-detection', parseBoolean)
  const ruleSet = reader.withDefault('waf-rule-set', parseWafRuleSet)
  const exclusions = reader.optional('waf-exclusions', parseExclusions)
  const customRules = reader.optional('waf-custom-rules', parseCustomRules)
  const agicMode = reader.withDefault('agic-mode', parseChoice(AGIC_MODES))
  const agicNamespace = reader.withDefault('agic-namespace', (raw): Parsed<string> =>
    isDnsLabel(raw) ? ok(raw) : fail('must be a DNS-1123 label'),
  )
  const agicChartVersion = reader.withDefault('agic-chart-version', (raw): Parsed<string> =>
    /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
      ? ok(raw)
      : fail(`must be a pinned chart version, like ${AGIC_CHART.version}`),
  )
  const clientId = reader.optional('agic-identity-client-id', parseGuid)
  const principalId = reader.optional('agic-identity-principal-id', parseGuid)
  const ingresses = reader.optional('ingresses', parseIngresses)
  const allowPublicExposure = reader.withDefault('allow-public-exposure', parseBoolean)

  if (minCapacity !== undefined && maxCapacity !== undefined && minCapacity > maxCapacity) {
    reader.problem(
      'autoscale-min-capacity',
      String(minCapacity),
      `must not exceed '${reader.name('autoscale-max-capacity')}' (${maxCapacity}).`,
    )
  }
  if (agicMode === 'add-on' && context.clusterName === undefined) {
    reader.problem(
      'cluster-name',
      undefined,
      `is required with '${reader.name('agic-mode')}: add-on': the step enables the add-on on that AKS cluster.`,
    )
  }
  if (agicMode === 'helm') {
    for (const id of ['agic-identity-client-id', 'agic-identity-principal-id']) {
      if (!reader.isSet(id)) {
        reader.problem(
          id,
          undefined,
          `is required with '${reader.name('agic-mode')}: helm': AGIC signs in with that user-assigned identity through workload identity.`,
        )
      }
    }
  }
  if (context.privateLink && !reader.isSet('pls-subnet-id')) {
    reader.problem(
      'pls-subnet-id',
      undefined,
      `is required with '${reader.name('controller')}: application-gateway': the gateway's Private Link configuration takes its IPs from that subnet (or set '${reader.name('private-link')}: none').`,
    )
  }
  if (subnet && context.plsSubnet) {
    if (resourceIdEquals(subnet.id, context.plsSubnet.id)) {
      reader.problem(
        'pls-subnet-id',
        context.plsSubnet.id,
        `must be another subnet than '${reader.name('application-gateway-subnet-id')}': a Private Link configuration cannot use the gateway's own subnet.`,
      )
    } else if (!resourceIdEquals(subnet.parent?.id ?? '', context.plsSubnet.parent?.id ?? '')) {
      reader.problem(
        'pls-subnet-id',
        context.plsSubnet.id,
        `must be in the gateway's virtual network '${subnet.parent?.id ?? '?'}'.`,
      )
    }
  }
  if (privateOnly === true) {
    const publicOnes = (ingresses ?? [])
      .filter(i => !isPrivateIngress(i))
      .map(i => {
        const m = i['metadata'] as Record<string, unknown>
        return `${String(m['namespace'])}/${String(m['name'])}`
      })
    if (publicOnes.length > 0) {
      reader.problem(
        'ingresses',
        undefined,
        `${publicOnes.join(', ')} would need a public listener, but '${reader.name('application-gateway-private-only')}' leaves the gateway without a public frontend; annotate them '${USE_PRIVATE_IP}: "true"'.`,
      )
    }
  }
  if (agicMode === 'add-on' && context.hasEndpoints && !(ingresses ?? []).some(isPrivateIngress)) {
    reader.warn(
      `Private Endpoints connect to the gateway only while a listener uses its private frontend: the step's bootstrap listener is there until AGIC's first sync, and the AGIC add-on puts its own there only for Ingresses annotated '${USE_PRIVATE_IP}: "true"', of which '${reader.name('ingresses')}' has none.`,
    )
  }
  if (wafMode === 'Detection' && !allowWafDetection) {
    reader.warn(
      `'${reader.name('waf-mode')}: Detection' only logs attacks; the WAF policy change is flagged waf-detection and is applied only with '${reader.name('allow-waf-detection')}: true'.`,
    )
  }

  return () => {
    const sub = context.common.subscriptionId ?? ''
    const rg = context.resourceGroup ?? ''
    const gatewayName = name ?? `agw-${context.clusterName ?? rg}`.slice(0, 80)
    const id = (types: string[], names: string[]): string =>
      formatResourceId({
        subscriptionId: sub,
        resourceGroup: rg,
        provider: 'Microsoft.Network',
        types,
        names,
      })
    const policyName = wafName ?? `${gatewayName}-waf`
    return {
      name: gatewayName,
      id: id(['applicationGateways'], [gatewayName]),
      subnet: subnet as ResourceId,
      privateFrontendIp: privateFrontendIp ?? '',
      privateOnly: privateOnly ?? false,
      publicIpId: id(['publicIPAddresses'], [`${gatewayName}-pip`]),
      minCapacity: minCapacity ?? 2,
      maxCapacity: maxCapacity ?? 10,
      zones: [...new Set(zones ?? [])].sort(),
      waf: {
        name: policyName,
        id: id(['ApplicationGatewayWebApplicationFirewallPolicies'], [policyName]),
        mode: wafMode ?? 'Prevention',
        ruleSetType: ruleSet?.type ?? 'Microsoft_DefaultRuleSet',
        ruleSetVersion: ruleSet?.version ?? '2.1',
        exclusions: exclusions ?? [],
        customRules: customRules ?? [],
      },
      allowWafDetection: allowWafDetection ?? false,
      allowPublicExposure: allowPublicExposure ?? false,
      privateLink: context.privateLink,
      agic:
        agicMode === 'helm'
          ? {
              mode: 'helm',
              namespace: agicNamespace ?? 'ingress-azure',
              chartVersion: agicChartVersion ?? AGIC_CHART.version,
              clientId: clientId ?? '',
              principalId: principalId ?? '',
            }
          : { mode: 'add-on' },
      clusterId:
        context.clusterName === undefined
          ? undefined
          : formatResourceId({
              subscriptionId: sub,
              resourceGroup: rg,
              provider: 'Microsoft.ContainerService',
              types: ['managedClusters'],
              names: [context.clusterName],
            }),
      ingresses: ingresses ?? [],
      cloud: context.common.cloud,
    }
  }
}
