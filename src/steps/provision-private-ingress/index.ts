import type { Cluster } from '../../core/cluster.js'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import { applyProvisionPrivateIngress } from './apply.js'
import { provisionPrivateIngressManifest } from './manifest.js'
import {
  observeProvisionPrivateIngress,
  offlineProvisionPrivateIngressState,
  type ProvisionPrivateIngressState,
} from './observe.js'
import { ingressOutputs, planProvisionPrivateIngress } from './plan.js'
import { resolveProvisionPrivateIngress } from './resolve.js'
import { parseProvisionPrivateIngressSpec, type ProvisionPrivateIngressSpec } from './spec.js'

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
  observe: observeProvisionPrivateIngress,
  offlineState: offlineProvisionPrivateIngressState,
  plan: planProvisionPrivateIngress,
  allowedFlags: () => new Set(),
  optInInput: () => undefined,
  apply: applyProvisionPrivateIngress,
  outputs: ingressOutputs,
}
