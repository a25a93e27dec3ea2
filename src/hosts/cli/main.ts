import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CommonSpec } from '../../core/common-inputs.js'
import { inputOnHost, type StepManifest } from '../../core/manifest.js'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { PIPELINE_ORDER, STEPS } from '../../steps/registry.js'
import { readCloud } from '../cloud-inputs.js'
import { loadAzure } from '../azure-loader.js'
import type { AzureConnection, Host } from '../host.js'
import { knownCloud } from '../../azure/clouds.js'
import { NodeExec, systemClock } from '../node-exec.js'
import { runStep, type RunStatus } from '../run-step.js'
import { VERSION } from '../version.js'
import { CliInputs, CliLog, CliOutputs, CliSecrets, CliSummary } from './adapters.js'
import { readConfig, UsageError, type CliConfig } from './config.js'

/** Exit codes: a contract for scripts and other tools. */
export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

const USAGE = `Usage:
  aks-secure-networking <step> [--config FILE] [--set NAME=VALUE]... [--mode plan|apply]
                        [--offline] [--plan-file FILE] [--environment NAME] [--verbose]
  aks-secure-networking plan --config FILE [--offline] [--plan-dir DIR] [--verbose]
  aks-secure-networking --help | --version

Steps, in pipeline order: ${PIPELINE_ORDER.join(', ')}
Available in this release: ${STEPS.map(s => s.manifest.name).join(', ')}

The config is YAML: top-level keys are inputs shared by every step (subscription-id,
environment, ...); a section per step name holds that step's inputs. --set overrides both.
Input names are the GitHub (kebab-case) ones. The CLI signs in with DefaultAzureCredential
(environment variables, workload identity, managed identity, Azure CLI, ...).
Exit codes: 0 success, 1 the step failed, 2 invalid input or usage.
`

export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly cwd: string
}

const defaultIo: CliIo = {
  stdout: t => process.stdout.write(t),
  stderr: t => process.stderr.write(t),
  cwd: process.cwd(),
}

function readCliConnection(reader: SpecReader, common: CommonSpec): AzureConnection | undefined {
  const cloud = readCloud(reader) ?? knownCloud('AzureCloud')
  return common.offline ? undefined : { cloud, credential: { kind: 'default' } }
}

function cliHost(
  manifest: StepManifest,
  layers: Record<string, string>[],
  io: CliIo,
  verbose: boolean,
): { host: Host; failures: string[] } {
  const secrets = new CliSecrets()
  const log = new CliLog(secrets, verbose, io.stderr)
  const failures: string[] = []
  const known = new Set(manifest.inputs.filter(i => inputOnHost(i, 'cli')).map(i => i.id))
  for (const layer of layers.slice(0, 2)) {
    for (const key of Object.keys(layer)) {
      if (!known.has(key))
        log.warn(`${manifest.name}: input '${key}' is not an input of this step and is ignored.`)
    }
  }
  const host: Host = {
    kind: 'cli',
    inputs: new CliInputs(layers),
    log,
    outputs: new CliOutputs(),
    summary: new CliSummary(secrets, io.stdout),
    secrets,
    exec: new NodeExec(),
    clock: systemClock,
    readAzureConnection: readCliConnection,
    loadAzure,
    fail: message => {
      failures.push(message)
      log.error(message)
    },
    succeed: () => undefined,
    workingDirectory: io.cwd,
    tempDirectory: tmpdir(),
  }
  return { host, failures }
}

function exitCodeOf(status: RunStatus): number {
  return status === 'succeeded' ? EXIT_OK : status === 'invalid' ? EXIT_USAGE : EXIT_FAILED
}

function parseSets(values: readonly string[]): Record<string, string> {
  const sets: Record<string, string> = {}
  for (const item of values) {
    const eq = item.indexOf('=')
    if (eq <= 0) throw new UsageError(`--set takes NAME=VALUE; got '${item}'.`)
    sets[item.slice(0, eq).trim()] = item.slice(eq + 1)
  }
  return sets
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStep = StepDefinition<any, any, Network>

function findStep(name: string): AnyStep {
  const step = STEPS.find(s => s.manifest.name === name)
  if (step) return step
  if (PIPELINE_ORDER.includes(name)) {
    throw new UsageError(
      `step '${name}' is not available in this release (${VERSION}); available: ${STEPS.map(s => s.manifest.name).join(', ')}.`,
    )
  }
  throw new UsageError(
    `unknown command '${name}'; expected 'plan' or a step: ${PIPELINE_ORDER.join(', ')}.`,
  )
}

async function runOne(
  step: AnyStep,
  flags: Record<string, string>,
  config: CliConfig,
  io: CliIo,
  verbose: boolean,
): Promise<number> {
  const layers = [flags, config.steps[step.manifest.name] ?? {}, config.shared]
  const { host } = cliHost(step.manifest, layers, io, verbose)
  const result = await runStep(host, step)
  return exitCodeOf(result.status)
}

/** Runs the CLI with argv (without node and the script); returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        config: { type: 'string', short: 'c' },
        set: { type: 'string', multiple: true },
        mode: { type: 'string' },
        offline: { type: 'boolean' },
        'plan-file': { type: 'string' },
        'plan-dir': { type: 'string' },
        environment: { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    })
    if (values.help) {
      io.stdout(USAGE)
      return EXIT_OK
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`)
      return EXIT_OK
    }
    const [command, ...rest] = positionals
    if (command === undefined) throw new UsageError('no command given.')
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0] ?? ''}'.`)
    const config = values.config
      ? await readConfig(resolve(io.cwd, values.config))
      : { shared: {}, steps: {} }
    const flags: Record<string, string> = parseSets(values.set ?? [])
    if (values.mode !== undefined) flags['mode'] = values.mode
    if (values.offline) flags['offline'] = 'true'
    if (values.environment !== undefined) flags['environment'] = values.environment
    const verbose = values.verbose ?? false

    if (command === 'plan') {
      if (!values.config) throw new UsageError('plan needs --config FILE.')
      if (values['plan-file'] !== undefined)
        throw new UsageError('plan writes one file per step: use --plan-dir DIR.')
      if (values.mode === 'apply')
        throw new UsageError('plan never applies; run a step with --mode apply instead.')
      const names = PIPELINE_ORDER.filter(name => name in config.steps)
      if (names.length === 0) {
        throw new UsageError(
          `config '${values.config}' has no step section; add one of: ${PIPELINE_ORDER.join(', ')}.`,
        )
      }
      const steps = names.map(findStep)
      let exit = EXIT_OK
      for (const step of steps) {
        const stepFlags: Record<string, string> = { ...flags, mode: 'plan' }
        if (values['plan-dir'] !== undefined) {
          stepFlags['plan-file'] = join(values['plan-dir'], `${step.manifest.name}.plan.json`)
        }
        exit = Math.max(exit, await runOne(step, stepFlags, config, io, verbose))
      }
      return exit
    }
    if (values['plan-dir'] !== undefined)
      throw new UsageError('--plan-dir goes with the plan command; a step takes --plan-file FILE.')
    if (values['plan-file'] !== undefined) flags['plan-file'] = values['plan-file']
    return await runOne(findStep(command), flags, config, io, verbose)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (
      error instanceof UsageError ||
      (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`aks-secure-networking: ${(error as Error).message}\n\n${USAGE}`)
      return EXIT_USAGE
    }
    io.stderr(
      `aks-secure-networking: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    return EXIT_FAILED
  }
}
