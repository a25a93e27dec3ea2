import { basename } from 'node:path'
import { PreconditionError } from '../core/errors.js'
import type { Exec, ExecResult } from '../core/ports.js'

/** How to get each external program the kube adapters run, for "not found" messages. */
const INSTALL_HINTS: Readonly<Record<string, string>> = {
  helm:
    "install Helm 3 (https://helm.sh/docs/intro/install/); on GitHub use 'azure/setup-helm', " +
    "on Azure Pipelines the 'HelmInstaller@1' task",
  kubectl:
    "install kubectl (https://kubernetes.io/docs/tasks/tools/ or 'az aks install-cli'); on GitHub " +
    "use 'azure/setup-kubectl', on Azure Pipelines the 'KubectlInstaller@0' task",
  kubelogin:
    "install kubelogin ('az aks install-cli' or https://azure.github.io/kubelogin/); on GitHub " +
    "use 'azure/use-kubelogin'",
}

const STDERR_TAIL_LINES = 20
const STDERR_TAIL_CHARS = 2000

export interface ToolCommand {
  readonly tool: string
  readonly args: readonly string[]
  /** Sent on stdin; never echoed in errors. */
  readonly stdin?: string
  readonly env?: Record<string, string>
  /** Exit codes the caller handles itself; default [0]. */
  readonly okExitCodes?: readonly number[]
}

/** The command line as shown in messages: argv only (values travel on stdin, not here). */
export function formatCommand(tool: string, args: readonly string[]): string {
  return [tool, ...args].join(' ')
}

/** The last lines of a tool's stderr, bounded, for error messages. */
export function stderrTail(stderr: string): string {
  const lines = stderr.trimEnd().split(/\r?\n/)
  const tail = lines.slice(-STDERR_TAIL_LINES).join('\n')
  return tail.length > STDERR_TAIL_CHARS ? `…${tail.slice(-STDERR_TAIL_CHARS)}` : tail
}

/** A program ran but failed. The message names the command and ends with its stderr tail. */
export class ToolCommandError extends Error {
  readonly tool: string
  readonly exitCode: number
  readonly stderr: string

  constructor(tool: string, args: readonly string[], result: ExecResult) {
    const tail = stderrTail(result.stderr)
    super(
      `'${formatCommand(tool, args)}' failed with exit code ${result.exitCode}` +
        (tail ? `: ${tail}` : ' and printed nothing on stderr'),
    )
    this.name = 'ToolCommandError'
    this.tool = tool
    this.exitCode = result.exitCode
    this.stderr = result.stderr
  }
}

function isMissingTool(result: ExecResult): boolean {
  return result.exitCode === 127
}

function missingToolError(tool: string): PreconditionError {
  const hint = INSTALL_HINTS[basename(tool)] ?? `install '${tool}' and put it on PATH`
  return new PreconditionError(`'${tool}' was not found on PATH; ${hint}.`)
}

/**
 * Runs one program through the Exec port. A missing program (exit code 127, or an Exec that
 * throws ENOENT) becomes a PreconditionError; any exit code outside `okExitCodes` a
 * ToolCommandError.
 */
export async function runTool(exec: Exec, command: ToolCommand): Promise<ExecResult> {
  const okExitCodes = command.okExitCodes ?? [0]
  let result: ExecResult
  try {
    result = await exec.run(command.tool, command.args, {
      ...(command.stdin !== undefined ? { stdin: command.stdin } : {}),
      ...(command.env ? { env: command.env } : {}),
      okExitCodes,
    })
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') throw missingToolError(command.tool)
    throw error
  }
  if (isMissingTool(result)) throw missingToolError(command.tool)
  if (!okExitCodes.includes(result.exitCode)) {
    throw new ToolCommandError(command.tool, command.args, result)
  }
  return result
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error
}
