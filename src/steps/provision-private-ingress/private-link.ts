import { MANAGED_BY_TAG, MANAGED_BY_VALUE, type WireBody } from '../../core/network.js'
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
