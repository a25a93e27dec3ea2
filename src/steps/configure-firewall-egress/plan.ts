import { PreconditionError } from '../../core/errors.js'
import {
  isManagedByUs,
  NETWORK_API_VERSION,
  propertiesOf,
  referenceId,
  subnetPutBody,
} from '../../core/network.js'
import type { ArmChange, Plan } from '../../core/plan.js'
import { configureFirewallEgressManifest } from './manifest.js'
import type { ConfigureFirewallEgressState } from './observe.js'
import {
  DEFAULT_PREFIX,
  desiredDefaultRoute,
  routesOf,
  routeTableBody,
  sameRoute,
} from './route-table.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

const STEP = configureFirewallEgressManifest.name

function idsEqual(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase()
}

function planRouteTable(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): ArmChange {
  const route = desiredDefaultRoute(spec.nextHopIp)
  const existing = state.routeTable
  const location = spec.location ?? state.vnetLocation
  if (location === undefined) {
    throw new PreconditionError(
      `${STEP}: the region of the cluster's virtual network could not be read. Set 'location'.`,
    )
  }
  const base = {
    target: 'arm' as const,
    resourceId: spec.routeTableId,
    apiVersion: NETWORK_API_VERSION,
  }
  if (existing === undefined) {
    return {
      ...base,
      action: 'create',
      body: routeTableBody(location, undefined, route),
      reason: `route the cluster subnet's outbound traffic (${DEFAULT_PREFIX}) to the firewall at ${spec.nextHopIp}`,
      flags: [],
    }
  }
  const conflicting = routesOf(existing).find(
    r => r.name !== route.name && r.properties.addressPrefix === DEFAULT_PREFIX,
  )
  if (conflicting) {
    throw new PreconditionError(
      `${STEP}: route table '${spec.routeTableId}' already has route '${conflicting.name}' for ${DEFAULT_PREFIX} (next hop ${conflicting.properties.nextHopType}). Remove it, or set 'route-table-name' to a table this step may own.`,
    )
  }
  const current = routesOf(existing).find(r => r.name === route.name)
  if (current && sameRoute(current, route) && isManagedByUs(existing)) {
    return {
      ...base,
      action: 'noop',
      reason: `default route already points at ${spec.nextHopIp}`,
      flags: [],
    }
  }
  const existingLocation = existing['location']
  return {
    ...base,
    action: 'update',
    body: routeTableBody(
      typeof existingLocation === 'string' ? existingLocation : location,
      existing,
      route,
    ),
    reason: current
      ? `default route points at ${current.properties.nextHopIpAddress ?? current.properties.nextHopType}; point it at ${spec.nextHopIp}`
      : `add the default route to the firewall at ${spec.nextHopIp}, keeping the table's other routes`,
    flags: [],
  }
}

function planSubnet(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): ArmChange {
  const base = {
    target: 'arm' as const,
    resourceId: spec.clusterSubnet.id,
    apiVersion: NETWORK_API_VERSION,
  }
  const routeTable = { id: spec.routeTableId }
  if (state.subnet === undefined) {
    return {
      ...base,
      action: 'update',
      body: { name: spec.clusterSubnet.name, properties: { routeTable } },
      reason:
        'associate the route table with the cluster subnet; the subnet’s other properties are read at apply and kept as they are',
      flags: [],
    }
  }
  const currentId = referenceId(propertiesOf(state.subnet)['routeTable'])
  if (idsEqual(currentId, spec.routeTableId)) {
    return {
      ...base,
      action: 'noop',
      reason: 'the cluster subnet already uses the route table',
      flags: [],
    }
  }
  return {
    ...base,
    action: 'update',
    body: subnetPutBody(state.subnet, { routeTable }),
    reason:
      currentId === undefined
        ? 'associate the route table with the cluster subnet, keeping every other property'
        : `replace the subnet's route table '${currentId}' with the step's, keeping every other property`,
    flags: currentId === undefined ? [] : ['replaces-resource'],
  }
}

/** Pure: the route table first (the subnet refers to it), then the subnet association. */
export function planConfigureFirewallEgress(
  spec: ConfigureFirewallEgressSpec,
  state: ConfigureFirewallEgressState,
): Plan {
  return {
    step: STEP,
    changes: [planRouteTable(spec, state), planSubnet(spec, state)],
    outputs: { 'route-table-id': spec.routeTableId },
  }
}
