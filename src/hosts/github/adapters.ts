import * as core from '@actions/core'
import type { Inputs, Log, Outputs, Secrets, Summary } from '../../core/ports.js'

/** GitHub inputs: the canonical id is the kebab-case action input name. */
export class GithubInputs implements Inputs {
  get(id: string): string | undefined {
    // core.getInput reads INPUT_<NAME> and trims; values are never logged here.
    const value = core.getInput(id)
    return value === '' ? undefined : value
  }
}

export class GithubLog implements Log {
  debug(message: string): void {
    core.debug(message)
  }
  info(message: string): void {
    core.info(message)
  }
  warn(message: string): void {
    core.warning(message)
  }
  error(message: string): void {
    core.error(message)
  }
  group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn)
  }
}

export class GithubOutputs implements Outputs {
  set(id: string, value: string): void {
    core.setOutput(id, value)
  }
}

export class GithubSummary implements Summary {
  async write(markdown: string): Promise<void> {
    if (!process.env['GITHUB_STEP_SUMMARY']) return
    await core.summary.addRaw(markdown, true).write()
  }
}

export class GithubSecrets implements Secrets {
  mask(value: string): void {
    for (const line of value.split(/\r?\n/)) if (line.trim() !== '') core.setSecret(line.trim())
  }
}
