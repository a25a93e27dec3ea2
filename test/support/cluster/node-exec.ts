import type { Exec, ExecOptions, ExecResult } from '../../../src/core/ports.js'
import { NodeExec } from '../../../src/hosts/node-exec.js'

/**
 * The production Exec (src/hosts/node-exec.ts) with `baseEnv` (e.g. the recording tools'
 * PATH) laid under every call's own env, so tests run helm/kubectl the way hosts do.
 */
export function createNodeExec(baseEnv: Record<string, string> = {}): Exec {
  const exec = new NodeExec()
  return {
    run: (tool: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> =>
      exec.run(tool, args, { ...options, env: { ...baseEnv, ...options.env } }),
  }
}
