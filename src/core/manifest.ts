/**
 * The step manifest: one declaration per input and output, the single source of truth for
 * action.yml, task.json, the README tables and the names used in error messages.
 */

export type HostKind = 'github' | 'azure-pipelines' | 'cli'

export const ALL_HOSTS: readonly HostKind[] = ['github', 'azure-pipelines', 'cli']

/** How Azure Pipelines renders the input in its task UI. */
export type AdoInputType =
  'string' | 'boolean' | 'multiLine' | 'pickList' | 'connectedService:AzureRM'

export interface InputDecl {
  /** Canonical id: kebab-case, also the GitHub and CLI spelling. */
  readonly id: string
  /** Azure Pipelines spelling (camelCase). Derived from `id` unless given. */
  readonly adoName?: string
  /** Where the input exists; default: every host. */
  readonly hosts?: readonly HostKind[]
  readonly required: boolean
  /** Per-host override of `required` (e.g. required on GitHub, optional on Azure Pipelines). */
  readonly hostRequired?: Partial<Record<HostKind, boolean>>
  /** A default applied on every host unless `hostDefaults` overrides it. */
  readonly default?: string
  readonly hostDefaults?: Partial<Record<HostKind, string>>
  readonly secret?: boolean
  readonly description: string
  /** Label in the Azure Pipelines task UI; derived from `id` unless given. */
  readonly label?: string
  readonly adoType?: AdoInputType
  /** Allowed values, for pick lists and documentation. */
  readonly options?: readonly string[]
  readonly adoAliases?: readonly string[]
  /** A YAML or JSON document: its parser is loaded before the inputs are read, when set. */
  readonly structured?: boolean
  /**
   * PEM certificates whose extensions the spec reads: the X.509 library is loaded before the
   * inputs are read, when set.
   */
  readonly certificates?: boolean
}

export interface OutputDecl {
  /** Canonical id: kebab-case, the GitHub spelling. */
  readonly id: string
  readonly adoName?: string
  readonly description: string
}

export interface StepManifest {
  /** kebab-case step name, used on every surface. */
  readonly name: string
  /** Azure Pipelines task name, PascalCase (`ConfigureFirewallEgress`). */
  readonly taskName: string
  /** Stable task GUIDs: prod and the private test extension. Never change them. */
  readonly taskIds: { readonly prod: string; readonly test: string }
  /** ≤ 40 characters (tfx rule). */
  readonly friendlyName: string
  /** One line, ≤ 125 characters (action.yml and Marketplace). */
  readonly summary: string
  readonly description: string
  readonly inputs: readonly InputDecl[]
  readonly outputs: readonly OutputDecl[]
}

export function camelCase(kebab: string): string {
  return kebab.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())
}

export function adoInputName(decl: InputDecl): string {
  return decl.adoName ?? camelCase(decl.id)
}

/** `cluster-subnet-id` → `Cluster subnet ID`. */
export function inputLabel(decl: InputDecl): string {
  if (decl.label) return decl.label
  const words = decl.id.split('-').map(w => (['id', 'ip', 'arm'].includes(w) ? w.toUpperCase() : w))
  const [first = '', ...rest] = words
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ')
}

export function adoOutputName(decl: OutputDecl): string {
  return decl.adoName ?? camelCase(decl.id)
}

export function inputName(decl: InputDecl, host: HostKind): string {
  return host === 'azure-pipelines' ? adoInputName(decl) : decl.id
}

export function outputName(decl: OutputDecl, host: HostKind): string {
  return host === 'azure-pipelines' ? adoOutputName(decl) : decl.id
}

export function inputOnHost(decl: InputDecl, host: HostKind): boolean {
  return (decl.hosts ?? ALL_HOSTS).includes(host)
}

export function inputDefault(decl: InputDecl, host: HostKind): string | undefined {
  return decl.hostDefaults?.[host] ?? decl.default
}

export function inputRequired(decl: InputDecl, host: HostKind): boolean {
  return decl.hostRequired?.[host] ?? decl.required
}

export function findInput(manifest: StepManifest, id: string): InputDecl {
  const decl = manifest.inputs.find(i => i.id === id)
  if (!decl) throw new Error(`${manifest.name}: the manifest declares no input '${id}'`)
  return decl
}

export function findOutput(manifest: StepManifest, id: string): OutputDecl {
  const decl = manifest.outputs.find(o => o.id === id)
  if (!decl) throw new Error(`${manifest.name}: the manifest declares no output '${id}'`)
  return decl
}
