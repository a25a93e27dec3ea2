import type { Cluster } from '../../core/cluster.js'
import { InputError, PreconditionError, type InputProblem } from '../../core/errors.js'
import { parseCidr, type Cidr } from '../../core/inputs/cidr.js'
import { ipv4ToNumber } from '../../core/inputs/ipv4.js'
import {
  propertiesOf,
  referenceId,
  sameId,
  stringValue,
  type Network,
  type WireBody,
} from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import type { AppGatewaySpec } from './app-gateway-spec.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'
/** Azure keeps the first four and the last address of every subnet. */
const RESERVED_PER_SUBNET = 5

/** The subnet's IPv4 range: `addressPrefix`, or the first IPv4 one of `addressPrefixes`. */
export function subnetIpv4Range(subnet: WireBody | undefined): Cidr | undefined {
  const props = propertiesOf(subnet)
  const prefixes: unknown[] = Array.isArray(props['addressPrefixes'])
    ? (props['addressPrefixes'] as unknown[])
    : []
  const candidates: unknown[] = [props['addressPrefix'], ...prefixes]
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') continue
    const parsed = parseCidr(candidate)
    if (parsed.ok && parsed.value.version === 4) return parsed.value
  }
  return undefined
}

function addressCount(range: Cidr): number {
  return 2 ** (32 - range.prefixLength)
}

/** Whether `ip` is an address of `range` Azure hands out (not one of the 5 it reserves). */
export function isUsableIn(range: Cidr, ip: string): boolean {
  const start = ipv4ToNumber(range.address)
  const value = ipv4ToNumber(ip)
  return value >= start + 4 && value <= start + addressCount(range) - 2
}

/** Whether an ID names an Application Gateway or one of its parts (a frontend, say). */
function isUnderGateway(id: string): boolean {
  return /\/providers\/Microsoft\.Network\/applicationGateways\//i.test(id)
}

/**
 * What else lives in the subnet: NICs, load balancer frontends, endpoints, delegations, links.
 * ARM lists a gateway's private frontend among the subnet's `ipConfigurations` too: gateways
 * (this one and others, counted through `applicationGatewayIPConfigurations`) are not "else".
 */
export function otherSubnetUsers(subnet: WireBody | undefined): string[] {
  const props = propertiesOf(subnet)
  const ids = (key: string): string[] =>
    Array.isArray(props[key])
      ? (props[key] as unknown[])
          .map(referenceId)
          .filter((id): id is string => id !== undefined && !isUnderGateway(id))
      : []
  const delegations = Array.isArray(props['delegations'])
    ? (props['delegations'] as WireBody[])
        .map(d => stringValue(propertiesOf(d)['serviceName']))
        .filter((s): s is string => s !== undefined)
        .filter(s => !sameId(s, 'Microsoft.Network/applicationGateways'))
        .map(s => `a delegation to ${s}`)
    : []
  return [
    ...ids('ipConfigurations'),
    ...ids('privateEndpoints'),
    ...ids('serviceAssociationLinks'),
    ...ids('resourceNavigationLinks'),
    ...delegations,
  ]
}

/** The other gateways with an IP configuration in the subnet (their IDs). */
function otherGateways(subnet: WireBody | undefined, ours: string): string[] {
  const props = propertiesOf(subnet)
  const configs = Array.isArray(props['applicationGatewayIPConfigurations'])
    ? (props['applicationGatewayIPConfigurations'] as unknown[])
    : []
  const gateways = configs
    .map(referenceId)
    .filter((id): id is string => id !== undefined)
    .map(id => id.replace(/\/gatewayIPConfigurations\/[^/]+$/i, ''))
    .filter(id => !sameId(id, ours))
  return [...new Set(gateways.map(g => g.toLowerCase()))].map(
    g => gateways.find(x => x.toLowerCase() === g) ?? g,
  )
}

/** Whether the cluster's pods use Azure CNI Overlay (`networkPlugin: azure`, mode `overlay`). */
export function usesCniOverlay(cluster: WireBody | undefined): boolean {
  const network = propertiesOf(cluster)['networkProfile'] as Record<string, unknown> | undefined
  return (
    sameId(stringValue(network?.['networkPlugin']), 'azure') &&
    sameId(stringValue(network?.['networkPluginMode']), 'overlay')
  )
}

/** The virtual networks of the cluster's node pools (those on a subnet of their own). */
function nodeNetworks(cluster: WireBody | undefined): string[] {
  const pools = propertiesOf(cluster)['agentPoolProfiles']
  const subnets = Array.isArray(pools)
    ? (pools as WireBody[])
        .map(p => stringValue(p['vnetSubnetID']))
        .filter((id): id is string => id !== undefined)
    : []
  const vnets = subnets.map(id => id.replace(/\/subnets\/[^/]+$/i, ''))
  return [...new Map(vnets.map(v => [v.toLowerCase(), v])).values()]
}

/** AGIC supports Azure CNI Overlay from this version on (reference 4.1). */
const AGIC_OVERLAY_MIN_VERSION = [1, 9, 1] as const

function isOlderThan(version: string, minimum: readonly number[]): boolean {
  const parts = version.split(/[.-]/).slice(0, 3).map(Number)
  for (let i = 0; i < minimum.length; i++) {
    const part = parts[i] ?? 0
    const min = minimum[i] ?? 0
    if (part !== min) return part < min
  }
  return false
}

/** Clouds where Microsoft does not support AGIC with Azure CNI Overlay (reference 4.1). */
const NO_OVERLAY_CLOUDS: readonly string[] = ['AzureUSGovernment', 'AzureChinaCloud']

/**
 * With Azure CNI Overlay, AGIC needs (../shared/reference/aks-networking.md 4.1, from
 * azure-docs `application-gateway/ingress-controller-overview.md`): AGIC 1.9.1 or later, a gateway
 * subnet of /24 or smaller holding this one gateway only and delegated to
 * `Microsoft.Network/applicationGateways`, the gateway in the cluster nodes' own virtual network
 * (not one peered to it, regionally or globally), and neither Azure Government nor 21Vianet.
 */
function checkOverlay(
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
  cluster: WireBody | undefined,
  subnet: WireBody,
  others: readonly string[],
  problem: (id: string, value: string | undefined, message: string) => void,
): void {
  if (!usesCniOverlay(cluster)) return
  const clusterId = spec.clusterId ?? ag.clusterId ?? ''
  if (NO_OVERLAY_CLOUDS.includes(ag.cloud)) {
    throw new PreconditionError(
      `${STEP}: the AKS cluster '${clusterId}' uses Azure CNI Overlay, and Microsoft does not support AGIC with Azure CNI Overlay in ${ag.cloud}. Use another controller, or a cluster with Azure CNI (node subnet or pod subnet).`,
    )
  }
  const because = `the cluster '${clusterId}' uses Azure CNI Overlay, where AGIC needs`
  const range = subnetIpv4Range(subnet)
  if (range !== undefined && range.prefixLength < 24) {
    problem(
      'application-gateway-subnet-id',
      ag.subnet.id,
      `is a ${range.text}: ${because} a gateway subnet of /24 or smaller.`,
    )
  }
  if (others.length > 0) {
    problem(
      'application-gateway-subnet-id',
      ag.subnet.id,
      `holds other gateways (${others.join(', ')}): ${because} one gateway per subnet.`,
    )
  }
  const delegations = propertiesOf(subnet)['delegations']
  const delegated =
    Array.isArray(delegations) &&
    (delegations as WireBody[]).some(d =>
      sameId(stringValue(propertiesOf(d)['serviceName']), 'Microsoft.Network/applicationGateways'),
    )
  if (!delegated) {
    problem(
      'application-gateway-subnet-id',
      ag.subnet.id,
      `is not delegated to Microsoft.Network/applicationGateways: ${because} that delegation on the gateway subnet. Add it to the subnet.`,
    )
  }
  const gatewayNetwork = ag.subnet.parent?.id ?? ''
  const elsewhere = nodeNetworks(cluster).filter(v => !sameId(v, gatewayNetwork))
  if (elsewhere.length > 0) {
    problem(
      'application-gateway-subnet-id',
      ag.subnet.id,
      `is in virtual network '${gatewayNetwork}', but the cluster's nodes are in ${elsewhere.map(v => `'${v}'`).join(', ')}: ${because} the gateway in the nodes' own virtual network (a peered one is not supported).`,
    )
  }
  if (ag.agic.mode === 'helm' && isOlderThan(ag.agic.chartVersion, AGIC_OVERLAY_MIN_VERSION)) {
    problem(
      'agic-chart-version',
      ag.agic.chartVersion,
      `is older than ${AGIC_OVERLAY_MIN_VERSION.join('.')}: ${because} that version or later.`,
    )
  }
}

/** A gateway's reach in instances: its autoscale bound, or its fixed capacity. */
function maxInstances(gateway: WireBody | undefined): number {
  const props = propertiesOf(gateway)
  const scale = (props['autoscaleConfiguration'] ?? {}) as Record<string, unknown>
  const sku = (props['sku'] ?? {}) as Record<string, unknown>
  if (typeof scale['maxCapacity'] === 'number') return scale['maxCapacity']
  // Autoscale without an upper bound can reach the v2 limit.
  if (scale['minCapacity'] !== undefined) return 125
  return typeof sku['capacity'] === 'number' ? sku['capacity'] : 0
}

/**
 * The checks that need the subnets (and the cluster) as read, right after reading them and before
 * any change: the gateway subnet holds only Application Gateways and has room for this gateway's
 * autoscale bound, the private frontend IP and Azure's reserved addresses (besides the other
 * gateways' bounds); the frontend IP is one of its usable addresses; the Private Link subnet
 * exists; with Azure CNI Overlay, what AGIC needs then. Problems are input errors, all at once, in
 * the host's spelling.
 */
export async function checkAppGatewaySubnets(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
  cluster: WireBody | undefined,
): Promise<void> {
  const name = (id: string): string => spec.inputNames[id] ?? id
  const problems: InputProblem[] = []
  const problem = (id: string, value: string | undefined, message: string): void => {
    problems.push({ input: name(id), ...(value !== undefined ? { value } : {}), message })
  }
  const [subnet, plSubnet] = await Promise.all([
    ctx.arm.getSubnet(ag.subnet.id),
    ag.privateLink && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : undefined,
  ])
  if (subnet === undefined) {
    problem(
      'application-gateway-subnet-id',
      ag.subnet.id,
      'does not exist or is not visible to this identity.',
    )
  } else {
    const range = subnetIpv4Range(subnet)
    const others = otherGateways(subnet, ag.id)
    const otherBounds = await Promise.all(
      others.map(async id => maxInstances(await ctx.arm.getApplicationGateway(id))),
    )
    const needed =
      ag.maxCapacity + 1 + RESERVED_PER_SUBNET + otherBounds.reduce((sum, n) => sum + n, 0)
    if (range === undefined) {
      problem('application-gateway-subnet-id', ag.subnet.id, 'has no IPv4 address prefix.')
    } else {
      if (addressCount(range) < needed) {
        problem(
          'application-gateway-subnet-id',
          ag.subnet.id,
          `is too small: ${range.text} has ${addressCount(range)} addresses, but ${ag.maxCapacity} instances ('${name('autoscale-max-capacity')}'), the private frontend IP and Azure's ${RESERVED_PER_SUBNET} reserved addresses${others.length > 0 ? `, plus up to ${otherBounds.reduce((s, n) => s + n, 0)} instances of the ${others.length} other gateway(s) in it,` : ''} need ${needed}. Microsoft recommends a /24 for v2 gateways.`,
        )
      }
      if (!isUsableIn(range, ag.privateFrontendIp)) {
        problem(
          'private-frontend-ip',
          ag.privateFrontendIp,
          `is outside the usable addresses of the gateway subnet ${range.text} (Azure keeps its first four and its last address).`,
        )
      }
    }
    const users = otherSubnetUsers(subnet)
    if (users.length > 0) {
      problem(
        'application-gateway-subnet-id',
        ag.subnet.id,
        `is shared with other resources (${users.join(', ')}); an Application Gateway subnet may hold other Application Gateways only.`,
      )
    }
    checkOverlay(spec, ag, cluster, subnet, others, problem)
  }
  if (ag.privateLink && spec.plsSubnet && plSubnet === undefined) {
    problem(
      'pls-subnet-id',
      spec.plsSubnet.id,
      'does not exist or is not visible to this identity.',
    )
  }
  if (problems.length > 0) throw new InputError(STEP, problems)
}

/**
 * With `cluster-name`: the cluster gives the region when `location` is not set. The node
 * resource group and network are NGINX's concerns; the gateway's network is its subnet's.
 */
export async function resolveAppGateway(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  ag: AppGatewaySpec,
): Promise<ProvisionPrivateIngressSpec> {
  let location = spec.location
  let cluster: WireBody | undefined
  if (spec.clusterId !== undefined) {
    cluster = await ctx.arm.getManagedCluster(spec.clusterId)
    if (cluster === undefined) {
      throw new PreconditionError(
        `${STEP}: the AKS cluster '${spec.clusterId}' does not exist or is not visible to this identity. Check '${spec.inputNames['cluster-name'] ?? 'cluster-name'}' and '${spec.inputNames['resource-group'] ?? 'resource-group'}'.`,
      )
    }
    location ??= stringValue(cluster['location'])
  }
  await checkAppGatewaySubnets(ctx, spec, ag, cluster)
  return { ...spec, location }
}
