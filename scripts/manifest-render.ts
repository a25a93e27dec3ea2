/**
 * Renders action.yml, task.json and the README's inputs/outputs tables from the step manifests.
 * `npm run manifests` writes them; a test fails when a committed file differs.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stringify } from 'yaml'
import {
  adoInputName,
  adoOutputName,
  inputDefault,
  inputLabel,
  inputOnHost,
  inputRequired,
  type HostKind,
  type InputDecl,
  type StepManifest,
} from '../src/core/manifest.js'
import { STEPS } from '../src/steps/registry.js'
import {
  flavouredFriendlyName,
  EXTENSION_ASSETS,
  renderExtensionManifest,
  taskFolder,
  updateOverview,
  type Flavour,
} from './ship/extension-manifest.js'
import { renderRootAction, renderStepTable } from './ship/root-action.js'

export const ROOT = new URL('..', import.meta.url).pathname

export function packageVersion(): { major: number; minor: number; patch: number; text: string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  const [major = 0, minor = 0, patch = 0] = pkg.version.split('.').map(Number)
  return { major, minor, patch, text: pkg.version }
}

const HEADER = '# Generated from the step manifest by `npm run manifests`; do not edit.\n'

function plain(text: string): string {
  return text.replace(/`/g, '')
}

export function renderActionYml(manifest: StepManifest): string {
  const inputs: Record<string, Record<string, unknown>> = {}
  for (const decl of manifest.inputs.filter(i => inputOnHost(i, 'github'))) {
    const def = inputDefault(decl, 'github')
    inputs[decl.id] = {
      description: decl.description,
      required: inputRequired(decl, 'github'),
      ...(def === undefined ? {} : { default: def }),
    }
  }
  const outputs = Object.fromEntries(
    manifest.outputs.map(o => [o.id, { description: o.description }]),
  )
  const doc = {
    name: `AKS secure networking: ${manifest.name}`,
    description: manifest.summary,
    author: 'aks-secure-networking',
    branding: { icon: 'shield', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: `../../dist/gh/${manifest.name}/index.js` },
  }
  return HEADER + stringify(doc, { lineWidth: 0 })
}

function adoInputType(decl: InputDecl): string {
  if (decl.adoType) return decl.adoType
  return decl.options ? 'pickList' : 'string'
}

export function renderTaskJson(manifest: StepManifest, flavour: Flavour = 'prod'): string {
  const version = packageVersion()
  const inputs = manifest.inputs
    .filter(i => inputOnHost(i, 'azure-pipelines'))
    .map(decl => {
      const type = adoInputType(decl)
      const def = inputDefault(decl, 'azure-pipelines')
      return {
        name: adoInputName(decl),
        ...(decl.adoAliases ? { aliases: decl.adoAliases } : {}),
        type,
        label: inputLabel(decl),
        required: inputRequired(decl, 'azure-pipelines'),
        ...(def === undefined ? {} : { defaultValue: def }),
        helpMarkDown: decl.description,
        ...(type === 'pickList' && decl.options
          ? { options: Object.fromEntries(decl.options.map(o => [o, o])) }
          : {}),
      }
    })
  const task = {
    $schema:
      'https://raw.githubusercontent.com/Microsoft/azure-pipelines-task-lib/master/tasks.schema.json',
    id: manifest.taskIds[flavour],
    name: manifest.taskName,
    friendlyName: flavouredFriendlyName(manifest.friendlyName, flavour),
    description: plain(manifest.description),
    helpMarkDown: `[aks-secure-networking: ${manifest.name}](https://github.com/aks-secure-networking/aks-secure-networking#${manifest.name})`,
    category: 'Deploy',
    visibility: ['Build', 'Release'],
    author: 'aks-secure-networking',
    version: { Major: version.major, Minor: version.minor, Patch: version.patch },
    minimumAgentVersion: '3.232.1',
    instanceNameFormat: `${manifest.friendlyName}`,
    inputs,
    outputVariables: manifest.outputs.map(o => ({
      name: adoOutputName(o),
      description: o.description,
    })),
    execution: {
      Node20_1: { target: 'index.js' },
      Node24: { target: 'index.js' },
    },
  }
  return `${JSON.stringify(task, null, 2)}\n`
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

function hostNames(decl: InputDecl): string {
  const names: string[] = []
  const hosts: [HostKind, string][] = [
    ['github', 'GitHub'],
    ['azure-pipelines', 'Azure Pipelines'],
    ['cli', 'CLI'],
  ]
  if (inputOnHost(decl, 'github')) names.push(`\`${decl.id}\``)
  if (inputOnHost(decl, 'azure-pipelines')) names.push(`\`${adoInputName(decl)}\``)
  const only = hosts.filter(([h]) => inputOnHost(decl, h)).map(([, label]) => label)
  const where = only.length === hosts.length ? '' : ` (${only.join(', ')})`
  return `${[...new Set(names)].join(' / ')}${where}`
}

export function renderReadmeTables(manifest: StepManifest): string {
  const lines = [
    `| input (GitHub / Azure Pipelines) | required | default | description |`,
    '| --- | --- | --- | --- |',
  ]
  for (const decl of manifest.inputs) {
    const gh = inputOnHost(decl, 'github') ? inputRequired(decl, 'github') : undefined
    const ado = inputOnHost(decl, 'azure-pipelines')
      ? inputRequired(decl, 'azure-pipelines')
      : undefined
    const required =
      gh === ado || ado === undefined
        ? (gh ?? ado)
          ? 'yes'
          : 'no'
        : gh === undefined
          ? ado
            ? 'yes'
            : 'no'
          : `${gh ? 'yes' : 'no'} / ${ado ? 'yes' : 'no'}`
    const defaults = [
      ...new Set(
        (['github', 'azure-pipelines', 'cli'] as HostKind[])
          .filter(h => inputOnHost(decl, h))
          .map(h => inputDefault(decl, h)),
      ),
    ]
    const def = defaults
      .filter(d => d !== undefined)
      .map(d => `\`${d}\``)
      .join(' / ')
    lines.push(`| ${hostNames(decl)} | ${required} | ${def} | ${cell(decl.description)} |`)
  }
  lines.push('', '| output (GitHub / Azure Pipelines) | description |', '| --- | --- |')
  for (const o of manifest.outputs) {
    lines.push(`| \`${o.id}\` / \`${adoOutputName(o)}\` | ${cell(o.description)} |`)
  }
  return lines.join('\n')
}

/** Replaces the text between the step's markers in the README. */
export function updateReadme(readme: string): string {
  let out = readme
  for (const step of STEPS) {
    const begin = `<!-- generated:${step.manifest.name}:start -->`
    const end = `<!-- generated:${step.manifest.name}:end -->`
    const from = out.indexOf(begin)
    const to = out.indexOf(end)
    if (from === -1 || to === -1 || to < from) {
      throw new Error(`README.md lacks the markers ${begin} … ${end}`)
    }
    out = `${out.slice(0, from + begin.length)}\n${renderReadmeTables(step.manifest)}\n${out.slice(to)}`
  }
  return out
}

/** Every generated file: repository-relative path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>()
  for (const step of STEPS) {
    files.set(`actions/${step.manifest.name}/action.yml`, renderActionYml(step.manifest))
    files.set(`${taskFolder(step.manifest)}/task.json`, renderTaskJson(step.manifest))
  }
  files.set('action.yml', HEADER + stringify(renderRootAction(), { lineWidth: 0 }))
  files.set('actions/steps.json', `${JSON.stringify(renderStepTable(), null, 2)}\n`)
  files.set(
    'vss-extension.json',
    `${JSON.stringify(renderExtensionManifest('prod', packageVersion().text), null, 2)}\n`,
  )
  files.set(
    'src/hosts/version.ts',
    `/** The project's version, stamped from package.json by \`npm run manifests\`. */\nexport const VERSION = '${packageVersion().text}'\n`,
  )
  files.set(
    EXTENSION_ASSETS.overview,
    updateOverview(readFileSync(join(ROOT, EXTENSION_ASSETS.overview), 'utf8')),
  )
  files.set('README.md', updateReadme(readFileSync(join(ROOT, 'README.md'), 'utf8')))
  return files
}
