import { access, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { delimiter, dirname, isAbsolute, join, resolve } from 'node:path'
import { parse } from 'yaml'
import { PreconditionError } from '../core/errors.js'

/** Where the kubeconfig came from, in the order they are tried. */
export type KubeconfigSource = 'input-path' | 'input-content' | 'KUBECONFIG' | 'default'

export interface KubeconfigLocation {
  readonly path: string
  readonly source: KubeconfigSource
}

export interface ResolveKubeconfigOptions {
  /** A directory the runner owns (RUNNER_TEMP, Agent.TempDirectory); content is written below it. */
  readonly tempDir: string
  /** Defaults to process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Defaults to os.homedir(). */
  readonly homeDir?: string
}

export interface KubeCluster {
  readonly name: string
  readonly server: string
  /** PEM text of the cluster CA, from `certificate-authority-data` or `certificate-authority`. */
  readonly caPem?: string
  readonly insecureSkipTlsVerify: boolean
  readonly tlsServerName?: string
}

/** An `exec` credential plugin (kubelogin, `az`, ...). */
export interface ExecPluginConfig {
  readonly apiVersion: string
  readonly command: string
  readonly args: readonly string[]
  readonly env: Readonly<Record<string, string>>
  readonly provideClusterInfo: boolean
}

/** The user entry. Secret fields are kept out of toString/messages by never formatting them. */
export interface KubeUser {
  readonly name: string
  readonly token?: string
  readonly tokenFile?: string
  readonly clientCertificatePem?: string
  readonly clientKeyPem?: string
  readonly exec?: ExecPluginConfig
}

export interface KubeContext {
  readonly kubeconfigPath: string
  readonly contextName: string
  readonly namespace?: string
  readonly cluster: KubeCluster
  readonly user: KubeUser
}

/** True when the value is kubeconfig YAML rather than a path. */
export function isKubeconfigContent(value: string): boolean {
  return /^\s*(apiVersion|clusters|kind|current-context)\s*:/m.test(value) && /\n/.test(value)
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/**
 * Resolves the `kubeconfig` input: a path, or the file's content (written with mode 0600 to a new
 * directory under `tempDir`); when empty, the first existing file in KUBECONFIG, then
 * ~/.kube/config.
 */
export async function resolveKubeconfig(
  input: string | undefined,
  options: ResolveKubeconfigOptions,
): Promise<KubeconfigLocation> {
  const value = input?.trim() ?? ''
  if (value !== '') {
    if (isKubeconfigContent(value)) {
      const dir = await mkdtemp(join(options.tempDir, 'kubeconfig-'))
      const path = join(dir, 'config')
      await writeFile(path, `${value}\n`, { mode: 0o600 })
      return { path, source: 'input-content' }
    }
    const path = resolve(value)
    if (!(await exists(path))) {
      throw new PreconditionError(
        `The 'kubeconfig' input names a file that does not exist: '${path}'. Pass an existing path ` +
          'or the kubeconfig content itself.',
      )
    }
    return { path, source: 'input-path' }
  }
  const env = options.env ?? process.env
  const fromEnv = (env.KUBECONFIG ?? '').split(delimiter).filter(entry => entry !== '')
  for (const candidate of fromEnv) {
    if (await exists(candidate)) return { path: resolve(candidate), source: 'KUBECONFIG' }
  }
  const fallback = join(options.homeDir ?? homedir(), '.kube', 'config')
  if (await exists(fallback)) return { path: fallback, source: 'default' }
  throw new PreconditionError(
    `No kubeconfig was found (the 'kubeconfig' input is empty, KUBECONFIG ` +
      `${fromEnv.length === 0 ? 'is not set' : 'names no existing file'}, and '${fallback}' ` +
      "does not exist). Set the 'kubeconfig' input, or run 'azure/aks-set-context' / the " +
      'Kubernetes service connection before this step.',
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function findNamed(
  list: unknown,
  name: string,
  field: 'cluster' | 'context' | 'user',
): Record<string, unknown> | undefined {
  if (!Array.isArray(list)) return undefined
  for (const entry of list as unknown[]) {
    if (isRecord(entry) && entry.name === name) {
      const inner = entry[field]
      return isRecord(inner) ? inner : {}
    }
  }
  return undefined
}

function decodeBase64(value: string): string {
  return Buffer.from(value, 'base64').toString('utf8')
}

async function readRelative(baseDir: string, path: string): Promise<string> {
  return readFile(isAbsolute(path) ? path : join(baseDir, path), 'utf8')
}

/** Reads a kubeconfig file and returns its current (or the named) context. */
export async function loadKubeContext(
  kubeconfigPath: string,
  options: { readonly context?: string } = {},
): Promise<KubeContext> {
  const text = await readFile(kubeconfigPath, 'utf8')
  return parseKubeContext(text, kubeconfigPath, options)
}

/** Parses kubeconfig text. Relative file references resolve against the kubeconfig's folder. */
export async function parseKubeContext(
  text: string,
  kubeconfigPath: string,
  options: { readonly context?: string } = {},
): Promise<KubeContext> {
  const problem = (why: string): PreconditionError =>
    new PreconditionError(`The kubeconfig '${kubeconfigPath}' ${why}.`)
  let doc: unknown
  try {
    doc = parse(text)
  } catch {
    throw problem('is not valid YAML')
  }
  if (!isRecord(doc)) throw problem('is not a kubeconfig (expected a YAML mapping)')
  const baseDir = dirname(kubeconfigPath)
  const contextName = options.context ?? optionalString(doc['current-context'])
  if (contextName === undefined) {
    throw problem("has no 'current-context'; set one with 'kubectl config use-context'")
  }
  const context = findNamed(doc.contexts, contextName, 'context')
  if (context === undefined) throw problem(`has no context named '${contextName}'`)
  const clusterName = optionalString(context.cluster)
  const userName = optionalString(context.user)
  if (clusterName === undefined) throw problem(`context '${contextName}' names no cluster`)
  const cluster = findNamed(doc.clusters, clusterName, 'cluster')
  if (cluster === undefined) throw problem(`has no cluster named '${clusterName}'`)
  const server = optionalString(cluster.server)
  if (server === undefined) throw problem(`cluster '${clusterName}' has no 'server'`)

  const caData = optionalString(cluster['certificate-authority-data'])
  const caFile = optionalString(cluster['certificate-authority'])
  const caPem =
    caData !== undefined
      ? decodeBase64(caData)
      : caFile !== undefined
        ? await readRelative(baseDir, caFile)
        : undefined
  const tlsServerName = optionalString(cluster['tls-server-name'])

  const user = userName === undefined ? {} : findNamed(doc.users, userName, 'user')
  if (user === undefined) throw problem(`has no user named '${userName ?? ''}'`)

  return {
    kubeconfigPath,
    contextName,
    ...(optionalString(context.namespace) ? { namespace: String(context.namespace) } : {}),
    cluster: {
      name: clusterName,
      server,
      ...(caPem !== undefined ? { caPem } : {}),
      insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
      ...(tlsServerName !== undefined ? { tlsServerName } : {}),
    },
    user: await parseUser(userName ?? '', user, baseDir, problem),
  }
}

async function parseUser(
  name: string,
  user: Record<string, unknown>,
  baseDir: string,
  problem: (why: string) => PreconditionError,
): Promise<KubeUser> {
  const token = optionalString(user.token)
  const tokenFile = optionalString(user.tokenFile)
  const certData = optionalString(user['client-certificate-data'])
  const keyData = optionalString(user['client-key-data'])
  const certFile = optionalString(user['client-certificate'])
  const keyFile = optionalString(user['client-key'])
  const clientCertificatePem =
    certData !== undefined
      ? decodeBase64(certData)
      : certFile !== undefined
        ? await readRelative(baseDir, certFile)
        : undefined
  const clientKeyPem =
    keyData !== undefined
      ? decodeBase64(keyData)
      : keyFile !== undefined
        ? await readRelative(baseDir, keyFile)
        : undefined
  const exec = isRecord(user.exec) ? parseExecPlugin(name, user.exec, baseDir, problem) : undefined
  return {
    name,
    ...(token !== undefined ? { token } : {}),
    ...(tokenFile !== undefined
      ? { tokenFile: isAbsolute(tokenFile) ? tokenFile : join(baseDir, tokenFile) }
      : {}),
    ...(clientCertificatePem !== undefined ? { clientCertificatePem } : {}),
    ...(clientKeyPem !== undefined ? { clientKeyPem } : {}),
    ...(exec !== undefined ? { exec } : {}),
  }
}

function parseExecPlugin(
  userName: string,
  exec: Record<string, unknown>,
  baseDir: string,
  problem: (why: string) => PreconditionError,
): ExecPluginConfig {
  const command = optionalString(exec.command)
  if (command === undefined) throw problem(`user '${userName}' has an exec plugin with no command`)
  const args = Array.isArray(exec.args) ? exec.args.map(arg => String(arg)) : []
  const env: Record<string, string> = {}
  if (Array.isArray(exec.env)) {
    for (const entry of exec.env as unknown[]) {
      if (isRecord(entry) && typeof entry.name === 'string') {
        env[entry.name] = typeof entry.value === 'string' ? entry.value : ''
      }
    }
  }
  return {
    apiVersion: optionalString(exec.apiVersion) ?? 'client.authentication.k8s.io/v1beta1',
    // kubectl resolves a command containing a path separator against the kubeconfig's folder.
    command: command.includes('/') && !isAbsolute(command) ? join(baseDir, command) : command,
    args,
    env,
    provideClusterInfo: exec.provideClusterInfo === true,
  }
}

/**
 * The API server URL as it may be shown in logs and evidence: scheme, host, port and path only.
 * A kubeconfig's `server` may carry a user and password or a query string; neither is shown.
 * Text that is not a URL is replaced rather than shown raw.
 */
export function serverForDisplay(server: string): string {
  let url: URL
  try {
    url = new URL(server)
  } catch {
    return '(an API server URL that could not be read)'
  }
  const path = url.pathname === '/' ? '' : url.pathname
  return `${url.protocol}//${url.host}${path}`
}
