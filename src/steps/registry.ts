import type { Network } from '../core/network.js'
import type { Cluster } from '../core/cluster.js'
import type { StepDefinition, VerifyStepDefinition } from '../core/step.js'
import { configureFirewallEgress } from './configure-firewall-egress/index.js'
import { installMesh } from './install-mesh/index.js'
import { provisionPrivateIngress } from './provision-private-ingress/index.js'
import { verifyEncryption } from './verify-encryption/index.js'

/** A step of any kind: one that plans and applies, or one that only verifies. */
export type AnyStep =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  StepDefinition<any, any, Network> | VerifyStepDefinition<any, any, Cluster>

/** Every step this release ships, in pipeline order. */
export const STEPS: readonly AnyStep[] = [
  configureFirewallEgress,
  provisionPrivateIngress,
  installMesh,
  verifyEncryption,
]

/** Step names in pipeline order. */
export const PIPELINE_ORDER: readonly string[] = STEPS.map(step => step.manifest.name)
