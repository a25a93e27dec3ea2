import type { TokenCredential } from '@azure/core-auth'
import { NetworkManagementClient } from '@azure/arm-network'
import type { AuthorizationManagementClient } from '@azure/arm-authorization'
import type { PrivateDnsManagementClient } from '@azure/arm-privatedns'
import { parseResourceId } from '../core/inputs/resource-id.js'
import {
  AUTHORIZATION_API_VERSION,
  CONTAINER_SERVICE_API_VERSION,
  NETWORK_API_VERSION,
  type Network,
  type WireBody,
  type WriteOptions,
} from '../core/network.js'
import type { Clock, Log } from '../core/ports.js'
import { armScope, type Cloud } from './clouds.js'
import { codeOf, isRetryableConflict, statusOf, toAzureRequestError } from './errors.js'
import { putWireBody, type RestClient } from './raw-arm.js'
import { toSdkModel } from './wire-model.js'

export interface NetworkAdapterOptions {
  readonly step: string
  readonly credential: TokenCredential
  readonly cloud: Cloud
  readonly subscriptionId: string
  readonly log: Log
  readonly clock: Clock
  readonly userAgent: string
  /** Long-running operation poll interval when ARM sends no Retry-After; default 5 s. */
  readonly pollIntervalMs?: number
  /** Tries for 409 AnotherOperationInProgress / RetryableError; default 5. */
  readonly conflictTries?: number
  readonly conflictDelayMs?: number
  /** Extra CA certificates to trust (private clouds). */
  readonly trustedCaPem?: string
}

/** Where a resource lives: its resource group and the names along its type path. */
interface Located {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly names: readonly string[]
}

type Client = NetworkManagementClient
type RawCallback = { onResponse: (raw: { parsedBody?: unknown }) => void }
type PollOptions = {
  updateIntervalInMs: number
  requestOptions?: { headers: Record<string, string> }
}

/** One resource type: how to read it and how to write it with the typed SDK operations. */
interface ResourceOps {
  get(c: Client, rg: string, n: readonly string[], o: RawCallback): Promise<unknown>
  put(
    c: Client,
    rg: string,
    n: readonly string[],
    model: never,
    o: PollOptions,
  ): PromiseLike<unknown>
}

const at = (n: readonly string[], i: number): string => n[i] ?? ''

const OPS = {
  virtualNetwork: {
    get: (c, rg, n, o) => c.virtualNetworks.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.virtualNetworks.createOrUpdate(rg, at(n, 0), m, o),
  },
  subnet: {
    get: (c, rg, n, o) => c.subnets.get(rg, at(n, 0), at(n, 1), o),
    put: (c, rg, n, m, o) => c.subnets.createOrUpdate(rg, at(n, 0), at(n, 1), m, o),
  },
  routeTable: {
    get: (c, rg, n, o) => c.routeTables.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.routeTables.createOrUpdate(rg, at(n, 0), m, o),
  },
  publicIpAddress: {
    get: (c, rg, n, o) => c.publicIPAddresses.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.publicIPAddresses.createOrUpdate(rg, at(n, 0), m, o),
  },
  firewallPolicy: {
    get: (c, rg, n, o) => c.firewallPolicies.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.firewallPolicies.createOrUpdate(rg, at(n, 0), m, o),
  },
  ruleCollectionGroup: {
    get: (c, rg, n, o) => c.firewallPolicyRuleCollectionGroups.get(rg, at(n, 0), at(n, 1), o),
    put: (c, rg, n, m, o) =>
      c.firewallPolicyRuleCollectionGroups.createOrUpdate(rg, at(n, 0), at(n, 1), m, o),
  },
  azureFirewall: {
    get: (c, rg, n, o) => c.azureFirewalls.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.azureFirewalls.createOrUpdate(rg, at(n, 0), m, o),
  },
  loadBalancer: {
    get: (c, rg, n, o) => c.loadBalancers.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.loadBalancers.createOrUpdate(rg, at(n, 0), m, o),
  },
  privateLinkService: {
    get: (c, rg, n, o) => c.privateLinkServices.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.privateLinkServices.createOrUpdate(rg, at(n, 0), m, o),
  },
  privateLinkServiceConnection: {
    get: (c, rg, n, o) =>
      c.privateLinkServices.getPrivateEndpointConnection(rg, at(n, 0), at(n, 1), o),
    put: (c, rg, n, m) =>
      c.privateLinkServices.updatePrivateEndpointConnection(rg, at(n, 0), at(n, 1), m),
  },
  privateEndpoint: {
    get: (c, rg, n, o) => c.privateEndpoints.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.privateEndpoints.createOrUpdate(rg, at(n, 0), m, o),
  },
  applicationGateway: {
    get: (c, rg, n, o) => c.applicationGateways.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.applicationGateways.createOrUpdate(rg, at(n, 0), m, o),
  },
  wafPolicy: {
    get: (c, rg, n, o) => c.webApplicationFirewallPolicies.get(rg, at(n, 0), o),
    put: (c, rg, n, m) => c.webApplicationFirewallPolicies.createOrUpdate(rg, at(n, 0), m),
  },
  applicationGatewayConnection: {
    get: (c, rg, n, o) =>
      c.applicationGatewayPrivateEndpointConnections.get(rg, at(n, 0), at(n, 1), o),
    put: (c, rg, n, m, o) =>
      c.applicationGatewayPrivateEndpointConnections.update(rg, at(n, 0), at(n, 1), m, o),
  },
  networkInterface: {
    get: (c, rg, n, o) => c.networkInterfaces.get(rg, at(n, 0), o),
    put: (c, rg, n, m, o) => c.networkInterfaces.createOrUpdate(rg, at(n, 0), m, o),
  },
} satisfies Record<string, ResourceOps>

function locate(id: string): Located {
  const parsed = parseResourceId()(id)
  if (!parsed.ok) throw new Error(`not an ARM resource ID: ${id}`)
  return parsed.value
}

/** The subscription of any ARM scope (a subscription, resource group or resource ID). */
function subscriptionOf(scope: string): string {
  const match = /^\/subscriptions\/([^/]+)/i.exec(scope)
  if (!match?.[1]) throw new Error(`not an ARM scope: ${scope}`)
  return match[1]
}

/** A response body as ARM sent it (an AutoRest SDK's `parsedBody` is its flattened model). */
function wireJson<T = WireBody>(text: string | null | undefined): T | undefined {
  if (!text) return undefined
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

/**
 * A scope as @azure/arm-authorization takes it: it puts the value unencoded after the host's
 * `/`, so a scope's own leading `/` would double it.
 */
function scopeParameter(scope: string): string {
  return scope.replace(/^\/+/, '')
}

/**
 * Microsoft.Network through @azure/arm-network's typed operations. Bodies stay in ARM's wire
 * format on both sides of this port: reads return the JSON ARM sent (captured from the raw
 * response), and writes turn the planned wire body into the SDK model, which the SDK
 * serialises back to the same JSON. Writes wait for the long-running operation, retry a
 * bounded number of times on 409 AnotherOperationInProgress (the SDK itself retries 429 with
 * Retry-After and 5xx), and return the resource as read after the write. Two writes skip the
 * SDK model: an Application Gateway (AGIC writes most of it) and an AKS cluster are PUT as the
 * planned wire body through the same SDK pipeline, so nothing read is lost on the way back,
 * with `If-Match` when the plan carries the ETag it was made from. Role assignments go through
 * @azure/arm-authorization, AKS reads through @azure/arm-containerservice.
 */
export function createNetworkAdapter(options: NetworkAdapterOptions): Network {
  // The same cloud endpoint, explicit token scope, user agent and trust for every Azure SDK client.
  const sdkOptions = {
    endpoint: options.cloud.armEndpoint,
    credentials: { scopes: [armScope(options.cloud)] },
    userAgentOptions: { userAgentPrefix: options.userAgent },
    ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
  }
  const clients = new Map<string, Client>()
  const clientFor = (subscriptionId: string): Client => {
    const key = subscriptionId.toLowerCase()
    let client = clients.get(key)
    if (!client) {
      client = new NetworkManagementClient(options.credential, subscriptionId, sdkOptions)
      clients.set(key, client)
    }
    return client
  }
  const poll = { updateIntervalInMs: options.pollIntervalMs ?? 5000 }
  const conflictTries = options.conflictTries ?? 5
  const conflictDelay = options.conflictDelayMs ?? 15000

  async function read(ops: ResourceOps, id: string): Promise<WireBody | undefined> {
    const where = locate(id)
    let raw: unknown
    try {
      await ops.get(clientFor(where.subscriptionId), where.resourceGroup, where.names, {
        onResponse: response => {
          raw = response.parsedBody
        },
      })
    } catch (error) {
      // A missing resource reads as undefined; a missing resource group or parent is an error.
      if (statusOf(error) === 404 && codeOf(error) !== 'ResourceGroupNotFound') return undefined
      throw toAzureRequestError(options.step, 'read', id, error)
    }
    options.log.debug(`GET ${id}`)
    return raw as WireBody
  }

  /** A raw GET through any SDK call that takes `onResponse`; 404 reads as undefined. */
  async function readRaw(
    id: string,
    call: (onResponse: (raw: { parsedBody?: unknown }) => void) => Promise<unknown>,
  ): Promise<WireBody | undefined> {
    let raw: unknown
    try {
      await call(response => {
        raw = response.parsedBody
      })
    } catch (error) {
      if (statusOf(error) === 404 && codeOf(error) !== 'ResourceGroupNotFound') return undefined
      throw toAzureRequestError(options.step, 'read', id, error)
    }
    return raw as WireBody
  }

  const dnsClients = new Map<string, PrivateDnsManagementClient>()
  /** Private DNS zones have their own SDK, loaded on first use. */
  async function privateDns(subscriptionId: string): Promise<PrivateDnsManagementClient> {
    const key = subscriptionId.toLowerCase()
    let client = dnsClients.get(key)
    if (!client) {
      const sdk = await import('@azure/arm-privatedns')
      client = new sdk.PrivateDnsManagementClient(options.credential, subscriptionId, sdkOptions)
      dnsClients.set(key, client)
    }
    return client
  }

  /** Sends a write, retrying a bounded number of times on 409 AnotherOperationInProgress. */
  async function withConflictRetries(id: string, send: () => Promise<unknown>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await send()
        return
      } catch (error) {
        if (isRetryableConflict(error) && attempt < conflictTries) {
          options.log.info(
            `${id}: another operation is in progress (try ${attempt} of ${conflictTries}); waiting ${conflictDelay / 1000} s`,
          )
          await options.clock.sleep(conflictDelay)
          continue
        }
        throw toAzureRequestError(options.step, 'write', id, error)
      }
    }
  }

  async function readBack(
    id: string,
    reader: () => Promise<WireBody | undefined>,
  ): Promise<WireBody> {
    const after = await reader()
    if (after === undefined) {
      throw toAzureRequestError(
        options.step,
        'read back',
        id,
        new Error('the resource is missing right after it was written'),
      )
    }
    return after
  }

  async function write(ops: ResourceOps, id: string, body: WireBody): Promise<WireBody> {
    const where = locate(id)
    const client = clientFor(where.subscriptionId)
    await withConflictRetries(id, () =>
      Promise.resolve(ops.put(client, where.resourceGroup, where.names, toSdkModel(body), poll)),
    )
    return readBack(id, () => read(ops, id))
  }

  const restClients = new Map<string, RestClient>()
  /** The REST client under @azure/arm-network's typed operations: same pipeline and trust. */
  async function restClient(subscriptionId: string): Promise<RestClient> {
    const key = subscriptionId.toLowerCase()
    let client = restClients.get(key)
    if (!client) {
      const { createNetworkManagement } = await import('@azure/arm-network/api')
      client = createNetworkManagement(options.credential, subscriptionId, sdkOptions)
      restClients.set(key, client)
    }
    return client
  }

  /** A PUT of the planned wire body as it is (see putWireBody), then the resource as read. */
  async function writeWire(
    id: string,
    apiVersion: string,
    body: WireBody,
    writeOptions: WriteOptions | undefined,
    reader: () => Promise<WireBody | undefined>,
  ): Promise<WireBody> {
    const client = await restClient(locate(id).subscriptionId)
    await withConflictRetries(id, () =>
      putWireBody(client, id, apiVersion, body, writeOptions?.ifMatch, {
        clock: options.clock,
        pollIntervalMs: poll.updateIntervalInMs,
      }),
    )
    return readBack(id, reader)
  }

  const authorizationClients = new Map<string, AuthorizationManagementClient>()
  /** Role assignments have their own SDK (@azure/arm-authorization), loaded on first use. */
  async function authorization(subscriptionId: string): Promise<AuthorizationManagementClient> {
    const key = subscriptionId.toLowerCase()
    let client = authorizationClients.get(key)
    if (!client) {
      const sdk = await import('@azure/arm-authorization')
      client = new sdk.AuthorizationManagementClient(options.credential, subscriptionId, {
        // An AutoRest (core-client) SDK: its URLs use $host, its token scope credentialScopes.
        $host: options.cloud.armEndpoint,
        endpoint: options.cloud.armEndpoint,
        credentialScopes: [armScope(options.cloud)],
        userAgentOptions: { userAgentPrefix: options.userAgent },
        ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
      })
      authorizationClients.set(key, client)
    }
    return client
  }

  const getManagedCluster = async (id: string): Promise<WireBody | undefined> => {
    const where = locate(id)
    const { ContainerServiceClient } = await import('@azure/arm-containerservice')
    const aks = new ContainerServiceClient(options.credential, where.subscriptionId, sdkOptions)
    return readRaw(id, onResponse =>
      aks.managedClusters.get(where.resourceGroup, at(where.names, 0), { onResponse }),
    )
  }

  return {
    getVirtualNetwork: id => read(OPS.virtualNetwork, id),
    getSubnet: id => read(OPS.subnet, id),
    getRouteTable: id => read(OPS.routeTable, id),
    getPublicIpAddress: id => read(OPS.publicIpAddress, id),
    getFirewallPolicy: id => read(OPS.firewallPolicy, id),
    getRuleCollectionGroup: id => read(OPS.ruleCollectionGroup, id),
    getAzureFirewall: id => read(OPS.azureFirewall, id),
    putRouteTable: (id, body) => write(OPS.routeTable, id, body),
    putSubnet: (id, body) => write(OPS.subnet, id, body),
    putPublicIpAddress: (id, body) => write(OPS.publicIpAddress, id, body),
    putFirewallPolicy: (id, body) => write(OPS.firewallPolicy, id, body),
    putRuleCollectionGroup: (id, body) => write(OPS.ruleCollectionGroup, id, body),
    putAzureFirewall: (id, body) => write(OPS.azureFirewall, id, body),
    getLoadBalancer: id => read(OPS.loadBalancer, id),
    getPrivateLinkService: id => read(OPS.privateLinkService, id),
    getPrivateEndpoint: id => read(OPS.privateEndpoint, id),
    getNetworkInterface: id => read(OPS.networkInterface, id),
    getPrivateDnsZone: async id => {
      const dns = await privateDns(locate(id).subscriptionId)
      const where = locate(id)
      return readRaw(id, onResponse =>
        dns.privateZones.get(where.resourceGroup, at(where.names, 0), { onResponse }),
      )
    },
    getARecordSet: async id => {
      const where = locate(id)
      const dns = await privateDns(where.subscriptionId)
      return readRaw(id, onResponse =>
        dns.recordSets.get(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1), {
          onResponse,
        }),
      )
    },
    putARecordSet: async (id, body) => {
      const where = locate(id)
      const dns = await privateDns(where.subscriptionId)
      try {
        await dns.recordSets.createOrUpdate(
          where.resourceGroup,
          at(where.names, 0),
          'A',
          at(where.names, 1),
          toSdkModel(body),
        )
      } catch (error) {
        throw toAzureRequestError(options.step, 'write', id, error)
      }
      const after = await readRaw(id, onResponse =>
        dns.recordSets.get(where.resourceGroup, at(where.names, 0), 'A', at(where.names, 1), {
          onResponse,
        }),
      )
      return after ?? {}
    },
    deleteARecordSet: async id => {
      const where = locate(id)
      const dns = await privateDns(where.subscriptionId)
      try {
        await dns.recordSets.delete(
          where.resourceGroup,
          at(where.names, 0),
          'A',
          at(where.names, 1),
        )
      } catch (error) {
        if (statusOf(error) === 404) return
        throw toAzureRequestError(options.step, 'delete', id, error)
      }
    },
    getManagedCluster,
    putPrivateLinkService: (id, body) => write(OPS.privateLinkService, id, body),
    putPrivateEndpoint: (id, body) => write(OPS.privateEndpoint, id, body),
    putPrivateLinkServiceConnection: (id, body) =>
      write(OPS.privateLinkServiceConnection, id, body),
    getApplicationGateway: id => read(OPS.applicationGateway, id),
    getWafPolicy: id => read(OPS.wafPolicy, id),
    putApplicationGateway: (id, body, writeOptions) =>
      writeWire(id, NETWORK_API_VERSION, body, writeOptions, () =>
        read(OPS.applicationGateway, id),
      ),
    putWafPolicy: (id, body) => write(OPS.wafPolicy, id, body),
    putApplicationGatewayConnection: (id, body) =>
      write(OPS.applicationGatewayConnection, id, body),
    putManagedCluster: (id, body, writeOptions) =>
      writeWire(id, CONTAINER_SERVICE_API_VERSION, body, writeOptions, () => getManagedCluster(id)),
    listRoleAssignments: async (scope, principalId) => {
      const client = await authorization(subscriptionOf(scope))
      const found: WireBody[] = []
      try {
        const pages = client.roleAssignments
          .listForScope(scopeParameter(scope), {
            filter: `principalId eq '${principalId}'`,
            // The wire JSON, not the SDK's flattened model.
            onResponse: raw => {
              const value = wireJson<{ value?: unknown }>(raw.bodyAsText)?.value
              if (Array.isArray(value)) found.push(...(value as WireBody[]))
            },
          })
          .byPage()
        for await (const page of pages) void page
      } catch (error) {
        throw toAzureRequestError(options.step, 'list the role assignments of', scope, error)
      }
      return found
    },
    putRoleAssignment: async (id, body) => {
      const match = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i.exec(
        id,
      )
      if (!match?.[1] || !match[2]) throw new Error(`not a role assignment ID: ${id}`)
      const [scope, name] = [match[1], match[2]]
      const client = await authorization(subscriptionOf(scope))
      let raw: unknown
      await withConflictRetries(id, () =>
        client.roleAssignments.create(scopeParameter(scope), name, toSdkModel(body), {
          onResponse: response => {
            raw = wireJson(response.bodyAsText)
          },
        }),
      )
      options.log.debug(`PUT ${id} (api-version ${AUTHORIZATION_API_VERSION})`)
      return raw as WireBody
    },
    deletePrivateEndpoint: async id => {
      const where = locate(id)
      try {
        await clientFor(where.subscriptionId).privateEndpoints.delete(
          where.resourceGroup,
          at(where.names, 0),
          poll,
        )
      } catch (error) {
        if (statusOf(error) === 404) return
        throw toAzureRequestError(options.step, 'delete', id, error)
      }
    },
  }
}
