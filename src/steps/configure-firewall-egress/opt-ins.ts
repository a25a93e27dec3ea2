import type { RiskFlag } from '../../core/plan.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

/** The input that opts into each risk flag this step can raise. */
export const OPT_IN_INPUTS: Partial<Record<RiskFlag, string>> = {
  'widens-egress': 'allow-egress-changes',
  'replaces-resource': 'allow-route-table-replacement',
}

export function allowedEgressFlags(spec: ConfigureFirewallEgressSpec): ReadonlySet<RiskFlag> {
  return new Set<RiskFlag>([
    ...(spec.allowEgressChanges ? (['widens-egress'] as const) : []),
    ...(spec.allowRouteTableReplacement ? (['replaces-resource'] as const) : []),
  ])
}
