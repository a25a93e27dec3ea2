import type { RiskFlag } from '../../core/plan.js'
import type { StepDefinition } from '../../core/step.js'
import type { Network } from '../../core/network.js'
import { applyConfigureFirewallEgress } from './apply.js'
import { configureFirewallEgressManifest } from './manifest.js'
import {
  observeConfigureFirewallEgress,
  offlineConfigureFirewallEgressState,
  type ConfigureFirewallEgressState,
} from './observe.js'
import { planConfigureFirewallEgress } from './plan.js'
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
  allowedFlags: spec =>
    new Set<RiskFlag>(spec.allowRouteTableReplacement ? ['replaces-resource'] : []),
  optInInput: flag => (flag === 'replaces-resource' ? 'allow-route-table-replacement' : undefined),
  apply: (ctx, _spec, plan) => applyConfigureFirewallEgress(ctx, plan),
  outputs: spec => ({ 'route-table-id': spec.routeTableId }),
}
