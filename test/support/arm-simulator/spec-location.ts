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

/** The api-version `@azure/arm-privatedns` 4.0.0 sends. */
export const PRIVATE_DNS_API_VERSION = '2024-06-01'

/** Private DNS swagger, kept in the repository (test/fixtures/arm-specs, azure-rest-api-specs layout). */
export const privateDnsSpecDir: string = resolve(
  repoRoot,
  'test',
  'fixtures',
  'arm-specs',
  'specification',
  'privatedns',
  'resource-manager',
  'Microsoft.Network',
  'stable',
  PRIVATE_DNS_API_VERSION,
)

/** The api-version `@azure/arm-containerservice` 25.5.0 sends. */
export const CONTAINER_SERVICE_API_VERSION = '2026-06-01'

/** Managed clusters: an excerpt of the official swagger, in the repository (see SOURCE.md). */
export const containerServiceSpecDir: string = resolve(
  repoRoot,
  'test',
  'fixtures',
  'arm-specs',
  'specification',
  'containerservice',
  'resource-manager',
  'Microsoft.ContainerService',
  'aks',
  'stable',
  CONTAINER_SERVICE_API_VERSION,
)

/** The api-version `@azure/arm-authorization` 9.0.0 sends for role assignments. */
export const AUTHORIZATION_API_VERSION = '2022-04-01'

/** Role assignments: an excerpt of the official swagger, in the repository (see SOURCE.md). */
export const authorizationSpecDir: string = resolve(
  repoRoot,
  'test',
  'fixtures',
  'arm-specs',
  'specification',
  'authorization',
  'resource-manager',
  'Microsoft.Authorization',
  'stable',
  AUTHORIZATION_API_VERSION,
)

/** One spec folder the simulator serves, at the single api-version its swaggers declare. */
export interface SpecSetLocation {
  /** Used in messages: `No route in the <label> <apiVersion> specs matches …`. */
  readonly label: string
  readonly apiVersion: string
  readonly dir: string
  /**
   * The error code a PUT of a child resource answers when its parent is missing: the Network RP
   * says `ResourceNotFound` (about the parent), the Private DNS RP `ParentResourceNotFound`.
   */
  readonly missingParent: 'ResourceNotFound' | 'ParentResourceNotFound'
}

/** Every spec set, the first one (Microsoft.Network) being the default for unknown paths. */
export const SPEC_SETS: readonly SpecSetLocation[] = [
  {
    label: 'Microsoft.Network',
    apiVersion: API_VERSION,
    dir: specDir,
    missingParent: 'ResourceNotFound',
  },
  {
    label: 'Microsoft.Network privateDnsZones',
    apiVersion: PRIVATE_DNS_API_VERSION,
    dir: privateDnsSpecDir,
    missingParent: 'ParentResourceNotFound',
  },
  {
    label: 'Microsoft.ContainerService',
    apiVersion: CONTAINER_SERVICE_API_VERSION,
    dir: containerServiceSpecDir,
    missingParent: 'ResourceNotFound',
  },
  {
    label: 'Microsoft.Authorization',
    apiVersion: AUTHORIZATION_API_VERSION,
    dir: authorizationSpecDir,
    missingParent: 'ResourceNotFound',
  },
]
