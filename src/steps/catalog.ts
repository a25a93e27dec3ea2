import type { AnyStep } from './registry.js'

/** A step by name, loaded on demand. */
export interface CatalogEntry {
  readonly name: string
  readonly load: () => Promise<AnyStep>
}

/**
 * The steps in pipeline order, each loaded only when it runs, so the CLI parses just the step it
 * was asked for (its start-up cost stays that of one step). The named chunks keep their file
 * names stable across builds. `registry.ts` imports every step for the manifests and tests; a
 * test keeps the two lists in step.
 */
export const STEP_CATALOG: readonly CatalogEntry[] = [
  {
    name: 'configure-firewall-egress',
    load: async () =>
      (
        await import(
          /* webpackChunkName: "step-configure-firewall-egress" */ './configure-firewall-egress/index.js'
        )
      ).configureFirewallEgress,
  },
  {
    name: 'provision-private-ingress',
    load: async () =>
      (
        await import(
          /* webpackChunkName: "step-provision-private-ingress" */ './provision-private-ingress/index.js'
        )
      ).provisionPrivateIngress,
  },
  {
    name: 'install-mesh',
    load: async () =>
      (await import(/* webpackChunkName: "step-install-mesh" */ './install-mesh/index.js'))
        .installMesh,
  },
  {
    name: 'verify-encryption',
    load: async () =>
      (
        await import(
          /* webpackChunkName: "step-verify-encryption" */ './verify-encryption/index.js'
        )
      ).verifyEncryption,
  },
]

/** Step names in pipeline order. */
export const PIPELINE_ORDER: readonly string[] = STEP_CATALOG.map(entry => entry.name)
