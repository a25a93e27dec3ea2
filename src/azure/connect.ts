import type { Network } from '../core/network.js'
import type { Clock, Log } from '../core/ports.js'
import { TOOL_NAME } from '../core/render.js'
import { createCredential } from './credentials.js'
import { createNetworkAdapter } from './network-adapter.js'
import type { Cloud } from './clouds.js'
import type { CredentialRequest } from './credential-request.js'

export interface ConnectOptions {
  readonly step: string
  readonly cloud: Cloud
  readonly credential: CredentialRequest
  readonly subscriptionId: string
  readonly log: Log
  readonly clock: Clock
  readonly version: string
  readonly trustedCaPem?: string
}

/**
 * The only entry into the Azure SDKs. Hosts import this module dynamically after the inputs
 * are valid, so a run that fails on its inputs never loads @azure/identity or arm-network.
 */
export function connectNetwork(options: ConnectOptions): Network {
  const pollMs = Number(process.env['AKS_SECURE_NETWORKING_POLL_INTERVAL_MS'])
  return createNetworkAdapter({
    step: options.step,
    credential: createCredential(options.credential, options.cloud, options.trustedCaPem),
    ...(options.trustedCaPem ? { trustedCaPem: options.trustedCaPem } : {}),
    cloud: options.cloud,
    subscriptionId: options.subscriptionId,
    log: options.log,
    clock: options.clock,
    userAgent: `${TOOL_NAME}/${options.version}`,
    ...(Number.isFinite(pollMs) && pollMs > 0
      ? { pollIntervalMs: pollMs, conflictDelayMs: pollMs }
      : {}),
  })
}
