import type { ResourceId } from '../../core/inputs/resource-id.js'
import {
  MANAGED_BY_TAG,
  MANAGED_BY_VALUE,
  propertiesOf,
  subnetPutBody,
  type WireBody,
} from '../../core/network.js'
import { armChange, knownAfterApply, type ArmChange } from '../../core/plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const PLS = 'service.beta.kubernetes.io/azure-pls'

/**
 * `private-link: service`: the cloud provider creates the Private Link Service from these
 * Service annotations (and disables the subnet's network policies itself).
 */
export function privateLinkServiceAnnotations(
  spec: ProvisionPrivateIngressSpec,
): Record<string, string> {
  if (spec.privateLink !== 'service') return {}
  return {
    [`${PLS}-create`]: 'true',
    [`${PLS}-name`]: spec.plsName,
    ...(spec.plsSubnet ? { [`${PLS}-ip-configuration-subnet`]: spec.plsSubnet.name } : {}),
    [`${PLS}-ip-configuration-ip-address-count`]: String(spec.natIpCount),
    [`${PLS}-proxy-protocol`]: String(spec.proxyProtocol),
    ...(spec.visibility.length > 0 ? { [`${PLS}-visibility`]: spec.visibility.join(' ') } : {}),
    ...(spec.autoApproval.length > 0
      ? { [`${PLS}-auto-approval`]: spec.autoApproval.join(' ') }
      : {}),
    ...(spec.plsFqdns.length > 0 ? { [`${PLS}-fqdns`]: spec.plsFqdns.join(' ') } : {}),
  }
}

/** `private-link: arm`: the Private Link Service the step creates on the load balancer frontend. */
export function privateLinkServiceBody(
  spec: ProvisionPrivateIngressSpec,
  location: string,
  frontendId: string,
): WireBody {
  const subnetId = spec.plsSubnet?.id ?? ''
  return {
    location,
    tags: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE },
    properties: {
      loadBalancerFrontendIpConfigurations: [{ id: frontendId }],
      ipConfigurations: Array.from({ length: spec.natIpCount }, (_, i) => ({
        name: `nat-${i + 1}`,
        properties: {
          privateIPAllocationMethod: 'Dynamic',
          privateIPAddressVersion: 'IPv4',
          primary: i === 0,
          subnet: { id: subnetId },
        },
      })),
      visibility: { subscriptions: [...spec.visibility] },
      autoApproval: { subscriptions: [...spec.autoApproval] },
      enableProxyProtocol: spec.proxyProtocol,
      fqdns: [...spec.plsFqdns],
    },
  }
}

/**
 * The subnet that gives Private Link its IPs (a Private Link Service's NAT IPs, an Application
 * Gateway Private Link configuration's IPs) with `privateLinkServiceNetworkPolicies: Disabled`,
 * keeping every other property of the subnet. `ready` when nothing needs to change.
 */
export function planLinkSubnet(
  subnet: ResourceId,
  observed: WireBody | undefined,
): { changes: ArmChange[]; ready: boolean } {
  const policies = propertiesOf(observed)['privateLinkServiceNetworkPolicies']
  if (observed !== undefined && policies === 'Disabled') return { changes: [], ready: true }
  return {
    ready: false,
    changes: [
      armChange(
        subnet.id,
        'update',
        'disable private link service network policies on the Private Link subnet, keeping every other property',
        observed
          ? { body: subnetPutBody(observed, { privateLinkServiceNetworkPolicies: 'Disabled' }) }
          : // Offline: the PUT is the subnet as read; a partial body would drop its prefix.
            {
              unknownBody: knownAfterApply(
                'the subnet as read, with privateLinkServiceNetworkPolicies: Disabled',
              ),
            },
      ),
    ],
  }
}
