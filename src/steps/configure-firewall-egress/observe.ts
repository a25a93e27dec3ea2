import { PreconditionError } from '../../core/errors.js'
import type { Network, WireBody } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

export interface ConfigureFirewallEgressState {
  /** The region of the cluster's virtual network (undefined offline). */
  readonly vnetLocation: string | undefined
  /** The cluster subnet as read (undefined offline). */
  readonly subnet: WireBody | undefined
  readonly routeTable: WireBody | undefined
}

export async function observeConfigureFirewallEgress(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
): Promise<ConfigureFirewallEgressState> {
  const vnetId = spec.clusterSubnet.parent?.id
  const [vnet, subnet, routeTable] = await Promise.all([
    vnetId === undefined ? Promise.resolve(undefined) : ctx.arm.getVirtualNetwork(vnetId),
    ctx.arm.getSubnet(spec.clusterSubnet.id),
    ctx.arm.getRouteTable(spec.routeTableId),
  ])
  if (subnet === undefined) {
    throw new PreconditionError(
      `configure-firewall-egress: the cluster subnet '${spec.clusterSubnet.id}' does not exist or is not visible to this identity. Check 'cluster-subnet-id' and that the identity has Reader on the virtual network.`,
    )
  }
  const location = vnet?.['location']
  return {
    vnetLocation: typeof location === 'string' ? location : undefined,
    subnet,
    routeTable,
  }
}

export function offlineConfigureFirewallEgressState(): ConfigureFirewallEgressState {
  return { vnetLocation: undefined, subnet: undefined, routeTable: undefined }
}
