import type { AccessToken, TokenCredential } from '@azure/core-auth'
import { NetworkManagementClient } from '@azure/arm-network'
import type { ArmSimulator } from '../../support/arm-simulator/index.js'

export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001'
export const RG = 'rg-net'
export const LOCATION = 'westeurope'
export const TENANT = '11111111-1111-1111-1111-111111111111'
export const CLIENT_ID = '22222222-2222-2222-2222-222222222222'

/** A credential that always answers with a token the simulator did not issue. */
export function staticCredential(token: string): TokenCredential {
  return {
    getToken: (): Promise<AccessToken> =>
      Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 }),
  }
}

/** The real SDK client pointed at the simulator, trusting its CA explicitly. */
export function networkClient(
  sim: ArmSimulator,
  credential: TokenCredential,
): NetworkManagementClient {
  return new NetworkManagementClient(credential, SUBSCRIPTION, {
    endpoint: sim.url,
    credentials: { scopes: [`${sim.url}/.default`] },
    tlsOptions: { ca: sim.caCertPem },
    retryOptions: { maxRetries: 3, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
  })
}

export function armId(...parts: string[]): string {
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Network/${parts.join('/')}`
}
