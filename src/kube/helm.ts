import { stringify } from 'yaml'
import type { Exec } from '../core/ports.js'
import { runTool, ToolCommandError } from './tool-command.js'

const HELM = 'helm'

export interface HelmUpgradeInstallOptions {
  readonly release: string
  readonly chart: string
  /** Chart repository URL, passed as `--repo`; omit for an OCI or local chart reference. */
  readonly repo?: string
  /** Pinned chart version; always passed. */
  readonly version: string
  readonly namespace: string
  readonly createNamespace: boolean
  /** Chart values, sent as YAML on stdin (`--values -`), never on the command line. */
  readonly values: Readonly<Record<string, unknown>>
  /** When set, adds `--wait --timeout <n>s`. */
  readonly waitTimeoutSeconds?: number
  readonly kubeconfig?: string
}

export interface HelmTarget {
  readonly kubeconfig?: string
}

/** The parts of `helm status -o json` the steps read. */
export interface HelmRelease {
  readonly name: string
  readonly namespace: string
  /** The release revision. */
  readonly version: number
  readonly info: {
    readonly status: string
    readonly description?: string
    readonly last_deployed?: string
  }
  readonly chart?: {
    readonly metadata?: {
      readonly name?: string
      readonly version?: string
      readonly appVersion?: string
    }
  }
  readonly config?: Record<string, unknown>
}

function kubeconfigArgs(kubeconfig: string | undefined): string[] {
  return kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig]
}

/** argv for `helm upgrade --install`, values read from stdin. */
export function buildHelmUpgradeInstallArgs(options: HelmUpgradeInstallOptions): string[] {
  return [
    'upgrade',
    '--install',
    options.release,
    options.chart,
    '--version',
    options.version,
    '--namespace',
    options.namespace,
    ...(options.createNamespace ? ['--create-namespace'] : []),
    ...(options.repo === undefined ? [] : ['--repo', options.repo]),
    '--values',
    '-',
    ...(options.waitTimeoutSeconds === undefined
      ? []
      : ['--wait', '--timeout', `${options.waitTimeoutSeconds}s`]),
    ...kubeconfigArgs(options.kubeconfig),
  ]
}

export function buildHelmStatusArgs(
  release: string,
  namespace: string,
  target: HelmTarget = {},
): string[] {
  return [
    'status',
    release,
    '--namespace',
    namespace,
    '-o',
    'json',
    ...kubeconfigArgs(target.kubeconfig),
  ]
}

export function buildHelmGetValuesArgs(
  release: string,
  namespace: string,
  target: HelmTarget & { readonly all?: boolean } = {},
): string[] {
  return [
    'get',
    'values',
    release,
    '--namespace',
    namespace,
    '-o',
    'json',
    ...(target.all === true ? ['--all'] : []),
    ...kubeconfigArgs(target.kubeconfig),
  ]
}

/** Installs or upgrades a release to the pinned chart version. Returns helm's stdout. */
export async function helmUpgradeInstall(
  exec: Exec,
  options: HelmUpgradeInstallOptions,
): Promise<string> {
  const result = await runTool(exec, {
    tool: HELM,
    args: buildHelmUpgradeInstallArgs(options),
    stdin: stringify(options.values),
  })
  return result.stdout
}

function isReleaseNotFound(stderr: string): boolean {
  return /release: not found/i.test(stderr)
}

/** The release as `helm status` reports it, or undefined when it is not installed. */
export async function helmStatus(
  exec: Exec,
  release: string,
  namespace: string,
  target: HelmTarget = {},
): Promise<HelmRelease | undefined> {
  const args = buildHelmStatusArgs(release, namespace, target)
  const result = await runTool(exec, { tool: HELM, args, okExitCodes: [0, 1] })
  if (result.exitCode === 1) {
    if (isReleaseNotFound(result.stderr)) return undefined
    throw new ToolCommandError(HELM, args, result)
  }
  return parseJsonOutput<HelmRelease>(args, result.stdout)
}

/** The user-supplied (or, with `all`, computed) values of a release; undefined when not installed. */
export async function helmGetValues(
  exec: Exec,
  release: string,
  namespace: string,
  target: HelmTarget & { readonly all?: boolean } = {},
): Promise<Record<string, unknown> | undefined> {
  const args = buildHelmGetValuesArgs(release, namespace, target)
  const result = await runTool(exec, { tool: HELM, args, okExitCodes: [0, 1] })
  if (result.exitCode === 1) {
    if (isReleaseNotFound(result.stderr)) return undefined
    throw new ToolCommandError(HELM, args, result)
  }
  // A release without user values prints `null`.
  return parseJsonOutput<Record<string, unknown> | null>(args, result.stdout) ?? {}
}

function parseJsonOutput<T>(args: readonly string[], stdout: string): T {
  try {
    return JSON.parse(stdout) as T
  } catch {
    throw new Error(`'helm ${args.join(' ')}' printed output that is not JSON; is this Helm 3?`)
  }
}
