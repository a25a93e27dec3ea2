import { createHash } from 'node:crypto'
import { ArmError } from './arm-error.js'
import {
  isUsableAddress,
  nextFreeAddress,
  subnetIpv4Prefix,
  usedAddresses,
} from './ip-allocation.js'
import { asArray, asObject, asString, clone, isObject, type JsonObject } from './json-types.js'
import { parseResourceId, resourceGroupId, sameId } from './resource-id.js'
import { newEtag, type ResourceStore } from './resource-store.js'
import { deterministicGuid } from './server-assigned.js'

const PRIVATE_ENDPOINT = 'Microsoft.Network/privateEndpoints'
const PRIVATE_LINK_SERVICE = 'Microsoft.Network/privateLinkServices'
const PLS_CONNECTION = 'Microsoft.Network/privateLinkServices/privateEndpointConnections'
const APPLICATION_GATEWAY = 'Microsoft.Network/applicationGateways'
const GATEWAY_CONNECTION = 'Microsoft.Network/applicationGateways/privateEndpointConnections'
/** Resources a Private Endpoint can connect to, each with its connections' child type. */
const LINK_TARGETS: readonly (readonly [string, string])[] = [
  [PRIVATE_LINK_SERVICE, PLS_CONNECTION],
  [APPLICATION_GATEWAY, GATEWAY_CONNECTION],
]
const NETWORK_INTERFACE = 'Microsoft.Network/networkInterfaces'

/** The PE's two connection lists; `true` marks the manual one (needs the provider's approval). */
const CONNECTION_LISTS = [
  ['privateLinkServiceConnections', false],
  ['manualPrivateLinkServiceConnections', true],
] as const

const KNOWN_STATUSES = ['Pending', 'Approved', 'Rejected', 'Removed', 'Disconnected']

type ConnectionState = { status: string; description: string; actionsRequired: string }

/**
 * Server-side effects of a PUT on private link resources, applied before the body is stored.
 * Returns the body to store (other resource types pass through unchanged).
 */
export function applyPrivateLinkWrite(
  store: ResourceStore,
  id: string,
  type: string,
  body: unknown,
): unknown {
  if (sameId(type, PRIVATE_ENDPOINT)) return writePrivateEndpoint(store, id, asObject(body))
  if (sameId(type, PRIVATE_LINK_SERVICE)) return writePrivateLinkService(store, id, asObject(body))
  if (sameId(type, APPLICATION_GATEWAY)) return writeApplicationGateway(store, id, asObject(body))
  if (LINK_TARGETS.some(([, connection]) => sameId(type, connection))) {
    return writeConnection(store, id, asObject(body))
  }
  return body
}

/** Server-side effects of deleting `id` (called just before it is removed from the store). */
export function applyPrivateLinkDelete(store: ResourceStore, id: string, type: string): void {
  if (sameId(type, PRIVATE_ENDPOINT)) {
    for (const entry of connectionsOf(store, id)) store.delete(asString(entry.id) ?? '')
    const pe = store.read(id)
    for (const nic of asArray(asObject(pe?.properties).networkInterfaces)) {
      const nicId = asString(asObject(nic).id)
      const stored = nicId ? store.read(nicId) : undefined
      if (nicId && sameId(asString(asObject(asObject(stored?.properties).privateEndpoint).id), id))
        store.delete(nicId)
    }
  } else if (LINK_TARGETS.some(([, connection]) => sameId(type, connection))) {
    const entry = store.read(id)
    const peId = asString(asObject(asObject(entry?.properties).privateEndpoint).id)
    if (peId) mirrorState(store, parseResourceId(id)?.parentId ?? '', peId, disconnected())
  } else if (LINK_TARGETS.some(([target]) => sameId(type, target))) {
    const pls = store.read(id)
    for (const entry of asArray(asObject(pls?.properties).privateEndpointConnections)) {
      const peId = asString(asObject(asObject(asObject(entry).properties).privateEndpoint).id)
      if (peId) mirrorState(store, id, peId, disconnected())
    }
  }
}

/** The PLS (by resource id or alias) or Application Gateway (by id) a connection names. */
export function resolvePrivateLinkService(
  store: ResourceStore,
  reference: string,
): JsonObject | undefined {
  if (parseResourceId(reference)) {
    const found = store.read(reference)
    return found && LINK_TARGETS.some(([target]) => sameId(asString(found.type), target))
      ? found
      : undefined
  }
  return store
    .list('/subscriptions', PRIVATE_LINK_SERVICE)
    .find(pls => sameId(asString(asObject(pls.properties).alias), reference))
}

/** Whether a `privateLinkServiceId` is meant to name a link target (id, or a PLS alias). */
export function namesPrivateLinkService(reference: string): boolean {
  const parsed = parseResourceId(reference)
  return parsed
    ? LINK_TARGETS.some(([target]) => sameId(parsed.type, target))
    : !reference.startsWith('/')
}

/** Whether the resource is an Application Gateway (its connections need a frontend groupId). */
export function isApplicationGateway(resource: JsonObject | undefined): boolean {
  return sameId(asString(resource?.type), APPLICATION_GATEWAY)
}

function disconnected(): ConnectionState {
  return {
    status: 'Disconnected',
    description: 'The private link service connection was removed by the service provider.',
    actionsRequired: 'None',
  }
}

function linkIdentifier(seed: string): string {
  return String(createHash('sha256').update(seed.toLowerCase()).digest().readUInt32BE(0))
}

/** Every target-side connection entry (PLS or gateway) that points at the private endpoint `peId`. */
function connectionsOf(store: ResourceStore, peId: string): JsonObject[] {
  return LINK_TARGETS.flatMap(([target]) => store.list('/subscriptions', target))
    .flatMap(pls => asArray(asObject(pls.properties).privateEndpointConnections).filter(isObject))
    .filter(entry =>
      sameId(asString(asObject(asObject(entry.properties).privateEndpoint).id), peId),
    )
}

function allocate(
  store: ResourceStore,
  subnetId: string,
  taken: ReadonlySet<string>,
  ignoreId?: string,
): string | undefined {
  const subnet = store.read(subnetId)
  const prefix = subnetIpv4Prefix(subnet)
  if (prefix === undefined) return undefined
  const used = usedAddresses(store.all(), subnetId, ignoreId)
  for (const address of taken) used.add(address)
  const address = nextFreeAddress(prefix, used)
  if (address === undefined) {
    throw new ArmError(
      400,
      'SubnetIsFull',
      `Subnet ${parseResourceId(subnetId)?.name ?? subnetId} with address prefix ${prefix} does not have enough capacity for 1 IP addresses.`,
    )
  }
  return address
}

function checkStaticAddress(
  store: ResourceStore,
  subnetId: string,
  address: string,
  ownerId: string,
  ignoreId?: string,
): void {
  const prefix = subnetIpv4Prefix(store.read(subnetId))
  if (prefix !== undefined && !isUsableAddress(prefix, address)) {
    throw new ArmError(
      400,
      'PrivateIPAddressNotInSubnet',
      `IP configuration ${ownerId} references the private IP address ${address} which is not in the subnet ${subnetId} address prefix ${prefix}.`,
    )
  }
  if (usedAddresses(store.all(), subnetId, ignoreId).has(address)) {
    throw new ArmError(
      400,
      'PrivateIPAddressInUse',
      `IP configuration ${ownerId} is using the private IP address ${address} which is already allocated to another resource in subnet ${subnetId}.`,
    )
  }
}

/**
 * A PE PUT: its NIC `<pe>.nic.<guid>` (or `customNetworkInterfaceName`) in the PE's resource group
 * with the next free subnet address, `networkInterfaces` + `customDnsConfigs`, and a PLS-side
 * connection per referenced PLS whose state the PE's own connection mirrors.
 */
function writePrivateEndpoint(store: ResourceStore, id: string, body: JsonObject): JsonObject {
  const parsed = parseResourceId(id)
  if (!parsed) return body
  const props = asObject(body.properties)
  const existing = store.read(id)
  const existingProps = asObject(existing?.properties)
  const location = asString(body.location) ?? asString(existing?.location) ?? 'global'
  const subnetId = asString(asObject(props.subnet).id)

  let nicId = asString(asObject(asArray(existingProps.networkInterfaces)[0]).id)
  const existingNic = nicId ? store.read(nicId) : undefined
  if (!existingNic) {
    const nicName =
      asString(props.customNetworkInterfaceName) ?? `${parsed.name}.nic.${deterministicGuid(id)}`
    nicId = `${resourceGroupId(parsed.subscriptionId, parsed.resourceGroup ?? '')}/providers/${NETWORK_INTERFACE}/${nicName}`
  }
  let address: string | undefined
  if (subnetId !== undefined && nicId !== undefined) {
    const existingConfig = asObject(asArray(asObject(existingNic?.properties).ipConfigurations)[0])
    const staticAddress = asString(
      asObject(asArray(props.ipConfigurations).filter(isObject)[0]?.properties).privateIPAddress,
    )
    address = asString(asObject(existingConfig.properties).privateIPAddress)
    if (address === undefined && staticAddress !== undefined) {
      checkStaticAddress(store, subnetId, staticAddress, id)
      address = staticAddress
    }
    address ??= allocate(store, subnetId, new Set())
    const configName =
      asString(existingConfig.name) ?? `privateEndpointIpConfig.${deterministicGuid(nicId)}`
    store.put(
      nicId,
      NETWORK_INTERFACE,
      {
        location,
        properties: {
          ipConfigurations: [
            {
              name: configName,
              properties: {
                ...(address !== undefined ? { privateIPAddress: address } : {}),
                privateIPAllocationMethod: staticAddress !== undefined ? 'Static' : 'Dynamic',
                privateIPAddressVersion: 'IPv4',
                primary: true,
                subnet: { id: subnetId },
              },
            },
          ],
          privateEndpoint: { id },
          nicType: 'Standard',
          enableAcceleratedNetworking: false,
          enableIPForwarding: false,
          resourceGuid: deterministicGuid(`resourceGuid:${nicId}`),
        },
      },
      'Succeeded',
    )
    props.networkInterfaces = [{ id: nicId }]
  } else {
    delete props.networkInterfaces
  }

  const kept = new Set<string>()
  for (const [list, manual] of CONNECTION_LISTS) {
    if (props[list] === undefined) continue
    props[list] = asArray(props[list])
      .filter(isObject)
      .map(connection => {
        const connectionProps = asObject(connection.properties)
        const name = asString(connection.name) ?? ''
        const reference = asString(connectionProps.privateLinkServiceId)
        const pls = reference ? resolvePrivateLinkService(store, reference) : undefined
        let state: ConnectionState
        if (pls) {
          const entry = ensureConnection(store, pls, id, location, manual, connectionProps)
          kept.add((asString(entry.id) ?? '').toLowerCase())
          state = toState(asObject(entry.properties).privateLinkServiceConnectionState)
        } else {
          state = manual
            ? pending(asString(connectionProps.requestMessage))
            : { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' }
        }
        return {
          ...connection,
          id: `${id}/${list}/${name}`,
          type: `${PRIVATE_ENDPOINT}/${list}`,
          etag: newEtag(),
          properties: {
            ...connectionProps,
            provisioningState: 'Succeeded',
            privateLinkServiceConnectionState: clone(state),
          },
        }
      })
  }
  for (const entry of connectionsOf(store, id)) {
    const entryId = asString(entry.id) ?? ''
    if (!kept.has(entryId.toLowerCase())) store.delete(entryId)
  }

  const dns = asArray(props.customDnsConfigs)
  if (dns.length === 0 && address !== undefined)
    props.customDnsConfigs = [{ ipAddresses: [address] }]
  body.properties = props
  return body
}

function toState(value: unknown): ConnectionState {
  const state = asObject(value)
  return {
    status: asString(state.status) ?? 'Pending',
    description: asString(state.description) ?? '',
    actionsRequired: asString(state.actionsRequired) ?? 'None',
  }
}

function pending(requestMessage: string | undefined): ConnectionState {
  return { status: 'Pending', description: requestMessage ?? '', actionsRequired: 'None' }
}

/** The PLS-side entry for `peId`, created (Approved or Pending) if the PLS has none yet. */
function ensureConnection(
  store: ResourceStore,
  pls: JsonObject,
  peId: string,
  peLocation: string,
  manual: boolean,
  connectionProps: JsonObject,
): JsonObject {
  const plsId = asString(pls.id) ?? ''
  const plsProps = asObject(pls.properties)
  const found = asArray(plsProps.privateEndpointConnections)
    .filter(isObject)
    .find(entry => sameId(asString(asObject(asObject(entry.properties).privateEndpoint).id), peId))
  if (found) return found
  const pe = parseResourceId(peId)
  const connectionType = isApplicationGateway(pls) ? GATEWAY_CONNECTION : PLS_CONNECTION
  const autoApproved =
    !manual ||
    asArray(asObject(plsProps.autoApproval).subscriptions).some(s =>
      sameId(asString(s), pe?.subscriptionId),
    )
  const state: ConnectionState = autoApproved
    ? { status: 'Approved', description: 'Auto-Approved', actionsRequired: 'None' }
    : pending(asString(connectionProps.requestMessage))
  const seed = `${peId}|${plsId}`
  const name = `${pe?.name ?? 'pe'}.${deterministicGuid(seed)}`
  return store.put(
    `${plsId}/privateEndpointConnections/${name}`,
    connectionType,
    {
      name,
      properties: {
        privateEndpoint: { id: peId },
        privateLinkServiceConnectionState: state,
        linkIdentifier: linkIdentifier(seed),
        privateEndpointLocation: peLocation,
      },
    },
    'Succeeded',
  )
}

/** Copies a PLS-side state onto the PE's connection(s) that point at `plsId`. */
function mirrorState(
  store: ResourceStore,
  plsId: string,
  peId: string,
  state: ConnectionState,
): void {
  store.mutate(peId, pe => {
    const props = asObject(pe.properties)
    for (const [list] of CONNECTION_LISTS) {
      for (const connection of asArray(props[list]).filter(isObject)) {
        const connectionProps = asObject(connection.properties)
        const reference = asString(connectionProps.privateLinkServiceId) ?? ''
        const target = parseResourceId(reference)
          ? reference
          : asString(resolvePrivateLinkService(store, reference)?.id)
        if (!sameId(target, plsId)) continue
        connectionProps.privateLinkServiceConnectionState = clone(state)
        connection.properties = connectionProps
        connection.etag = newEtag()
      }
    }
  })
}

/**
 * A PLS PUT: `privateEndpointConnections` stay as they are (readonly, owned by the PEs), the alias
 * is server-assigned, and dynamic NAT ipConfigurations get the next free address of their subnet
 * (kept across re-PUTs by ipConfiguration name).
 */
function writePrivateLinkService(store: ResourceStore, id: string, body: JsonObject): JsonObject {
  const props = asObject(body.properties)
  const existingProps = asObject(store.read(id)?.properties)
  props.privateEndpointConnections = keptConnections(existingProps)
  delete props.alias
  if (props.ipConfigurations !== undefined) {
    props.ipConfigurations = assignDynamicAddresses(
      store,
      id,
      `${id}/ipConfigurations`,
      props.ipConfigurations,
      existingProps.ipConfigurations,
      new Set(),
    )
  }
  body.properties = props
  return body
}

/** Connections are readonly on a write: they stay as they are (owned by the Private Endpoints). */
function keptConnections(existingProps: JsonObject): JsonObject[] {
  return asArray(existingProps.privateEndpointConnections)
    .filter(isObject)
    .map(entry => clone(entry))
}

/**
 * Gives each ipConfiguration its private address: a static one is checked against its subnet, a
 * dynamic one keeps the address it had (by name) or gets the next free one.
 */
function assignDynamicAddresses(
  store: ResourceStore,
  ownerId: string,
  prefix: string,
  configs: unknown,
  existing: unknown,
  taken: Set<string>,
): JsonObject[] {
  const previous = new Map<string, string>()
  for (const config of asArray(existing).filter(isObject)) {
    const address = asString(asObject(config.properties).privateIPAddress)
    if (address !== undefined) previous.set((asString(config.name) ?? '').toLowerCase(), address)
  }
  return asArray(configs)
    .filter(isObject)
    .map((config, index) => {
      const configProps = asObject(config.properties)
      const subnetId = asString(asObject(configProps.subnet).id)
      const name = (asString(config.name) ?? '').toLowerCase()
      let address = asString(configProps.privateIPAddress)
      if (address !== undefined && subnetId !== undefined && address !== previous.get(name))
        checkStaticAddress(store, subnetId, address, `${prefix}/${name}`, ownerId)
      address ??= previous.get(name)
      if (address === undefined && subnetId !== undefined)
        address = allocate(store, subnetId, taken, ownerId)
      if (address !== undefined) taken.add(address)
      return {
        ...config,
        properties: {
          privateIPAllocationMethod: 'Dynamic',
          privateIPAddressVersion: 'IPv4',
          primary: index === 0,
          ...configProps,
          ...(address !== undefined ? { privateIPAddress: address } : {}),
        },
      }
    })
}

/**
 * An Application Gateway PUT: its Private Endpoint connections stay (readonly), the static
 * private frontend IP must be a usable address of the gateway's subnet, the Private Link
 * configurations' dynamic IPs get addresses of their subnet (which must not be the gateway's,
 * per the Application Gateway Private Link documentation), and the gateway reports Running.
 */
function writeApplicationGateway(store: ResourceStore, id: string, body: JsonObject): JsonObject {
  const props = asObject(body.properties)
  const existingProps = asObject(store.read(id)?.properties)
  props.privateEndpointConnections = keptConnections(existingProps)
  const gatewaySubnets = asArray(props.gatewayIPConfigurations)
    .map(c => asString(asObject(asObject(asObject(c).properties).subnet).id))
    .filter((s): s is string => s !== undefined)
  const existingFrontends = new Map(
    asArray(existingProps.frontendIPConfigurations)
      .filter(isObject)
      .map(f => [
        (asString(f.name) ?? '').toLowerCase(),
        asString(asObject(f.properties).privateIPAddress),
      ]),
  )
  for (const frontend of asArray(props.frontendIPConfigurations).filter(isObject)) {
    const frontendProps = asObject(frontend.properties)
    const address = asString(frontendProps.privateIPAddress)
    const subnetId = asString(asObject(frontendProps.subnet).id)
    const name = (asString(frontend.name) ?? '').toLowerCase()
    if (address === undefined || subnetId === undefined) continue
    if (!gatewaySubnets.some(g => sameId(g, subnetId))) {
      throw new ArmError(
        400,
        'ApplicationGatewayFrontendIpConfigurationSubnetMustBeGatewaySubnet',
        `Frontend IP configuration ${id}/frontendIPConfigurations/${name} uses subnet ${subnetId}; a private frontend must be in the gateway's subnet.`,
      )
    }
    if (existingFrontends.get(name) !== address) {
      checkStaticAddress(store, subnetId, address, `${id}/frontendIPConfigurations/${name}`, id)
    }
  }
  const taken = new Set<string>()
  const existingLinks = new Map(
    asArray(existingProps.privateLinkConfigurations)
      .filter(isObject)
      .map(l => [(asString(l.name) ?? '').toLowerCase(), asObject(l.properties).ipConfigurations]),
  )
  props.privateLinkConfigurations = asArray(props.privateLinkConfigurations)
    .filter(isObject)
    .map(link => {
      const linkProps = asObject(link.properties)
      const name = asString(link.name) ?? ''
      for (const config of asArray(linkProps.ipConfigurations)) {
        const subnetId = asString(asObject(asObject(asObject(config).properties).subnet).id)
        if (subnetId !== undefined && gatewaySubnets.some(g => sameId(g, subnetId))) {
          throw new ArmError(
            400,
            'ApplicationGatewayPrivateLinkSubnetMustDifferFromGatewaySubnet',
            `Private link configuration ${id}/privateLinkConfigurations/${name} uses the gateway's own subnet ${subnetId}; it needs a subnet of its own.`,
          )
        }
      }
      return {
        ...link,
        properties: {
          ...linkProps,
          ipConfigurations: assignDynamicAddresses(
            store,
            id,
            `${id}/privateLinkConfigurations/${name}/ipConfigurations`,
            linkProps.ipConfigurations,
            existingLinks.get(name.toLowerCase()),
            taken,
          ),
        },
      }
    })
  props.operationalState = 'Running'
  body.properties = props
  return body
}

/**
 * PrivateLinkServices_UpdatePrivateEndpointConnection: only the connection state changes (the
 * readonly values stay); the PE's own connection shows the same state.
 */
function writeConnection(store: ResourceStore, id: string, body: JsonObject): JsonObject {
  const existing = store.read(id)
  if (!existing) throw new ArmError(404, 'NotFound', `Resource ${id} not found.`)
  const requested = asObject(asObject(body.properties).privateLinkServiceConnectionState)
  const current = asObject(asObject(existing.properties).privateLinkServiceConnectionState)
  const status = asString(requested.status) ?? asString(current.status) ?? 'Pending'
  const state: ConnectionState = {
    status: KNOWN_STATUSES.find(s => sameId(s, status)) ?? status,
    description: asString(requested.description) ?? asString(current.description) ?? '',
    actionsRequired: asString(requested.actionsRequired) ?? 'None',
  }
  const peId = asString(asObject(asObject(existing.properties).privateEndpoint).id)
  if (peId) mirrorState(store, parseResourceId(id)?.parentId ?? '', peId, state)
  return {
    ...existing,
    properties: { ...asObject(existing.properties), privateLinkServiceConnectionState: state },
  }
}
