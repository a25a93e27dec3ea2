import { COMMON_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'

export const DEFAULTS = {
  routeTableName: 'rt-aks-egress',
  firewallName: 'fw-aks-egress',
  firewallPolicyName: 'fwpol-aks-egress',
  publicIpName: 'pip-fw-aks-egress',
  ruleCollectionGroupName: 'aks-egress',
  ruleCollectionGroupPriority: '500',
} as const

export const FIREWALL_TIERS = ['Basic', 'Standard', 'Premium'] as const
export const THREAT_INTEL_MODES = ['Alert', 'Deny', 'Off'] as const

export const configureFirewallEgressManifest: StepManifest = {
  name: 'configure-firewall-egress',
  taskName: 'ConfigureFirewallEgress',
  taskIds: {
    prod: '488e1813-8013-4f12-a6af-9a3e0dc1a900',
    test: 'cea175e2-9dd6-4054-ad86-62880e732dbe',
  },
  friendlyName: 'AKS: configure firewall egress',
  summary:
    'Route AKS egress through Azure Firewall and allow only what AKS needs, plus your rules.',
  description:
    'Routes the AKS cluster subnet’s outbound traffic through Azure Firewall (its own, or an existing hub firewall) and allows only the destinations AKS requires plus the rules you add, in one rule collection group owned by the step.',
  inputs: [
    ...COMMON_INPUTS,
    {
      id: 'resource-group',
      required: true,
      description:
        'Resource group of the resources the step creates: the route table, and in create mode the firewall, its policy and public IP.',
    },
    {
      id: 'cluster-subnet-id',
      required: true,
      description:
        'Resource ID of the AKS node subnet (`/subscriptions/…/virtualNetworks/<vnet>/subnets/<subnet>`), in `subscription-id` (a route table can only serve subnets of its own subscription).',
    },
    {
      id: 'firewall-subnet-id',
      required: false,
      description:
        'Create mode: resource ID of the subnet named `AzureFirewallSubnet` (a /26) where the step creates its firewall. Give this or `firewall-id`.',
    },
    {
      id: 'firewall-id',
      required: false,
      description:
        'Hub mode: resource ID of an existing Azure Firewall that uses a Firewall Policy. The step then only adds its rule collection group to that policy and routes the cluster subnet to the firewall; it never changes the hub’s other rules. Give this or `firewall-subnet-id`.',
    },
    {
      id: 'firewall-management-subnet-id',
      required: false,
      description:
        'Create mode with `firewall-sku: Basic`: resource ID of the subnet named `AzureFirewallManagementSubnet`, which a Basic firewall needs for its management traffic.',
    },
    {
      id: 'location',
      required: false,
      description:
        'Azure region of the created resources (`eastus2`, `East US 2`): the cluster virtual network’s region, which is read; if given, it must match. Required with `offline`.',
    },
    {
      id: 'firewall-sku',
      required: false,
      default: 'Standard',
      options: FIREWALL_TIERS,
      description:
        'Create mode: SKU tier of the firewall and its policy: Basic, Standard or Premium. Basic has no DNS proxy, so no FQDNs in network rules.',
    },
    {
      id: 'threat-intel-mode',
      required: false,
      default: 'Alert',
      options: THREAT_INTEL_MODES,
      description:
        'Create mode: the policy’s threat intelligence mode: Alert, Deny or Off (Basic: Alert only).',
    },
    {
      id: 'dns-proxy',
      required: false,
      default: 'true',
      adoType: 'boolean',
      description:
        'Create mode: turn on the policy’s DNS proxy, which FQDNs in network rules (such as `ntp.ubuntu.com`) need. Not available on Basic.',
    },
    {
      id: 'firewall-name',
      required: false,
      default: DEFAULTS.firewallName,
      description: 'Create mode: name of the Azure Firewall.',
    },
    {
      id: 'firewall-policy-name',
      required: false,
      default: DEFAULTS.firewallPolicyName,
      description: 'Create mode: name of the Firewall Policy.',
    },
    {
      id: 'public-ip-name',
      required: false,
      default: DEFAULTS.publicIpName,
      description:
        'Create mode: name of the firewall’s Standard static public IP (a Basic firewall also gets `<name>-mgmt`).',
    },
    {
      id: 'rule-collection-group-name',
      required: false,
      description:
        'Name of the rule collection group the step owns in the policy. Default: `aks-egress` in create mode; in hub mode `aks-egress-<vnet>-<subnet>` of the cluster subnet, so clusters sharing a hub policy get a group each.',
    },
    {
      id: 'rule-collection-group-priority',
      required: false,
      default: DEFAULTS.ruleCollectionGroupPriority,
      description:
        'Priority of the step’s rule collection group, 100–65000 (lower is processed first).',
    },
    {
      id: 'private-cluster',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'The cluster is private: the node-to-control-plane tunnel rules (UDP 1194, TCP 9000 to `AzureCloud.<region>`) and the API server FQDN are not needed.',
    },
    {
      id: 'api-server-ip',
      required: false,
      description:
        'Public IP of the API server: allows TCP 443 to it, for pods that call the API server by IP.',
    },
    {
      id: 'custom-dns-servers',
      required: false,
      adoType: 'multiLine',
      description:
        'Custom DNS server IPs of the cluster VNet (newline or comma separated): allows DNS (53) to them.',
    },
    {
      id: 'optional-groups',
      required: false,
      adoType: 'multiLine',
      description:
        'Documented AKS egress for optional features, by name (newline or comma separated): ubuntu-updates, gpu, windows, azure-monitor, defender, azure-policy, key-vault, workload-identity, cost-analysis, cluster-extensions.',
    },
    {
      id: 'extra-application-rules',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        'Your own application rules, YAML or JSON: a list of `{name, fqdns, protocols (default [https:443]), source-addresses}`. Adding one needs `allow-egress-changes: true`.',
    },
    {
      id: 'extra-network-rules',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        'Your own network rules, YAML or JSON: a list of `{name, protocols (TCP/UDP/ICMP/Any), destination-addresses or destination-fqdns, destination-ports, source-addresses}`. Adding one needs `allow-egress-changes: true`.',
    },
    {
      id: 'source-addresses',
      required: false,
      adoType: 'multiLine',
      description:
        'Source CIDRs of the rules (newline or comma separated). Defaults to the cluster subnet’s address prefixes.',
    },
    {
      id: 'route-table-name',
      required: false,
      default: DEFAULTS.routeTableName,
      description: 'Name of the route table to create or update in `resource-group`.',
    },
    {
      id: 'allow-egress-changes',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Opt-in for `widens-egress` changes: adding or widening your own extra rules. Without it such a plan is not applied. The AKS-required rules never need it.',
    },
    {
      id: 'allow-route-table-replacement',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Opt-in for the `replaces-resource` change: when the cluster subnet already uses another route table, replace that association with the step’s table.',
    },
  ],
  outputs: [
    {
      id: 'firewall-private-ip',
      description:
        'Private IP of the firewall: the next hop of the cluster subnet’s default route.',
    },
    {
      id: 'firewall-public-ip',
      description: 'Public IP of the firewall (add it to the API server’s authorized IP ranges).',
    },
    {
      id: 'firewall-policy-id',
      description: 'Resource ID of the Firewall Policy that holds the step’s rules.',
    },
    {
      id: 'rule-collection-group-id',
      description: 'Resource ID of the step’s rule collection group.',
    },
    {
      id: 'route-table-id',
      description: 'Resource ID of the route table associated with the cluster subnet.',
    },
    { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
  ],
}
