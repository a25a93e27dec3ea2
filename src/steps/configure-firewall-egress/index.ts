import type { Network } from '../../core/network.js'
import type { RiskFlag } from '../../core/plan.js'
import type { StepDefinition } from '../../core/step.js'
import { applyConfigureFirewallEgress } from './apply.js'
import { configureFirewallEgressManifest } from './manifest.js'
import {
  observeConfigureFirewallEgress,
  offlineConfigureFirewallEgressState,
  type ConfigureFirewallEgressState,
} from './observe.js'
import { egressOutputs, planConfigureFirewallEgress } from './plan.js'
import { parseConfigureFirewallEgressSpec, type ConfigureFirewallEgressSpec } from './spec.js'

const OPT_INS: Partial<Record<RiskFlag, string>> = {
  'widens-egress': 'allow-egress-changes',
  'replaces-resource': 'allow-route-table-replacement',
}

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
  allowedFlags: spec =>
    new Set<RiskFlag>([
      ...(spec.allowEgressChanges ? (['widens-egress'] as const) : []),
      ...(spec.allowRouteTableReplacement ? (['replaces-resource'] as const) : []),
    ]),
  optInInput: flag => OPT_INS[flag],
  apply: applyConfigureFirewallEgress,
  outputs: egressOutputs,
}
