import type { Cluster, HelmReleaseState, PodView } from '../../core/cluster.js'
import { stringValue, type Network, type WireBody } from '../../core/network.js'
import type { StepContext } from '../../core/ports.js'
import { addonPrincipalId, agicPods, agicRoleGrants, AGIC_RELEASE } from './agic.js'
import type { ProvisionPrivateIngressState } from './observe.js'
import { observeEndpoints } from './private-endpoints.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

export interface AppGatewayState {
  readonly plSubnet: WireBody | undefined
  readonly wafPolicy: WireBody | undefined
  readonly publicIp: WireBody | undefined
  readonly gateway: WireBody | undefined
  /** The AKS cluster (add-on mode). */
  readonly cluster: WireBody | undefined
  /** AGIC's identity: the add-on's (once enabled) or the Helm mode's input. */
  readonly principalId: string | undefined
  /** The principal's role assignments that apply at each grant's scope, by scope. */
  readonly roleAssignments: ReadonlyMap<string, readonly WireBody[]>
  readonly agicRelease: HelmReleaseState | undefined
  readonly agicPods: readonly PodView[]
  /** The listed Ingresses as the API server has them, by `namespace/name`. */
  readonly ingresses: ReadonlyMap<string, Record<string, unknown> | undefined>
}

export function ingressKey(ingress: Record<string, unknown>): string {
  const metadata = (ingress['metadata'] ?? {}) as Record<string, unknown>
  return `${String(metadata['namespace'])}/${String(metadata['name'])}`
}

/** `controller: application-gateway`: reads Azure (gateway, policy, AKS, roles) and the cluster. */
export async function observeAppGateway(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
): Promise<ProvisionPrivateIngressState> {
  const ag = spec.appGateway
  if (!ag) throw new Error('observeAppGateway: not an application-gateway spec')
  const none = Promise.resolve(undefined)
  const pods = agicPods(ag)
  const [vnet, plSubnet, wafPolicy, publicIp, gateway, cluster, agicRelease, agicPodList] =
    await Promise.all([
      spec.vnet ? ctx.arm.getVirtualNetwork(spec.vnet.id) : none,
      ag.privateLink && spec.plsSubnet ? ctx.arm.getSubnet(spec.plsSubnet.id) : none,
      ctx.arm.getWafPolicy(ag.waf.id),
      ag.privateOnly ? none : ctx.arm.getPublicIpAddress(ag.publicIpId),
      ctx.arm.getApplicationGateway(ag.id),
      ag.agic.mode === 'add-on' && ag.clusterId ? ctx.arm.getManagedCluster(ag.clusterId) : none,
      ag.agic.mode === 'helm' ? ctx.kube.helmRelease(AGIC_RELEASE, ag.agic.namespace) : none,
      ctx.kube.listPods(pods.namespace, pods.selector),
    ])
  const principalId = ag.agic.mode === 'helm' ? ag.agic.principalId : addonPrincipalId(cluster)
  const grants = agicRoleGrants(ag)
  const assignments = principalId
    ? await Promise.all(grants.map(g => ctx.arm.listRoleAssignments(g.scope, principalId)))
    : []
  const ingresses = await Promise.all(
    ag.ingresses.map(async i => {
      const metadata = i['metadata'] as Record<string, unknown>
      const found = await ctx.kube.getIngress(
        String(metadata['namespace']),
        String(metadata['name']),
      )
      return [ingressKey(i), found] as const
    }),
  )
  return {
    vnetLocation: stringValue(vnet?.['location']),
    release: undefined,
    service: undefined,
    loadBalancer: undefined,
    plsSubnet: undefined,
    pls: undefined,
    appGateway: {
      plSubnet,
      wafPolicy,
      publicIp,
      gateway,
      cluster,
      principalId,
      roleAssignments: new Map(grants.map((g, i) => [g.scope, assignments[i] ?? []])),
      agicRelease,
      agicPods: agicPodList,
      ingresses: new Map(ingresses),
    },
    ...(await observeEndpoints(ctx.arm, spec, ag.id, gateway)),
  }
}
