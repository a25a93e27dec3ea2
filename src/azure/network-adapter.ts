import type { TokenCredential } from '@azure/core-auth'
import { NetworkManagementClient } from '@azure/arm-network'
import { parseResourceId } from '../core/inputs/resource-id.js'
import type { Network, WireBody } from '../core/network.js'
import type { Clock, Log } from '../core/ports.js'
import { armScope, type Cloud } from './clouds.js'
import { isRetryableConflict, statusOf, toAzureRequestError } from './errors.js'
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

interface Located {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly names: readonly string[]
}

function locate(id: string): Located {
  const parsed = parseResourceId()(id)
  if (!parsed.ok) throw new Error(`not an ARM resource ID: ${id}`)
  return parsed.value
}

/**
 * Microsoft.Network through @azure/arm-network's typed operations. Bodies stay in ARM's wire
 * format on both sides of this port: reads return the JSON ARM sent (captured from the raw
 * response), and writes convert the planned wire body into the SDK model, which the SDK
 * serialises back to the same JSON.
 */
export function createNetworkAdapter(options: NetworkAdapterOptions): Network {
  const clients = new Map<string, NetworkManagementClient>()
  const clientFor = (subscriptionId: string): NetworkManagementClient => {
    const key = subscriptionId.toLowerCase()
    let client = clients.get(key)
    if (!client) {
      client = new NetworkManagementClient(options.credential, subscriptionId, {
        endpoint: options.cloud.armEndpoint,
        credentials: { scopes: [armScope(options.cloud)] },
        userAgentOptions: { userAgentPrefix: options.userAgent },
        ...(options.trustedCaPem ? { tlsOptions: { ca: options.trustedCaPem } } : {}),
      })
      clients.set(key, client)
    }
    return client
  }
  const pollInterval = options.pollIntervalMs ?? 5000
  const conflictTries = options.conflictTries ?? 5
  const conflictDelay = options.conflictDelayMs ?? 15000

  async function read(
    id: string,
    call: (
      client: NetworkManagementClient,
      at: Located,
      onResponse: (raw: { parsedBody?: unknown }) => void,
    ) => Promise<unknown>,
  ): Promise<WireBody | undefined> {
    const at = locate(id)
    let raw: unknown
    try {
      await call(clientFor(at.subscriptionId), at, response => {
        raw = response.parsedBody
      })
    } catch (error) {
      if (statusOf(error) === 404) return undefined
      throw toAzureRequestError(options.step, 'read', id, error)
    }
    options.log.debug(`GET ${id}`)
    return raw as WireBody
  }

  async function write(
    id: string,
    call: (client: NetworkManagementClient, at: Located) => Promise<unknown>,
  ): Promise<WireBody> {
    const at = locate(id)
    for (let attempt = 1; ; attempt++) {
      try {
        await call(clientFor(at.subscriptionId), at)
        const after = await readBack(id)
        if (after === undefined) throw new Error(`${id} is missing right after it was written`)
        return after
      } catch (error) {
        if (isRetryableConflict(error) && attempt < conflictTries) {
          options.log.info(
            `${id}: another operation is in progress (try ${attempt} of ${conflictTries}); waiting ${conflictDelay / 1000} s`,
          )
          await options.clock.sleep(conflictDelay)
          continue
        }
        if (error instanceof Error && error.name === 'AzureRequestError') throw error
        throw toAzureRequestError(options.step, 'write', id, error)
      }
    }
  }

  const network: Network = {
    getVirtualNetwork: id =>
      read(id, (c, at, onResponse) =>
        c.virtualNetworks.get(at.resourceGroup, at.names[0] ?? '', { onResponse }),
      ),
    getSubnet: id =>
      read(id, (c, at, onResponse) =>
        c.subnets.get(at.resourceGroup, at.names[0] ?? '', at.names[1] ?? '', { onResponse }),
      ),
    getRouteTable: id =>
      read(id, (c, at, onResponse) =>
        c.routeTables.get(at.resourceGroup, at.names[0] ?? '', { onResponse }),
      ),
    putRouteTable: (id, body) =>
      write(id, (c, at) =>
        c.routeTables.createOrUpdate(at.resourceGroup, at.names[0] ?? '', toSdkModel(body), {
          updateIntervalInMs: pollInterval,
        }),
      ),
    putSubnet: (id, body) =>
      write(id, (c, at) =>
        c.subnets.createOrUpdate(
          at.resourceGroup,
          at.names[0] ?? '',
          at.names[1] ?? '',
          toSdkModel(body),
          {
            updateIntervalInMs: pollInterval,
          },
        ),
      ),
  }
  const readBack = (id: string): Promise<WireBody | undefined> =>
    /\/subnets\/[^/]+$/i.test(id) ? network.getSubnet(id) : network.getRouteTable(id)
  return network
}
