import { chartSource } from '../../core/chart-repository.js'
import { NGINX } from './manifest.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

/** What an ingress controller strategy hands the step: its Helm release and its Service. */
export interface IngressRelease {
  readonly release: string
  readonly namespace: string
  readonly chart: string
  readonly repo: string
  readonly version: string
  readonly values: Record<string, unknown>
}

/**
 * One ingress controller. The Private Link and Private Endpoint code only sees the annotations
 * it asks the controller to put on its Service and the Service it reads back, so another
 * controller (AKS application routing, a Gateway API implementation) plugs in here.
 */
export interface IngressController {
  readonly name: string
  /** A note for the log and the plan, such as a retirement. */
  readonly notice: string | undefined
  release(
    spec: ProvisionPrivateIngressSpec,
    serviceAnnotations: Record<string, string>,
  ): IngressRelease
  service(spec: ProvisionPrivateIngressSpec): { namespace: string; name: string }
}

export const INTERNAL_LB = 'service.beta.kubernetes.io/azure-load-balancer-internal'
export const INTERNAL_SUBNET = 'service.beta.kubernetes.io/azure-load-balancer-internal-subnet'
export const STATIC_IPV4 = 'service.beta.kubernetes.io/azure-load-balancer-ipv4'
export const PROBE_PATH = 'service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path'

/** The annotations that keep the controller's Service on the internal load balancer. */
export function internalLoadBalancerAnnotations(
  spec: ProvisionPrivateIngressSpec,
): Record<string, string> {
  return {
    [INTERNAL_LB]: 'true',
    ...(spec.internalSubnetName ? { [INTERNAL_SUBNET]: spec.internalSubnetName } : {}),
    ...(spec.loadBalancerIp ? { [STATIC_IPV4]: spec.loadBalancerIp } : {}),
  }
}

/**
 * The community ingress-nginx chart. The chart marks its Service ports `appProtocol: http`, so
 * the Azure load balancer probes `/` over HTTP, which NGINX answers 404 unless an Ingress owns
 * `/`; the probe path annotation points it at `/healthz`. `fullnameOverride` makes the Service
 * `<release>-controller` whatever the release is called.
 */
export const nginxController: IngressController = {
  name: 'nginx',
  notice:
    'the community ingress-nginx project was retired in March 2026: the chart is pinned to its last release and gets no further fixes; plan a move to the AKS application routing add-on or a Gateway API implementation.',
  release: (spec, serviceAnnotations) => ({
    release: spec.release,
    namespace: spec.namespace,
    ...chartSource(spec.chartRepo, NGINX.chart),
    version: spec.chartVersion,
    values: {
      fullnameOverride: spec.release,
      controller: {
        replicaCount: spec.replicas,
        ingressClass: spec.ingressClass,
        ingressClassResource: {
          name: spec.ingressClass,
          enabled: true,
          default: false,
          // A second controller in the cluster must not answer for this one's Ingresses.
          controllerValue:
            spec.ingressClass === 'nginx'
              ? 'k8s.io/ingress-nginx'
              : `k8s.io/ingress-nginx-${spec.ingressClass}`,
        },
        service: {
          annotations: { ...serviceAnnotations, [PROBE_PATH]: '/healthz' },
        },
        ...(spec.proxyProtocol ? { config: { 'use-proxy-protocol': 'true' } } : {}),
      },
    },
  }),
  service: spec => ({ namespace: spec.namespace, name: `${spec.release}-controller` }),
}

/**
 * The chart-based controller behind an internal load balancer. `application-gateway` has no
 * chart of its own here: its strategy (app-gateway-*.ts, chosen in strategy.ts) provisions the
 * gateway through ARM and runs AGIC.
 */
export function controllerFor(spec: ProvisionPrivateIngressSpec): IngressController {
  switch (spec.controller) {
    case 'nginx':
      return nginxController
    case 'application-gateway':
      throw new Error('controllerFor: application-gateway is not a load balancer controller')
  }
}
