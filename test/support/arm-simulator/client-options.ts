import type { ArmSimulator } from './types.js'

/**
 * Options for `new NetworkManagementClient(credential, subscriptionId, options)` against the
 * simulator. `tlsOptions.ca` is needed in the jest main process (in-band runs): NODE_EXTRA_CA_CERTS
 * from globalSetup only reaches processes started after it.
 */
export function armClientOptions(sim: ArmSimulator): {
  endpoint: string
  credentials: { scopes: string[] }
  tlsOptions: { ca: string }
} {
  return {
    endpoint: sim.url,
    credentials: { scopes: [`${sim.url}/.default`] },
    tlsOptions: { ca: sim.caCertPem },
  }
}

/** Options for `@azure/identity` credentials (ClientSecret/ClientAssertion/ClientCertificate). */
export function credentialOptions(sim: ArmSimulator): {
  authorityHost: string
  disableInstanceDiscovery: boolean
  tlsOptions: { ca: string }
} {
  return {
    authorityHost: sim.url,
    disableInstanceDiscovery: true,
    tlsOptions: { ca: sim.caCertPem },
  }
}
