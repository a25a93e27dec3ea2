import { describe, expect, it } from '@jest/globals'
import { PreconditionError } from '../../../../src/core/errors.js'
import { parseResourceId, type ResourceId } from '../../../../src/core/inputs/resource-id.js'
import type { ArmChange } from '../../../../src/core/plan.js'
import {
  offlineConfigureFirewallEgressState,
  type ConfigureFirewallEgressState,
} from '../../../../src/steps/configure-firewall-egress/observe.js'
import { planConfigureFirewallEgress } from '../../../../src/steps/configure-firewall-egress/plan.js'
import type { ConfigureFirewallEgressSpec } from '../../../../src/steps/configure-firewall-egress/spec.js'
import { route, routeTable, subnet } from '../../../builders/arm.js'
import {
  OTHER_ROUTE_TABLE_ID,
  ROUTE_TABLE_ID,
  SUB,
  SUBNET_ID,
  VNET_ID,
} from '../../../builders/ids.js'

const NET = `/subscriptions/${SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network`
const IDS = {
  firewall: `${NET}/azureFirewalls/fw`,
  policy: `${NET}/firewallPolicies/pol`,
  publicIp: `${NET}/publicIPAddresses/pip`,
  rcg: `${NET}/firewallPolicies/pol/ruleCollectionGroups/aks-egress`,
}

function id(text: string): ResourceId {
  const parsed = parseResourceId()(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

const spec: ConfigureFirewallEgressSpec = {
  subscriptionId: SUB,
  resourceGroup: 'rg-spoke',
  clusterSubnet: id(SUBNET_ID),
  location: undefined,
  offline: false,
  cloud: 'AzureCloud',
  firewall: {
    kind: 'create',
    firewallSubnet: id(`${VNET_ID}/subnets/AzureFirewallSubnet`),
    managementSubnet: undefined,
    firewallId: IDS.firewall,
    policyId: IDS.policy,
    publicIpId: IDS.publicIp,
    managementPublicIpId: undefined,
    tier: 'Standard',
    threatIntelMode: 'Alert',
    dnsProxy: true,
  },
  ruleCollectionGroupName: 'aks-egress',
  ruleCollectionGroupPriority: 500,
  privateCluster: false,
  apiServerIp: undefined,
  customDnsServers: [],
  optionalGroups: [],
  extraApplicationRules: [],
  extraNetworkRules: [],
  sourceAddresses: undefined,
  routeTableName: 'rt-aks-egress',
  routeTableId: ROUTE_TABLE_ID,
  allowEgressChanges: false,
  allowRouteTableReplacement: false,
  inputNames: {
    'public-ip-name': 'public-ip-name',
    'route-table-name': 'route-table-name',
    location: 'location',
  },
}

const firewall = {
  id: IDS.firewall,
  location: 'eastus2',
  properties: {
    sku: { name: 'AZFW_VNet', tier: 'Standard' },
    firewallPolicy: { id: IDS.policy },
    ipConfigurations: [
      {
        name: 'ipconfig',
        properties: {
          privateIPAddress: '10.241.0.4',
          subnet: { id: `${VNET_ID}/subnets/AzureFirewallSubnet` },
          publicIPAddress: { id: IDS.publicIp },
        },
      },
    ],
  },
}

const state = (
  overrides: Partial<ConfigureFirewallEgressState> = {},
): ConfigureFirewallEgressState => ({
  ...offlineConfigureFirewallEgressState(),
  vnetLocation: 'eastus2',
  clusterSubnet: subnet(),
  policyId: IDS.policy,
  ...overrides,
})

function byId(changes: readonly unknown[]): Map<string, ArmChange> {
  return new Map((changes as ArmChange[]).map(c => [c.resourceId, c]))
}

describe('planConfigureFirewallEgress (create mode)', () => {
  it('GIVEN nothing exists WHEN planned THEN IP and policy first, rules and firewall next, then route table and subnet, with dependencies', () => {
    const plan = planConfigureFirewallEgress(spec, state())
    expect(
      plan.changes.map(c => [
        (c as ArmChange).resourceId,
        c.action,
        (c as ArmChange).dependsOn ?? [],
      ]),
    ).toEqual([
      [IDS.publicIp, 'create', []],
      [IDS.policy, 'create', []],
      [IDS.rcg, 'create', [IDS.policy]],
      [IDS.firewall, 'create', [IDS.publicIp, IDS.policy]],
      [ROUTE_TABLE_ID, 'create', [IDS.firewall, IDS.rcg]],
      [SUBNET_ID, 'update', [ROUTE_TABLE_ID]],
    ])
    const routes = (
      byId(plan.changes).get(ROUTE_TABLE_ID)?.body?.['properties'] as { routes: unknown[] }
    ).routes
    expect(routes).toEqual([
      {
        name: 'default-via-firewall',
        properties: {
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '<known after apply: firewall private IP>',
        },
      },
      {
        name: 'firewall-public-ip-to-internet',
        properties: {
          addressPrefix: '<known after apply: firewall public IP>/32',
          nextHopType: 'Internet',
        },
      },
    ])
    expect(byId(plan.changes).get(IDS.firewall)?.body).toEqual({
      location: 'eastus2',
      tags: { 'managed-by': 'aks-secure-networking' },
      properties: {
        sku: { name: 'AZFW_VNet', tier: 'Standard' },
        firewallPolicy: { id: IDS.policy },
        ipConfigurations: [
          {
            name: 'ipconfig',
            properties: {
              subnet: { id: `${VNET_ID}/subnets/AzureFirewallSubnet` },
              publicIPAddress: { id: IDS.publicIp },
            },
          },
        ],
      },
    })
  })

  it('GIVEN the rule sources are not given WHEN planned THEN the rules allow only the cluster subnet’s prefixes', () => {
    const rcg = byId(planConfigureFirewallEgress(spec, state()).changes).get(IDS.rcg)
    const json = JSON.stringify(rcg?.body)
    expect(json).toContain('"sourceAddresses":["10.240.0.0/16"]')
    expect(json).not.toContain('"sourceAddresses":["*"]')
  })

  it('GIVEN an existing policy with other settings WHEN its DNS proxy is off THEN the update turns it on and keeps the rest', () => {
    const policy = {
      location: 'eastus2',
      tags: { owner: 'net', 'managed-by': 'aks-secure-networking' },
      properties: {
        provisioningState: 'Succeeded',
        sku: { tier: 'Standard' },
        threatIntelMode: 'Alert',
        dnsSettings: { servers: ['10.0.0.10'], enableProxy: false },
        insights: { isEnabled: true },
        ruleCollectionGroups: [{ id: IDS.rcg }],
      },
    }
    const change = byId(planConfigureFirewallEgress(spec, state({ policy })).changes).get(
      IDS.policy,
    )
    expect(change?.action).toBe('update')
    expect(change?.body).toEqual({
      location: 'eastus2',
      tags: { owner: 'net', 'managed-by': 'aks-secure-networking' },
      properties: {
        sku: { tier: 'Standard' },
        threatIntelMode: 'Alert',
        dnsSettings: { servers: ['10.0.0.10'], enableProxy: true },
        insights: { isEnabled: true },
      },
    })
  })

  it.each([
    ['policy', { policy: { properties: { sku: { tier: 'Premium' } } } }, 'firewall-policy-name'],
    ['firewall', { firewall: { properties: { sku: { tier: 'Premium' } } } }, 'firewall-name'],
    ['route table', { routeTable: routeTable([], {}) }, 'route-table-name'],
  ])(
    'GIVEN an existing %s the step did not create WHEN it would need changes THEN the step refuses and names the input to rename',
    (_what, observed, inputName) => {
      expect(() =>
        planConfigureFirewallEgress(
          { ...spec, inputNames: { [inputName]: inputName } },
          state(observed),
        ),
      ).toThrow(new RegExp(`was not created by this step[^]*Set '${inputName}' to another name`))
    },
  )

  it('GIVEN the step’s route table also serves another subnet WHEN its routes must change THEN it refuses instead of rerouting that subnet', () => {
    const shared = {
      ...routeTable([]),
      properties: { routes: [], subnets: [{ id: SUBNET_ID }, { id: `${VNET_ID}/subnets/other` }] },
    }
    expect(() => planConfigureFirewallEgress(spec, state({ routeTable: shared }))).toThrow(
      /is also associated with '.*\/subnets\/other'/,
    )
  })

  it('GIVEN the step’s firewall has another frontend IP WHEN its policy must change THEN the update keeps that frontend', () => {
    const extra = {
      name: 'extra',
      properties: { publicIPAddress: { id: `${NET}/publicIPAddresses/pip-2` } },
    }
    const ours = {
      ...firewall,
      tags: { 'managed-by': 'aks-secure-networking' },
      properties: {
        ...firewall.properties,
        firewallPolicy: { id: `${NET}/firewallPolicies/old` },
        ipConfigurations: [...firewall.properties.ipConfigurations, extra],
      },
    }
    const change = byId(planConfigureFirewallEgress(spec, state({ firewall: ours })).changes).get(
      IDS.firewall,
    )
    expect(change?.action).toBe('update')
    expect(
      (change?.body?.['properties'] as { ipConfigurations: unknown[] }).ipConfigurations,
    ).toEqual([
      {
        name: 'ipconfig',
        properties: {
          subnet: { id: `${VNET_ID}/subnets/AzureFirewallSubnet` },
          publicIPAddress: { id: IDS.publicIp },
        },
      },
      { name: 'extra', properties: { publicIPAddress: { id: `${NET}/publicIPAddresses/pip-2` } } },
    ])
  })

  it('GIVEN the step’s firewall ended Failed WHEN planned again THEN it is provisioned again before the route table', () => {
    const failed = {
      ...firewall,
      tags: { 'managed-by': 'aks-secure-networking' },
      properties: { ...firewall.properties, provisioningState: 'Failed' },
    }
    const plan = byId(planConfigureFirewallEgress(spec, state({ firewall: failed })).changes)
    expect(plan.get(IDS.firewall)?.action).toBe('update')
    expect(plan.get(ROUTE_TABLE_ID)?.dependsOn).toContain(IDS.firewall)
  })

  it('GIVEN a public IP of the wrong SKU WHEN planned THEN it refuses, since the SKU cannot change in place', () => {
    const publicIp = { sku: { name: 'Basic' }, properties: { publicIPAllocationMethod: 'Dynamic' } }
    expect(() => planConfigureFirewallEgress(spec, state({ publicIp }))).toThrow(PreconditionError)
    expect(() => planConfigureFirewallEgress(spec, state({ publicIp }))).toThrow(
      /set 'public-ip-name' to another name/,
    )
  })

  it('GIVEN the firewall exists WHEN planned THEN the route table gets its private IP and the public IP /32 to the Internet', () => {
    const publicIp = {
      sku: { name: 'Standard' },
      properties: { publicIPAllocationMethod: 'Static', ipAddress: '20.1.2.3' },
    }
    const plan = planConfigureFirewallEgress(spec, state({ firewall, publicIp }))
    expect(byId(plan.changes).get(IDS.firewall)?.action).toBe('noop')
    const routes = (
      byId(plan.changes).get(ROUTE_TABLE_ID)?.body?.['properties'] as {
        routes: { properties: Record<string, string> }[]
      }
    ).routes
    expect(
      routes.map(r => r.properties['nextHopIpAddress'] ?? r.properties['addressPrefix']),
    ).toEqual(['10.241.0.4', '20.1.2.3/32'])
    expect(plan.outputs).toMatchObject({
      'firewall-private-ip': '10.241.0.4',
      'firewall-public-ip': '20.1.2.3',
    })
  })

  it('GIVEN another route already owns 0.0.0.0/0 WHEN planned THEN refuse, naming the route', () => {
    const table = routeTable([route('to-internet', '0.0.0.0/0', 'Internet')])
    expect(() => planConfigureFirewallEgress(spec, state({ firewall, routeTable: table }))).toThrow(
      /already has route 'to-internet'/,
    )
  })

  it('GIVEN the subnet uses another route table WHEN planned THEN the association is flagged replaces-resource', () => {
    const plan = planConfigureFirewallEgress(
      spec,
      state({ clusterSubnet: subnet({ routeTable: { id: OTHER_ROUTE_TABLE_ID } }) }),
    )
    expect(byId(plan.changes).get(SUBNET_ID)?.flags).toEqual(['replaces-resource'])
  })

  it('GIVEN offline WHEN planned THEN every resource is created and unknown values are placeholders', () => {
    const plan = planConfigureFirewallEgress(
      { ...spec, offline: true, location: 'westeurope' },
      offlineConfigureFirewallEgressState(),
    )
    expect(plan.changes.map(c => c.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'create',
      'update',
    ])
    expect(JSON.stringify(byId(plan.changes).get(IDS.rcg)?.body)).toContain(
      '<known after apply: cluster subnet address prefixes>',
    )
  })
})

describe('planConfigureFirewallEgress (hub mode)', () => {
  const hubSpec: ConfigureFirewallEgressSpec = {
    ...spec,
    firewall: { kind: 'hub', firewallId: IDS.firewall },
  }

  it('GIVEN a hub firewall WHEN planned THEN only the rule collection group, route table and subnet change', () => {
    const plan = planConfigureFirewallEgress(
      hubSpec,
      state({ firewall, policy: { properties: { dnsSettings: { enableProxy: true } } } }),
    )
    expect(plan.changes.map(c => [(c as ArmChange).resourceId, c.action])).toEqual([
      [IDS.rcg, 'create'],
      [ROUTE_TABLE_ID, 'create'],
      [SUBNET_ID, 'update'],
    ])
  })

  it('GIVEN hub mode offline WHEN planned THEN the hub policy’s DNS proxy is assumed on, so NTP by FQDN is planned', () => {
    const plan = planConfigureFirewallEgress(
      { ...hubSpec, offline: true, location: 'eastus2' },
      offlineConfigureFirewallEgressState(),
    )
    const rcg = (plan.changes as ArmChange[]).find(c =>
      c.resourceId.endsWith('/ruleCollectionGroups/aks-egress'),
    )
    expect(JSON.stringify(rcg?.body)).toContain('ntp.ubuntu.com')
    expect(plan.warnings?.join(' ') ?? '').not.toMatch(/DNS proxy is off/)
  })

  it('GIVEN a hub policy without DNS proxy WHEN planned THEN no FQDN network rule is emitted and it says why', () => {
    const plan = planConfigureFirewallEgress(
      hubSpec,
      state({ firewall, policy: { properties: {} } }),
    )
    expect(JSON.stringify(byId(plan.changes).get(IDS.rcg)?.body)).not.toContain('destinationFqdns')
    expect(plan.warnings?.join(' ')).toMatch(/DNS proxy is off/)
  })
})
