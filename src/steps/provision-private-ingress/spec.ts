import { parseChartRepository } from '../../core/chart-repository.js'
import type { CommonSpec } from '../../core/common-inputs.js'
import {
  parseLocation,
  parseResourceGroupName,
  parseResourceName,
  parseSubscriptionId,
} from '../../core/inputs/azure-names.js'
import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseChoice } from '../../core/inputs/choice.js'
import { cidrContains, parseCidr, type Cidr } from '../../core/inputs/cidr.js'
import { parseDuration } from '../../core/inputs/duration.js'
import { parseFqdn } from '../../core/inputs/fqdn.js'
import { parseIpv4 } from '../../core/inputs/ipv4.js'
import { parseIntegerIn } from '../../core/inputs/integer.js'
import { isDnsLabel } from '../../core/inputs/kubernetes-names.js'
import { parseListOf } from '../../core/inputs/list.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import {
  formatResourceId,
  parseResourceId,
  resourceIdEquals,
  type ResourceId,
} from '../../core/inputs/resource-id.js'
import { parseStructured } from '../../core/inputs/structured.js'
import { array, object, optional, string, validateShape } from '../../core/inputs/shape.js'
import { findInput, inputDefault } from '../../core/manifest.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { APP_GATEWAY_INPUTS, readAppGatewaySpec, type AppGatewaySpec } from './app-gateway-spec.js'
import { CONTROLLERS, PRIVATE_LINK_MODES } from './manifest.js'

export type PrivateLinkMode = (typeof PRIVATE_LINK_MODES)[number]

export interface EndpointSpec {
  readonly name: string
  readonly subnet: ResourceId
  readonly requestMessage: string | undefined
  /** The A record's name in `private-dns-zone-id`. */
  readonly dnsName: string
  /** Where the endpoint is created: the consumer subnet's subscription and resource group. */
  readonly id: string
}

export interface ProvisionPrivateIngressSpec {
  readonly subscriptionId: string
  readonly resourceGroup: string
  /** With `cluster-name`, read from the cluster (resolve) before anything else. */
  readonly clusterId: string | undefined
  readonly nodeResourceGroup: string
  readonly vnet: ResourceId | undefined
  readonly location: string | undefined
  readonly offline: boolean
  readonly controller: (typeof CONTROLLERS)[number]
  readonly namespace: string
  readonly release: string
  readonly chartVersion: string
  readonly chartRepo: string
  readonly replicas: number
  readonly ingressClass: string
  readonly internalSubnetName: string | undefined
  readonly loadBalancerIp: string | undefined
  readonly privateLink: PrivateLinkMode
  readonly plsName: string
  readonly plsId: string
  readonly plsSubnet: ResourceId | undefined
  readonly visibility: readonly string[]
  readonly autoApproval: readonly string[]
  readonly natIpCount: number
  readonly proxyProtocol: boolean
  readonly plsFqdns: readonly string[]
  readonly endpoints: readonly EndpointSpec[]
  readonly privateDnsZone: ResourceId | undefined
  readonly waitTimeoutMs: number
  /** With `controller: application-gateway`. */
  readonly appGateway: AppGatewaySpec | undefined
  readonly inputNames: Readonly<Record<string, string>>
}

/** An input's name in the host's spelling (`waf-policy-name` on GitHub, `wafPolicyName` on ADO). */
export function inputName(
  spec: Pick<ProvisionPrivateIngressSpec, 'inputNames'>,
  id: string,
): string {
  return spec.inputNames[id] ?? id
}

/** The inputs that matter only with `controller: nginx`. */
const NGINX_INPUTS: readonly string[] = [
  'node-resource-group',
  'ingress-namespace',
  'release-name',
  'chart-version',
  'chart-repo',
  'replicas',
  'ingress-class',
  'internal-subnet-name',
  'load-balancer-ip',
  'service-cidr',
  'pls-name',
  'pls-visibility',
  'pls-auto-approval',
  'pls-proxy-protocol',
  'pls-fqdns',
]

/** Warns about inputs set to something other than their default that this controller ignores. */
function warnIgnored(reader: SpecReader, ids: readonly string[], controller: string): void {
  const ignored = ids.filter(id => {
    if (!reader.isSet(id)) return false
    const fallback = inputDefault(findInput(reader.manifest, id), reader.host)
    return fallback === undefined || reader.raw(id) !== fallback
  })
  if (ignored.length > 0) {
    reader.warn(
      `${ignored.map(id => `'${reader.name(id)}'`).join(', ')} ${ignored.length === 1 ? 'does' : 'do'} not apply with '${reader.name('controller')}: ${controller}' and ${ignored.length === 1 ? 'is' : 'are'} ignored.`,
    )
  }
}

const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets'

/** A DNS-1123 label, as Kubernetes and Helm require for namespaces, releases and classes. */
function kubernetesName(maxLength: number): (raw: string) => Parsed<string> {
  return raw =>
    raw.length <= maxLength && isDnsLabel(raw)
      ? ok(raw)
      : fail(
          `must be a DNS-1123 label: lower-case letters, digits and '-', at most ${maxLength} characters, like ingress-nginx`,
        )
}

function hostRoute(ip: string): Cidr {
  return { address: ip, prefixLength: 32, version: 4, text: `${ip}/32` }
}

function parseSubscriptionOrStar(raw: string): Parsed<string> {
  return raw === '*' ? ok(raw) : parseSubscriptionId(raw)
}

function parseDnsLabel(raw: string): Parsed<string> {
  return /^(@|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i.test(
    raw,
  )
    ? ok(raw.toLowerCase())
    : fail('must be a DNS record name, like ingress or app.ingress')
}

function parseRequestMessage(raw: string): Parsed<string> {
  return raw.length <= 140 ? ok(raw) : fail('is longer than 140 characters')
}

const EndpointShape = array(
  object({
    name: optional(string({ parse: parseResourceName('private endpoint', { maxLength: 64 }) })),
    'subnet-id': string({ parse: parseResourceId(SUBNET_TYPE) }),
    'request-message': optional(string({ parse: parseRequestMessage })),
    'dns-name': optional(string({ parse: parseDnsLabel })),
  }),
)

function parseEndpoints(
  raw: string,
): Parsed<{ name?: string; subnet: ResourceId; requestMessage?: string; dnsName?: string }[]> {
  const doc = parseStructured(raw)
  if (!doc.ok) return doc
  const checked = validateShape(EndpointShape, doc.value ?? [])
  if (!checked.ok) return checked
  return ok(
    checked.value.map(e => ({
      ...(e.name ? { name: e.name } : {}),
      subnet: e['subnet-id'],
      ...(e['request-message'] ? { requestMessage: e['request-message'] } : {}),
      ...(e['dns-name'] ? { dnsName: e['dns-name'] } : {}),
    })),
  )
}

export function privateLinkServiceId(
  subscriptionId: string,
  resourceGroup: string,
  name: string,
): string {
  return formatResourceId({
    subscriptionId,
    resourceGroup,
    provider: 'Microsoft.Network',
    types: ['privateLinkServices'],
    names: [name],
  })
}

/** Every input checked before any call; every problem reported together. */
export function parseProvisionPrivateIngressSpec(
  reader: SpecReader,
  common: CommonSpec,
): ProvisionPrivateIngressSpec {
  const resourceGroup = reader.required('resource-group', parseResourceGroupName)
  const clusterName = reader.optional(
    'cluster-name',
    parseResourceName('cluster', { maxLength: 63 }),
  )
  const nodeResourceGroup = reader.optional('node-resource-group', parseResourceGroupName)
  const vnetInput = reader.optional('vnet-id', parseResourceId('Microsoft.Network/virtualNetworks'))
  const fromCluster = reader.isSet('cluster-name') && !common.offline
  const controller = reader.withDefault('controller', parseChoice(CONTROLLERS))
  const isAppGateway = controller === 'application-gateway'
  for (const id of isAppGateway ? [] : ['node-resource-group', 'vnet-id']) {
    if (!fromCluster && !reader.isSet(id)) {
      reader.problem(
        id,
        undefined,
        common.offline
          ? 'is required with offline: an offline plan cannot read the cluster.'
          : `is required unless '${reader.name('cluster-name')}' is given, to read it from the cluster.`,
      )
    }
  }
  const location = reader.optional('location', parseLocation)
  const namespace = reader.withDefault('ingress-namespace', kubernetesName(63))
  // The chart names the Service `<release>-controller` within 63 characters.
  const release = reader.withDefault('release-name', kubernetesName(52))
  const chartVersion = reader.withDefault('chart-version', (raw): Parsed<string> =>
    /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(raw)
      ? ok(raw)
      : fail('must be a pinned chart version, like 4.15.1'),
  )
  const chartRepo = reader.withDefault('chart-repo', parseChartRepository)
  const replicas = reader.withDefault('replicas', parseIntegerIn(1, 10))
  const ingressClass = reader.withDefault('ingress-class', kubernetesName(63))
  const internalSubnetName = reader.optional(
    'internal-subnet-name',
    parseResourceName('subnet', { maxLength: 80 }),
  )
  const loadBalancerIp = reader.optional('load-balancer-ip', parseIpv4)
  const serviceCidr = reader.withDefault('service-cidr', parseCidr)
  const privateLink = reader.withDefault('private-link', parseChoice(PRIVATE_LINK_MODES))
  const plsName = reader.optional(
    'pls-name',
    parseResourceName('private link service', { maxLength: 80 }),
  )
  const plsSubnet = reader.optional('pls-subnet-id', parseResourceId(SUBNET_TYPE))
  const visibility = reader.optional('pls-visibility', raw =>
    parseListOf(raw, parseSubscriptionOrStar),
  )
  const autoApproval = reader.optional('pls-auto-approval', raw =>
    parseListOf(raw, parseSubscriptionId),
  )
  const natIpCount = reader.withDefault('pls-nat-ip-count', parseIntegerIn(1, 8))
  const proxyProtocol = reader.withDefault('pls-proxy-protocol', parseBoolean)
  const plsFqdns = reader.optional('pls-fqdns', raw => parseListOf(raw, parseFqdn()))
  const endpoints = reader.optional('private-endpoints', parseEndpoints)
  const waitTimeoutMs = reader.withDefault('wait-timeout', parseDuration)
  const privateDnsZone = reader.optional(
    'private-dns-zone-id',
    parseResourceId('Microsoft.Network/privateDnsZones'),
  )
  const buildAppGateway = isAppGateway
    ? readAppGatewaySpec(reader, {
        common,
        resourceGroup,
        clusterName,
        plsSubnet,
        privateLink: privateLink !== 'none',
        hasEndpoints: (endpoints?.length ?? 0) > 0,
      })
    : undefined
  warnIgnored(reader, isAppGateway ? NGINX_INPUTS : APP_GATEWAY_INPUTS, controller ?? 'nginx')
  // The gateway's network is its subnet's; NGINX's the cluster's.
  const appGatewaySubnet = isAppGateway
    ? reader.optional('application-gateway-subnet-id', parseResourceId(SUBNET_TYPE))
    : undefined
  const vnet = appGatewaySubnet?.parent ?? vnetInput

  if (loadBalancerIp && serviceCidr && cidrContains(serviceCidr, hostRoute(loadBalancerIp))) {
    reader.problem(
      'load-balancer-ip',
      loadBalancerIp,
      `is inside the service CIDR ${serviceCidr.text} ('${reader.name('service-cidr')}'); give a free address of the frontend's subnet.`,
    )
  }
  if (
    !isAppGateway &&
    plsSubnet &&
    vnet &&
    !resourceIdEquals(plsSubnet.parent?.id ?? '', vnet.id)
  ) {
    reader.problem(
      'pls-subnet-id',
      plsSubnet.id,
      `is in virtual network '${plsSubnet.parent?.id ?? '?'}', but the load balancer is in '${vnet.id}' ('${reader.name('vnet-id')}'): a Private Link Service takes its NAT IPs from the load balancer's virtual network.`,
    )
  }
  if (!isAppGateway && privateLink === 'arm' && !reader.isSet('pls-subnet-id')) {
    reader.problem(
      'pls-subnet-id',
      undefined,
      `is required with '${reader.name('private-link')}: arm'.`,
    )
  }
  if (privateLink === 'none' && (endpoints?.length ?? 0) > 0) {
    reader.problem(
      'private-endpoints',
      undefined,
      isAppGateway
        ? `need the gateway's Private Link configuration; do not set '${reader.name('private-link')}: none'.`
        : `need a Private Link Service; set '${reader.name('private-link')}' to service or arm.`,
    )
  }
  const explicit = (endpoints ?? []).map(e => e.name?.toLowerCase()).filter((n): n is string => !!n)
  const duplicated = explicit.filter((n, i) => explicit.indexOf(n) !== i)
  if (duplicated.length > 0) {
    reader.problem(
      'private-endpoints',
      undefined,
      `name the endpoints uniquely; repeated: ${[...new Set(duplicated)].join(', ')}.`,
    )
  }
  if (common.offline && !reader.isSet('location')) {
    reader.problem(
      'location',
      undefined,
      'is required with offline: an offline plan cannot read the virtual network’s region.',
    )
  }
  if (autoApproval && !(visibility ?? []).includes('*')) {
    const outside = autoApproval.filter(s => !(visibility ?? []).includes(s))
    if (outside.length > 0) {
      reader.problem(
        'pls-auto-approval',
        outside.join(' '),
        `must be a subset of '${reader.name('pls-visibility')}' (or visibility '*').`,
      )
    }
  }

  return reader.finish(() => {
    const sub = common.subscriptionId ?? ''
    const pls = plsName ?? `pls-${release ?? ''}`
    const appGateway = buildAppGateway?.()
    // Endpoints are named after what they connect to: the Private Link Service or the gateway.
    const linkName = appGateway?.name ?? pls
    const plsRg = privateLink === 'arm' ? (resourceGroup ?? '') : (nodeResourceGroup ?? '')
    const clusterId = clusterName
      ? formatResourceId({
          subscriptionId: sub,
          resourceGroup: resourceGroup ?? '',
          provider: 'Microsoft.ContainerService',
          types: ['managedClusters'],
          names: [clusterName],
        })
      : undefined
    const names = new Set<string>()
    return {
      subscriptionId: sub,
      resourceGroup: resourceGroup ?? '',
      clusterId: fromCluster ? clusterId : undefined,
      nodeResourceGroup: nodeResourceGroup ?? '',
      vnet,
      location,
      offline: common.offline,
      controller: controller ?? 'nginx',
      namespace: namespace ?? '',
      release: release ?? '',
      chartVersion: chartVersion ?? '',
      chartRepo: chartRepo ?? '',
      replicas: replicas ?? 2,
      ingressClass: ingressClass ?? 'nginx',
      internalSubnetName,
      loadBalancerIp,
      privateLink: privateLink ?? 'service',
      plsName: pls,
      plsId: formatResourceId({
        subscriptionId: sub,
        resourceGroup: plsRg,
        provider: 'Microsoft.Network',
        types: ['privateLinkServices'],
        names: [pls],
      }),
      plsSubnet,
      visibility: visibility ?? [],
      autoApproval: autoApproval ?? [],
      natIpCount: natIpCount ?? 1,
      proxyProtocol: proxyProtocol ?? false,
      plsFqdns: plsFqdns ?? [],
      endpoints: (endpoints ?? []).map(e => {
        const base = e.name ?? `pe-${linkName}-${e.subnet.parent?.name ?? 'vnet'}-${e.subnet.name}`
        let endpointName = base.slice(0, 64)
        for (let n = 2; names.has(endpointName.toLowerCase()); n++) {
          endpointName = `${base.slice(0, 64 - String(n).length - 1)}-${n}`
        }
        names.add(endpointName.toLowerCase())
        return {
          name: endpointName,
          subnet: e.subnet,
          requestMessage: e.requestMessage,
          dnsName: e.dnsName ?? endpointName.toLowerCase(),
          id: formatResourceId({
            subscriptionId: e.subnet.subscriptionId,
            resourceGroup: e.subnet.resourceGroup,
            provider: 'Microsoft.Network',
            types: ['privateEndpoints'],
            names: [endpointName],
          }),
        }
      }),
      privateDnsZone,
      waitTimeoutMs: waitTimeoutMs ?? 600000,
      appGateway,
      inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
    }
  })
}
