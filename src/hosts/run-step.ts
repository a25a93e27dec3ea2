import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { Cluster } from '../core/cluster.js'
import { CLOUD_NAMES, readCommonInputs, usesAzure, type CommonSpec } from '../core/common-inputs.js'
import {
  ConvergenceError,
  InputError,
  OptInRequiredError,
  PreconditionError,
  StepError,
  VerificationError,
} from '../core/errors.js'
import { findInput, inputName, inputOnHost } from '../core/manifest.js'
import { blockedChanges, changeSubject, hasWrites, type Plan } from '../core/plan.js'
import type { Mode, StepContext } from '../core/ports.js'
import { renderPlanJson, renderPlanMarkdown, renderPlanText, TOOL_NAME } from '../core/render.js'
import { loadStructuredParser } from '../core/inputs/structured.js'
import { SpecReader } from '../core/spec-reader.js'
import { loadX509 } from '../core/x509.js'
import type { StepDefinition, StepFile, Verification, VerifyStepDefinition } from '../core/step.js'
import type { Network } from '../core/network.js'
import type { AzureConnection, Host } from './host.js'
import { VERSION } from './version.js'

export type RunStatus = 'succeeded' | 'failed' | 'invalid'

export interface RunResult {
  readonly status: RunStatus
  readonly plan?: Plan
  /** A verify step's outcome. */
  readonly verification?: Verification
  readonly outputs: Record<string, string>
}

const SECRET_KEY = /token|secret|password|key-data|certificate-data|^value$/i

/**
 * The credential values in a kubeconfig's content (YAML or JSON): tokens, keys, passwords,
 * client certificates, exec plugin env values and the argument after a `--token`-like flag.
 */
export async function kubeconfigSecrets(content: string): Promise<string[]> {
  const found: string[] = []
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) {
      const items: unknown[] = node
      items.forEach((item, i) => {
        const previous = items[i - 1]
        if (
          typeof item === 'string' &&
          typeof previous === 'string' &&
          /^--?[\w-]*(token|secret|password)/i.test(previous)
        ) {
          found.push(item)
        }
        walk(item, key)
      })
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node as Record<string, unknown>)) walk(v, k)
    } else if (typeof node === 'string' && SECRET_KEY.test(key)) {
      found.push(node)
    }
  }
  try {
    const { parse } = await import('yaml')
    walk(parse(content))
  } catch {
    // Not parseable: mask it whole rather than risk printing a credential.
    found.push(content)
  }
  return found.filter(v => v.trim().length >= 4)
}

/** What reading the inputs needs of a step, whatever its kind. */
type InputStep<S> = Pick<StepDefinition<S, unknown>, 'manifest' | 'parseSpec'>

/** Masks every secret input before anything else runs. */
async function maskSecretInputs<S>(host: Host, step: InputStep<S>): Promise<void> {
  for (const decl of step.manifest.inputs) {
    if (!decl.secret || !inputOnHost(decl, host.kind)) continue
    const value = host.inputs.get(decl.id)
    if (!value) continue
    if (decl.id === 'kubeconfig') {
      // A kubeconfig's content is mostly ordinary text ("apiVersion: v1"): mask its credentials.
      for (const secret of await kubeconfigSecrets(value)) host.secrets.mask(secret)
    } else {
      host.secrets.mask(value)
    }
  }
}

/** The ARM port of an offline run: any call is a bug, since offline runs never observe. */
function offlineArm(step: string): Network {
  const refuse = (): never => {
    throw new PreconditionError(`${step}: an offline run makes no Azure calls (internal error).`)
  }
  return new Proxy({} as Network, { get: () => refuse })
}

/**
 * The cluster port when none was built (offline, or the step does not need the cluster for
 * this spec): any call is a bug.
 */
function noCluster(step: string, offline: boolean): Cluster {
  const why = offline ? 'an offline run makes no cluster calls' : 'this run has no cluster access'
  const refuse = (): never => {
    throw new PreconditionError(`${step}: ${why} (internal error).`)
  }
  return new Proxy({} as Cluster, { get: () => refuse })
}

/**
 * Resolves the `kubeconfig` input (or KUBECONFIG / ~/.kube/config) and builds the cluster port,
 * unless the host provides the cluster itself (the CLI's saved scrapes). The adapter is imported
 * on demand so steps without a cluster do not load it.
 */
async function connectCluster<S>(host: Host, step: InputStep<S>): Promise<Cluster> {
  const name = step.manifest.name
  if (host.cluster) return host.cluster()
  // Read only when declared (CLUSTER_INPUTS): Azure Pipelines inputs resolve through the manifest.
  const declared = step.manifest.inputs.find(i => i.id === 'kubeconfig')
  const input =
    declared && inputOnHost(declared, host.kind) ? host.inputs.get('kubeconfig') : undefined
  const { resolveKubeconfig } = await import('../kube/kubeconfig.js')
  const location = await resolveKubeconfig(input, {
    tempDir: host.tempDirectory,
    env: process.env,
  })
  const where =
    location.source === 'input-content' ? "the 'kubeconfig' input's content" : `'${location.path}'`
  host.log.info(`${name}: cluster access through the kubeconfig ${where} (${location.source}).`)
  const { createCluster } = await import('../kube/cluster-adapter.js')
  return createCluster({
    exec: host.exec,
    kubeconfigPath: location.path,
    log: host.log,
    clock: host.clock,
  })
}

/**
 * A step runStep can drive: it uses the Network port, and either the Cluster port or no cluster
 * (Kube left `unknown`).
 */
export type RunnableStep<S, T> =
  | StepDefinition<S, T, Network, Cluster>
  | StepDefinition<S, T, Network>
  | VerifyStepDefinition<S, T, Cluster>

function isVerifyStep<S, T>(step: RunnableStep<S, T>): step is VerifyStepDefinition<S, T, Cluster> {
  return 'kind' in step && step.kind === 'verify'
}

interface Parsed<S> {
  readonly spec: S
  readonly common: CommonSpec
  readonly connection: AzureConnection | undefined
}

function parseInputs<S>(host: Host, step: InputStep<S>): Parsed<S> {
  const reader = new SpecReader(step.manifest, host.inputs, host.kind)
  const common = readCommonInputs(reader)
  const azure = usesAzure(step.manifest)
  const connection = azure ? host.readAzureConnection(reader, common) : undefined
  const subscriptionId = common.subscriptionId ?? connection?.subscriptionId
  if (
    azure &&
    subscriptionId === undefined &&
    !reader.hasProblems() &&
    host.kind === 'azure-pipelines'
  ) {
    reader.problem(
      'subscription-id',
      undefined,
      'is required: the service connection names no subscription (or none is used offline). Give the subscription ID, a GUID.',
    )
  }
  const knownCloud = CLOUD_NAMES.find(n => n === connection?.cloud.name)
  const spec = step.parseSpec(reader, {
    ...common,
    subscriptionId,
    cloud: knownCloud ?? common.cloud,
  })
  if (common.offline && reader.isSet('mode') && reader.raw('mode') === 'apply') {
    reader.warn(
      `'${reader.name('offline')}' is true, so '${reader.name('mode')}: apply' is ignored and nothing is changed.`,
    )
  }
  for (const warning of reader.warnings) host.log.warn(warning)
  return { spec, common, connection }
}

async function writeRunFile(host: Host, path: string, content: string): Promise<string> {
  const full = resolve(host.workingDirectory, path)
  await mkdir(dirname(full), { recursive: true })
  await writeFile(full, content, 'utf8')
  return full
}

function optInMessage<S, T>(
  host: Host,
  step: StepDefinition<S, T, Network>,
  blocked: ReturnType<typeof blockedChanges>,
): string {
  const lines = blocked.map(({ change, flags }) => {
    const inputs = flags.map(flag => {
      const id = step.optInInput(flag)
      return id
        ? `'${inputName(findInput(step.manifest, id), host.kind)}: true'`
        : `(no opt-in for ${flag})`
    })
    return `  - ${changeSubject(change)}: ${flags.join(', ')} (set ${inputs.join(' and ')})`
  })
  return `${step.manifest.name}: the plan has changes that need an explicit opt-in; nothing was changed.\n${lines.join('\n')}`
}

/** The ports a step sees: the host's, plus the domain ports built for this run. */
function stepContext<Arm>(
  host: Host,
  arm: Arm,
  kube: Cluster,
  run: { readonly mode: Mode; readonly offline: boolean },
): StepContext<Arm, Cluster> {
  return {
    log: host.log,
    outputs: host.outputs,
    summary: host.summary,
    secrets: host.secrets,
    exec: host.exec,
    clock: host.clock,
    files: host.files,
    arm,
    kube,
    mode: run.mode,
    offline: run.offline,
  }
}

/** Writes the step's file and names it in the outputs. */
async function writeStepFile(
  host: Host,
  file: StepFile,
  outputs: Record<string, string>,
): Promise<void> {
  const path = await writeRunFile(host, file.path, file.content)
  outputs[file.output] = path
}

/**
 * A verify step: observe, judge, then the evidence file, the outputs and the summary, whether or
 * not the verification passed.
 */
async function runVerification<S, T>(
  host: Host,
  step: VerifyStepDefinition<S, T, Cluster>,
  spec: S,
  outputs: Record<string, string>,
): Promise<Verification> {
  const name = step.manifest.name
  const ctx = stepContext(host, offlineArm(name), await connectCluster(host, step), {
    mode: 'plan',
    offline: false,
  })
  const state = await host.log.group(`${name}: observe`, () => step.observe(ctx, spec))
  const verification = step.judge(spec, state, { name: TOOL_NAME, version: VERSION })
  for (const warning of verification.warnings) host.log.warn(`${name}: ${warning}`)
  if (verification.file) {
    await writeStepFile(host, verification.file, outputs)
    host.log.info(`${name}: evidence written to ${outputs[verification.file.output] ?? ''}`)
  }
  Object.assign(outputs, verification.outputs)
  for (const [id, value] of Object.entries(outputs)) host.outputs.set(id, value)
  await host.summary.write(verification.summary)
  return verification
}

/**
 * The single place that drives a step and catches: parse → observe → plan → apply →
 * re-observe and verify → outputs and summary. Never calls process.exit.
 */
export async function runStep<S, T>(host: Host, step: RunnableStep<S, T>): Promise<RunResult> {
  const name = step.manifest.name
  let plan: Plan | undefined
  let planContext: { mode: Mode; offline: boolean } | undefined
  let verification: Verification | undefined
  const outputs: Record<string, string> = {}
  try {
    await maskSecretInputs(host, step)
    // Parsers too large to load on every start, loaded (before the synchronous spec) when used.
    const given = step.manifest.inputs.filter(
      i => inputOnHost(i, host.kind) && host.inputs.get(i.id)?.trim(),
    )
    if (given.some(i => i.structured)) await loadStructuredParser()
    if (given.some(i => i.certificates)) await loadX509()
    const parsed = parseInputs(host, step)
    const { common, connection } = parsed
    let spec = parsed.spec
    await host.prepare?.()
    if (isVerifyStep(step)) {
      verification = await runVerification(host, step, spec, outputs)
      if (!verification.passed) {
        throw new VerificationError(
          verification.failure ?? `${name}: the verification did not pass.`,
          verification.findings,
        )
      }
      host.succeed()
      return { status: 'succeeded', verification, outputs }
    }
    let arm = offlineArm(name)
    if (!common.offline) {
      const target = step.azureTarget(spec)
      if (target && connection) {
        host.checkAzurePreconditions?.(connection)
        if (host.loadAzure === undefined) {
          throw new PreconditionError(
            `${name}: this bundle was built without the Azure SDKs (internal error).`,
          )
        }
        const { connectNetwork } = await host.loadAzure()
        arm = connectNetwork({
          step: name,
          cloud: connection.cloud,
          credential: connection.credential,
          subscriptionId: target.subscriptionId,
          log: host.log,
          clock: host.clock,
          version: VERSION,
          ...(connection.trustedCaPem ? { trustedCaPem: connection.trustedCaPem } : {}),
        })
      }
    }
    const kube =
      !common.offline && step.needsCluster?.(spec) === true
        ? await connectCluster(host, step)
        : noCluster(name, common.offline)
    const ctx = stepContext(host, arm, kube, common)
    planContext = { mode: common.mode, offline: common.offline }

    if (!common.offline && step.resolve) spec = await step.resolve(ctx, spec)
    const state = common.offline
      ? step.offlineState(spec)
      : await host.log.group(`${name}: observe`, () => step.observe(ctx, spec))
    const planned = step.plan(spec, state)
    plan = planned
    host.log.info(`${name}: plan (${common.offline ? 'offline' : common.mode})`)
    for (const line of renderPlanText(planned)) host.log.info(`  ${line}`)
    for (const warning of planned.warnings ?? []) host.log.warn(`${name}: ${warning}`)
    for (const note of planned.notes ?? []) host.log.info(`${name}: ${note}`)
    if (common.planFile !== undefined) {
      const path = await writeRunFile(host, common.planFile, renderPlanJson(planned, planContext))
      host.log.info(`${name}: plan file written to ${path}`)
      outputs['plan-file'] = path
    }

    let final: Record<string, string> = { ...planned.outputs }
    let notes = planned.notes
    if (common.mode === 'apply') {
      const blocked = blockedChanges(planned, step.allowedFlags(spec))
      if (blocked.length > 0) throw new OptInRequiredError(optInMessage(host, step, blocked))
      if (hasWrites(planned)) {
        await host.log.group(`${name}: apply`, () => step.apply(ctx, spec, planned))
        const after = await step.observe(ctx, spec)
        const replanned = step.plan(spec, after)
        const remaining = replanned.changes.filter(c => c.action !== 'noop')
        if (remaining.length > 0) {
          throw new ConvergenceError(
            `${name}: after apply, ${remaining.length} change(s) are still pending: ${remaining.map(changeSubject).join(', ')}. Another writer may be changing these resources; run the step again to see the plan.`,
          )
        }
        final = step.outputs(spec, after)
        notes = replanned.notes
      } else {
        host.log.info(`${name}: nothing to change.`)
        final = step.outputs(spec, state)
      }
    }
    Object.assign(outputs, final)
    for (const [id, value] of Object.entries(outputs)) host.outputs.set(id, value)
    await host.summary.write(
      renderPlanMarkdown({ ...planned, outputs, notes: notes ?? [] }, planContext),
    )
    host.succeed()
    return { status: 'succeeded', plan, outputs }
  } catch (error) {
    const isInput = error instanceof InputError
    const message =
      error instanceof StepError
        ? error.message
        : `${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`
    if (!isInput && error instanceof Error && error.stack) host.log.debug(error.stack)
    if (plan && planContext) {
      await host.summary
        .write(`${renderPlanMarkdown(plan, planContext)}\n**Failed:** ${message}\n`)
        .catch(() => undefined)
    }
    host.fail(message, isInput ? 'input' : 'failure')
    return {
      status: isInput ? 'invalid' : 'failed',
      ...(plan ? { plan } : {}),
      ...(verification ? { verification } : {}),
      outputs,
    }
  }
}
