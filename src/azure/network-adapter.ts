import type { TokenCredential } from '@azure/core-auth'
import { NetworkManagementClient } from '@azure/arm-network'
import type { PrivateDnsManagementClient } from '@azure/arm-privatedns'
import { parseResourceId } from '../core/inputs/resource-id.js'
import type { Network, WireBody } from '../core/network.js'
import type { Clock, Log } from '../core/ports.js'
import { armScope, type Cloud } from './clouds.js'
import { codeOf, isRetryableConflict, statusOf, toAzureRequestError } from './errors.js'
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
type PollOptions = { updateIntervalInMs: number }

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

/**
 * Microsoft.Network through @azure/arm-network's typed operations. Bodies stay in ARM's wire
 * format on both sides of this port: reads return the JSON ARM sent (captured from the raw
 * response), and writes turn the planned wire body into the SDK model, which the SDK
 * serialises back to the same JSON. Writes wait for the long-running operation, retry a
 * bounded number of times on 409 AnotherOperationInProgress (the SDK itself retries 429 with
 * Retry-After and 5xx), and return the resource as read after the write.
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

  async function write(ops: ResourceOps, id: string, body: WireBody): Promise<WireBody> {
    const where = locate(id)
    const client = clientFor(where.subscriptionId)
    for (let attempt = 1; ; attempt++) {
      try {
        await ops.put(client, where.resourceGroup, where.names, toSdkModel(body), poll)
        break
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
    const after = await read(ops, id)
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
    getManagedCluster: async id => {
      const where = locate(id)
      const { ContainerServiceClient } = await import('@azure/arm-containerservice')
      const aks = new ContainerServiceClient(options.credential, where.subscriptionId, sdkOptions)
      return readRaw(id, onResponse =>
        aks.managedClusters.get(where.resourceGroup, at(where.names, 0), { onResponse }),
      )
    },
    putPrivateLinkService: (id, body) => write(OPS.privateLinkService, id, body),
    putPrivateEndpoint: (id, body) => write(OPS.privateEndpoint, id, body),
    putPrivateLinkServiceConnection: (id, body) =>
      write(OPS.privateLinkServiceConnection, id, body),
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
