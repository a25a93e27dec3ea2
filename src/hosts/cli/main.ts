import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CommonSpec } from '../../core/common-inputs.js'
import { inputOnHost, type StepManifest } from '../../core/manifest.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { PIPELINE_ORDER, STEP_CATALOG } from '../../steps/catalog.js'
import type { AnyStep } from '../../steps/registry.js'
import { readCloud } from '../cloud-inputs.js'
import { loadAzure } from '../azure-loader.js'
import type { AzureConnection, Host } from '../host.js'
import { knownCloud } from '../../azure/clouds.js'
import { NodeExec, systemClock } from '../node-exec.js'
import { NodeSecretFiles } from '../node-secret-files.js'
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
  aks-secure-networking verify-encryption [--config FILE] [--set NAME=VALUE]...
                        [--from-scrapes DIR] [--verbose]
  aks-secure-networking plan --config FILE [--offline] [--plan-dir DIR] [--verbose]
  aks-secure-networking --help | --version

Steps, in pipeline order: ${PIPELINE_ORDER.join(', ')}

The config is YAML: top-level keys are inputs shared by every step (subscription-id,
environment, ...); a section per step name holds that step's inputs. --set overrides both.
Input names are the GitHub (kebab-case) ones. The CLI signs in with DefaultAzureCredential
(environment variables, workload identity, managed identity, Azure CLI, ...).
verify-encryption reads the kubeconfig's cluster and never plans or applies (a verification
that does not pass is a failed step); with --from-scrapes DIR it judges saved scrapes instead
(DIR/pods.json as 'kubectl get pods -A -o json' prints it, and DIR/NAMESPACE/POD.prom per pod)
without a cluster. The plan command skips it.
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
    files: new NodeSecretFiles(io.cwd),
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

function isVerifyStep(step: AnyStep): boolean {
  return 'kind' in step && step.kind === 'verify'
}

/** Loads the named step (only that step's code), or explains the commands there are. */
async function findStep(name: string): Promise<AnyStep> {
  const entry = STEP_CATALOG.find(e => e.name === name)
  if (entry === undefined) {
    throw new UsageError(
      `unknown command '${name}'; expected 'plan' or a step: ${PIPELINE_ORDER.join(', ')}.`,
    )
  }
  return entry.load()
}

/** A step's inputs, highest first: flags and --set, its config section, the shared keys. */
function inputLayers(
  step: string,
  flags: Record<string, string>,
  config: CliConfig,
): Record<string, string>[] {
  return [flags, config.steps[step] ?? {}, config.shared]
}

async function runOne(
  step: AnyStep,
  flags: Record<string, string>,
  config: CliConfig,
  io: CliIo,
  verbose: boolean,
  fromScrapes?: string,
): Promise<number> {
  const layers = inputLayers(step.manifest.name, flags, config)
  const { host } = cliHost(step.manifest, layers, io, verbose)
  const run: Host =
    fromScrapes === undefined
      ? host
      : {
          ...host,
          cluster: async () => {
            const { createSavedScrapesCluster } = await import('../../kube/saved-scrapes.js')
            return createSavedScrapesCluster(resolve(io.cwd, fromScrapes))
          },
        }
  const result = await runStep(run, step)
  return exitCodeOf(result.status)
}

/** The flags that make no sense for a step that only verifies. */
function checkVerifyFlags(values: {
  mode?: string
  offline?: boolean
  'plan-file'?: string
}): void {
  if (values.offline) {
    throw new UsageError(
      'verify-encryption has no offline mode: it judges a live cluster, or saved scrapes with --from-scrapes DIR.',
    )
  }
  if (values.mode !== undefined || values['plan-file'] !== undefined) {
    throw new UsageError(
      'verify-encryption never plans or applies, so it takes no --mode or --plan-file; its evidence goes to the report-file input.',
    )
  }
}

/** The plan command's note for a verify step: there is nothing to plan. */
function skippedInPlan(step: AnyStep): string {
  const name = step.manifest.name
  return `### ${name}: not planned

${name} only reads the cluster and judges what it sees; it has no plan and verifies nothing offline. Run \`aks-secure-networking ${name} --config FILE\` against the cluster, or with \`--from-scrapes DIR\` on saved scrapes.
`
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
        'from-scrapes': { type: 'string' },
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

    if (command !== 'plan' && values['from-scrapes'] !== undefined) {
      if (!isVerifyStep(await findStep(command))) {
        throw new UsageError(`--from-scrapes goes with verify-encryption, not '${command}'.`)
      }
      // Read with the step's own parser: a value it rejects (-1, 'abc') is left to the run,
      // which reports it with every other input problem; '00' is 0.
      const { parseWindowSeconds } = await import('../../steps/verify-encryption/spec.js')
      const window = new CliInputs(inputLayers(command, flags, config)).get('window-seconds')
      const parsed = window === undefined ? undefined : parseWindowSeconds(window.trim())
      if (parsed?.ok === true && parsed.value > 0) {
        throw new UsageError(
          '--from-scrapes judges one saved scrape per pod; window mode (window-seconds) needs a live cluster.',
        )
      }
    }
    if (command === 'plan') {
      if (values['from-scrapes'] !== undefined)
        throw new UsageError('--from-scrapes goes with verify-encryption, not plan.')
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
      const steps = await Promise.all(names.map(findStep))
      let exit = EXIT_OK
      for (const step of steps) {
        if (isVerifyStep(step)) {
          io.stderr(`${step.manifest.name}: skipped by plan (it only verifies a live cluster).\n`)
          io.stdout(skippedInPlan(step))
          continue
        }
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
    const step = await findStep(command)
    if (isVerifyStep(step)) checkVerifyFlags(values)
    if (values['plan-file'] !== undefined) flags['plan-file'] = values['plan-file']
    return await runOne(step, flags, config, io, verbose, values['from-scrapes'])
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
