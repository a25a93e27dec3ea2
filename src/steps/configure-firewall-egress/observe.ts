import { PreconditionError } from '../../core/errors.js'
import { propertiesOf, referenceId, type Network, type WireBody } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

/** What Azure holds now; undefined members do not exist (or were not read, offline). */
export interface ConfigureFirewallEgressState {
  readonly vnetLocation: string | undefined
  readonly clusterSubnet: WireBody | undefined
  readonly publicIp: WireBody | undefined
  readonly managementPublicIp: WireBody | undefined
  readonly firewall: WireBody | undefined
  /** The policy holding the step's rules: the step's own, or the hub firewall's. */
  readonly policyId: string | undefined
  readonly policy: WireBody | undefined
  readonly ruleCollectionGroup: WireBody | undefined
  readonly routeTable: WireBody | undefined
}

const STEP = 'configure-firewall-egress'

export function ruleCollectionGroupId(policyId: string, name: string): string {
  return `${policyId}/ruleCollectionGroups/${name}`
}

/** The public IP of a firewall's first IP configuration that has one. */
export function firewallPublicIpId(firewall: WireBody | undefined): string | undefined {
  const configs = propertiesOf(firewall)['ipConfigurations']
  if (!Array.isArray(configs)) return undefined
  for (const config of configs as WireBody[]) {
    const id = referenceId(propertiesOf(config)['publicIPAddress'])
    if (id) return id
  }
  return undefined
}

async function observeHubFirewall(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
  firewallId: string,
): Promise<{ firewall: WireBody; policyId: string; publicIpId: string | undefined }> {
  const firewall = await ctx.arm.getAzureFirewall(firewallId)
  if (firewall === undefined) {
    throw new PreconditionError(
      `${STEP}: the hub firewall '${firewallId}' does not exist or is not visible to this identity. Check '${spec.inputNames['firewall-id'] ?? 'firewall-id'}' and that the identity has Reader on it.`,
    )
  }
  const policyId = referenceId(propertiesOf(firewall)['firewallPolicy'])
  if (policyId === undefined) {
    throw new PreconditionError(
      `${STEP}: the hub firewall '${firewallId}' uses classic rules, not a Firewall Policy. The step adds a rule collection group to a policy: migrate the firewall to a Firewall Policy first.`,
    )
  }
  return { firewall, policyId, publicIpId: firewallPublicIpId(firewall) }
}

/**
 * The firewall's public IP. A hub's public IP may sit where the identity has no read access:
 * then the /32 route is left out with a warning instead of failing the run.
 */
async function readPublicIp(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
  id: string,
): Promise<WireBody | undefined> {
  try {
    return await ctx.arm.getPublicIpAddress(id)
  } catch (error) {
    const status = (error as { status?: number }).status
    if (spec.firewall.kind === 'hub' && status === 403) {
      ctx.log.warn(
        `${STEP}: no read access to the hub firewall's public IP '${id}', so its /32 route to the Internet is left out. Grant Reader on it to add the route.`,
      )
      return undefined
    }
    throw error
  }
}

/**
 * Reads everything the plan compares, once each, independent reads at the same time. In hub
 * mode the firewall is read first, since it names the policy and public IP.
 */
export async function observeConfigureFirewallEgress(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
): Promise<ConfigureFirewallEgressState> {
  const arm = ctx.arm
  const vnetId = spec.clusterSubnet.parent?.id
  const hub =
    spec.firewall.kind === 'hub'
      ? await observeHubFirewall(ctx, spec, spec.firewall.firewallId)
      : undefined
  const target = spec.firewall
  const policyId = target.kind === 'create' ? target.policyId : hub?.policyId
  const publicIpId = target.kind === 'create' ? target.publicIpId : hub?.publicIpId
  const none = Promise.resolve(undefined)
  const [vnet, clusterSubnet, publicIp, managementPublicIp, firewall, policy, rcg, routeTable] =
    await Promise.all([
      vnetId !== undefined ? arm.getVirtualNetwork(vnetId) : none,
      arm.getSubnet(spec.clusterSubnet.id),
      publicIpId ? readPublicIp(ctx, spec, publicIpId) : none,
      target.kind === 'create' && target.managementPublicIpId
        ? arm.getPublicIpAddress(target.managementPublicIpId)
        : none,
      target.kind === 'create'
        ? arm.getAzureFirewall(target.firewallId)
        : Promise.resolve(hub?.firewall),
      policyId ? arm.getFirewallPolicy(policyId) : none,
      policyId
        ? arm.getRuleCollectionGroup(ruleCollectionGroupId(policyId, spec.ruleCollectionGroupName))
        : none,
      arm.getRouteTable(spec.routeTableId),
    ])
  if (clusterSubnet === undefined) {
    throw new PreconditionError(
      `${STEP}: the cluster subnet '${spec.clusterSubnet.id}' does not exist or is not visible to this identity. Check '${spec.inputNames['cluster-subnet-id'] ?? 'cluster-subnet-id'}' and that the identity has Reader on the virtual network.`,
    )
  }
  const location = vnet?.['location']
  return {
    vnetLocation: typeof location === 'string' ? location : undefined,
    clusterSubnet,
    publicIp,
    managementPublicIp,
    firewall,
    policyId,
    policy,
    ruleCollectionGroup: rcg,
    routeTable,
  }
}

export function offlineConfigureFirewallEgressState(): ConfigureFirewallEgressState {
  return {
    vnetLocation: undefined,
    clusterSubnet: undefined,
    publicIp: undefined,
    managementPublicIp: undefined,
    firewall: undefined,
    policyId: undefined,
    policy: undefined,
    ruleCollectionGroup: undefined,
    routeTable: undefined,
  }
}
