import { cloudForEndpoint, knownCloud, type Cloud } from '../../azure/clouds.js'
import type { CredentialRequest } from '../../azure/credential-request.js'
import { CLOUD_NAMES, type CommonSpec } from '../../core/common-inputs.js'
import { PreconditionError } from '../../core/errors.js'
import type { Secrets } from '../../core/ports.js'
import type { SpecReader } from '../../core/spec-reader.js'
import type { AzureConnection } from '../host.js'
import type { AgentEnvironment } from './protocol.js'

const SCHEMES = [
  'WorkloadIdentityFederation',
  'ServicePrincipal',
  'ManagedServiceIdentity',
] as const

function cloudOf(agent: AgentEnvironment, id: string): Cloud {
  const url = agent.endpointUrl(id)
  const authority = agent.endpointData(id, 'activeDirectoryAuthority')
  const environment = agent.endpointData(id, 'environment')
  if (url) return cloudForEndpoint(url, authority)
  const known = CLOUD_NAMES.find(n => n.toLowerCase() === environment?.toLowerCase())
  return knownCloud(known ?? 'AzureCloud')
}

/**
 * Azure Pipelines sign-in from an AzureRM service connection: workload identity federation
 * (an OIDC token requested per assertion), service principal with a secret or certificate,
 * or managed identity. Every secret read here is masked at once.
 */
export function readAdoConnection(agent: AgentEnvironment, secrets: Secrets) {
  return (reader: SpecReader, common: CommonSpec): AzureConnection | undefined => {
    const input = reader.name('azure-subscription')
    const id = reader.raw('azure-subscription')
    if (id === undefined) {
      if (!common.offline) {
        reader.problem(
          'azure-subscription',
          undefined,
          'is required: name an Azure Resource Manager service connection (or set offline: true to plan without one).',
        )
      }
      return undefined
    }
    const scheme = agent.endpointScheme(id)
    if (!scheme) {
      reader.problem(
        'azure-subscription',
        id,
        'names no service connection this pipeline may use. Check the name and that the pipeline is authorised to use it.',
      )
      return undefined
    }
    const known = SCHEMES.find(s => s.toLowerCase() === scheme.toLowerCase())
    if (!known) {
      reader.problem(
        'azure-subscription',
        id,
        `uses authentication scheme '${scheme}'; accepted: ${SCHEMES.join(', ')}.`,
      )
      return undefined
    }
    const tenantId = agent.endpointAuth(id, 'tenantid')
    const clientId = agent.endpointAuth(id, 'serviceprincipalid')
    const subscriptionId = agent.endpointData(id, 'subscriptionid')
    const need = (value: string | undefined, what: string): string => {
      if (value === undefined) {
        reader.problem(
          'azure-subscription',
          id,
          `has no ${what}; recreate or edit the service connection (${input}).`,
        )
        return ''
      }
      return value
    }
    let credential: CredentialRequest
    switch (known) {
      case 'WorkloadIdentityFederation': {
        const token =
          agent.endpointAuth('SYSTEMVSSCONNECTION', 'AccessToken') ??
          process.env['SYSTEM_ACCESSTOKEN']
        if (token) secrets.mask(token)
        credential = {
          kind: 'azure-pipelines',
          tenantId: need(tenantId, 'tenant ID'),
          clientId: need(clientId, 'service principal ID'),
          serviceConnectionId: id,
          systemAccessToken: token ?? '',
        }
        break
      }
      case 'ServicePrincipal': {
        const type = agent.endpointAuth(id, 'authenticationType') ?? 'spnKey'
        if (type.toLowerCase() === 'spncertificate') {
          const pem = agent.endpointAuth(id, 'servicePrincipalCertificate')
          if (pem) secrets.mask(pem)
          credential = {
            kind: 'client-certificate',
            tenantId: need(tenantId, 'tenant ID'),
            clientId: need(clientId, 'service principal ID'),
            certificatePem: need(pem, 'certificate'),
          }
        } else {
          const key = agent.endpointAuth(id, 'serviceprincipalkey')
          if (key) secrets.mask(key)
          credential = {
            kind: 'client-secret',
            tenantId: need(tenantId, 'tenant ID'),
            clientId: need(clientId, 'service principal ID'),
            clientSecret: need(key, 'service principal key'),
          }
        }
        break
      }
      case 'ManagedServiceIdentity': {
        const msiClientId = agent.endpointData(id, 'msiclientId')
        credential = msiClientId
          ? { kind: 'managed-identity', clientId: msiClientId }
          : { kind: 'managed-identity' }
        break
      }
    }
    // Offline runs never sign in, but the connection still tells the cloud (and its AKS rules).
    return { cloud: cloudOf(agent, id), credential, ...(subscriptionId ? { subscriptionId } : {}) }
  }
}

export function checkAdoPreconditions(connection: AzureConnection): void {
  if (connection.credential.kind !== 'azure-pipelines') return
  if (!process.env['SYSTEM_OIDCREQUESTURI'] || !connection.credential.systemAccessToken) {
    throw new PreconditionError(
      'The agent offered no OIDC request URL or job access token, so workload identity federation cannot sign in. Run on an agent that supports it (the task needs agent 3.232.1 or later), and do not restrict the job access token.',
    )
  }
}
