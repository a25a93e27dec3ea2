import { readFile } from 'node:fs/promises'
import { PreconditionError } from '../core/errors.js'
import type { Exec } from '../core/ports.js'
import type { ExecPluginConfig, KubeContext } from './kubeconfig.js'
import { runTool } from './tool-command.js'

/** What the API client presents. Never logged or put into messages. */
export interface KubeCredentials {
  readonly token?: string
  readonly clientCertificatePem?: string
  readonly clientKeyPem?: string
  /** From an exec plugin's `status.expirationTimestamp`. */
  readonly expiresAt?: Date
}

interface ExecCredentialStatus {
  token?: unknown
  clientCertificateData?: unknown
  clientKeyData?: unknown
  expirationTimestamp?: unknown
}

/**
 * The credentials of the context's user: a static token, a token file, client certificate
 * data, or an exec plugin (kubelogin, ...) run through the Exec port.
 */
export async function resolveKubeCredentials(
  exec: Exec,
  context: KubeContext,
): Promise<KubeCredentials> {
  const { user } = context
  if (user.exec !== undefined) return runExecPlugin(exec, context, user.exec)
  const client =
    user.clientCertificatePem !== undefined && user.clientKeyPem !== undefined
      ? { clientCertificatePem: user.clientCertificatePem, clientKeyPem: user.clientKeyPem }
      : {}
  if (user.token !== undefined) return { token: user.token, ...client }
  if (user.tokenFile !== undefined) {
    const token = (await readFile(user.tokenFile, 'utf8')).trim()
    return { token, ...client }
  }
  return client
}

function execInfo(context: KubeContext, plugin: ExecPluginConfig): string {
  const cluster = plugin.provideClusterInfo
    ? {
        cluster: {
          server: context.cluster.server,
          ...(context.cluster.caPem !== undefined
            ? {
                'certificate-authority-data': Buffer.from(context.cluster.caPem).toString('base64'),
              }
            : {}),
          'insecure-skip-tls-verify': context.cluster.insecureSkipTlsVerify,
        },
      }
    : {}
  return JSON.stringify({
    apiVersion: plugin.apiVersion,
    kind: 'ExecCredential',
    spec: { interactive: false, ...cluster },
  })
}

async function runExecPlugin(
  exec: Exec,
  context: KubeContext,
  plugin: ExecPluginConfig,
): Promise<KubeCredentials> {
  const result = await runTool(exec, {
    tool: plugin.command,
    args: plugin.args,
    env: { ...plugin.env, KUBERNETES_EXEC_INFO: execInfo(context, plugin) },
  })
  const invalid = (why: string): PreconditionError =>
    new PreconditionError(
      `The credential plugin '${plugin.command}' of kubeconfig user '${context.user.name}' ${why}; ` +
        'check the plugin version and its login (for kubelogin: the --login mode and the ' +
        "identity's access to the cluster).",
    )
  let parsed: unknown
  try {
    parsed = JSON.parse(result.stdout)
  } catch {
    throw invalid('printed output that is not an ExecCredential JSON object')
  }
  const status =
    typeof parsed === 'object' && parsed !== null && 'status' in parsed
      ? (parsed.status as ExecCredentialStatus | null)
      : null
  if (status === null || typeof status !== 'object') throw invalid('returned no status')
  const expiresAt =
    typeof status.expirationTimestamp === 'string'
      ? new Date(status.expirationTimestamp)
      : undefined
  const withExpiry = expiresAt !== undefined ? { expiresAt } : {}
  if (typeof status.token === 'string' && status.token !== '') {
    return { token: status.token, ...withExpiry }
  }
  if (
    typeof status.clientCertificateData === 'string' &&
    typeof status.clientKeyData === 'string'
  ) {
    return {
      clientCertificatePem: status.clientCertificateData,
      clientKeyPem: status.clientKeyData,
      ...withExpiry,
    }
  }
  throw invalid('returned neither a token nor a client certificate')
}
