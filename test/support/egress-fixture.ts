/** A spoke network in the ARM simulator and a host that runs the step against it. */
import type { ArmSimulator } from './arm-simulator/index.js'
import { recordingHost, type RecordingHost } from './recording-host.js'

export const SUB = '00000000-0000-4000-8000-0000000000aa'
export const RG = 'rg-spoke'
export const VNET_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`
export const SUBNET_ID = `${VNET_ID}/subnets/aks`
export const FW_SUBNET_ID = `${VNET_ID}/subnets/AzureFirewallSubnet`
export const NSG_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/networkSecurityGroups/nsg-aks`
const NET = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network`
export const IDS = {
  publicIp: `${NET}/publicIPAddresses/pip-fw-aks-egress`,
  policy: `${NET}/firewallPolicies/fwpol-aks-egress`,
  rcg: `${NET}/firewallPolicies/fwpol-aks-egress/ruleCollectionGroups/aks-egress`,
  firewall: `${NET}/azureFirewalls/fw-aks-egress`,
  routeTable: `${NET}/routeTables/rt-aks-egress`,
}

export const HUB_SUB = '00000000-0000-4000-8000-0000000000bb'
const HUB = `/subscriptions/${HUB_SUB}/resourceGroups/rg-hub/providers/Microsoft.Network`
export const HUB_IDS = {
  vnet: `${HUB}/virtualNetworks/vnet-hub`,
  firewallSubnet: `${HUB}/virtualNetworks/vnet-hub/subnets/AzureFirewallSubnet`,
  publicIp: `${HUB}/publicIPAddresses/pip-hub-fw`,
  policy: `${HUB}/firewallPolicies/fwpol-hub`,
  firewall: `${HUB}/azureFirewalls/fw-hub`,
  otherRcg: `${HUB}/firewallPolicies/fwpol-hub/ruleCollectionGroups/platform-rules`,
  rcg: `${HUB}/firewallPolicies/fwpol-hub/ruleCollectionGroups/aks-egress-spoke1`,
}

export const SUBNET_PROPERTIES = {
  addressPrefix: '10.240.0.0/16',
  networkSecurityGroup: { id: NSG_ID },
  serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
  privateEndpointNetworkPolicies: 'Disabled',
  privateLinkServiceNetworkPolicies: 'Enabled',
}

export function seedSpoke(sim: ArmSimulator): void {
  sim.seedResourceGroup(SUB, RG, 'eastus2')
  sim.seed(NSG_ID, { location: 'eastus2', properties: { securityRules: [] } })
  sim.seed(VNET_ID, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.240.0.0/12'] },
      subnets: [
        { name: 'aks', properties: SUBNET_PROPERTIES },
        { name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.241.0.0/26' } },
      ],
    },
  })
}

/** A hub with a firewall on a policy that already holds the platform team's rules. */
export function seedHub(sim: ArmSimulator): void {
  sim.seedResourceGroup(HUB_SUB, 'rg-hub', 'eastus2')
  sim.seed(HUB_IDS.vnet, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
      subnets: [{ name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.0.1.0/26' } }],
    },
  })
  sim.seed(HUB_IDS.publicIp, {
    location: 'eastus2',
    sku: { name: 'Standard', tier: 'Regional' },
    properties: { publicIPAllocationMethod: 'Static', ipAddress: '20.1.2.3' },
  })
  sim.seed(HUB_IDS.policy, {
    location: 'eastus2',
    properties: {
      sku: { tier: 'Premium' },
      threatIntelMode: 'Deny',
      dnsSettings: { enableProxy: true },
    },
  })
  sim.seed(HUB_IDS.otherRcg, {
    properties: {
      priority: 100,
      ruleCollections: [
        {
          ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
          name: 'platform',
          priority: 100,
          action: { type: 'Allow' },
          rules: [
            {
              ruleType: 'ApplicationRule',
              name: 'windows-update',
              sourceAddresses: ['*'],
              protocols: [{ protocolType: 'Https', port: 443 }],
              fqdnTags: ['WindowsUpdate'],
            },
          ],
        },
      ],
    },
  })
  sim.seed(HUB_IDS.firewall, {
    location: 'eastus2',
    properties: {
      sku: { name: 'AZFW_VNet', tier: 'Premium' },
      firewallPolicy: { id: HUB_IDS.policy },
      ipConfigurations: [
        {
          name: 'ipconfig',
          properties: {
            privateIPAddress: '10.0.1.4',
            subnet: { id: HUB_IDS.firewallSubnet },
            publicIPAddress: { id: HUB_IDS.publicIp },
          },
        },
      ],
    },
  })
}

export const CREATE_INPUTS = {
  'subscription-id': SUB,
  'resource-group': RG,
  'cluster-subnet-id': SUBNET_ID,
  'firewall-subnet-id': FW_SUBNET_ID,
}

export const HUB_INPUTS = {
  'subscription-id': SUB,
  'resource-group': RG,
  'cluster-subnet-id': SUBNET_ID,
  'firewall-id': HUB_IDS.firewall,
  'rule-collection-group-name': 'aks-egress-spoke1',
}

export function hostFor(sim: ArmSimulator, inputs: Record<string, string>): RecordingHost {
  return recordingHost({
    inputs,
    armEndpoint: sim.url,
    trustedCaPem: sim.caCertPem,
    credential: {
      kind: 'client-secret',
      tenantId: 'tenant-1',
      clientId: 'client-1',
      clientSecret: 'client-secret-value',
    },
  })
}

/** Request-log positions of requests to exactly this resource (not its children). */
export function requestsTo(sim: ArmSimulator, id: string, method?: string): number[] {
  return sim.requests
    .map((r, i) => ({ r, i }))
    .filter(
      ({ r }) =>
        r.path.toLowerCase() === id.toLowerCase() && (method === undefined || r.method === method),
    )
    .map(({ i }) => i)
}

export function bodiesSentTo(sim: ArmSimulator, id: string): unknown[] {
  return sim.requests
    .filter(r => r.method === 'PUT' && r.path.toLowerCase() === id.toLowerCase())
    .map(r => r.body)
}
