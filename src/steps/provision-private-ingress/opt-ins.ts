import type { RiskFlag } from '../../core/plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

/** The input that opts into each risk flag this step can raise. */
export const OPT_IN_INPUTS: Partial<Record<RiskFlag, string>> = {
  'public-exposure': 'allow-public-exposure',
  'waf-detection': 'allow-waf-detection',
}

export function allowedIngressFlags(spec: ProvisionPrivateIngressSpec): ReadonlySet<RiskFlag> {
  const ag = spec.appGateway
  return new Set<RiskFlag>([
    ...(ag?.allowPublicExposure ? (['public-exposure'] as const) : []),
    ...(ag?.allowWafDetection ? (['waf-detection'] as const) : []),
  ])
}
