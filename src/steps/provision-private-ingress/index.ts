import type { Cluster } from '../../core/cluster.js'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import { provisionPrivateIngressManifest } from './manifest.js'
import {
  offlineProvisionPrivateIngressState,
  type ProvisionPrivateIngressState,
} from './observe.js'
import { allowedIngressFlags, OPT_IN_INPUTS } from './opt-ins.js'
import { resolveProvisionPrivateIngress } from './resolve.js'
import { parseProvisionPrivateIngressSpec, type ProvisionPrivateIngressSpec } from './spec.js'
import { strategyFor } from './strategy.js'

export const provisionPrivateIngress: StepDefinition<
  ProvisionPrivateIngressSpec,
  ProvisionPrivateIngressState,
  Network,
  Cluster
> = {
  manifest: provisionPrivateIngressManifest,
  parseSpec: parseProvisionPrivateIngressSpec,
  azureTarget: spec => ({ subscriptionId: spec.subscriptionId }),
  needsCluster: () => true,
  resolve: resolveProvisionPrivateIngress,
  observe: (ctx, spec) => strategyFor(spec).observe(ctx, spec),
  offlineState: offlineProvisionPrivateIngressState,
  plan: (spec, state) => strategyFor(spec).plan(spec, state),
  allowedFlags: allowedIngressFlags,
  optInInput: flag => OPT_IN_INPUTS[flag],
  apply: (ctx, spec, plan) => strategyFor(spec).apply(ctx, spec, plan),
  outputs: (spec, state) => strategyFor(spec).outputs(spec, state),
}
