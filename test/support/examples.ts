/**
 * The example CLI configs under examples/ (YAML files with a section per step) as inputs for a
 * step on any host: the tests run every packaged task, the root action and the CI offline job
 * with them, so a step that gains an example is exercised everywhere without a new fixture.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  adoInputName,
  inputOnHost,
  type HostKind,
  type StepManifest,
} from '../../src/core/manifest.js'
import { parse as parseYaml } from 'yaml'
import { readConfig, type CliConfig } from '../../src/hosts/cli/config.js'
import { PIPELINE_ORDER } from '../../src/steps/registry.js'
import { ROOT } from './bundles.js'

export interface ExampleConfig {
  /** Repository-relative path. */
  readonly file: string
  readonly config: CliConfig
}

/** Every examples/*.yaml that is a CLI config (it has at least one step section). */
export async function exampleConfigs(): Promise<ExampleConfig[]> {
  const files = readdirSync(join(ROOT, 'examples'))
    .filter(f => /\.ya?ml$/.test(f))
    .sort()
  const configs: ExampleConfig[] = []
  for (const name of files) {
    const file = `examples/${name}`
    const doc: unknown = parseYaml(readFileSync(join(ROOT, file), 'utf8'))
    const isConfig =
      typeof doc === 'object' && doc !== null && PIPELINE_ORDER.some(step => step in doc)
    if (isConfig) configs.push({ file, config: await readConfig(join(ROOT, file)) })
  }
  return configs
}

/**
 * The first example's inputs for the step on the host, planned offline, in the host's spelling;
 * undefined when no example has a section for the step.
 */
export async function exampleOfflineInputs(
  manifest: StepManifest,
  host: Exclude<HostKind, 'cli'>,
): Promise<{ file: string; inputs: Record<string, string> } | undefined> {
  const example = (await exampleConfigs()).find(e => manifest.name in e.config.steps)
  if (!example) return undefined
  const values: Record<string, string | undefined> = {
    ...example.config.shared,
    ...example.config.steps[manifest.name],
    offline: 'true',
  }
  const inputs: Record<string, string> = {}
  for (const decl of manifest.inputs) {
    const value = values[decl.id]
    if (value === undefined || !inputOnHost(decl, host)) continue
    inputs[host === 'azure-pipelines' ? adoInputName(decl) : decl.id] = value
  }
  return { file: example.file, inputs }
}

/** Whether the step can plan offline (it declares the `offline` input of RUN_INPUTS). */
export function plansOffline(manifest: StepManifest): boolean {
  return manifest.inputs.some(i => i.id === 'offline')
}
