import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, resolved from this file (test/support/arm-simulator/). */
export const repoRoot: string = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')

export const API_VERSION = '2026-01-01'

/** `shared/` sits beside the repository (CI runs from a fresh clone with `shared/` next to it). */
export const specDir: string = resolve(
  repoRoot,
  '..',
  'shared',
  'arm-specs',
  'network',
  API_VERSION,
  'specification',
  'network',
  'resource-manager',
  'Microsoft.Network',
  'stable',
  API_VERSION,
)
