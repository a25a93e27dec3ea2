import type { CommonSpec } from '../../core/common-inputs.js'
import { PreconditionError } from '../../core/errors.js'
import { parseSubscriptionId } from '../../core/inputs/azure-names.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { readCloud } from '../cloud-inputs.js'
import type { AzureConnection } from '../host.js'

/** Entra tenant and client IDs are GUIDs, like subscription IDs; the message names which. */
function parseGuid(kind: string): (raw: string) => Parsed<string> {
  return raw => {
    const parsed = parseSubscriptionId(raw)
    return parsed.ok
      ? parsed
      : fail(`not a ${kind}; use the GUID, like 00000000-0000-0000-0000-000000000000`)
  }
}

/**
 * GitHub sign-in: OIDC through ClientAssertionCredential when `client-id` and `tenant-id` are
 * given (a fresh GitHub ID token per assertion), else the Azure CLI login of `azure/login`.
 */
export function readGithubConnection(
  reader: SpecReader,
  common: CommonSpec,
): AzureConnection | undefined {
  const cloud = readCloud(reader)
  const clientId = reader.optional(
    'client-id',
    parseGuid('client ID (the application’s or identity’s GUID)'),
  )
  const tenantId = reader.optional(
    'tenant-id',
    parseGuid('tenant ID (the directory’s GUID, not its domain name)'),
  )
  const audience = reader.optional('audience', raw => ok(raw))
  if (reader.isSet('client-id') !== reader.isSet('tenant-id')) {
    const missing = reader.isSet('client-id') ? 'tenant-id' : 'client-id'
    reader.problem(
      missing,
      undefined,
      `is required with '${reader.name(missing === 'client-id' ? 'tenant-id' : 'client-id')}' for OIDC sign-in.`,
    )
  }
  if (common.offline || cloud === undefined) return undefined
  if (clientId !== undefined && tenantId !== undefined) {
    const tokenAudience = audience ?? cloud.tokenExchangeAudience
    return {
      cloud,
      credential: {
        kind: 'client-assertion',
        tenantId,
        clientId,
        // Loaded on first use: @actions/core brings an HTTP client that is slow to start.
        // getIDToken asks the runner for a fresh token each time and masks it.
        getAssertion: async () => (await import('@actions/core')).getIDToken(tokenAudience),
      },
    }
  }
  return { cloud, credential: tenantId ? { kind: 'azure-cli', tenantId } : { kind: 'azure-cli' } }
}

export function checkGithubOidc(connection: AzureConnection): void {
  if (connection.credential.kind !== 'client-assertion') return
  if (
    !process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] ||
    !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']
  ) {
    throw new PreconditionError(
      "GitHub did not offer an OIDC token to this job, so 'client-id' sign-in cannot work. Add `permissions: id-token: write` to the job (or workflow), or drop 'client-id' and sign in with azure/login first.",
    )
  }
}
