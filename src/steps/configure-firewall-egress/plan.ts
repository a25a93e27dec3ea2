import { PreconditionError } from '../../core/errors.js'
import {
  isManagedByUs,
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  NETWORK_API_VERSION,
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  subnetPutBody,
  type WireBody,
} from '../../core/network.js'
import { knownAfterApply, type ArmChange, type Plan, type RiskFlag } from '../../core/plan.js'
import {
  aksEgressRuleCollections,
  isAksRequiredCollection,
  type FirewallTier,
} from './aks-egress-rules.js'
import {
  CUSTOM_APPLICATION_COLLECTION,
  CUSTOM_NETWORK_COLLECTION,
  extraRuleCollections,
} from './extra-rules.js'
import { configureFirewallEgressManifest } from './manifest.js'
import { ruleCollectionGroupId, type ConfigureFirewallEgressState } from './observe.js'
import {
  DEFAULT_PREFIX,
  OWNED_ROUTE_NAMES,
  desiredDefaultRoute,
  publicIpRoute,
  routesOf,
  routeTableBody,
  sameRoute,
  type RouteWire,
} from './route-table.js'
import { ruleCollectionsCover, ruleCollectionsWiden } from './rule-compare.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

const STEP = configureFirewallEgressManifest.name
const OWNED_TAGS = { [MANAGED_BY_TAG]: MANAGED_BY_VALUE }

/** Values that are only known once earlier changes are applied (or read, when not offline). */
interface Derived {
  readonly location: string
  readonly policyId: string
  readonly ruleCollectionGroupId: string
  readonly firewallPrivateIp: string
  readonly firewallPublicIp: string | undefined
  readonly sourceAddresses: readonly string[]
  readonly tier: FirewallTier
  readonly dnsProxy: boolean
}

function isSucceeded(body: WireBody | undefined): boolean {
  const state = propertiesOf(body)['provisioningState']
  return state === undefined || state === 'Succeeded'
}

/** The input's name as the host spells it, for messages. */
function input(spec: ConfigureFirewallEgressSpec, id: string): string {
  return `'${spec.inputNames[id] ?? id}'`
}

/**
 * The step changes only what it created (tagged `managed-by`). A resource that merely has the
 * step's name is left alone: the user renames the step's resource or tags theirs to hand it over.
 */
function refuseUnlessOurs(
  spec: ConfigureFirewallEgressSpec,
  observed: WireBody,
  id: string,
  what: string,
  nameInput: string,
): void {
  if (isManagedByUs(observed)) return
  throw new PreconditionError(
    `${STEP}: ${what} '${id}' exists but was not created by this step (it has no ${MANAGED_BY_TAG}: ${MANAGED_BY_VALUE} tag), and it differs from what the step needs, so the step will not change it. Set ${input(spec, nameInput)} to another name, or add that tag to let the step manage it.`,
  )
}

/** Drops the properties ARM computes, keeping everything a client may write back. */
function writable(
  body: WireBody | undefined,
  readOnly: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(propertiesOf(body)).filter(([k]) => !readOnly.includes(k)),
  )
}

function firewallPrivateIp(firewall: WireBody | undefined): string | undefined {
  const configs = propertiesOf(firewall)['ipConfigurations']
  const first = Array.isArray(configs) ? (configs[0] as WireBody | undefined) : undefined
  return (
    stringValue(propertiesOf(first)['privateIPAddress']) ??
    stringValue(
      propertiesOf(propertiesOf(firewall)['hubIPAddresses'] as WireBody)['privateIPAddress'],
    )
  )
}

function subnetPrefixes(subnet: WireBody | undefined): string[] {
  const props = propertiesOf(subnet)
  const many = props['addressPrefixes']
  if (Array.isArray(many) && many.length > 0) return many.map(String)
  const one = stringValue(props['addressPrefix'])
  return one ? [one] : []
}

function derive(spec: ConfigureFirewallEgressSpec, state: ConfigureFirewallEgressState): Derived {
  const location = spec.location ?? state.vnetLocation
  if (location === undefined) {
    throw new PreconditionError(
      `${STEP}: the region of the cluster's virtual network could not be read. Set ${input(spec, 'location')}.`,
    )
  }
  const vnetRegion = state.vnetLocation?.toLowerCase().replace(/\s/g, '')
  if (spec.location !== undefined && vnetRegion !== undefined && spec.location !== vnetRegion) {
    throw new PreconditionError(
      `${STEP}: ${input(spec, 'location')} is '${spec.location}', but the cluster's virtual network is in '${vnetRegion}'. The route table and the AKS rules must use the cluster's region: remove ${input(spec, 'location')} or set it to '${vnetRegion}'.`,
    )
  }
  const target = spec.firewall
  if (target.kind === 'hub' && state.firewall !== undefined && !isSucceeded(state.firewall)) {
    throw new PreconditionError(
      `${STEP}: the hub firewall '${target.firewallId}' is in state '${String(propertiesOf(state.firewall)['provisioningState'])}', not Succeeded, so no traffic is routed to it. Fix the firewall, then run the step again.`,
    )
  }
  const policyId =
    target.kind === 'create'
      ? target.policyId
      : (state.policyId ?? knownAfterApply('the hub firewall’s policy'))
  const prefixes = subnetPrefixes(state.clusterSubnet)
  const hubSku = propertiesOf(propertiesOf(state.firewall)['sku'] as WireBody)
  const tier: FirewallTier =
    target.kind === 'create'
      ? target.tier
      : ((['Basic', 'Standard', 'Premium'] as const).find(t => t === hubSku['tier']) ?? 'Standard')
  const hubDnsProxy = (
    propertiesOf(state.policy)['dnsSettings'] as { enableProxy?: boolean } | undefined
  )?.enableProxy
  return {
    location,
    policyId,
    ruleCollectionGroupId: ruleCollectionGroupId(policyId, spec.ruleCollectionGroupName),
    firewallPrivateIp: firewallPrivateIp(state.firewall) ?? knownAfterApply('firewall private IP'),
    firewallPublicIp:
      stringValue(propertiesOf(state.publicIp)['ipAddress']) ??
      (target.kind === 'create' || spec.offline
        ? knownAfterApply('firewall public IP')
        : undefined),
    sourceAddresses:
      spec.sourceAddresses ??
      (prefixes.length > 0 ? prefixes : [knownAfterApply('cluster subnet address prefixes')]),
    tier,
    // Offline, the hub policy is not read: its DNS proxy is assumed on, and checked at apply.
    dnsProxy:
      target.kind === 'create'
        ? target.dnsProxy
        : spec.offline && state.policy === undefined
          ? true
          : hubDnsProxy === true,
  }
}

function armChange(
  resourceId: string,
  action: ArmChange['action'],
  reason: string,
  extra: { body?: WireBody; flags?: RiskFlag[]; dependsOn?: string[] } = {},
): ArmChange {
  return {
    target: 'arm',
    action,
    resourceId,
    apiVersion: NETWORK_API_VERSION,
    ...(extra.body && action !== 'noop' ? { body: extra.body } : {}),
    reason,
    flags: extra.flags ?? [],
    ...(extra.dependsOn ? { dependsOn: extra.dependsOn } : {}),
  }
}

function planPublicIp(
  spec: ConfigureFirewallEgressSpec,
  id: string,
  observed: WireBody | undefined,
  location: string,
  purpose: string,
): ArmChange {
  if (observed === undefined) {
    return armChange(id, 'create', `Standard static public IP for the firewall's ${purpose}`, {
      body: {
        location,
        tags: OWNED_TAGS,
        sku: { name: 'Standard', tier: 'Regional' },
        properties: { publicIPAllocationMethod: 'Static', publicIPAddressVersion: 'IPv4' },
      },
    })
  }
  const sku = (observed['sku'] as { name?: string } | undefined)?.name
  const allocation = stringValue(propertiesOf(observed)['publicIPAllocationMethod'])
  if (sku?.toLowerCase() !== 'standard' || allocation?.toLowerCase() !== 'static') {
    throw new PreconditionError(
      `${STEP}: public IP '${id}' exists as ${sku ?? '?'} ${allocation ?? '?'}; Azure Firewall needs a Standard static public IP, and the SKU cannot be changed in place. Delete it or set ${input(spec, 'public-ip-name')} to another name.`,
    )
  }
  return armChange(id, 'noop', `Standard static public IP for the firewall's ${purpose} exists`)
}

const POLICY_READ_ONLY = [
  'provisioningState',
  'ruleCollectionGroups',
  'firewalls',
  'childPolicies',
  'size',
]

function planPolicy(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
  d: Derived,
): ArmChange[] {
  const target = spec.firewall
  if (target.kind !== 'create') return []
  const ours: Record<string, unknown> = {
    sku: { tier: target.tier },
    threatIntelMode: target.threatIntelMode,
    ...(target.tier === 'Basic' ? {} : { dnsSettings: { enableProxy: target.dnsProxy } }),
  }
  const observed = state.policy
  if (observed === undefined) {
    return [
      armChange(
        target.policyId,
        'create',
        `Firewall Policy (${target.tier}, threat intelligence ${target.threatIntelMode}${target.dnsProxy ? ', DNS proxy on' : ''})`,
        { body: { location: d.location, tags: OWNED_TAGS, properties: ours } },
      ),
    ]
  }
  const props = propertiesOf(observed)
  const dns = (props['dnsSettings'] ?? {}) as Record<string, unknown>
  const same =
    isSucceeded(observed) &&
    (props['sku'] as { tier?: string } | undefined)?.tier === target.tier &&
    props['threatIntelMode'] === target.threatIntelMode &&
    (target.tier === 'Basic' || (dns['enableProxy'] ?? false) === target.dnsProxy)
  if (same) return [armChange(target.policyId, 'noop', 'Firewall Policy settings are as desired')]
  refuseUnlessOurs(spec, observed, target.policyId, 'Firewall Policy', 'firewall-policy-name')
  return [
    armChange(
      target.policyId,
      'update',
      `set the policy's tier, threat intelligence mode and DNS proxy, keeping its other settings`,
      {
        body: {
          location: observed['location'] ?? d.location,
          ...(observed['tags'] ? { tags: observed['tags'] } : {}),
          properties: {
            ...writable(observed, POLICY_READ_ONLY),
            ...ours,
            ...(target.tier === 'Basic'
              ? {}
              : { dnsSettings: { ...dns, enableProxy: target.dnsProxy } }),
          },
        },
      },
    ),
  ]
}

const OWN_COLLECTION_NAMES = [CUSTOM_APPLICATION_COLLECTION, CUSTOM_NETWORK_COLLECTION]

/** A rule collection group holding collections the step never writes belongs to someone else. */
function foreignCollections(observed: WireBody | undefined): string[] {
  const collections = propertiesOf(observed)['ruleCollections']
  if (!Array.isArray(collections)) return []
  return (collections as { name?: unknown }[])
    .map(c => String(c.name))
    .filter(name => !isAksRequiredCollection(name) && !OWN_COLLECTION_NAMES.includes(name))
}

function planRuleCollectionGroup(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
  d: Derived,
): { change: ArmChange; warnings: string[] } {
  const fqdnTier: FirewallTier = d.dnsProxy ? d.tier : 'Basic'
  const aks = aksEgressRuleCollections({
    cloud: spec.cloud,
    location: d.location,
    tier: fqdnTier,
    privateCluster: spec.privateCluster,
    ...(spec.apiServerIp ? { apiServerIp: spec.apiServerIp } : {}),
    customDnsServers: spec.customDnsServers,
    optionalGroups: spec.optionalGroups,
    sourceAddresses: d.sourceAddresses,
  })
  const extra = extraRuleCollections(spec.extraApplicationRules, spec.extraNetworkRules, {
    tier: fqdnTier,
    defaultSourceAddresses: d.sourceAddresses,
  })
  if (extra.problems.length > 0) {
    const why =
      d.tier === 'Basic' ? 'the firewall is Basic' : 'the firewall policy has no DNS proxy'
    throw new PreconditionError(
      `${STEP}: ${input(spec, 'extra-network-rules')} cannot be used as given, because ${why}: ${extra.problems.join('; ')}`,
    )
  }
  const warnings = [...aks.warnings]
  if (!d.dnsProxy && d.tier !== 'Basic') {
    warnings.push('the policy’s DNS proxy is off, so no FQDNs are used in network rules.')
  }
  const ruleCollections = [...aks.ruleCollections, ...extra.ruleCollections]
  const body: WireBody = {
    properties: { priority: spec.ruleCollectionGroupPriority, ruleCollections },
  }
  const dependsOn = spec.firewall.kind === 'create' ? [d.policyId] : []
  const observed = state.ruleCollectionGroup
  const foreign = foreignCollections(observed)
  if (foreign.length > 0) {
    throw new PreconditionError(
      `${STEP}: rule collection group '${d.ruleCollectionGroupId}' holds collections this step does not write (${foreign.map(n => `'${n}'`).join(', ')}), so it belongs to someone else and is left alone. Set ${input(spec, 'rule-collection-group-name')} to a name of the step's own.`,
    )
  }
  const widens = ruleCollectionsWiden(
    extra.ruleCollections,
    propertiesOf(observed)['ruleCollections'],
  )
  const flags: RiskFlag[] = widens.length > 0 ? ['widens-egress'] : []
  const widening =
    widens.length > 0 ? `; adds or widens your rules ${widens.map(n => `'${n}'`).join(', ')}` : ''
  if (observed === undefined) {
    return {
      change: armChange(
        d.ruleCollectionGroupId,
        'create',
        `allow only what AKS needs (${ruleCollections.length} rule collections)${widening}`,
        { body, flags, dependsOn },
      ),
      warnings,
    }
  }
  const same =
    isSucceeded(observed) &&
    propertiesOf(observed)['priority'] === spec.ruleCollectionGroupPriority &&
    ruleCollectionsCover(ruleCollections, propertiesOf(observed)['ruleCollections'])
  return {
    change: same
      ? armChange(
          d.ruleCollectionGroupId,
          'noop',
          'the rule collection group already allows exactly what is desired',
        )
      : armChange(
          d.ruleCollectionGroupId,
          'update',
          `rewrite the step's rule collection group to the desired rules${widening}`,
          { body, flags, dependsOn },
        ),
    warnings,
  }
}

const FIREWALL_READ_ONLY = [
  'provisioningState',
  'ipGroups',
  'ipConfigurations',
  'managementIpConfiguration',
  'firewallPolicy',
  'sku',
]

function ipConfiguration(name: string, subnetId: string, publicIpId: string): WireBody {
  return { name, properties: { subnet: { id: subnetId }, publicIPAddress: { id: publicIpId } } }
}

/** An IP configuration as a client writes it (ARM adds the private IP and state). */
function writableIpConfiguration(config: WireBody): WireBody {
  const props = propertiesOf(config)
  return {
    name: config['name'],
    properties: {
      ...(props['subnet'] ? { subnet: { id: referenceId(props['subnet']) } } : {}),
      ...(props['publicIPAddress']
        ? { publicIPAddress: { id: referenceId(props['publicIPAddress']) } }
        : {}),
    },
  }
}

function sameIpConfiguration(observed: unknown, desired: WireBody): boolean {
  const o = propertiesOf(observed as WireBody)
  const want = propertiesOf(desired)
  return (
    sameId(referenceId(o['subnet']), referenceId(want['subnet'])) &&
    sameId(referenceId(o['publicIPAddress']), referenceId(want['publicIPAddress']))
  )
}

function planFirewall(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
  d: Derived,
): ArmChange[] {
  const target = spec.firewall
  if (target.kind !== 'create') return []
  const management =
    target.managementSubnet && target.managementPublicIpId
      ? ipConfiguration('management', target.managementSubnet.id, target.managementPublicIpId)
      : undefined
  const dependsOn = [
    target.publicIpId,
    ...(target.managementPublicIpId ? [target.managementPublicIpId] : []),
    target.policyId,
  ]
  const observed = state.firewall
  const own = ipConfiguration('ipconfig', target.firewallSubnet.id, target.publicIpId)
  const base = {
    sku: { name: 'AZFW_VNet', tier: target.tier },
    firewallPolicy: { id: target.policyId },
    ...(management ? { managementIpConfiguration: management } : {}),
  }
  if (observed === undefined) {
    return [
      armChange(
        target.firewallId,
        'create',
        `Azure Firewall (${target.tier}) in '${target.firewallSubnet.parent?.name ?? '?'}/AzureFirewallSubnet' with the step's policy`,
        {
          body: {
            location: d.location,
            tags: OWNED_TAGS,
            properties: { ...base, ipConfigurations: [own] },
          },
          dependsOn,
        },
      ),
    ]
  }
  const props = propertiesOf(observed)
  const configs = (
    Array.isArray(props['ipConfigurations']) ? props['ipConfigurations'] : []
  ) as WireBody[]
  // The step owns the configuration in its firewall subnet; other frontends (extra public IPs) stay.
  const ownIndex = configs.findIndex(c =>
    sameId(referenceId(propertiesOf(c)['subnet']), target.firewallSubnet.id),
  )
  const same =
    isSucceeded(observed) &&
    (props['sku'] as { tier?: string } | undefined)?.tier === target.tier &&
    sameId(referenceId(props['firewallPolicy']), target.policyId) &&
    ownIndex >= 0 &&
    sameIpConfiguration(configs[ownIndex], own) &&
    (management
      ? sameIpConfiguration(props['managementIpConfiguration'], management)
      : props['managementIpConfiguration'] === undefined)
  if (same)
    return [
      armChange(
        target.firewallId,
        'noop',
        'the firewall uses the step’s policy, subnet and public IP',
      ),
    ]
  refuseUnlessOurs(spec, observed, target.firewallId, 'Azure Firewall', 'firewall-name')
  const ipConfigurations =
    ownIndex >= 0
      ? configs.map((c, i) =>
          i === ownIndex ? { ...own, name: c['name'] ?? own['name'] } : writableIpConfiguration(c),
        )
      : [own, ...configs.map(writableIpConfiguration)]
  return [
    armChange(
      target.firewallId,
      'update',
      isSucceeded(observed)
        ? `set the firewall's SKU, policy and IP configuration, keeping its other frontends and settings`
        : `provision the firewall again (its last operation left it '${String(props['provisioningState'])}')`,
      {
        body: {
          location: observed['location'] ?? d.location,
          ...(observed['tags'] ? { tags: observed['tags'] } : {}),
          ...(observed['zones'] ? { zones: observed['zones'] } : {}),
          properties: { ...writable(observed, FIREWALL_READ_ONLY), ...base, ipConfigurations },
        },
        dependsOn,
      },
    ),
  ]
}

function planRouteTable(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
  d: Derived,
): ArmChange {
  const routes: RouteWire[] = [
    desiredDefaultRoute(d.firewallPrivateIp),
    ...(d.firewallPublicIp ? [publicIpRoute(d.firewallPublicIp)] : []),
  ]
  // Make before break: the default route moves to the firewall only once it and its rules exist.
  const dependsOn = [
    ...(spec.firewall.kind === 'create' ? [spec.firewall.firewallId] : []),
    d.ruleCollectionGroupId,
  ]
  const existing = state.routeTable
  const reason = `send the cluster subnet's outbound traffic (${DEFAULT_PREFIX}) to the firewall at ${d.firewallPrivateIp}${d.firewallPublicIp ? `, and the firewall's public IP ${d.firewallPublicIp}/32 straight to the Internet` : ''}`
  if (existing === undefined) {
    return armChange(spec.routeTableId, 'create', reason, {
      body: routeTableBody(d.location, undefined, routes),
      dependsOn,
    })
  }
  const current = routesOf(existing)
  const conflicting = current.find(
    r => !OWNED_ROUTE_NAMES.includes(r.name) && r.properties.addressPrefix === DEFAULT_PREFIX,
  )
  if (conflicting) {
    throw new PreconditionError(
      `${STEP}: route table '${spec.routeTableId}' already has route '${conflicting.name}' for ${DEFAULT_PREFIX} (next hop ${conflicting.properties.nextHopType}). Remove it, or set ${input(spec, 'route-table-name')} to a table this step may own.`,
    )
  }
  const owned = current.filter(r => OWNED_ROUTE_NAMES.includes(r.name))
  const inPlace =
    isSucceeded(existing) &&
    owned.length === routes.length &&
    routes.every(want => owned.some(have => sameRoute(have, want)))
  if (inPlace) {
    return armChange(
      spec.routeTableId,
      'noop',
      `the routes to the firewall at ${d.firewallPrivateIp} are in place`,
    )
  }
  refuseUnlessOurs(spec, existing, spec.routeTableId, 'Route table', 'route-table-name')
  const subnets = propertiesOf(existing)['subnets']
  const others = (Array.isArray(subnets) ? (subnets as WireBody[]) : [])
    .map(s => referenceId(s))
    .filter((id): id is string => id !== undefined && !sameId(id, spec.clusterSubnet.id))
  if (others.length > 0) {
    throw new PreconditionError(
      `${STEP}: route table '${spec.routeTableId}' is also associated with ${others.map(o => `'${o}'`).join(', ')}; changing its default route would reroute their traffic too. Set ${input(spec, 'route-table-name')} to a table for this cluster only.`,
    )
  }
  const location = stringValue(existing['location']) ?? d.location
  return armChange(spec.routeTableId, 'update', `${reason}, keeping the table's other routes`, {
    body: routeTableBody(location, existing, routes),
    dependsOn,
  })
}

function planSubnet(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): ArmChange {
  const routeTable = { id: spec.routeTableId }
  const dependsOn = [spec.routeTableId]
  if (state.clusterSubnet === undefined) {
    return armChange(
      spec.clusterSubnet.id,
      'update',
      'associate the route table with the cluster subnet; the subnet’s other properties are read at apply and kept as they are',
      { body: { name: spec.clusterSubnet.name, properties: { routeTable } }, dependsOn },
    )
  }
  const currentId = referenceId(propertiesOf(state.clusterSubnet)['routeTable'])
  if (sameId(currentId, spec.routeTableId)) {
    return armChange(
      spec.clusterSubnet.id,
      'noop',
      'the cluster subnet already uses the route table',
    )
  }
  return armChange(
    spec.clusterSubnet.id,
    'update',
    currentId === undefined
      ? 'associate the route table with the cluster subnet, keeping every other property'
      : `replace the subnet's route table '${currentId}' with the step's, keeping every other property`,
    {
      body: subnetPutBody(state.clusterSubnet, { routeTable }),
      flags: currentId === undefined ? [] : ['replaces-resource'],
      dependsOn,
    },
  )
}

/** The step's outputs as far as the state tells them. */
export function egressOutputs(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): Record<string, string> {
  const d = derive(spec, state)
  return {
    'firewall-private-ip': d.firewallPrivateIp,
    'firewall-public-ip': d.firewallPublicIp ?? '',
    'firewall-policy-id': d.policyId,
    'rule-collection-group-id': d.ruleCollectionGroupId,
    'route-table-id': spec.routeTableId,
  }
}

/**
 * Pure: public IPs and the policy first, then the firewall and the rule collection group, then
 * the route table, then the subnet. `dependsOn` records that order for apply, which runs
 * independent changes at the same time.
 */
export function planConfigureFirewallEgress(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): Plan {
  const d = derive(spec, state)
  const target = spec.firewall
  const rcg = planRuleCollectionGroup(spec, state, d)
  const changes: ArmChange[] = [
    ...(target.kind === 'create'
      ? [
          planPublicIp(spec, target.publicIpId, state.publicIp, d.location, 'outbound traffic'),
          ...(target.managementPublicIpId
            ? [
                planPublicIp(
                  spec,
                  target.managementPublicIpId,
                  state.managementPublicIp,
                  d.location,
                  'management traffic',
                ),
              ]
            : []),
        ]
      : []),
    ...planPolicy(spec, state, d),
    rcg.change,
    ...planFirewall(spec, state, d),
    planRouteTable(spec, state, d),
    planSubnet(spec, state),
  ]
  return { step: STEP, changes, outputs: egressOutputs(spec, state), warnings: rcg.warnings }
}
