import type { Cluster, HelmReleaseState, ServiceView } from '../../core/cluster.js'
import { stringValue, type Network, type WireBody } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import type { AppGatewayState } from './app-gateway-observe.js'
import { controllerFor } from './controller.js'
import { NO_ENDPOINTS, observeEndpoints, type EndpointsState } from './private-endpoints.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

export interface ProvisionPrivateIngressState extends EndpointsState {
  readonly vnetLocation: string | undefined
  readonly release: HelmReleaseState | undefined
  readonly service: ServiceView | undefined
  readonly loadBalancer: WireBody | undefined
  readonly plsSubnet: WireBody | undefined
  readonly pls: WireBody | undefined
  /** With `controller: application-gateway`: the gateway, its WAF policy, AGIC and Ingresses. */
  readonly appGateway: AppGatewayState | undefined
}

/** AKS keeps the internal load balancer of LoadBalancer Services under this name. */
export function internalLoadBalancerId(spec: ProvisionPrivateIngressSpec): string {
  return `/subscriptions/${spec.subscriptionId}/resourceGroups/${spec.nodeResourceGroup}/providers/Microsoft.Network/loadBalancers/kubernetes-internal`
}

/**
 * `controller: nginx`: reads the cluster (release, Service) and Azure (load balancer, PLS,
 * endpoints), once each.
 */
export async function observeNginxIngress(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
): Promise<ProvisionPrivateIngressState> {
  const controller = controllerFor(spec)
  const svc = controller.service(spec)
  const none = Promise.resolve(undefined)
  const [vnet, release, service, loadBalancer, plsSubnet, pls] = await Promise.all([
    spec.vnet ? ctx.arm.getVirtualNetwork(spec.vnet.id) : none,
    ctx.kube.helmRelease(spec.release, spec.namespace),
    ctx.kube.getService(svc.namespace, svc.name),
    spec.privateLink === 'arm' ? ctx.arm.getLoadBalancer(internalLoadBalancerId(spec)) : none,
    spec.privateLink === 'arm' && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : none,
    spec.privateLink === 'none' ? none : ctx.arm.getPrivateLinkService(spec.plsId),
  ])
  return {
    vnetLocation: stringValue(vnet?.['location']),
    release,
    service,
    loadBalancer,
    plsSubnet,
    pls,
    appGateway: undefined,
    ...(await observeEndpoints(ctx.arm, spec, spec.plsId, pls)),
  }
}

/** The state an offline plan assumes: nothing exists yet. */
export function offlineProvisionPrivateIngressState(): ProvisionPrivateIngressState {
  return {
    vnetLocation: undefined,
    release: undefined,
    service: undefined,
    loadBalancer: undefined,
    plsSubnet: undefined,
    pls: undefined,
    appGateway: undefined,
    ...NO_ENDPOINTS,
  }
}
