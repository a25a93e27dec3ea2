import { spawn } from 'node:child_process'
import type { Exec, ExecOptions, ExecResult } from '../core/ports.js'

/** The Exec port over node:child_process: argv arrays, no shell, stdin piped. */
export class NodeExec implements Exec {
  run(tool: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    return new Promise(resolve => {
      const child = spawn(tool, [...args], {
        cwd: options.cwd,
        env: options.env ? { ...process.env, ...options.env } : process.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        shell: false,
      })
      const stdout: Buffer[] = []
      const stderr: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))
      child.on('error', (error: NodeJS.ErrnoException) => {
        resolve({
          exitCode: error.code === 'ENOENT' ? 127 : 126,
          stdout: '',
          stderr: error.message,
        })
      })
      child.on('close', code => {
        resolve({
          exitCode: code ?? 1,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        })
      })
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.stdin ?? '')
    })
  }
}

export const systemClock = {
  now: (): Date => new Date(),
  sleep: (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms)),
}
