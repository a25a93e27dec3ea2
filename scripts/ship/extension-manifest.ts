/**
 * The Azure DevOps extension manifest (vss-extension.json), rendered from the step registry:
 * one task contribution per step, so a step added to `STEPS` is packaged without an edit here.
 * `npm run manifests` writes the prod flavour to the repository root; `npm run package` renders
 * both flavours into the staging folders it packs.
 */
import type { StepManifest } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'
import { TASK_CONTRIBUTION_TARGET, TASK_CONTRIBUTION_TYPE } from './metadata-rules.js'

/**
 * `prod` is the public extension; `test` is a private one with its own extension id and the
 * manifests' `taskIds.test` GUIDs, so both can be installed in one organization.
 */
export type Flavour = 'prod' | 'test'
export const FLAVOURS: readonly Flavour[] = ['prod', 'test']

export const PUBLISHER = 'aks-secure-networking'
export const EXTENSION_IDS: Readonly<Record<Flavour, string>> = {
  prod: 'aks-secure-networking',
  test: 'aks-secure-networking-test',
}
export const REPOSITORY_URL = 'https://github.com/aks-secure-networking/aks-secure-networking'

/** The task major version: the folder suffix and task.json's Major (see README, Versioning). */
export const TASK_MAJOR = 1

/** Repository-relative folder of a step's task (`tasks/ConfigureFirewallEgressV1`). */
export function taskFolder(manifest: StepManifest): string {
  return `tasks/${manifest.taskName}V${TASK_MAJOR}`
}

/** Files the extension ships besides the task folders, relative to the repository root. */
export const EXTENSION_ASSETS = {
  icon: 'extension/images/extension-icon.png',
  taskIcon: 'extension/images/task-icon.png',
  overview: 'extension/overview.md',
  images: 'extension/images',
} as const

/** Task display names in the test extension say so, within the 40-character limit. */
export function flavouredFriendlyName(friendlyName: string, flavour: Flavour): string {
  return flavour === 'test' ? `${friendlyName} (test)` : friendlyName
}

export function renderExtensionManifest(
  flavour: Flavour,
  version: string,
  manifests: readonly StepManifest[] = STEPS.map(s => s.manifest),
): Record<string, unknown> {
  return {
    manifestVersion: 1,
    id: EXTENSION_IDS[flavour],
    publisher: PUBLISHER,
    version,
    name: flavour === 'prod' ? 'AKS secure networking' : 'AKS secure networking (test)',
    description:
      'Pipeline tasks that make an AKS cluster meet enterprise network security rules: firewall-only egress, private ingress through Private Link, Linkerd mutual TLS and proof of it.',
    public: flavour === 'prod',
    categories: ['Azure Pipelines'],
    tags: [
      'AKS',
      'Kubernetes',
      'Azure Firewall',
      'Private Link',
      'Linkerd',
      'mTLS',
      'network security',
    ],
    targets: [{ id: 'Microsoft.VisualStudio.Services' }],
    icons: { default: EXTENSION_ASSETS.icon },
    content: { details: { path: EXTENSION_ASSETS.overview } },
    repository: { type: 'git', uri: REPOSITORY_URL },
    links: { support: { uri: `${REPOSITORY_URL}/issues` } },
    files: [
      ...manifests.map(m => ({ path: taskFolder(m) })),
      { path: EXTENSION_ASSETS.images, addressable: true },
    ],
    contributions: manifests.map(m => ({
      id: m.name,
      description: m.summary,
      type: TASK_CONTRIBUTION_TYPE,
      targets: [TASK_CONTRIBUTION_TARGET],
      properties: { name: taskFolder(m) },
    })),
  }
}

/** The task table of the Marketplace overview, between its `generated:tasks` markers. */
export function updateOverview(
  overview: string,
  manifests: readonly StepManifest[] = STEPS.map(s => s.manifest),
): string {
  const begin = '<!-- generated:tasks:start -->'
  const end = '<!-- generated:tasks:end -->'
  const from = overview.indexOf(begin)
  const to = overview.indexOf(end)
  if (from === -1 || to < from)
    throw new Error(`${EXTENSION_ASSETS.overview} lacks ${begin} … ${end}`)
  const rows = manifests.map(m => `| \`${m.taskName}@${TASK_MAJOR}\` | ${m.summary} |`)
  const table = ['| task | what it does |', '| --- | --- |', ...rows].join('\n')
  return `${overview.slice(0, from + begin.length)}\n${table}\n${overview.slice(to)}`
}
