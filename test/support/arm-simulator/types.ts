export interface RequestLogEntry {
  time: string
  method: string
  /** The path without the query string. */
  path: string
  apiVersion: string | undefined
  status: number
  body?: unknown
  operationId?: string
}

export interface TokenRequestEntry {
  time: string
  endpoint: 'oauth2' | 'github-oidc' | 'ado-oidc' | 'msi'
  tenant?: string
  grantType?: string
  clientId?: string
  scope?: string
  resource?: string
  hasClientSecret: boolean
  hasClientAssertion: boolean
  /** The client assertion's JWT header carried `x5t`/`x5t#S256` (certificate credential). */
  assertionHasCertificateThumbprint: boolean
  hasBearer: boolean
  status: number
}

export type FaultKind = '429' | '500' | 'another-operation' | 'lro-failed'

export interface FaultSpec {
  method?: string
  pathIncludes?: string
  kind: FaultKind
  times?: number
  retryAfterSeconds?: number
}

export interface ArmSimulatorOptions {
  latencyMs?: number
  /** Appends every request as a JSON line. */
  logFile?: string
  port?: number
  /** ARM requests need a bearer token issued by the simulator unless this is false (default true). */
  requireAuth?: boolean
  /** Where the CA lives (default `<repo>/.tmp/test-ca`, the one jest's globalSetup creates). */
  caDir?: string
  /** Sent as `Retry-After` on LRO poll responses (the SDK then waits that long between polls). */
  pollRetryAfterSeconds?: number
}

/** Runs `action` once, just before the first request that matches (another writer's change). */
export interface RequestHook {
  method: string
  pathIncludes: string
  action(): void
}

export interface ArmSimulator {
  url: string
  caCertPem: string
  requests: readonly RequestLogEntry[]
  writes(): RequestLogEntry[]
  seedResourceGroup(subscriptionId: string, name: string, location: string): void
  /**
   * Registers a subscription feature (`Microsoft.Network/EnableApplicationGatewayNetworkIsolation`
   * lets v2 gateways go without a public frontend).
   */
  registerFeature(subscriptionId: string, feature: string): void
  seed(resourceId: string, body: unknown): void
  get(resourceId: string): unknown
  /** Sets a stored resource's provisioningState (e.g. 'Failed', as a failed operation leaves it). */
  setProvisioningState(resourceId: string, state: string): void
  setDuration(resourceType: string, polls: number): void
  injectFault(f: FaultSpec): void
  /** Runs the hook's action once, right before the first request that matches it. */
  onceBefore(hook: RequestHook): void
  tokenRequests: readonly TokenRequestEntry[]
  stop(): Promise<void>
}
