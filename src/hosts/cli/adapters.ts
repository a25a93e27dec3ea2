import type { Inputs, Log, Outputs, Secrets, Summary } from '../../core/ports.js'

/** Inputs from, highest first: flags and --set, the step's config section, shared config keys. */
export class CliInputs implements Inputs {
  constructor(private readonly layers: readonly Readonly<Record<string, string>>[]) {}
  get(id: string): string | undefined {
    for (const layer of this.layers) {
      const value = layer[id]
      if (value !== undefined) return value
    }
    return undefined
  }
}

/** Redacts registered secrets from everything the CLI prints. */
export class CliSecrets implements Secrets {
  private readonly values = new Set<string>()
  mask(value: string): void {
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 4) this.values.add(line.trim())
  }
  redact(text: string): string {
    let out = text
    for (const value of this.values) out = out.split(value).join('***')
    return out
  }
}

/** Logs go to stderr so stdout carries only the Markdown plan and outputs. */
export class CliLog implements Log {
  constructor(
    private readonly secrets: CliSecrets,
    private readonly verbose: boolean,
    private readonly write: (text: string) => void = t => process.stderr.write(t),
  ) {}
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${this.secrets.redact(message)}\n`)
  }
  info(message: string): void {
    this.write(`${this.secrets.redact(message)}\n`)
  }
  warn(message: string): void {
    this.write(`warning: ${this.secrets.redact(message)}\n`)
  }
  error(message: string): void {
    this.write(`error: ${this.secrets.redact(message)}\n`)
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.info(title)
    return fn()
  }
}

export class CliOutputs implements Outputs {
  readonly values: Record<string, string> = {}
  set(id: string, value: string): void {
    this.values[id] = value
  }
}

export class CliSummary implements Summary {
  constructor(
    private readonly secrets: CliSecrets,
    private readonly print: (text: string) => void = t => process.stdout.write(t),
  ) {}
  write(markdown: string): Promise<void> {
    this.print(`${this.secrets.redact(markdown)}\n`)
    return Promise.resolve()
  }
}
