import type { Network } from './network.js'
import { changeSubject, type ArmChange } from './plan.js'

/** Which port method writes a resource, by its type in the ID (most specific first). */
const PUTS: readonly [
  RegExp,
  (arm: Network, id: string, body: Record<string, unknown>, change: ArmChange) => Promise<unknown>,
][] = [
  [
    /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/,
    (arm, id, b) => arm.putRoleAssignment(id, b),
  ],
  [
    /\/applicationgateways\/[^/]+\/privateendpointconnections\/[^/]+$/,
    (arm, id, b) => arm.putApplicationGatewayConnection(id, b),
  ],
  [
    /\/applicationgateways\/[^/]+$/,
    (arm, id, b, c) => arm.putApplicationGateway(id, b, ifMatchOf(c)),
  ],
  [
    /\/applicationgatewaywebapplicationfirewallpolicies\/[^/]+$/,
    (arm, id, b) => arm.putWafPolicy(id, b),
  ],
  [/\/managedclusters\/[^/]+$/, (arm, id, b, c) => arm.putManagedCluster(id, b, ifMatchOf(c))],
  [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id, b) => arm.putARecordSet(id, b)],
  [
    /\/privatelinkservices\/[^/]+\/privateendpointconnections\/[^/]+$/,
    (arm, id, b) => arm.putPrivateLinkServiceConnection(id, b),
  ],
  [/\/privatelinkservices\/[^/]+$/, (arm, id, b) => arm.putPrivateLinkService(id, b)],
  [/\/privateendpoints\/[^/]+$/, (arm, id, b) => arm.putPrivateEndpoint(id, b)],
  [/\/virtualnetworks\/[^/]+\/subnets\/[^/]+$/, (arm, id, b) => arm.putSubnet(id, b)],
  [/\/routetables\/[^/]+$/, (arm, id, b) => arm.putRouteTable(id, b)],
  [/\/publicipaddresses\/[^/]+$/, (arm, id, b) => arm.putPublicIpAddress(id, b)],
  [/\/rulecollectiongroups\/[^/]+$/, (arm, id, b) => arm.putRuleCollectionGroup(id, b)],
  [/\/firewallpolicies\/[^/]+$/, (arm, id, b) => arm.putFirewallPolicy(id, b)],
  [/\/azurefirewalls\/[^/]+$/, (arm, id, b) => arm.putAzureFirewall(id, b)],
]

function ifMatchOf(change: ArmChange): { ifMatch?: string } {
  return change.ifMatch === undefined ? {} : { ifMatch: change.ifMatch }
}

/** The resources a step may delete (only ones it created; the planner decides that). */
const DELETES: readonly [RegExp, (arm: Network, id: string) => Promise<void>][] = [
  [/\/privatednszones\/[^/]+\/a\/[^/]+$/, (arm, id) => arm.deleteARecordSet(id)],
  [/\/privateendpoints\/[^/]+$/, (arm, id) => arm.deletePrivateEndpoint(id)],
]

/** Applies one planned ARM change through the port method for its resource type. */
export async function applyArmChange(arm: Network, change: ArmChange): Promise<void> {
  const type = change.resourceId.toLowerCase()
  if (change.action === 'delete') {
    const del = DELETES.find(([pattern]) => pattern.test(type))
    if (!del)
      throw new Error(`cannot delete ${changeSubject(change)}: not a resource type steps delete`)
    return del[1](arm, change.resourceId)
  }
  const put = PUTS.find(([pattern]) => pattern.test(type))
  if (!put || change.body === undefined || change.action === 'noop') {
    throw new Error(`cannot apply ${change.action} of ${changeSubject(change)}`)
  }
  await put[1](arm, change.resourceId, change.body, change)
}
