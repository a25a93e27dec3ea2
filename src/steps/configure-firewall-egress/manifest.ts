import { COMMON_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'

export const DEFAULT_ROUTE_TABLE_NAME = 'rt-aks-egress'

export const configureFirewallEgressManifest: StepManifest = {
  name: 'configure-firewall-egress',
  taskName: 'ConfigureFirewallEgress',
  taskIds: {
    prod: '488e1813-8013-4f12-a6af-9a3e0dc1a900',
    test: 'cea175e2-9dd6-4054-ad86-62880e732dbe',
  },
  friendlyName: 'AKS: configure firewall egress',
  summary:
    'Route the AKS cluster subnet’s outbound traffic through Azure Firewall with a route table.',
  description:
    'Routes the AKS cluster subnet’s outbound traffic through Azure Firewall (or another virtual appliance) with a route table, keeping every other property of the subnet.',
  inputs: [
    ...COMMON_INPUTS,
    {
      id: 'resource-group',
      required: true,
      description: 'Resource group of the route table the step creates or updates.',
    },
    {
      id: 'cluster-subnet-id',
      required: true,
      description:
        'Resource ID of the AKS node subnet (`/subscriptions/…/virtualNetworks/<vnet>/subnets/<subnet>`). Any subscription.',
    },
    {
      id: 'next-hop-ip',
      required: true,
      description:
        'Private IPv4 address of the firewall (or network virtual appliance) that the default route `0.0.0.0/0` points at.',
    },
    {
      id: 'route-table-name',
      required: false,
      default: DEFAULT_ROUTE_TABLE_NAME,
      description: 'Name of the route table to create or update in `resource-group`.',
    },
    {
      id: 'location',
      required: false,
      description:
        'Azure region of the route table (`eastus2`, `East US 2`). Defaults to the virtual network’s region; required with `offline`.',
    },
    {
      id: 'allow-route-table-replacement',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Opt-in for the `replaces-resource` change: when the cluster subnet already uses another route table, replace that association with the step’s table. Without it such a plan is not applied.',
    },
  ],
  outputs: [
    {
      id: 'route-table-id',
      description: 'Resource ID of the route table associated with the cluster subnet.',
    },
    { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
  ],
}
