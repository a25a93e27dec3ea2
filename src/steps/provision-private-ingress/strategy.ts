import type { Cluster } from '../../core/cluster.js'
import type { Network } from '../../core/network.js'
import type { Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { applyAppGateway } from './app-gateway-apply.js'
import { observeAppGateway } from './app-gateway-observe.js'
import { appGatewayOutputs, planAppGateway } from './app-gateway-plan.js'
import { applyNginxIngress } from './apply.js'
import { observeNginxIngress, type ProvisionPrivateIngressState } from './observe.js'
import { nginxOutputs, planNginxIngress } from './plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

/**
 * One way to provide private ingress. The step's lifecycle calls the strategy of the spec's
 * `controller`; both share the Private Endpoint, approval and DNS code (private-endpoints.ts).
 */
export interface IngressStrategy {
  observe(
    ctx: StepContext<Network, Cluster>,
    spec: ProvisionPrivateIngressSpec,
  ): Promise<ProvisionPrivateIngressState>
  plan(spec: ProvisionPrivateIngressSpec, state: ProvisionPrivateIngressState): Plan
  apply(
    ctx: StepContext<Network, Cluster>,
    spec: ProvisionPrivateIngressSpec,
    plan: Plan,
  ): Promise<void>
  outputs(
    spec: ProvisionPrivateIngressSpec,
    state: ProvisionPrivateIngressState,
  ): Record<string, string>
}

/** The chart-based controller (NGINX) behind an internal load balancer and a Private Link Service. */
const internalLoadBalancer: IngressStrategy = {
  observe: observeNginxIngress,
  plan: planNginxIngress,
  apply: applyNginxIngress,
  outputs: nginxOutputs,
}

/** A WAF_v2 Application Gateway driven by AGIC, with its own Private Link configuration. */
const applicationGateway: IngressStrategy = {
  observe: observeAppGateway,
  plan: planAppGateway,
  apply: applyAppGateway,
  outputs: appGatewayOutputs,
}

export function strategyFor(spec: ProvisionPrivateIngressSpec): IngressStrategy {
  switch (spec.controller) {
    case 'nginx':
      return internalLoadBalancer
    case 'application-gateway':
      return applicationGateway
  }
}
