import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  tagsOf,
  type WireBody,
} from '../../core/network.js'

/** The routes this step owns in its route table, by name. */
export const DEFAULT_ROUTE_NAME = 'default-via-firewall'
export const PUBLIC_IP_ROUTE_NAME = 'firewall-public-ip-to-internet'
export const OWNED_ROUTE_NAMES: readonly string[] = [DEFAULT_ROUTE_NAME, PUBLIC_IP_ROUTE_NAME]
export const DEFAULT_PREFIX = '0.0.0.0/0'

export interface RouteWire {
  name: string
  properties: { addressPrefix: string; nextHopType: string; nextHopIpAddress?: string }
}

export function desiredDefaultRoute(nextHopIp: string): RouteWire {
  return {
    name: DEFAULT_ROUTE_NAME,
    properties: {
      addressPrefix: DEFAULT_PREFIX,
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: nextHopIp,
    },
  }
}

/**
 * The firewall's public IP /32 goes straight to the Internet, so replies to traffic that
 * reached the cluster through the firewall's public IP (DNAT) do not return asymmetrically.
 */
export function publicIpRoute(publicIp: string): RouteWire {
  return {
    name: PUBLIC_IP_ROUTE_NAME,
    properties: { addressPrefix: `${publicIp}/32`, nextHopType: 'Internet' },
  }
}

/** Routes as read, reduced to their writable wire form. */
export function routesOf(routeTable: WireBody | undefined): RouteWire[] {
  const routes = propertiesOf(routeTable)['routes']
  if (!Array.isArray(routes)) return []
  return routes.map((route: Record<string, unknown>) => {
    const props = propertiesOf(route)
    const hop = props['nextHopIpAddress']
    return {
      name: String(route['name']),
      properties: {
        addressPrefix: String(props['addressPrefix']),
        nextHopType: String(props['nextHopType']),
        ...(typeof hop === 'string' && hop !== '' ? { nextHopIpAddress: hop } : {}),
      },
    }
  })
}

export function sameRoute(a: RouteWire, b: RouteWire): boolean {
  return (
    a.name === b.name &&
    a.properties.addressPrefix === b.properties.addressPrefix &&
    a.properties.nextHopType.toLowerCase() === b.properties.nextHopType.toLowerCase() &&
    (a.properties.nextHopIpAddress ?? '') === (b.properties.nextHopIpAddress ?? '')
  )
}

/** The PUT body for the route table: the step's routes in place, the table's other routes kept. */
export function routeTableBody(
  location: string,
  existing: WireBody | undefined,
  routes: readonly RouteWire[],
): WireBody {
  const others = routesOf(existing).filter(r => !OWNED_ROUTE_NAMES.includes(r.name))
  const current = propertiesOf(existing)
  const bgp = current['disableBgpRoutePropagation']
  return {
    location,
    // A new table is tagged as the step's; an existing one (already the step's) keeps its tags.
    tags: existing === undefined ? { [MANAGED_BY_TAG]: MANAGED_BY_VALUE } : tagsOf(existing),
    properties: {
      ...(typeof bgp === 'boolean' ? { disableBgpRoutePropagation: bgp } : {}),
      routes: [...others, ...routes],
    },
  }
}
