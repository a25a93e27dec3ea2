import type { Network } from '../core/network.js'
import type { StepDefinition } from '../core/step.js'
import { configureFirewallEgress } from './configure-firewall-egress/index.js'
import { provisionPrivateIngress } from './provision-private-ingress/index.js'

/** Every step this release ships, in pipeline order. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const STEPS: readonly StepDefinition<any, any, Network>[] = [
  configureFirewallEgress,
  provisionPrivateIngress,
]

/** All step names in pipeline order, including those a later release adds. */
export const PIPELINE_ORDER: readonly string[] = [
  'configure-firewall-egress',
  'provision-private-ingress',
  'install-mesh',
  'verify-encryption',
]
