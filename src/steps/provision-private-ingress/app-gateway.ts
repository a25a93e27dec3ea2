import { PreconditionError } from '../../core/errors.js'
import {
  isManagedByUs,
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  tagsOf,
  type WireBody,
} from '../../core/network.js'
import { containsJson } from '../../core/json.js'
import type { AppGatewaySpec } from './app-gateway-spec.js'

/** The names of what the step owns inside the gateway. */
export const PRIVATE_FRONTEND = 'appGwPrivateFrontendIp'
export const PUBLIC_FRONTEND = 'appGwPublicFrontendIp'
export const GATEWAY_IP_CONFIGURATION = 'appGatewayIpConfig'
export const PRIVATE_LINK_CONFIGURATION = 'private-link'

/**
 * What a new gateway starts with so that ARM accepts it and the private frontend is "in use by
 * a listener" (a Private Link target only then): a pool, settings, port, listener and rule on the
 * private frontend. AGIC replaces them with its own on its first sync; the port, pool and
 * settings carry AGIC's names for them, so nothing needs renaming. The step never writes them
 * again.
 */
const BOOTSTRAP = {
  port: 'fp-80',
  pool: 'defaultaddresspool',
  settings: 'defaulthttpsetting',
  listener: 'bootstrap-private-http',
  rule: 'bootstrap-private-http',
} as const

const STEP = 'provision-private-ingress'

/** A scalar as text for a reason, `?` when absent or not a scalar. */
function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '?'
}

function byName(list: unknown, name: string): WireBody | undefined {
  return Array.isArray(list)
    ? (list as WireBody[]).find(item => sameId(stringValue(item['name']), name))
    : undefined
}

function sub(gatewayId: string, collection: string, name: string): { id: string } {
  return { id: `${gatewayId}/${collection}/${name}` }
}

/**
 * A resource of the step's name that the step did not create (no `managed-by` tag) stops the run,
 * whether or not it happens to match: a gateway taken over would be rewritten by AGIC and its
 * identity granted Contributor on it; a WAF policy or public IP would be changed or put in front
 * of traffic it was not made for.
 */
export function refuseForeign(
  observed: WireBody | undefined,
  what: string,
  id: string,
  howToAvoid: string,
): void {
  if (observed === undefined || isManagedByUs(observed)) return
  throw new PreconditionError(
    `${STEP}: ${what} '${id}' exists but was not created by this step (no 'managed-by: ${MANAGED_BY_VALUE}' tag), and the step never takes over what it did not create. ${howToAvoid}, or tag it 'managed-by: ${MANAGED_BY_VALUE}' to hand it over.`,
  )
}

/** The WAF policy, prevention by default, with the inputs' rule set, exclusions and rules. */
export function wafPolicyBody(
  spec: AppGatewaySpec,
  location: string,
  observed: WireBody | undefined,
): WireBody {
  const o = propertiesOf(observed)
  const oSettings = (o['policySettings'] ?? {}) as Record<string, unknown>
  const oManaged = (o['managedRules'] ?? {}) as Record<string, unknown>
  const oSets = Array.isArray(oManaged['managedRuleSets'])
    ? (oManaged['managedRuleSets'] as WireBody[])
    : []
  // Rule group overrides someone tuned stay, as long as the rule set version stays.
  const sameSet = oSets.find(
    s =>
      sameId(stringValue(s['ruleSetType']), spec.waf.ruleSetType) &&
      s['ruleSetVersion'] === spec.waf.ruleSetVersion,
  )
  return {
    location: stringValue(observed?.['location']) ?? location,
    tags: { ...tagsOf(observed), [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    properties: {
      policySettings: {
        requestBodyCheck: true,
        maxRequestBodySizeInKb: 128,
        fileUploadLimitInMb: 100,
        ...withoutKeys(oSettings, ['state', 'mode']),
        state: 'Enabled',
        mode: spec.waf.mode,
      },
      managedRules: {
        ...withoutKeys(oManaged, ['managedRuleSets', 'exclusions']),
        managedRuleSets: [
          {
            ruleSetType: spec.waf.ruleSetType,
            ruleSetVersion: spec.waf.ruleSetVersion,
            ...(Array.isArray(sameSet?.['ruleGroupOverrides'])
              ? { ruleGroupOverrides: sameSet['ruleGroupOverrides'] }
              : {}),
          },
        ],
        exclusions: [...spec.waf.exclusions],
      },
      customRules: byPriority([...spec.waf.customRules]),
    },
  }
}

/** Custom rules by priority (unique per policy), the order ARM may return them in. */
function byPriority(rules: unknown): unknown {
  if (!Array.isArray(rules)) return rules
  const priority = (rule: unknown): number => {
    const p = (rule as Record<string, unknown> | null)?.['priority']
    return typeof p === 'number' ? p : Number.MAX_SAFE_INTEGER
  }
  return [...(rules as unknown[])].sort((a, b) => priority(a) - priority(b))
}

function withoutKeys(value: Record<string, unknown>, keys: readonly string[]): WireBody {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)))
}

/** What differs between the WAF policy as read and the inputs (empty: nothing to write). */
export function wafPolicyDifferences(spec: AppGatewaySpec, observed: WireBody): string[] {
  const o = propertiesOf(observed)
  const settings = (o['policySettings'] ?? {}) as Record<string, unknown>
  const managed = (o['managedRules'] ?? {}) as Record<string, unknown>
  const sets = Array.isArray(managed['managedRuleSets'])
    ? (managed['managedRuleSets'] as WireBody[])
    : []
  const differences: string[] = []
  if (settings['state'] !== 'Enabled') differences.push('state → Enabled')
  if (settings['mode'] !== spec.waf.mode) {
    differences.push(`mode ${shown(settings['mode'])} → ${spec.waf.mode}`)
  }
  const set = sets[0]
  if (
    sets.length !== 1 ||
    !sameId(stringValue(set?.['ruleSetType']), spec.waf.ruleSetType) ||
    set?.['ruleSetVersion'] !== spec.waf.ruleSetVersion
  ) {
    differences.push(`rule set → ${spec.waf.ruleSetType} ${spec.waf.ruleSetVersion}`)
  }
  // ARM adds defaults (a rule's state, etags): what the inputs say must be there, and no more.
  if (!containsJson(managed['exclusions'] ?? [], spec.waf.exclusions)) {
    differences.push('exclusions')
  }
  if (!containsJson(byPriority(o['customRules'] ?? []), byPriority(spec.waf.customRules))) {
    differences.push('custom rules')
  }
  return differences
}

/** The Standard static public IP a v2 gateway's public frontend needs. */
export function publicIpBody(spec: AppGatewaySpec, location: string): WireBody {
  return {
    location,
    tags: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    sku: { name: 'Standard', tier: 'Regional' },
    ...(spec.zones.length > 0 ? { zones: [...spec.zones] } : {}),
    properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
  }
}

function desiredFrontends(spec: AppGatewaySpec): WireBody[] {
  return [
    {
      name: PRIVATE_FRONTEND,
      properties: {
        privateIPAddress: spec.privateFrontendIp,
        privateIPAllocationMethod: 'Static',
        subnet: { id: spec.subnet.id },
        ...(spec.privateLink
          ? {
              privateLinkConfiguration: sub(
                spec.id,
                'privateLinkConfigurations',
                PRIVATE_LINK_CONFIGURATION,
              ),
            }
          : {}),
      },
    },
    ...(spec.privateOnly
      ? []
      : [{ name: PUBLIC_FRONTEND, properties: { publicIPAddress: { id: spec.publicIpId } } }]),
  ]
}

function desiredPrivateLink(spec: AppGatewaySpec, plsSubnetId: string, count: number): WireBody {
  return {
    name: PRIVATE_LINK_CONFIGURATION,
    properties: {
      ipConfigurations: Array.from({ length: count }, (_, i) => ({
        name: `private-link-ip-${i + 1}`,
        properties: {
          privateIPAllocationMethod: 'Dynamic',
          subnet: { id: plsSubnetId },
          primary: i === 0,
        },
      })),
    },
  }
}

function autoscale(spec: AppGatewaySpec): WireBody {
  return { minCapacity: spec.minCapacity, maxCapacity: spec.maxCapacity }
}

/** A new gateway: what the step owns, plus the bootstrap listener on the private frontend. */
export function gatewayCreateBody(
  spec: AppGatewaySpec,
  location: string,
  plsSubnetId: string,
  linkIpCount: number,
): WireBody {
  const id = spec.id
  return {
    location,
    tags: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    ...(spec.zones.length > 0 ? { zones: [...spec.zones] } : {}),
    properties: {
      sku: { name: 'WAF_v2', tier: 'WAF_v2' },
      autoscaleConfiguration: autoscale(spec),
      gatewayIPConfigurations: [
        { name: GATEWAY_IP_CONFIGURATION, properties: { subnet: { id: spec.subnet.id } } },
      ],
      frontendIPConfigurations: desiredFrontends(spec),
      frontendPorts: [{ name: BOOTSTRAP.port, properties: { port: 80 } }],
      backendAddressPools: [{ name: BOOTSTRAP.pool, properties: {} }],
      backendHttpSettingsCollection: [
        {
          name: BOOTSTRAP.settings,
          properties: {
            port: 80,
            protocol: 'Http',
            cookieBasedAffinity: 'Disabled',
            requestTimeout: 30,
          },
        },
      ],
      httpListeners: [
        {
          name: BOOTSTRAP.listener,
          properties: {
            frontendIPConfiguration: sub(id, 'frontendIPConfigurations', PRIVATE_FRONTEND),
            frontendPort: sub(id, 'frontendPorts', BOOTSTRAP.port),
            protocol: 'Http',
          },
        },
      ],
      requestRoutingRules: [
        {
          name: BOOTSTRAP.rule,
          properties: {
            ruleType: 'Basic',
            priority: 20000,
            httpListener: sub(id, 'httpListeners', BOOTSTRAP.listener),
            backendAddressPool: sub(id, 'backendAddressPools', BOOTSTRAP.pool),
            backendHttpSettings: sub(id, 'backendHttpSettingsCollection', BOOTSTRAP.settings),
          },
        },
      ],
      ...(spec.privateLink
        ? { privateLinkConfigurations: [desiredPrivateLink(spec, plsSubnetId, linkIpCount)] }
        : {}),
      firewallPolicy: { id: spec.waf.id },
    },
  }
}

/** A resource's zones, sorted, as JSON (`[]` when it has none). */
export function sortedZones(body: WireBody | undefined): string {
  const zones = body?.['zones']
  return JSON.stringify(Array.isArray(zones) ? zones.map(String).sort() : [])
}

/**
 * What differs between the gateway as read and what the step owns in it: SKU, autoscale
 * bounds, its subnet, the frontends it needs, the Private Link configuration and the WAF policy
 * link. Listeners, pools, settings, probes, rules, redirects, path maps and certificates are
 * AGIC's and never compared. Empty: nothing to write.
 */
export function gatewayDifferences(
  spec: AppGatewaySpec,
  observed: WireBody,
  plsSubnetId: string,
  linkIpCount: number,
): string[] {
  const o = propertiesOf(observed)
  const differences: string[] = []
  if (spec.zones.length > 0 && sortedZones(observed) !== JSON.stringify([...spec.zones])) {
    throw new PreconditionError(
      `${STEP}: Application Gateway '${spec.id}' is in zones ${sortedZones(observed)}, not ${JSON.stringify(spec.zones)}; zones are set when a gateway is created and cannot change. Leave 'zones' out, or create the gateway anew.`,
    )
  }
  const sku = (o['sku'] ?? {}) as Record<string, unknown>
  if (sku['name'] !== 'WAF_v2' || sku['tier'] !== 'WAF_v2') {
    differences.push(`SKU ${shown(sku['name'])} → WAF_v2`)
  }
  const scale = (o['autoscaleConfiguration'] ?? {}) as Record<string, unknown>
  if (scale['minCapacity'] !== spec.minCapacity || scale['maxCapacity'] !== spec.maxCapacity) {
    differences.push(
      `autoscale ${shown(scale['minCapacity'])}–${shown(scale['maxCapacity'])} → ${spec.minCapacity}–${spec.maxCapacity}`,
    )
  }
  const ipConfigs = Array.isArray(o['gatewayIPConfigurations'])
    ? (o['gatewayIPConfigurations'] as WireBody[])
    : []
  if (
    ipConfigs.length !== 1 ||
    !sameId(referenceId(propertiesOf(ipConfigs[0])['subnet']), spec.subnet.id)
  ) {
    differences.push('gateway subnet')
  }
  for (const want of desiredFrontends(spec)) {
    const name = String(want['name'])
    const have = propertiesOf(byName(o['frontendIPConfigurations'], name))
    const w = propertiesOf(want)
    const same =
      have['privateIPAddress'] === w['privateIPAddress'] &&
      (w['privateIPAllocationMethod'] === undefined ||
        have['privateIPAllocationMethod'] === w['privateIPAllocationMethod']) &&
      sameRef(have['subnet'], w['subnet']) &&
      sameRef(have['publicIPAddress'], w['publicIPAddress']) &&
      sameRef(have['privateLinkConfiguration'], w['privateLinkConfiguration'])
    if (!same) differences.push(`frontend ${name}`)
  }
  if (spec.privateLink) {
    const link = propertiesOf(byName(o['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION))
    const ips = Array.isArray(link['ipConfigurations'])
      ? (link['ipConfigurations'] as WireBody[])
      : []
    // Private Link IPs can be added, not taken away while endpoints use them.
    if (
      ips.length < linkIpCount ||
      !ips.every(ip => sameId(referenceId(propertiesOf(ip)['subnet']), plsSubnetId))
    ) {
      differences.push('Private Link configuration')
    }
  }
  if (!sameId(referenceId(o['firewallPolicy']), spec.waf.id)) differences.push('WAF policy link')
  return differences
}

function sameRef(a: unknown, b: unknown): boolean {
  const x = referenceId(a)
  const y = referenceId(b)
  return x === undefined ? y === undefined : sameId(x, y)
}

/** Keys ARM computes: never sent back. */
const READ_ONLY = new Set(['provisioningState', 'etag', 'resourceGuid'])
const READ_ONLY_GATEWAY = new Set([
  'operationalState',
  'privateEndpointConnections',
  'defaultPredefinedSslPolicy',
])

/** The body as read, without what ARM computes (and a sub-resource's `type`). */
function withoutReadOnly(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map(v => withoutReadOnly(v, depth + 1))
  if (value === null || typeof value !== 'object') return value
  const object = value as Record<string, unknown>
  const isSubResource = depth > 0 && typeof object['name'] === 'string'
  return Object.fromEntries(
    Object.entries(object)
      .filter(([k]) => !READ_ONLY.has(k) && !(isSubResource && k === 'type'))
      .map(([k, v]) => [k, withoutReadOnly(v, depth + 1)]),
  )
}

/**
 * A managed identity as it is sent back: its type and the user-assigned identities' keys (ARM
 * computes their principal and client IDs, the system identity's principal and tenant).
 */
export function identityToSend(identity: unknown): WireBody | undefined {
  if (identity === null || typeof identity !== 'object') return undefined
  const { type, userAssignedIdentities } = identity as Record<string, unknown>
  return {
    ...(type !== undefined ? { type } : {}),
    ...(userAssignedIdentities !== null && typeof userAssignedIdentities === 'object'
      ? {
          userAssignedIdentities: Object.fromEntries(
            Object.keys(userAssignedIdentities).map(k => [k, {}]),
          ),
        }
      : {}),
  }
}

/** Replaces the items named like `mine` in `list` and appends the ones it lacks. */
function mergeByName(list: unknown, mine: readonly WireBody[]): WireBody[] {
  const theirs = Array.isArray(list) ? (list as WireBody[]) : []
  const merged = theirs.map(
    item => mine.find(m => sameId(String(m['name']), String(item['name']))) ?? item,
  )
  for (const m of mine) {
    if (!theirs.some(item => sameId(String(item['name']), String(m['name'])))) merged.push(m)
  }
  return merged
}

/**
 * The update PUT: the whole gateway as read (AGIC's listeners, pools, rules, certificates, its
 * managed identity for Key Vault certificates, every other setting), with only what the step owns
 * set to the inputs. Only for a gateway the step created (`refuseForeign` comes first).
 */
export function gatewayUpdateBody(
  spec: AppGatewaySpec,
  observed: WireBody,
  plsSubnetId: string,
  linkIpCount: number,
): WireBody {
  const o = withoutReadOnly(propertiesOf(observed)) as Record<string, unknown>
  const props = Object.fromEntries(Object.entries(o).filter(([k]) => !READ_ONLY_GATEWAY.has(k)))
  const existingLink = propertiesOf(
    byName(props['privateLinkConfigurations'], PRIVATE_LINK_CONFIGURATION),
  )
  const existingIps = Array.isArray(existingLink['ipConfigurations'])
    ? (existingLink['ipConfigurations'] as WireBody[])
    : []
  const link =
    existingIps.length >= linkIpCount &&
    existingIps.every(ip => sameId(referenceId(propertiesOf(ip)['subnet']), plsSubnetId))
      ? { name: PRIVATE_LINK_CONFIGURATION, properties: { ipConfigurations: existingIps } }
      : desiredPrivateLink(spec, plsSubnetId, Math.max(linkIpCount, existingIps.length))
  const ipConfig = Array.isArray(props['gatewayIPConfigurations'])
    ? (props['gatewayIPConfigurations'] as WireBody[])[0]
    : undefined
  const identity = identityToSend(observed['identity'])
  return {
    location: observed['location'],
    tags: { ...tagsOf(observed), [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    ...(Array.isArray(observed['zones']) ? { zones: observed['zones'] } : {}),
    ...(identity ? { identity } : {}),
    properties: {
      ...props,
      // The SKU as read (its family, say), WAF_v2; the autoscale bounds replace a fixed capacity.
      sku: {
        ...withoutKeys((props['sku'] ?? {}) as Record<string, unknown>, ['capacity']),
        name: 'WAF_v2',
        tier: 'WAF_v2',
      },
      autoscaleConfiguration: autoscale(spec),
      gatewayIPConfigurations: [
        {
          name: stringValue(ipConfig?.['name']) ?? GATEWAY_IP_CONFIGURATION,
          properties: { ...propertiesOf(ipConfig), subnet: { id: spec.subnet.id } },
        },
      ],
      frontendIPConfigurations: mergeByName(
        props['frontendIPConfigurations'],
        desiredFrontends(spec),
      ),
      ...(spec.privateLink
        ? { privateLinkConfigurations: mergeByName(props['privateLinkConfigurations'], [link]) }
        : {}),
      firewallPolicy: { id: spec.waf.id },
    },
  }
}

/** The ETag the gateway (or cluster) was read with: the update's `If-Match`. */
export function etagOf(body: WireBody | undefined): string | undefined {
  return stringValue(body?.['etag']) ?? stringValue(body?.['eTag'])
}
