/**
 * How to sign in, decided from validated inputs before anything is loaded or called.
 * Building the credential itself (credentials.ts) loads @azure/identity.
 */
export type CredentialRequest =
  | {
      /** GitHub OIDC: a fresh ID token from the runner for every assertion. */
      readonly kind: 'client-assertion'
      readonly tenantId: string
      readonly clientId: string
      readonly getAssertion: () => Promise<string>
    }
  | { readonly kind: 'azure-cli'; readonly tenantId?: string }
  | {
      /** Azure Pipelines workload identity federation (OIDC token from SYSTEM_OIDCREQUESTURI). */
      readonly kind: 'azure-pipelines'
      readonly tenantId: string
      readonly clientId: string
      readonly serviceConnectionId: string
      readonly systemAccessToken: string
    }
  | {
      readonly kind: 'client-secret'
      readonly tenantId: string
      readonly clientId: string
      readonly clientSecret: string
    }
  | {
      readonly kind: 'client-certificate'
      readonly tenantId: string
      readonly clientId: string
      /** PEM holding the certificate and its private key. */
      readonly certificatePem: string
    }
  | { readonly kind: 'managed-identity'; readonly clientId?: string }
  | { readonly kind: 'default' }

export function describeCredential(request: CredentialRequest): string {
  switch (request.kind) {
    case 'client-assertion':
      return `OIDC federated credential for client ${request.clientId}`
    case 'azure-cli':
      return 'the Azure CLI login'
    case 'azure-pipelines':
      return `workload identity federation for client ${request.clientId}`
    case 'client-secret':
      return `service principal ${request.clientId} (secret)`
    case 'client-certificate':
      return `service principal ${request.clientId} (certificate)`
    case 'managed-identity':
      return request.clientId ? `managed identity ${request.clientId}` : 'the managed identity'
    case 'default':
      return 'the default Azure credential chain (environment, workload identity, managed identity, Azure CLI, …)'
  }
}
