/**
 * Ports: the small, role-split interfaces through which steps reach the outside world.
 * Hosts (GitHub Actions, Azure Pipelines, CLI) implement them; steps only see these types.
 */

/** Reads raw input values by canonical id. The host maps the id to its own spelling. */
export interface Inputs {
  get(id: string): string | undefined
}

export interface Log {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export interface Outputs {
  set(id: string, value: string): void
}

export interface Summary {
  write(markdown: string): Promise<void>
}

export interface Secrets {
  /** Registers a value so the host redacts it from every later log line. */
  mask(value: string): void
}

export interface ExecOptions {
  cwd?: string
  env?: Record<string, string>
  stdin?: string
  /** Exit codes that are not failures; default [0]. */
  okExitCodes?: readonly number[]
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
}

/** Runs a program with an argv array (never a shell string). */
export interface Exec {
  run(tool: string, args: readonly string[], options?: ExecOptions): Promise<ExecResult>
}

export interface Clock {
  now(): Date
  sleep(ms: number): Promise<void>
}

/**
 * Files on the runner that hold what must stay off the cluster and out of the logs (a trust
 * anchor's private key). Relative paths resolve against the host's working directory.
 */
export interface SecretFiles {
  /** The absolute path a relative one resolves to, for messages. */
  resolve(path: string): string
  /** The file's text, or undefined when there is no such file. */
  read(path: string): Promise<string | undefined>
  /**
   * Creates the file (and its folder) readable by the owner only (mode 0600). Never overwrites:
   * returns false, writing nothing, when the file already exists.
   */
  create(path: string, content: string): Promise<boolean>
}

export type Mode = 'plan' | 'apply'

/** What every step receives. `arm` and `kube` are the domain ports the host built for it. */
export interface StepContext<Arm = unknown, Kube = unknown> {
  readonly log: Log
  readonly outputs: Outputs
  readonly summary: Summary
  readonly secrets: Secrets
  readonly exec: Exec
  readonly clock: Clock
  readonly files: SecretFiles
  readonly arm: Arm
  readonly kube: Kube
  readonly mode: Mode
  readonly offline: boolean
}
