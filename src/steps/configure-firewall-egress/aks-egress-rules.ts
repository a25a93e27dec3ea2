/**
 * The AKS egress rules as Azure Firewall Policy rule collections, in ARM's wire format
 * (Microsoft.Network api-version 2026-01-01, `FirewallPolicyRuleCollectionGroup.properties.
 * ruleCollections`). Pure data: every FQDN, port and service tag comes from the project's
 * reference, `shared/reference/aks-networking.md` section 5 (5.1-5.9, 5.12, 5.13), which
 * copies `aks-docs:outbound-rules-control-egress.md` (ms.date 2026-06-18).
 */
import { parseChoice } from '../../core/inputs/choice.js'
import { parseListOf } from '../../core/inputs/list.js'
import type { Parser } from '../../core/inputs/parsed.js'
import { ok } from '../../core/inputs/parsed.js'

// Wire types. `type` aliases rather than interfaces so the values stay assignable to the
// plain JSON bodies (`Record<string, unknown>`) that plans carry.

/** ARM's enum lists Http and Https; it is modelled as a string and Azure Firewall takes Mssql. */
export type WireApplicationProtocolType = 'Http' | 'Https' | 'Mssql'

export type WireApplicationProtocol = {
  protocolType: WireApplicationProtocolType
  /** 0-64000 in ARM's spec. */
  port: number
}

export type WireApplicationRule = {
  ruleType: 'ApplicationRule'
  name: string
  sourceAddresses: string[]
  protocols: WireApplicationProtocol[]
  targetFqdns?: string[]
  fqdnTags?: string[]
}

export type WireNetworkProtocol = 'TCP' | 'UDP' | 'ICMP' | 'Any'

export type WireNetworkRule = {
  ruleType: 'NetworkRule'
  name: string
  ipProtocols: WireNetworkProtocol[]
  sourceAddresses: string[]
  /** IP addresses, CIDR ranges, service tags or `*`. */
  destinationAddresses?: string[]
  /** Needs DNS proxy on the policy, so Standard or Premium; no wildcards. */
  destinationFqdns?: string[]
  destinationPorts: string[]
}

export type WireRule = WireApplicationRule | WireNetworkRule

export type WireRuleCollection = {
  ruleCollectionType: 'FirewallPolicyFilterRuleCollection'
  name: string
  /** 100-65000, unique within the group; lower runs first. */
  priority: number
  action: { type: 'Allow' }
  rules: WireRule[]
}

export type EgressCloud = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud'

export const OPTIONAL_GROUPS = [
  'ubuntu-updates',
  'gpu',
  'windows',
  'azure-monitor',
  'defender',
  'azure-policy',
  'key-vault',
  'workload-identity',
  'cost-analysis',
  'cluster-extensions',
] as const
export type OptionalGroup = (typeof OPTIONAL_GROUPS)[number]

export type FirewallTier = 'Basic' | 'Standard' | 'Premium'

export interface AksEgressOptions {
  readonly cloud: EgressCloud
  /** The cluster's region as ARM spells it, like eastus2 (parseLocation's result). */
  readonly location: string
  readonly tier: FirewallTier
  readonly privateCluster: boolean
  /** The API server's public IP, for pods that call it by IP (5 general notes, 5.1). */
  readonly apiServerIp?: string
  /** Custom DNS servers of the cluster's VNet; empty for Azure DNS. */
  readonly customDnsServers: readonly string[]
  readonly optionalGroups: readonly OptionalGroup[]
  /** The cluster subnet prefixes; may be a single placeholder string. */
  readonly sourceAddresses: readonly string[]
}

export interface EgressRuleSet {
  ruleCollections: WireRuleCollection[]
  warnings: string[]
}

export const AKS_REQUIRED_APPLICATION_COLLECTION = 'aks-required-application'
export const AKS_REQUIRED_NETWORK_COLLECTION = 'aks-required-network'
export const AKS_OPTIONAL_GROUPS_COLLECTION = 'aks-optional-groups'
export const AKS_OPTIONAL_NETWORK_COLLECTION = 'aks-optional-network'
type AksCollectionName =
  | typeof AKS_REQUIRED_APPLICATION_COLLECTION
  | typeof AKS_REQUIRED_NETWORK_COLLECTION
  | typeof AKS_OPTIONAL_GROUPS_COLLECTION
  | typeof AKS_OPTIONAL_NETWORK_COLLECTION

/** The priority of each collection this module builds (100-65000, unique in the group). */
export const AKS_COLLECTION_PRIORITIES: Readonly<Record<AksCollectionName, number>> = {
  [AKS_REQUIRED_APPLICATION_COLLECTION]: 200,
  [AKS_REQUIRED_NETWORK_COLLECTION]: 210,
  [AKS_OPTIONAL_GROUPS_COLLECTION]: 220,
  [AKS_OPTIONAL_NETWORK_COLLECTION]: 230,
}

/**
 * True for the collections this module builds (required and optional-group ones), ignoring
 * case as ARM names do; false for the user's extra ones and anything else.
 */
export function isAksRequiredCollection(name: string): boolean {
  return Object.hasOwn(AKS_COLLECTION_PRIORITIES, name.toLowerCase())
}

/**
 * Parses the optional-groups input: a newline or comma separated list, matched ignoring case.
 * The result has no duplicates and follows OPTIONAL_GROUPS order.
 */
export const parseOptionalGroups: Parser<OptionalGroup[]> = raw => {
  const parsed = parseListOf(raw, parseChoice(OPTIONAL_GROUPS))
  if (!parsed.ok) return parsed
  return ok(OPTIONAL_GROUPS.filter(group => parsed.value.includes(group)))
}

/** Builds the AKS rule collections, in priority order; empty collections are left out. */
export function aksEgressRuleCollections(options: AksEgressOptions): EgressRuleSet {
  if (options.sourceAddresses.length === 0) {
    throw new Error('aksEgressRuleCollections: sourceAddresses must not be empty')
  }
  const warnings: string[] = []
  const optional = optionalGroupRules(options, warnings)
  const collections: WireRuleCollection[] = [
    aksCollection(AKS_REQUIRED_APPLICATION_COLLECTION, requiredApplicationRules(options)),
    aksCollection(AKS_REQUIRED_NETWORK_COLLECTION, requiredNetworkRules(options, warnings)),
    aksCollection(AKS_OPTIONAL_GROUPS_COLLECTION, optional.application),
    aksCollection(AKS_OPTIONAL_NETWORK_COLLECTION, optional.network),
  ]
  return { ruleCollections: collections.filter(c => c.rules.length > 0), warnings }
}

// --- Required rules (5.1-5.4, 5.9, 5.12, 5.13) ---------------------------------------------

const HTTPS_443: WireApplicationProtocol = { protocolType: 'Https', port: 443 }
const HTTP_80: WireApplicationProtocol = { protocolType: 'Http', port: 80 }

interface RequiredFqdns {
  /** Node to API server tunnel FQDNs; `{location}` is the cluster's region. */
  readonly tunnel: readonly string[]
  readonly other: readonly string[]
}

/** 5.2 (Azure Global), 5.3 (21Vianet), 5.4 (US Government); all HTTPS:443. */
const REQUIRED_FQDNS: Readonly<Record<EgressCloud, RequiredFqdns>> = {
  AzureCloud: {
    tunnel: ['*.hcp.{location}.azmk8s.io'],
    other: [
      'mcr.microsoft.com',
      '*.data.mcr.microsoft.com',
      'mcr-0001.mcr-msedge.net',
      'management.azure.com',
      'login.microsoftonline.com',
      'packages.microsoft.com',
      'acs-mirror.azureedge.net',
      'packages.aks.azure.com',
    ],
  },
  AzureChinaCloud: {
    tunnel: [
      '*.hcp.{location}.cx.prod.service.azk8s.cn',
      '*.tun.{location}.cx.prod.service.azk8s.cn',
    ],
    other: [
      'mcr.microsoft.com',
      '*.data.mcr.microsoft.com',
      'management.chinacloudapi.cn',
      'login.chinacloudapi.cn',
      'packages.microsoft.com',
      '*.azk8s.cn',
      'mcr.azure.cn',
      '*.data.mcr.azure.cn',
    ],
  },
  AzureUSGovernment: {
    tunnel: ['*.hcp.{location}.cx.aks.containerservice.azure.us'],
    other: [
      'mcr.microsoft.com',
      '*.data.mcr.microsoft.com',
      'management.usgovcloudapi.net',
      'login.microsoftonline.us',
      'packages.microsoft.com',
      'acs-mirror.azureedge.net',
      'packages.aks.azure.com',
    ],
  },
}

function requiredApplicationRules(options: AksEgressOptions): WireRule[] {
  const fqdns = REQUIRED_FQDNS[options.cloud]
  // The reference says the public cloud's `*.hcp.<location>.azmk8s.io` isn't needed for private
  // clusters (their nodes reach the API server over the private path). It gives no private
  // exemption for 21Vianet or US Government; we apply the same reasoning there and drop their
  // tunnel FQDNs (`*.hcp.…` and China's `*.tun.…`) for private clusters too.
  const tunnel = options.privateCluster ? [] : fqdns.tunnel
  return [
    // 5.9: the AKS tutorial's FQDN-tag rule uses http=80 and https=443.
    applicationRule(options, 'aks-fqdn-tag', [HTTP_80, HTTPS_443], {
      fqdnTags: ['AzureKubernetesService'],
    }),
    applicationRule(options, 'aks-required-fqdns', [HTTPS_443], {
      targetFqdns: [...tunnel, ...fqdns.other].map(fqdn => atLocation(fqdn, options.location)),
    }),
  ]
}

function requiredNetworkRules(options: AksEgressOptions, warnings: string[]): WireRule[] {
  const rules: WireRule[] = []
  if (!options.privateCluster) {
    // 5.1 / 5.3 / 5.4: the node to control-plane tunnel, to the region's AzureCloud service tag.
    const regionTag = [`AzureCloud.${options.location}`]
    rules.push(
      networkRule(options, 'aks-tunnel-udp-1194', ['UDP'], { destinationAddresses: regionTag }, [
        '1194',
      ]),
      networkRule(options, 'aks-tunnel-tcp-9000', ['TCP'], { destinationAddresses: regionTag }, [
        '9000',
      ]),
    )
    if (options.cloud === 'AzureChinaCloud') {
      rules.push(
        networkRule(options, 'aks-tunnel-tcp-22', ['TCP'], { destinationAddresses: regionTag }, [
          '22',
        ]),
      )
    }
  }
  if (options.tier === 'Basic') {
    warnings.push(
      "Left out the NTP rule (UDP 123 to ntp.ubuntu.com): Azure Firewall Basic has no DNS proxy, so its network rules can't use FQDNs. Nodes provisioned after March 2021 don't need it; for older Linux nodes add a network rule for UDP 123 to an address destination (for example '*') in your extra network rules.",
    )
  } else {
    rules.push(
      networkRule(options, 'aks-ntp', ['UDP'], { destinationFqdns: ['ntp.ubuntu.com'] }, ['123']),
    )
  }
  if (options.apiServerIp !== undefined) {
    rules.push(
      networkRule(
        options,
        'aks-api-server',
        ['TCP'],
        { destinationAddresses: [options.apiServerIp] },
        ['443'],
      ),
    )
    warnings.push(
      options.privateCluster
        ? "Added the API server rule (TCP 443 to the given API server IP) although private clusters don't need it."
        : 'The API server IP can change during announced maintenance; update the API server rule when it does.',
    )
  }
  if (options.customDnsServers.length > 0) {
    rules.push(
      networkRule(
        options,
        'aks-custom-dns',
        ['UDP', 'TCP'],
        { destinationAddresses: [...options.customDnsServers] },
        ['53'],
      ),
    )
  }
  return rules
}

// --- Optional groups (5.5-5.8) ---------------------------------------------------------------

/** FQDNs of one group in one cloud, split by port. `{location}` is the cluster's region. */
interface GroupFqdns {
  readonly http?: readonly string[]
  readonly https?: readonly string[]
}

/** A group's FQDNs per cloud; a missing cloud has no entry in the reference. */
type GroupCatalog = Partial<Record<EgressCloud, GroupFqdns>>

function everyCloud(fqdns: GroupFqdns): GroupCatalog {
  return { AzureCloud: fqdns, AzureUSGovernment: fqdns, AzureChinaCloud: fqdns }
}

const OPTIONAL_GROUP_FQDNS: Readonly<Record<OptionalGroup, GroupCatalog>> = {
  // 5.5: listed once, not per cloud.
  'ubuntu-updates': everyCloud({
    http: ['security.ubuntu.com', 'azure.archive.ubuntu.com', 'changelogs.ubuntu.com'],
    https: ['snapshot.ubuntu.com'],
  }),
  // 5.6: listed once, not per cloud.
  gpu: everyCloud({ https: ['nvidia.github.io', 'us.download.nvidia.com', 'download.docker.com'] }),
  // 5.7: listed once, not per cloud.
  windows: everyCloud({
    http: ['*.mp.microsoft.com', 'www.msftconnecttest.com', 'ctldl.windowsupdate.com'],
    https: ['onegetcdn.azureedge.net', 'go.microsoft.com'],
  }),
  'azure-monitor': {
    AzureCloud: {
      https: [
        '*.ods.opinsights.azure.com',
        '*.oms.opinsights.azure.com',
        'dc.services.visualstudio.com',
        '*.in.applicationinsights.azure.com',
        '*.monitoring.azure.com',
        'login.microsoftonline.com',
        'global.handler.control.monitor.azure.com',
        '*.ingest.monitor.azure.com',
        '*.metrics.ingest.monitor.azure.com',
        '{location}.handler.control.monitor.azure.com',
      ],
    },
    AzureChinaCloud: {
      https: [
        '*.ods.opinsights.azure.cn',
        '*.oms.opinsights.azure.cn',
        'dc.services.visualstudio.com',
        '*.in.applicationinsights.azure.com',
        'global.handler.control.monitor.azure.cn',
        '{location}.handler.control.monitor.azure.cn',
        '*.ingest.monitor.azure.cn',
        '*.metrics.ingest.monitor.azure.cn',
      ],
    },
    AzureUSGovernment: {
      https: [
        '*.ods.opinsights.azure.us',
        '*.oms.opinsights.azure.us',
        'dc.services.visualstudio.com',
        '*.in.applicationinsights.azure.com',
        'global.handler.control.monitor.azure.us',
        '{location}.handler.control.monitor.azure.us',
        '*.ingest.monitor.azure.us',
        '*.metrics.ingest.monitor.azure.us',
      ],
    },
  },
  // The `*.cloud.defender.microsoft.com` row gives one value, not one per cloud: used for all.
  // No 21Vianet entry: Defender for Containers there retired on 2026-08-18 (see DEFENDER_CHINA).
  defender: {
    AzureCloud: {
      https: [
        'login.microsoftonline.com',
        '*.ods.opinsights.azure.com',
        '*.oms.opinsights.azure.com',
        '*.cloud.defender.microsoft.com',
      ],
    },
    AzureUSGovernment: {
      https: [
        'login.microsoftonline.us',
        '*.ods.opinsights.azure.us',
        '*.oms.opinsights.azure.us',
        '*.cloud.defender.microsoft.com',
      ],
    },
  },
  'azure-policy': {
    AzureCloud: {
      https: [
        'data.policy.core.windows.net',
        'store.policy.core.windows.net',
        'dc.services.visualstudio.com',
      ],
    },
    AzureChinaCloud: { https: ['data.policy.azure.cn', 'store.policy.azure.cn'] },
    AzureUSGovernment: { https: ['data.policy.azure.us', 'store.policy.azure.us'] },
  },
  // The public entry is listed as `vault.azure.net` without a wildcard, while vaults are
  // `<name>.vault.azure.net`: keep the listed name and add the wildcard, as Gov's entry has.
  'key-vault': {
    AzureCloud: { https: ['vault.azure.net', '*.vault.azure.net'] },
    AzureUSGovernment: { https: ['*.vault.usgovcloudapi.net'] },
  },
  'workload-identity': {
    AzureCloud: { https: ['login.microsoftonline.com'] },
    AzureChinaCloud: { https: ['login.chinacloudapi.cn'] },
    AzureUSGovernment: { https: ['login.microsoftonline.us'] },
  },
  'cost-analysis': {
    AzureCloud: { https: ['management.azure.com', 'login.microsoftonline.com'] },
    AzureChinaCloud: { https: ['management.chinacloudapi.cn', 'login.microsoftonline.cn'] },
    AzureUSGovernment: { https: ['management.usgovcloudapi.net', 'login.microsoftonline.us'] },
  },
  'cluster-extensions': {
    AzureCloud: {
      https: [
        '{location}.dp.kubernetesconfiguration.azure.com',
        'mcr.microsoft.com',
        '*.data.mcr.microsoft.com',
        'arcmktplaceprod.azurecr.io',
        'arcmktplaceprod.centralindia.data.azurecr.io',
        'arcmktplaceprod.japaneast.data.azurecr.io',
        'arcmktplaceprod.westus2.data.azurecr.io',
        'arcmktplaceprod.westeurope.data.azurecr.io',
        'arcmktplaceprod.eastus.data.azurecr.io',
        '*.ingestion.msftcloudes.com',
        '*.microsoftmetrics.com',
        'marketplaceapi.microsoft.com',
      ],
    },
    AzureUSGovernment: {
      https: [
        '{location}.dp.kubernetesconfiguration.azure.us',
        'mcr.microsoft.com',
        '*.data.mcr.microsoft.com',
      ],
    },
  },
}

const DEFENDER_CHINA =
  "Left out the 'defender' rules: Microsoft Defender for Containers in Microsoft Azure operated by 21Vianet retired on 2026-08-18 (no new onboarding since 2025-08-18)."

/** 5.8: Azure Monitor also needs TCP 443 to the AzureMonitor service tag. */
const AZURE_MONITOR_TAG = 'AzureMonitor'

function optionalGroupRules(
  options: AksEgressOptions,
  warnings: string[],
): { application: WireRule[]; network: WireRule[] } {
  const application: WireRule[] = []
  const network: WireRule[] = []
  for (const group of OPTIONAL_GROUPS.filter(g => options.optionalGroups.includes(g))) {
    const fqdns = OPTIONAL_GROUP_FQDNS[group][options.cloud]
    if (fqdns === undefined) {
      warnings.push(
        group === 'defender' && options.cloud === 'AzureChinaCloud'
          ? DEFENDER_CHINA
          : `Left out the '${group}' rules: the AKS egress reference lists no FQDNs for ${options.cloud}. Add what the feature needs as extra application rules.`,
      )
      continue
    }
    const http = (fqdns.http ?? []).map(fqdn => atLocation(fqdn, options.location))
    const https = (fqdns.https ?? []).map(fqdn => atLocation(fqdn, options.location))
    const mixed = http.length > 0 && https.length > 0
    if (http.length > 0) {
      const name = mixed ? `${group}-http` : group
      application.push(applicationRule(options, name, [HTTP_80], { targetFqdns: http }))
    }
    if (https.length > 0) {
      const name = mixed ? `${group}-https` : group
      application.push(applicationRule(options, name, [HTTPS_443], { targetFqdns: https }))
    }
    if (group === 'azure-monitor') {
      network.push(
        networkRule(options, group, ['TCP'], { destinationAddresses: [AZURE_MONITOR_TAG] }, [
          '443',
        ]),
      )
    }
  }
  return { application, network }
}

// --- Builders --------------------------------------------------------------------------------

function aksCollection(name: AksCollectionName, rules: WireRule[]): WireRuleCollection {
  return allowCollection(name, AKS_COLLECTION_PRIORITIES[name], rules)
}

/** A filter rule collection that allows `rules`. Exported for extra-rules.ts. */
export function allowCollection(
  name: string,
  priority: number,
  rules: WireRule[],
): WireRuleCollection {
  return {
    ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
    name,
    priority,
    action: { type: 'Allow' },
    rules,
  }
}

function applicationRule(
  options: AksEgressOptions,
  name: string,
  protocols: readonly WireApplicationProtocol[],
  target: { readonly targetFqdns: string[] } | { readonly fqdnTags: string[] },
): WireApplicationRule {
  return {
    ruleType: 'ApplicationRule',
    name,
    sourceAddresses: [...options.sourceAddresses],
    protocols: protocols.map(p => ({ ...p })),
    ...target,
  }
}

function networkRule(
  options: AksEgressOptions,
  name: string,
  ipProtocols: WireNetworkProtocol[],
  destination:
    { readonly destinationAddresses: string[] } | { readonly destinationFqdns: string[] },
  destinationPorts: string[],
): WireNetworkRule {
  return {
    ruleType: 'NetworkRule',
    name,
    ipProtocols,
    sourceAddresses: [...options.sourceAddresses],
    ...destination,
    destinationPorts,
  }
}

function atLocation(fqdn: string, location: string): string {
  return fqdn.replace('{location}', location)
}
