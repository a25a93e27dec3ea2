import { PreconditionError } from '../../core/errors.js'
import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  NETWORK_API_VERSION,
  propertiesOf,
  referenceId,
  subnetPutBody,
  tagsOf,
  type WireBody,
} from '../../core/network.js'
import { knownAfterApply, type ArmChange, type Plan, type RiskFlag } from '../../core/plan.js'
import { aksEgressRuleCollections, type FirewallTier } from './aks-egress-rules.js'
import { extraRuleCollections } from './extra-rules.js'
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

function idsEqual(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
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
    str(propertiesOf(first)['privateIPAddress']) ??
    str(propertiesOf(propertiesOf(firewall)['hubIPAddresses'] as WireBody)['privateIPAddress'])
  )
}

function subnetPrefixes(subnet: WireBody | undefined): string[] {
  const props = propertiesOf(subnet)
  const many = props['addressPrefixes']
  if (Array.isArray(many) && many.length > 0) return many.map(String)
  const one = str(props['addressPrefix'])
  return one ? [one] : []
}

function derive(spec: ConfigureFirewallEgressSpec, state: ConfigureFirewallEgressState): Derived {
  const location = spec.location ?? state.vnetLocation
  if (location === undefined) {
    throw new PreconditionError(
      `${STEP}: the region of the cluster's virtual network could not be read. Set 'location'.`,
    )
  }
  const target = spec.firewall
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
      str(propertiesOf(state.publicIp)['ipAddress']) ??
      (target.kind === 'create' || spec.offline
        ? knownAfterApply('firewall public IP')
        : undefined),
    sourceAddresses:
      spec.sourceAddresses ??
      (prefixes.length > 0 ? prefixes : [knownAfterApply('cluster subnet address prefixes')]),
    tier,
    dnsProxy: target.kind === 'create' ? target.dnsProxy : hubDnsProxy === true,
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
  const allocation = str(propertiesOf(observed)['publicIPAllocationMethod'])
  if (sku?.toLowerCase() !== 'standard' || allocation?.toLowerCase() !== 'static') {
    throw new PreconditionError(
      `${STEP}: public IP '${id}' exists as ${sku ?? '?'} ${allocation ?? '?'}; Azure Firewall needs a Standard static public IP, and the SKU cannot be changed in place. Delete it or set 'public-ip-name' to another name.`,
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
        {
          body: { location: d.location, tags: OWNED_TAGS, properties: ours },
        },
      ),
    ]
  }
  const props = propertiesOf(observed)
  const dns = (props['dnsSettings'] ?? {}) as Record<string, unknown>
  const same =
    (props['sku'] as { tier?: string } | undefined)?.tier === target.tier &&
    props['threatIntelMode'] === target.threatIntelMode &&
    (target.tier === 'Basic' || (dns['enableProxy'] ?? false) === target.dnsProxy)
  if (same) return [armChange(target.policyId, 'noop', 'Firewall Policy settings are as desired')]
  return [
    armChange(
      target.policyId,
      'update',
      `set the policy's tier, threat intelligence mode and DNS proxy, keeping its other settings`,
      {
        body: {
          location: observed['location'] ?? d.location,
          tags: { ...tagsOf(observed), ...OWNED_TAGS },
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

function planRuleCollectionGroup(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
  d: Derived,
): { change: ArmChange; warnings: string[] } {
  const aks = aksEgressRuleCollections({
    cloud: spec.cloud,
    location: d.location,
    tier: d.dnsProxy ? d.tier : 'Basic',
    privateCluster: spec.privateCluster,
    ...(spec.apiServerIp ? { apiServerIp: spec.apiServerIp } : {}),
    customDnsServers: spec.customDnsServers,
    optionalGroups: spec.optionalGroups,
    sourceAddresses: d.sourceAddresses,
  })
  const extra = extraRuleCollections(spec.extraApplicationRules, spec.extraNetworkRules, {
    tier: d.dnsProxy ? d.tier : 'Basic',
    defaultSourceAddresses: d.sourceAddresses,
  })
  if (extra.problems.length > 0) {
    throw new PreconditionError(
      `${STEP}: the extra rules cannot be used with this firewall: ${extra.problems.join('; ')}`,
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
        {
          body,
          flags,
          dependsOn,
        },
      ),
      warnings,
    }
  }
  const same =
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
          {
            body,
            flags,
            dependsOn,
          },
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

function sameIpConfiguration(observed: unknown, desired: WireBody): boolean {
  const o = propertiesOf(observed as WireBody)
  const want = propertiesOf(desired)
  return (
    idsEqual(referenceId(o['subnet']), referenceId(want['subnet'])) &&
    idsEqual(referenceId(o['publicIPAddress']), referenceId(want['publicIPAddress']))
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
  const ours = {
    sku: { name: 'AZFW_VNet', tier: target.tier },
    firewallPolicy: { id: target.policyId },
    ipConfigurations: [ipConfiguration('ipconfig', target.firewallSubnet.id, target.publicIpId)],
    ...(management ? { managementIpConfiguration: management } : {}),
  }
  const dependsOn = [
    target.publicIpId,
    ...(target.managementPublicIpId ? [target.managementPublicIpId] : []),
    target.policyId,
  ]
  const observed = state.firewall
  if (observed === undefined) {
    return [
      armChange(
        target.firewallId,
        'create',
        `Azure Firewall (${target.tier}) in '${target.firewallSubnet.parent?.name ?? '?'}/AzureFirewallSubnet' with the step's policy`,
        {
          body: { location: d.location, tags: OWNED_TAGS, properties: ours },
          dependsOn,
        },
      ),
    ]
  }
  const props = propertiesOf(observed)
  const configs = Array.isArray(props['ipConfigurations'])
    ? (props['ipConfigurations'] as unknown[])
    : []
  const same =
    (props['sku'] as { tier?: string } | undefined)?.tier === target.tier &&
    idsEqual(referenceId(props['firewallPolicy']), target.policyId) &&
    configs.length === 1 &&
    sameIpConfiguration(configs[0], ours.ipConfigurations[0] as WireBody) &&
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
  return [
    armChange(
      target.firewallId,
      'update',
      `set the firewall's SKU, policy and IP configuration, keeping its other settings`,
      {
        body: {
          location: observed['location'] ?? d.location,
          tags: { ...tagsOf(observed), ...OWNED_TAGS },
          ...(observed['zones'] ? { zones: observed['zones'] } : {}),
          properties: { ...writable(observed, FIREWALL_READ_ONLY), ...ours },
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
      `${STEP}: route table '${spec.routeTableId}' already has route '${conflicting.name}' for ${DEFAULT_PREFIX} (next hop ${conflicting.properties.nextHopType}). Remove it, or set 'route-table-name' to a table this step may own.`,
    )
  }
  const owned = current.filter(r => OWNED_ROUTE_NAMES.includes(r.name))
  const inPlace =
    owned.length === routes.length &&
    routes.every(want => owned.some(have => sameRoute(have, want))) &&
    tagsOf(existing)[MANAGED_BY_TAG] === MANAGED_BY_VALUE
  if (inPlace)
    return armChange(
      spec.routeTableId,
      'noop',
      `the routes to the firewall at ${d.firewallPrivateIp} are in place`,
    )
  const location = str(existing['location']) ?? d.location
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
      {
        body: { name: spec.clusterSubnet.name, properties: { routeTable } },
        dependsOn,
      },
    )
  }
  const currentId = referenceId(propertiesOf(state.clusterSubnet)['routeTable'])
  if (idsEqual(currentId, spec.routeTableId)) {
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
          planPublicIp(target.publicIpId, state.publicIp, d.location, 'outbound traffic'),
          ...(target.managementPublicIpId
            ? [
                planPublicIp(
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
