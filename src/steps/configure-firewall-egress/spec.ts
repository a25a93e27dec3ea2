import type { CloudName, CommonSpec } from '../../core/common-inputs.js'
import {
  parseLocation,
  parseResourceGroupName,
  parseResourceName,
} from '../../core/inputs/azure-names.js'
import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseChoice } from '../../core/inputs/choice.js'
import { parseCidr } from '../../core/inputs/cidr.js'
import { parseIpv4 } from '../../core/inputs/ipv4.js'
import { parseListOf } from '../../core/inputs/list.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import {
  formatResourceId,
  parseResourceId,
  type ResourceId,
} from '../../core/inputs/resource-id.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { parseOptionalGroups, type FirewallTier, type OptionalGroup } from './aks-egress-rules.js'
import {
  parseExtraApplicationRules,
  parseExtraNetworkRules,
  type ExtraApplicationRuleInput,
  type ExtraNetworkRuleInput,
} from './extra-rules.js'
import { DEFAULTS, FIREWALL_TIERS, THREAT_INTEL_MODES } from './manifest.js'

export const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets'
export const FIREWALL_TYPE = 'Microsoft.Network/azureFirewalls'

export type ThreatIntelMode = (typeof THREAT_INTEL_MODES)[number]

/** Create mode: the step owns a firewall, its policy and public IP. Hub mode: an existing firewall. */
export type FirewallTarget =
  | {
      readonly kind: 'create'
      readonly firewallSubnet: ResourceId
      readonly managementSubnet: ResourceId | undefined
      readonly firewallId: string
      readonly policyId: string
      readonly publicIpId: string
      readonly managementPublicIpId: string | undefined
      readonly tier: FirewallTier
      readonly threatIntelMode: ThreatIntelMode
      readonly dnsProxy: boolean
    }
  | { readonly kind: 'hub'; readonly firewallId: string }

export interface ConfigureFirewallEgressSpec {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly clusterSubnet: ResourceId
  readonly location: string | undefined
  readonly offline: boolean
  readonly cloud: CloudName
  readonly firewall: FirewallTarget
  readonly ruleCollectionGroupName: string
  readonly ruleCollectionGroupPriority: number
  readonly privateCluster: boolean
  readonly apiServerIp: string | undefined
  readonly customDnsServers: readonly string[]
  readonly optionalGroups: readonly OptionalGroup[]
  readonly extraApplicationRules: readonly ExtraApplicationRuleInput[]
  readonly extraNetworkRules: readonly ExtraNetworkRuleInput[]
  readonly sourceAddresses: readonly string[] | undefined
  readonly routeTableName: string
  readonly routeTableId: string
  readonly allowEgressChanges: boolean
  readonly allowRouteTableReplacement: boolean
  /** Every input's name as the host spells it, for messages raised after parsing. */
  readonly inputNames: Readonly<Record<string, string>>
}

const parseName = (kind: string): ((raw: string) => Parsed<string>) =>
  parseResourceName(kind, { maxLength: 80 })

function parsePriority(raw: string): Parsed<number> {
  if (!/^\d+$/.test(raw)) return fail('must be a whole number from 100 to 65000, like 500')
  const value = Number(raw)
  return value >= 100 && value <= 65000
    ? ok(value)
    : fail('is outside 100–65000; use a whole number from 100 to 65000, like 500')
}

/** A source for firewall rules: an IPv4 address or CIDR (host bits clear), or `*`. */
function parseSource(raw: string): Parsed<string> {
  if (raw === '*') return ok(raw)
  if (!raw.includes('/')) return parseIpv4(raw)
  const cidr = parseCidr(raw)
  return cidr.ok ? ok(cidr.value.text) : cidr
}

function subnetNamed(name: string): (raw: string) => Parsed<ResourceId> {
  return raw => {
    const parsed = parseResourceId(SUBNET_TYPE)(raw)
    if (!parsed.ok) return parsed
    return parsed.value.name === name
      ? parsed
      : fail(
          `is a subnet named '${parsed.value.name}'; Azure Firewall needs its subnet to be named ${name}`,
        )
  }
}

function idIn(
  spec: { subscriptionId: string; resourceGroup: string },
  types: string[],
  names: string[],
): string {
  return formatResourceId({
    subscriptionId: spec.subscriptionId,
    resourceGroup: spec.resourceGroup,
    provider: 'Microsoft.Network',
    types,
    names,
  })
}

/**
 * In a shared hub policy every cluster needs its own group: the default names it after the
 * cluster's virtual network and subnet (at most 80 characters).
 */
export function defaultHubGroupName(clusterSubnet: ResourceId): string {
  const vnet = clusterSubnet.parent?.name ?? 'vnet'
  return `aks-egress-${vnet}-${clusterSubnet.name}`.slice(0, 80).replace(/[^A-Za-z0-9_]+$/, '')
}

/** Every input checked before any call; every problem reported together. */
export function parseConfigureFirewallEgressSpec(
  reader: SpecReader,
  common: CommonSpec,
): ConfigureFirewallEgressSpec {
  const resourceGroup = reader.required('resource-group', parseResourceGroupName)
  const clusterSubnet = reader.required('cluster-subnet-id', parseResourceId(SUBNET_TYPE))
  const firewallSubnet = reader.optional('firewall-subnet-id', subnetNamed('AzureFirewallSubnet'))
  const firewallRef = reader.optional('firewall-id', parseResourceId(FIREWALL_TYPE))
  const managementSubnet = reader.optional(
    'firewall-management-subnet-id',
    subnetNamed('AzureFirewallManagementSubnet'),
  )
  const location = reader.optional('location', parseLocation)
  const tier = reader.withDefault('firewall-sku', parseChoice(FIREWALL_TIERS))
  const threatIntelMode = reader.withDefault('threat-intel-mode', parseChoice(THREAT_INTEL_MODES))
  const dnsProxy = reader.withDefault('dns-proxy', parseBoolean)
  const firewallName = reader.withDefault('firewall-name', parseName('firewall'))
  const policyName = reader.withDefault('firewall-policy-name', parseName('firewall policy'))
  const publicIpName = reader.withDefault('public-ip-name', parseName('public IP'))
  const rcgName = reader.optional('rule-collection-group-name', parseName('rule collection group'))
  const rcgPriority = reader.withDefault('rule-collection-group-priority', parsePriority)
  const privateCluster = reader.withDefault('private-cluster', parseBoolean)
  const apiServerIp = reader.optional('api-server-ip', parseIpv4)
  const customDnsServers = reader.optional('custom-dns-servers', raw => parseListOf(raw, parseIpv4))
  const optionalGroups = reader.optional('optional-groups', parseOptionalGroups)
  const extraApplication = reader.optional('extra-application-rules', parseExtraApplicationRules)
  const extraNetwork = reader.optional('extra-network-rules', parseExtraNetworkRules)
  const sourceAddresses = reader.optional('source-addresses', raw => parseListOf(raw, parseSource))
  const routeTableName = reader.withDefault('route-table-name', parseName('route table'))
  const allowEgressChanges = reader.withDefault('allow-egress-changes', parseBoolean)
  const allowRouteTableReplacement = reader.withDefault(
    'allow-route-table-replacement',
    parseBoolean,
  )

  if (
    clusterSubnet &&
    common.subscriptionId &&
    clusterSubnet.subscriptionId !== common.subscriptionId.toLowerCase()
  ) {
    reader.problem(
      'cluster-subnet-id',
      clusterSubnet.id,
      `is in subscription ${clusterSubnet.subscriptionId}, but '${reader.name('subscription-id')}' is ${common.subscriptionId}: a route table can only be associated with subnets in its own subscription. Run the step in the cluster subnet's subscription.`,
    )
  }
  if (managementSubnet && tier !== 'Basic') {
    reader.warn(
      `'${reader.name('firewall-management-subnet-id')}' is only used with '${reader.name('firewall-sku')}: Basic' and is ignored.`,
    )
  }
  if (
    reader.isSet('firewall-subnet-id') &&
    extraNetwork?.some(rule => rule.destinationFqdns !== undefined) &&
    (tier === 'Basic' || dnsProxy === false)
  ) {
    reader.problem(
      'extra-network-rules',
      undefined,
      tier === 'Basic'
        ? `uses destination-fqdns, which a Basic firewall cannot use in network rules; use destination-addresses, or '${reader.name('firewall-sku')}: Standard'.`
        : `uses destination-fqdns, which need the policy's DNS proxy; set '${reader.name('dns-proxy')}: true' or use destination-addresses.`,
    )
  }
  const hasSubnet = reader.isSet('firewall-subnet-id')
  const hasFirewall = reader.isSet('firewall-id')
  if (hasSubnet === hasFirewall) {
    reader.problem(
      hasSubnet ? 'firewall-id' : 'firewall-subnet-id',
      undefined,
      hasSubnet
        ? `cannot be combined with '${reader.name('firewall-subnet-id')}': give '${reader.name('firewall-subnet-id')}' to create a firewall, or '${reader.name('firewall-id')}' to use an existing hub firewall.`
        : `or '${reader.name('firewall-id')}' is required: give the AzureFirewallSubnet to create a firewall in, or an existing hub firewall.`,
    )
  }
  if (hasSubnet && tier === 'Basic') {
    if (!reader.isSet('firewall-management-subnet-id')) {
      reader.problem(
        'firewall-management-subnet-id',
        undefined,
        `is required with '${reader.name('firewall-sku')}: Basic': a Basic firewall needs a subnet named AzureFirewallManagementSubnet for its management traffic.`,
      )
    }
    if (reader.isSet('dns-proxy') && dnsProxy === true) {
      reader.warn(
        `'${reader.name('dns-proxy')}' is ignored: a Basic firewall policy has no DNS proxy.`,
      )
    }
    if (threatIntelMode !== undefined && threatIntelMode !== 'Alert') {
      reader.problem(
        'threat-intel-mode',
        threatIntelMode,
        'must be Alert with a Basic firewall (Basic only alerts).',
      )
    }
  }
  if (hasFirewall) {
    const ignored = [
      'firewall-sku',
      'threat-intel-mode',
      'dns-proxy',
      'firewall-name',
      'firewall-policy-name',
      'public-ip-name',
      'firewall-management-subnet-id',
    ]
    const set = ignored.filter(id => reader.isSet(id)).map(id => `'${reader.name(id)}'`)
    if (set.length > 0) {
      reader.warn(
        `${set.join(', ')} only apply when the step creates its firewall, and are ignored with '${reader.name('firewall-id')}'.`,
      )
    }
  }
  if (common.offline && !reader.isSet('location')) {
    reader.problem(
      'location',
      undefined,
      'is required with offline: an offline plan cannot read the virtual network’s region. Give a region such as eastus2.',
    )
  }

  return reader.finish(() => {
    const base = { subscriptionId: common.subscriptionId ?? '', resourceGroup: resourceGroup ?? '' }
    const firewall: FirewallTarget =
      firewallRef !== undefined
        ? { kind: 'hub', firewallId: firewallRef.id }
        : {
            kind: 'create',
            firewallSubnet: firewallSubnet as ResourceId,
            managementSubnet: tier === 'Basic' ? managementSubnet : undefined,
            firewallId: idIn(base, ['azureFirewalls'], [firewallName ?? '']),
            policyId: idIn(base, ['firewallPolicies'], [policyName ?? '']),
            publicIpId: idIn(base, ['publicIPAddresses'], [publicIpName ?? '']),
            managementPublicIpId:
              tier === 'Basic'
                ? idIn(base, ['publicIPAddresses'], [`${publicIpName ?? ''}-mgmt`])
                : undefined,
            tier: tier ?? 'Standard',
            threatIntelMode: threatIntelMode ?? 'Alert',
            dnsProxy: tier === 'Basic' ? false : (dnsProxy ?? true),
          }
    return {
      ...base,
      clusterSubnet: clusterSubnet as ResourceId,
      location,
      offline: common.offline,
      cloud: common.cloud,
      firewall,
      ruleCollectionGroupName:
        rcgName ??
        (firewallRef !== undefined
          ? defaultHubGroupName(clusterSubnet as ResourceId)
          : DEFAULTS.ruleCollectionGroupName),
      ruleCollectionGroupPriority: rcgPriority ?? 500,
      privateCluster: privateCluster ?? false,
      apiServerIp,
      customDnsServers: customDnsServers ?? [],
      optionalGroups: optionalGroups ?? [],
      extraApplicationRules: extraApplication ?? [],
      extraNetworkRules: extraNetwork ?? [],
      sourceAddresses,
      routeTableName: routeTableName ?? '',
      routeTableId: idIn(base, ['routeTables'], [routeTableName ?? '']),
      allowEgressChanges: allowEgressChanges ?? false,
      allowRouteTableReplacement: allowRouteTableReplacement ?? false,
      inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
    }
  })
}
