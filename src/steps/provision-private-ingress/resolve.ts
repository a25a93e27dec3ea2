import type { Cluster } from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import { cidrContains, parseCidr } from '../../core/inputs/cidr.js'
import { parseResourceId, resourceIdEquals } from '../../core/inputs/resource-id.js'
import { propertiesOf, type Network, type WireBody } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import { resolveAppGateway } from './app-gateway-resolve.js'
import { privateLinkServiceId, type ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'

function nodeResourceGroupOf(cluster: WireBody): string {
  const value = propertiesOf(cluster)['nodeResourceGroup']
  return typeof value === 'string' ? value : ''
}

function firstSubnetId(cluster: WireBody): string | undefined {
  const pools = propertiesOf(cluster)['agentPoolProfiles']
  if (!Array.isArray(pools)) return undefined
  for (const pool of pools as Record<string, unknown>[]) {
    if (typeof pool['vnetSubnetID'] === 'string') return pool['vnetSubnetID']
  }
  return undefined
}

/**
 * With `cluster-name`: reads the AKS cluster once and fills in its node resource group, virtual
 * network and region where the inputs leave them out (an input given explicitly wins). Then a
 * static frontend IP is checked against its subnet.
 */
export async function resolveProvisionPrivateIngress(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
): Promise<ProvisionPrivateIngressSpec> {
  if (spec.appGateway) return resolveAppGateway(ctx, spec, spec.appGateway)
  const resolved =
    spec.clusterId === undefined ? spec : await readCluster(ctx, spec, spec.clusterId)
  await checkLoadBalancerIp(ctx, resolved)
  return resolved
}

/** A static frontend IP must lie in the frontend's subnet; the subnet is read to check it. */
async function checkLoadBalancerIp(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
): Promise<void> {
  if (!spec.loadBalancerIp || !spec.internalSubnetName || !spec.vnet) return
  const subnetId = `${spec.vnet.id}/subnets/${spec.internalSubnetName}`
  const subnet = await ctx.arm.getSubnet(subnetId)
  const prefix = propertiesOf(subnet)['addressPrefix']
  const cidr = typeof prefix === 'string' ? parseCidr(prefix) : undefined
  const ip = parseCidr(`${spec.loadBalancerIp}/32`)
  const name = (id: string): string => `'${spec.inputNames[id] ?? id}'`
  if (subnet === undefined) {
    throw new PreconditionError(
      `${STEP}: ${name('internal-subnet-name')} '${spec.internalSubnetName}' is not a subnet of '${spec.vnet.id}'.`,
    )
  }
  if (cidr?.ok && ip.ok && !cidrContains(cidr.value, ip.value)) {
    throw new PreconditionError(
      `${STEP}: ${name('load-balancer-ip')} '${spec.loadBalancerIp}' is outside subnet '${spec.internalSubnetName}' (${cidr.value.text}); give a free address in that range.`,
    )
  }
}

async function readCluster(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  clusterId: string,
): Promise<ProvisionPrivateIngressSpec> {
  const name = (id: string): string => `'${spec.inputNames[id] ?? id}'`
  const cluster = await ctx.arm.getManagedCluster(clusterId)
  if (cluster === undefined) {
    throw new PreconditionError(
      `${STEP}: the AKS cluster '${clusterId}' does not exist or is not visible to this identity. Check ${name('cluster-name')} and ${name('resource-group')}.`,
    )
  }
  const nodeResourceGroup = spec.nodeResourceGroup || nodeResourceGroupOf(cluster)
  const subnetId = firstSubnetId(cluster)
  const parsedSubnet = subnetId
    ? parseResourceId('Microsoft.Network/virtualNetworks/subnets')(subnetId)
    : undefined
  const vnet = spec.vnet ?? (parsedSubnet?.ok ? parsedSubnet.value.parent : undefined)
  if (!nodeResourceGroup || vnet === undefined) {
    throw new PreconditionError(
      `${STEP}: the cluster '${clusterId}' does not name ${nodeResourceGroup ? 'a subnet of its own (it uses the AKS-managed network)' : 'a node resource group'}; give ${name('vnet-id')} and ${name('node-resource-group')}.`,
    )
  }
  if (spec.plsSubnet && !resourceIdEquals(spec.plsSubnet.parent?.id ?? '', vnet.id)) {
    throw new PreconditionError(
      `${STEP}: ${name('pls-subnet-id')} is in virtual network '${spec.plsSubnet.parent?.id ?? '?'}', but the cluster's load balancer is in '${vnet.id}'; a Private Link Service takes its NAT IPs from the load balancer's network.`,
    )
  }
  const location = typeof cluster['location'] === 'string' ? cluster['location'] : undefined
  ctx.log.info(
    `${STEP}: cluster ${spec.clusterId}: node resource group ${nodeResourceGroup}, network ${vnet.id}`,
  )
  return {
    ...spec,
    nodeResourceGroup,
    vnet,
    location: spec.location ?? location,
    plsId:
      spec.privateLink === 'service'
        ? privateLinkServiceId(spec.subscriptionId, nodeResourceGroup, spec.plsName)
        : spec.plsId,
  }
}
