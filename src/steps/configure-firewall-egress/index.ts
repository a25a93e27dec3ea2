import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import { applyConfigureFirewallEgress } from './apply.js'
import { configureFirewallEgressManifest } from './manifest.js'
import { allowedEgressFlags, OPT_IN_INPUTS } from './opt-ins.js'
import {
  observeConfigureFirewallEgress,
  offlineConfigureFirewallEgressState,
  type ConfigureFirewallEgressState,
} from './observe.js'
import { egressOutputs, planConfigureFirewallEgress } from './plan.js'
import { parseConfigureFirewallEgressSpec, type ConfigureFirewallEgressSpec } from './spec.js'

export const configureFirewallEgress: StepDefinition<
  ConfigureFirewallEgressSpec,
  ConfigureFirewallEgressState,
  Network
> = {
  manifest: configureFirewallEgressManifest,
  parseSpec: parseConfigureFirewallEgressSpec,
  azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
  observe: observeConfigureFirewallEgress,
  offlineState: offlineConfigureFirewallEgressState,
  plan: planConfigureFirewallEgress,
  allowedFlags: allowedEgressFlags,
  optInInput: flag => OPT_IN_INPUTS[flag],
  apply: applyConfigureFirewallEgress,
  outputs: egressOutputs,
}
