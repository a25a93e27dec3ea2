import type { TokenCredential } from '@azure/core-auth'
import {
  AzureCliCredential,
  AzurePipelinesCredential,
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  DefaultAzureCredential,
  ManagedIdentityCredential,
} from '@azure/identity'
import type { Cloud } from './clouds.js'
import type { CredentialRequest } from './credential-request.js'

/** Builds the @azure/identity credential for a request, in the given cloud. */
export function createCredential(
  request: CredentialRequest,
  cloud: Cloud,
  trustedCaPem?: string,
): TokenCredential {
  const tls = trustedCaPem ? { tlsOptions: { ca: trustedCaPem } } : {}
  const common = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: cloud.isCustom,
    ...tls,
  }
  switch (request.kind) {
    case 'client-assertion':
      // The callback runs for every new assertion, so long runs never reuse an expired token.
      return new ClientAssertionCredential(
        request.tenantId,
        request.clientId,
        request.getAssertion,
        common,
      )
    case 'azure-cli':
      return new AzureCliCredential(request.tenantId ? { tenantId: request.tenantId } : {})
    case 'azure-pipelines':
      return new AzurePipelinesCredential(
        request.tenantId,
        request.clientId,
        request.serviceConnectionId,
        request.systemAccessToken,
        common,
      )
    case 'client-secret':
      return new ClientSecretCredential(
        request.tenantId,
        request.clientId,
        request.clientSecret,
        common,
      )
    case 'client-certificate':
      return new ClientCertificateCredential(
        request.tenantId,
        request.clientId,
        { certificate: request.certificatePem },
        common,
      )
    case 'managed-identity':
      return request.clientId
        ? new ManagedIdentityCredential({ clientId: request.clientId, ...tls })
        : new ManagedIdentityCredential({ ...tls })
    case 'default':
      return new DefaultAzureCredential(common)
  }
}
