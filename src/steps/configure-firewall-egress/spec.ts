import type { CommonSpec } from '../../core/common-inputs.js'
import {
  parseLocation,
  parseResourceGroupName,
  parseResourceName,
} from '../../core/inputs/azure-names.js'
import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseIpv4 } from '../../core/inputs/ipv4.js'
import {
  formatResourceId,
  parseResourceId,
  type ResourceId,
} from '../../core/inputs/resource-id.js'
import type { SpecReader } from '../../core/spec-reader.js'

export const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets'

export interface ConfigureFirewallEgressSpec {
  readonly subscriptionId: string
  readonly resourceGroup: string
  readonly clusterSubnet: ResourceId
  readonly nextHopIp: string
  readonly routeTableName: string
  readonly routeTableId: string
  readonly location: string | undefined
  readonly offline: boolean
  readonly allowRouteTableReplacement: boolean
}

const parseRouteTableName = parseResourceName('route table', { maxLength: 80 })

export function parseConfigureFirewallEgressSpec(
  reader: SpecReader,
  common: CommonSpec,
): ConfigureFirewallEgressSpec {
  const resourceGroup = reader.required('resource-group', parseResourceGroupName)
  const clusterSubnet = reader.required('cluster-subnet-id', parseResourceId(SUBNET_TYPE))
  const nextHopIp = reader.required('next-hop-ip', parseIpv4)
  const routeTableName = reader.withDefault('route-table-name', parseRouteTableName)
  const location = reader.optional('location', parseLocation)
  const allowRouteTableReplacement =
    reader.withDefault('allow-route-table-replacement', parseBoolean) ?? false
  if (common.offline && location === undefined && !reader.isSet('location')) {
    reader.problem(
      'location',
      undefined,
      'is required with offline: an offline plan cannot read the virtual network’s region. Give a region such as eastus2.',
    )
  }
  const subscriptionId = common.subscriptionId ?? clusterSubnet?.subscriptionId
  return reader.finish(() => {
    // finish() only builds when every required value parsed, so these are defined.
    const sub = subscriptionId as string
    const rg = resourceGroup as string
    const name = routeTableName as string
    return {
      subscriptionId: sub,
      resourceGroup: rg,
      clusterSubnet: clusterSubnet as ResourceId,
      nextHopIp: nextHopIp as string,
      routeTableName: name,
      routeTableId: formatResourceId({
        subscriptionId: sub,
        resourceGroup: rg,
        provider: 'Microsoft.Network',
        types: ['routeTables'],
        names: [name],
      }),
      location,
      offline: common.offline,
      allowRouteTableReplacement,
    }
  })
}
