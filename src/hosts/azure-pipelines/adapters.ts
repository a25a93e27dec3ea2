import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tl from 'azure-pipelines-task-lib/task.js'
import {
  adoInputName,
  adoOutputName,
  findInput,
  findOutput,
  type StepManifest,
} from '../../core/manifest.js'
import type { Inputs, Log, Outputs, Secrets, Summary } from '../../core/ports.js'

/** Azure Pipelines inputs: the canonical id maps to the camelCase task input through the manifest. */
export class AdoInputs implements Inputs {
  constructor(private readonly manifest: StepManifest) {}
  get(id: string): string | undefined {
    const value = tl.getInput(adoInputName(findInput(this.manifest, id)), false)
    return value === undefined || value === '' ? undefined : value
  }
}

export class AdoLog implements Log {
  debug(message: string): void {
    tl.debug(message)
  }
  info(message: string): void {
    console.log(message)
  }
  warn(message: string): void {
    tl.warning(message)
  }
  error(message: string): void {
    tl.error(message)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    console.log(`##[group]${title}`)
    try {
      return await fn()
    } finally {
      console.log('##[endgroup]')
    }
  }
}

/** Output variables: `isOutput=true`, so later jobs read them as `<stepName>.<output>`. */
export class AdoOutputs implements Outputs {
  constructor(private readonly manifest: StepManifest) {}
  set(id: string, value: string): void {
    tl.setVariable(adoOutputName(findOutput(this.manifest, id)), value, false, true)
  }
}

/** Attaches the Markdown to the run summary (`##vso[task.uploadsummary]`). */
export class AdoSummary implements Summary {
  constructor(private readonly step: string) {}
  async write(markdown: string): Promise<void> {
    const base = tl.getVariable('Agent.TempDirectory') ?? tmpdir()
    const dir = mkdtempSync(join(base, 'aks-secure-networking-'))
    const path = join(dir, `${this.step}.md`)
    writeFileSync(path, markdown, 'utf8')
    tl.uploadSummary(path)
  }
}

/** task-lib refuses multi-line secrets, so a PEM is masked line by line. */
export class AdoSecrets implements Secrets {
  mask(value: string): void {
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '') tl.setSecret(line.trim())
  }
}
