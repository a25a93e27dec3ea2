import { describe, expect, it } from '@jest/globals'
import { PreconditionError } from '../../../../src/core/errors.js'
import type { ArmChange } from '../../../../src/core/plan.js'
import type { ConfigureFirewallEgressState } from '../../../../src/steps/configure-firewall-egress/observe.js'
import { planConfigureFirewallEgress } from '../../../../src/steps/configure-firewall-egress/plan.js'
import type { ConfigureFirewallEgressSpec } from '../../../../src/steps/configure-firewall-egress/spec.js'
import { route, routeTable, subnet } from '../../../builders/arm.js'
import {
  NSG_ID,
  OTHER_ROUTE_TABLE_ID,
  ROUTE_TABLE_ID,
  SUB,
  SUBNET_ID,
  VNET_ID,
} from '../../../builders/ids.js'

const spec: ConfigureFirewallEgressSpec = {
  subscriptionId: SUB,
  resourceGroup: 'rg-spoke',
  clusterSubnet: {
    id: SUBNET_ID,
    subscriptionId: SUB,
    resourceGroup: 'rg-spoke',
    provider: 'Microsoft.Network',
    types: ['virtualNetworks', 'subnets'],
    names: ['vnet-spoke', 'aks'],
    type: 'Microsoft.Network/virtualNetworks/subnets',
    name: 'aks',
    parent: {
      id: VNET_ID,
      subscriptionId: SUB,
      resourceGroup: 'rg-spoke',
      provider: 'Microsoft.Network',
      types: ['virtualNetworks'],
      names: ['vnet-spoke'],
      type: 'Microsoft.Network/virtualNetworks',
      name: 'vnet-spoke',
    },
  },
  nextHopIp: '10.0.1.4',
  routeTableName: 'rt-aks-egress',
  routeTableId: ROUTE_TABLE_ID,
  location: undefined,
  offline: false,
  allowRouteTableReplacement: false,
}

const state = (overrides: Partial<ConfigureFirewallEgressState>): ConfigureFirewallEgressState => ({
  vnetLocation: 'eastus2',
  subnet: subnet(),
  routeTable: undefined,
  ...overrides,
})

function arm(changes: readonly unknown[]): ArmChange[] {
  return changes as ArmChange[]
}

describe('planConfigureFirewallEgress', () => {
  it('GIVEN no route table WHEN planned THEN create it with the default route and associate it, keeping the subnet', () => {
    const [table, sub] = arm(planConfigureFirewallEgress(spec, state({})).changes)
    expect(table).toEqual({
      target: 'arm',
      action: 'create',
      resourceId: ROUTE_TABLE_ID,
      apiVersion: '2026-01-01',
      body: {
        location: 'eastus2',
        tags: { 'managed-by': 'aks-secure-networking' },
        properties: {
          routes: [
            {
              name: 'default-via-firewall',
              properties: {
                addressPrefix: '0.0.0.0/0',
                nextHopType: 'VirtualAppliance',
                nextHopIpAddress: '10.0.1.4',
              },
            },
          ],
        },
      },
      reason: "route the cluster subnet's outbound traffic (0.0.0.0/0) to the firewall at 10.0.1.4",
      flags: [],
    })
    expect(sub?.action).toBe('update')
    expect(sub?.flags).toEqual([])
    expect(sub?.body).toEqual({
      id: SUBNET_ID,
      name: 'aks',
      properties: {
        addressPrefix: '10.240.0.0/16',
        networkSecurityGroup: { id: NSG_ID },
        serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
        privateEndpointNetworkPolicies: 'Disabled',
        privateLinkServiceNetworkPolicies: 'Enabled',
        routeTable: { id: ROUTE_TABLE_ID },
      },
    })
  })

  it('GIVEN the route and association in place WHEN planned again THEN every change is a no-op', () => {
    const table = routeTable([
      route('default-via-firewall', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4'),
    ])
    const plan = planConfigureFirewallEgress(
      spec,
      state({
        routeTable: table,
        subnet: subnet({ routeTable: { id: ROUTE_TABLE_ID.toUpperCase() } }),
      }),
    )
    expect(plan.changes.map(c => c.action)).toEqual(['noop', 'noop'])
  })

  it('GIVEN the default route points elsewhere WHEN planned THEN update it and keep the other routes and tags', () => {
    const other = route('on-prem', '192.168.0.0/16', 'VirtualNetworkGateway')
    const table = routeTable(
      [other, route('default-via-firewall', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.9')],
      { owner: 'net', 'managed-by': 'aks-secure-networking' },
    )
    const [change] = arm(planConfigureFirewallEgress(spec, state({ routeTable: table })).changes)
    expect(change?.action).toBe('update')
    expect(change?.reason).toBe('default route points at 10.0.1.9; point it at 10.0.1.4')
    expect(change?.body).toEqual({
      location: 'eastus2',
      tags: { owner: 'net', 'managed-by': 'aks-secure-networking' },
      properties: {
        disableBgpRoutePropagation: false,
        routes: [
          {
            name: 'on-prem',
            properties: { addressPrefix: '192.168.0.0/16', nextHopType: 'VirtualNetworkGateway' },
          },
          {
            name: 'default-via-firewall',
            properties: {
              addressPrefix: '0.0.0.0/0',
              nextHopType: 'VirtualAppliance',
              nextHopIpAddress: '10.0.1.4',
            },
          },
        ],
      },
    })
  })

  it('GIVEN a table with the right route but without the managed-by tag WHEN planned THEN tag it (update), not a no-op', () => {
    const table = routeTable(
      [route('default-via-firewall', '0.0.0.0/0', 'VirtualAppliance', '10.0.1.4')],
      {},
    )
    const [change] = arm(planConfigureFirewallEgress(spec, state({ routeTable: table })).changes)
    expect(change?.action).toBe('update')
    expect(change?.body?.['tags']).toEqual({ 'managed-by': 'aks-secure-networking' })
  })

  it('GIVEN another route already owns 0.0.0.0/0 WHEN planned THEN refuse with a precondition error naming it', () => {
    const table = routeTable([route('to-internet', '0.0.0.0/0', 'Internet')])
    expect(() => planConfigureFirewallEgress(spec, state({ routeTable: table }))).toThrow(
      PreconditionError,
    )
    expect(() => planConfigureFirewallEgress(spec, state({ routeTable: table }))).toThrow(
      /already has route 'to-internet' for 0\.0\.0\.0\/0/,
    )
  })

  it('GIVEN the subnet uses another route table WHEN planned THEN the association is flagged replaces-resource', () => {
    const plan = planConfigureFirewallEgress(
      spec,
      state({ subnet: subnet({ routeTable: { id: OTHER_ROUTE_TABLE_ID } }) }),
    )
    const sub = arm(plan.changes)[1]
    expect(sub?.flags).toEqual(['replaces-resource'])
    expect(sub?.reason).toContain(OTHER_ROUTE_TABLE_ID)
  })

  it('GIVEN an offline state and a location WHEN planned THEN both are planned and the route table id is an output', () => {
    const plan = planConfigureFirewallEgress(
      { ...spec, location: 'westeurope', offline: true },
      { vnetLocation: undefined, subnet: undefined, routeTable: undefined },
    )
    expect(plan.changes.map(c => c.action)).toEqual(['create', 'update'])
    expect(arm(plan.changes)[0]?.body?.['location']).toBe('westeurope')
    expect(arm(plan.changes)[1]?.body).toEqual({
      name: 'aks',
      properties: { routeTable: { id: ROUTE_TABLE_ID } },
    })
    expect(plan.outputs).toEqual({ 'route-table-id': ROUTE_TABLE_ID })
  })

  it('GIVEN no location anywhere WHEN planned THEN it asks for the location input', () => {
    expect(() => planConfigureFirewallEgress(spec, state({ vnetLocation: undefined }))).toThrow(
      /Set 'location'/,
    )
  })
})
