import type { CommonSpec } from './common-inputs.js'
import type { Finding } from './errors.js'
import type { StepManifest } from './manifest.js'
import type { Plan, RiskFlag } from './plan.js'
import type { StepContext } from './ports.js'
import type { SpecReader } from './spec-reader.js'

/** What the host needs to know to connect to Azure for this spec. */
export interface AzureTarget {
  readonly subscriptionId: string
}

/**
 * One step's lifecycle: parse → observe → plan → apply → re-observe and verify → outputs.
 * Everything here is host-free; hosts/run-step.ts drives it.
 */
export interface StepDefinition<Spec, State, Arm = unknown, Kube = unknown> {
  readonly manifest: StepManifest
  /** Pure. Records every problem on the reader and ends with `reader.finish(...)`. */
  parseSpec(reader: SpecReader, common: CommonSpec): Spec
  /** The subscription the step works in, or undefined when it needs no ARM access. */
  azureTarget(spec: Spec): AzureTarget | undefined
  /**
   * True when the step reads or changes the cluster for this spec: the host then resolves the
   * `kubeconfig` input (CLUSTER_INPUTS) and builds `ctx.kube`. Absent: no cluster access.
   */
  needsCluster?(spec: Spec): boolean
  /**
   * Reads only, once, before observe: fills in facts the inputs left to be read (an AKS
   * cluster's node resource group and network). Not called offline.
   */
  resolve?(ctx: StepContext<Arm, Kube>, spec: Spec): Promise<Spec>
  /** Reads only. */
  observe(ctx: StepContext<Arm, Kube>, spec: Spec): Promise<State>
  /** The state assumed by an offline plan: nothing exists yet. */
  offlineState(spec: Spec): State
  /** Pure and deterministic. */
  plan(spec: Spec, state: State): Plan
  /** Risk flags the user opted into through the spec's inputs. */
  allowedFlags(spec: Spec): ReadonlySet<RiskFlag>
  /** The input that opts into a flag, for the error message when it is missing. */
  optInInput(flag: RiskFlag): string | undefined
  apply(ctx: StepContext<Arm, Kube>, spec: Spec, plan: Plan): Promise<void>
  /** Output values from the observed state. */
  outputs(spec: Spec, state: State): Record<string, string>
}

/** The name and version of this tool, for evidence files. */
export interface ToolInfo {
  readonly name: string
  readonly version: string
}

/** A file a step asks the host to write, and the output that then names its full path. */
export interface StepFile {
  /** Relative paths resolve against the host's working directory. */
  readonly path: string
  readonly content: string
  readonly output: string
}

/** The outcome of a verification, everything the host reports. */
export interface Verification {
  readonly passed: boolean
  readonly outputs: Readonly<Record<string, string>>
  /** Markdown: the job summary, the uploaded summary, or the CLI's stdout. */
  readonly summary: string
  /** When not passed: what failed and how to fix it (the host's failure message). */
  readonly failure?: string
  readonly findings: readonly Finding[]
  /** Logged as warnings; they do not fail the run. */
  readonly warnings: readonly string[]
  readonly file?: StepFile
}

/**
 * A step that only verifies: parse → observe (reads only) → judge (pure) → outputs, summary
 * and evidence. It never plans or applies; hosts/run-step.ts drives it like the others and fails
 * the run when the verification does not pass. It always reads the cluster.
 */
export interface VerifyStepDefinition<Spec, State, Kube = unknown> {
  readonly kind: 'verify'
  readonly manifest: StepManifest
  /** Pure. Records every problem on the reader and ends with `reader.finish(...)`. */
  parseSpec(reader: SpecReader, common: CommonSpec): Spec
  /** Reads only. */
  observe(ctx: StepContext<unknown, Kube>, spec: Spec): Promise<State>
  /** Pure and deterministic for the same state. */
  judge(spec: Spec, state: State, tool: ToolInfo): Verification
}
