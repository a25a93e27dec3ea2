import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  adoInputName,
  adoOutputName,
  findInput,
  findOutput,
  type StepManifest,
} from '../../core/manifest.js'
import type * as TaskLibModule from 'azure-pipelines-task-lib/task.js'
import type { Inputs, Log, Outputs, Secrets, Summary } from '../../core/ports.js'
import { loggingCommand, writeLine, type AgentEnvironment } from './protocol.js'

type TaskLib = typeof TaskLibModule

/** task-lib, loaded once the inputs are valid (see protocol.ts). */
export class TaskLibLoader {
  private lib: TaskLib | undefined
  async load(): Promise<TaskLib> {
    this.lib ??= await import('azure-pipelines-task-lib/task.js')
    return this.lib
  }
  get(): TaskLib {
    if (!this.lib) throw new Error('azure-pipelines-task-lib is used before it was loaded')
    return this.lib
  }
}

/** Azure Pipelines inputs: the canonical id maps to the camelCase task input through the manifest. */
export class AdoInputs implements Inputs {
  constructor(
    private readonly manifest: StepManifest,
    private readonly agent: AgentEnvironment,
  ) {}
  get(id: string): string | undefined {
    return this.agent.input(adoInputName(findInput(this.manifest, id)))
  }
}

export class AdoLog implements Log {
  debug(message: string): void {
    writeLine(loggingCommand('task.debug', message))
  }
  info(message: string): void {
    writeLine(message)
  }
  warn(message: string): void {
    writeLine(loggingCommand('task.issue', message, { type: 'warning' }))
  }
  error(message: string): void {
    writeLine(loggingCommand('task.issue', message, { type: 'error' }))
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    writeLine(`##[group]${title}`)
    try {
      return await fn()
    } finally {
      writeLine('##[endgroup]')
    }
  }
}

/** Output variables (`isOutput=true`), so later jobs read them as `<stepName>.<output>`. */
export class AdoOutputs implements Outputs {
  constructor(
    private readonly manifest: StepManifest,
    private readonly taskLib: TaskLibLoader,
  ) {}
  set(id: string, value: string): void {
    this.taskLib.get().setVariable(adoOutputName(findOutput(this.manifest, id)), value, false, true)
  }
}

/** Attaches the Markdown to the run summary (`##vso[task.uploadsummary]`). */
export class AdoSummary implements Summary {
  constructor(
    private readonly step: string,
    private readonly taskLib: TaskLibLoader,
  ) {}
  async write(markdown: string): Promise<void> {
    const tl = await this.taskLib.load()
    const base = tl.getVariable('Agent.TempDirectory') ?? tmpdir()
    const dir = mkdtempSync(join(base, 'aks-secure-networking-'))
    const path = join(dir, `${this.step}.md`)
    writeFileSync(path, markdown, 'utf8')
    tl.uploadSummary(path)
  }
}

/** `##vso[task.setsecret]`, line by line: the agent refuses multi-line secrets. */
export class AdoSecrets implements Secrets {
  mask(value: string): void {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim() !== '') writeLine(loggingCommand('task.setsecret', line.trim()))
    }
  }
}
