import type {
  Exec,
  ExecOptions,
  ExecResult,
  Inputs,
  Log,
  Outputs,
  Secrets,
  Summary,
} from '../../core/ports.js'
import {
  appendToFile,
  fileCommandEntry,
  inputVariable,
  workflowCommand,
  writeLine,
} from './protocol.js'

/** GitHub inputs: the canonical id is the kebab-case action input name (`INPUT_CLUSTER-SUBNET-ID`). */
export class GithubInputs implements Inputs {
  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}
  get(id: string): string | undefined {
    // Values are never logged here (unlike toolkit debug helpers in other libraries).
    const value = this.env[inputVariable(id)]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
}

export class GithubLog implements Log {
  debug(message: string): void {
    writeLine(workflowCommand('debug', message))
  }
  info(message: string): void {
    writeLine(message)
  }
  warn(message: string): void {
    writeLine(workflowCommand('warning', message))
  }
  error(message: string): void {
    writeLine(workflowCommand('error', message))
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    writeLine(workflowCommand('group', title))
    try {
      return await fn()
    } finally {
      writeLine(workflowCommand('endgroup', ''))
    }
  }
}

/** Outputs through the GITHUB_OUTPUT file command. */
export class GithubOutputs implements Outputs {
  set(id: string, value: string): void {
    const file = process.env['GITHUB_OUTPUT']
    if (file) {
      appendToFile(file, fileCommandEntry(id, value))
    } else {
      // Runners older than the file commands (GHES < 3.8) still read the deprecated command.
      writeLine(workflowCommand('set-output', value, { name: id }))
    }
  }
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY); nothing outside a runner. */
export class GithubSummary implements Summary {
  async write(markdown: string): Promise<void> {
    const file = process.env['GITHUB_STEP_SUMMARY']
    if (file) appendToFile(file, `${markdown}\n`)
    return Promise.resolve()
  }
}

/** `::add-mask::`, line by line: the runner masks single lines. */
export class GithubSecrets implements Secrets {
  mask(value: string): void {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim() !== '') writeLine(workflowCommand('add-mask', line.trim()))
    }
  }
}

/** Runs programs through @actions/exec, loaded on first use, silent so argv is not echoed. */
export class GithubExec implements Exec {
  async run(tool: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
    const { getExecOutput } = await import('@actions/exec')
    try {
      const result = await getExecOutput(tool, [...args], {
        silent: true,
        ignoreReturnCode: true,
        ...(options.cwd ? { cwd: options.cwd } : {}),
        ...(options.env
          ? { env: { ...(process.env as Record<string, string>), ...options.env } }
          : {}),
        // Always close stdin, as NodeExec does: a tool that would read it never waits.
        input: Buffer.from(options.stdin ?? '', 'utf8'),
      })
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr }
    } catch (error) {
      // @actions/exec throws when the tool is not on PATH; report it as the shell would.
      return {
        exitCode: 127,
        stdout: '',
        stderr: error instanceof Error ? error.message : String(error),
      }
    }
  }
}
