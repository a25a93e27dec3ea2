import type { WireBody } from '../../src/core/network.js'
import { NSG_ID, ROUTE_TABLE_ID, SUBNET_ID, VNET_ID } from './ids.js'

/** A subnet as ARM returns it, with read-only and writable properties. */
export function subnet(overrides: Record<string, unknown> = {}): WireBody {
  return {
    id: SUBNET_ID,
    name: 'aks',
    type: 'Microsoft.Network/virtualNetworks/subnets',
    etag: 'W/"1"',
    properties: {
      provisioningState: 'Succeeded',
      addressPrefix: '10.240.0.0/16',
      networkSecurityGroup: { id: NSG_ID },
      serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
      privateEndpointNetworkPolicies: 'Disabled',
      privateLinkServiceNetworkPolicies: 'Enabled',
      ipConfigurations: [{ id: `${VNET_ID}/ipConfigurations/x` }],
      purpose: 'x',
      ...overrides,
    },
  }
}

export function route(
  name: string,
  addressPrefix: string,
  nextHopType: string,
  nextHopIpAddress?: string,
): WireBody {
  return {
    name,
    id: `${ROUTE_TABLE_ID}/routes/${name}`,
    properties: {
      provisioningState: 'Succeeded',
      addressPrefix,
      nextHopType,
      ...(nextHopIpAddress ? { nextHopIpAddress } : {}),
    },
  }
}

export function routeTable(
  routes: WireBody[],
  tags: Record<string, string> = { 'managed-by': 'aks-secure-networking' },
): WireBody {
  return {
    id: ROUTE_TABLE_ID,
    name: 'rt-aks-egress',
    type: 'Microsoft.Network/routeTables',
    location: 'eastus2',
    tags,
    properties: { provisioningState: 'Succeeded', disableBgpRoutePropagation: false, routes },
  }
}

/** A Map-backed Inputs: canonical id → raw value. */
export function inputsOf(values: Record<string, string>): { get(id: string): string | undefined } {
  return { get: id => values[id] }
}
