import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  tagsOf,
  type WireBody,
} from '../../core/network.js'

/** The route this step owns in its route table. */
export const DEFAULT_ROUTE_NAME = 'default-via-firewall'
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

/** The PUT body for the route table: the step's route in place, the table's other routes kept. */
export function routeTableBody(
  location: string,
  existing: WireBody | undefined,
  route: RouteWire,
): WireBody {
  const others = routesOf(existing).filter(r => r.name !== route.name)
  const current = propertiesOf(existing)
  const bgp = current['disableBgpRoutePropagation']
  return {
    location,
    tags: { ...tagsOf(existing), [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    properties: {
      ...(typeof bgp === 'boolean' ? { disableBgpRoutePropagation: bgp } : {}),
      routes: [...others, route],
    },
  }
}
