import { stringify } from 'yaml'
import type { Exec } from '../core/ports.js'
import { runTool, ToolCommandError } from './tool-command.js'

const KUBECTL = 'kubectl'

export interface KubectlApplyOptions {
  /** The server-side apply field manager; always this project's name. */
  readonly fieldManager: 'aks-secure-networking'
  readonly kubeconfig?: string
  /** Take ownership of fields another manager set (`--force-conflicts`). */
  readonly forceConflicts?: boolean
}

export interface KubectlTarget {
  readonly kubeconfig?: string
}

function kubeconfigArgs(kubeconfig: string | undefined): string[] {
  return kubeconfig === undefined ? [] : ['--kubeconfig', kubeconfig]
}

/** argv for `kubectl apply --server-side`, manifests read from stdin. */
export function buildKubectlApplyArgs(options: KubectlApplyOptions): string[] {
  return [
    'apply',
    '--server-side',
    `--field-manager=${options.fieldManager}`,
    ...(options.forceConflicts === true ? ['--force-conflicts'] : []),
    '-f',
    '-',
    ...kubeconfigArgs(options.kubeconfig),
  ]
}

export function buildKubectlGetArgs(
  kind: string,
  name?: string,
  namespace?: string,
  target: KubectlTarget = {},
): string[] {
  return [
    'get',
    kind,
    ...(name === undefined ? [] : [name]),
    ...(namespace === undefined ? [] : ['--namespace', namespace]),
    '-o',
    'json',
    ...kubeconfigArgs(target.kubeconfig),
  ]
}

/** Manifests as one multi-document YAML stream. */
export function toMultiDocumentYaml(manifests: readonly object[]): string {
  return manifests.map(manifest => stringify(manifest)).join('---\n')
}

/**
 * Applies the manifests in one `kubectl apply --server-side` call. Returns kubectl's stdout
 * (one line per object). No call is made for an empty list.
 */
export async function kubectlApplyServerSide(
  exec: Exec,
  manifests: readonly object[],
  options: KubectlApplyOptions,
): Promise<string> {
  if (manifests.length === 0) return ''
  const result = await runTool(exec, {
    tool: KUBECTL,
    args: buildKubectlApplyArgs(options),
    stdin: toMultiDocumentYaml(manifests),
  })
  return result.stdout
}

/**
 * `kubectl get KIND [NAME] -o json`. With a name, a missing object yields undefined; without a
 * name the result is the List object.
 */
export async function kubectlGetJson(
  exec: Exec,
  kind: string,
  name?: string,
  namespace?: string,
  target: KubectlTarget = {},
): Promise<Record<string, unknown> | undefined> {
  const args = buildKubectlGetArgs(kind, name, namespace, target)
  const result = await runTool(exec, { tool: KUBECTL, args, okExitCodes: [0, 1] })
  if (result.exitCode === 1) {
    if (name !== undefined && /\(NotFound\)/.test(result.stderr)) return undefined
    throw new ToolCommandError(KUBECTL, args, result)
  }
  try {
    return JSON.parse(result.stdout) as Record<string, unknown>
  } catch {
    throw new Error(`'kubectl ${args.join(' ')}' printed output that is not JSON.`)
  }
}

/** `deployment/web`: the resource argument kubectl's rollout commands take. */
export function rolloutResource(kind: string, name: string): string {
  return `${kind.toLowerCase()}/${name}`
}

/** argv for `kubectl rollout restart KIND/NAME`. */
export function buildKubectlRolloutRestartArgs(
  kind: string,
  name: string,
  namespace: string,
  target: KubectlTarget = {},
): string[] {
  return [
    'rollout',
    'restart',
    rolloutResource(kind, name),
    '--namespace',
    namespace,
    ...kubeconfigArgs(target.kubeconfig),
  ]
}

/** argv for `kubectl rollout status KIND/NAME --timeout=Ns`: waits until the rollout is done. */
export function buildKubectlRolloutStatusArgs(
  kind: string,
  name: string,
  namespace: string,
  timeoutSeconds: number,
  target: KubectlTarget = {},
): string[] {
  return [
    'rollout',
    'status',
    rolloutResource(kind, name),
    '--namespace',
    namespace,
    `--timeout=${Math.max(1, Math.ceil(timeoutSeconds))}s`,
    ...kubeconfigArgs(target.kubeconfig),
  ]
}

/** Restarts a Deployment, StatefulSet or DaemonSet (new pods, new proxies). */
export async function kubectlRolloutRestart(
  exec: Exec,
  kind: string,
  name: string,
  namespace: string,
  target: KubectlTarget = {},
): Promise<void> {
  await runTool(exec, {
    tool: KUBECTL,
    args: buildKubectlRolloutRestartArgs(kind, name, namespace, target),
  })
}

/** Waits, bounded, for a rollout to finish; a rollout still running at the timeout fails. */
export async function kubectlRolloutStatus(
  exec: Exec,
  kind: string,
  name: string,
  namespace: string,
  timeoutSeconds: number,
  target: KubectlTarget = {},
): Promise<void> {
  await runTool(exec, {
    tool: KUBECTL,
    args: buildKubectlRolloutStatusArgs(kind, name, namespace, timeoutSeconds, target),
  })
}
