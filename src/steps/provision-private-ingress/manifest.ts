import { CLUSTER_INPUTS, COMMON_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'

export const PRIVATE_LINK_MODES = ['service', 'arm', 'none'] as const
export const CONTROLLERS = ['nginx'] as const

export const NGINX = {
  chart: 'ingress-nginx',
  repo: 'https://kubernetes.github.io/ingress-nginx',
  /** The last release of the retired community chart. */
  version: '4.15.1',
} as const

export const provisionPrivateIngressManifest: StepManifest = {
  name: 'provision-private-ingress',
  taskName: 'ProvisionPrivateIngress',
  taskIds: {
    prod: '1a82ff26-3f87-4224-9428-0e473cb5b1ca',
    test: '0df39916-a05f-4a16-8adc-1c88335a521b',
  },
  friendlyName: 'AKS: provision private ingress',
  summary:
    'NGINX ingress on an internal load balancer, published to other VNets through Private Link.',
  description:
    'Installs the ingress controller behind an internal Standard Load Balancer (no public IP), publishes it through a Private Link Service, and creates Private Endpoints in consumer networks.',
  inputs: [
    ...COMMON_INPUTS,
    ...CLUSTER_INPUTS,
    {
      id: 'resource-group',
      required: true,
      description:
        'Resource group of the cluster; with `private-link: arm` the Private Link Service is created here.',
    },
    {
      id: 'cluster-name',
      required: false,
      description:
        'Name of the AKS cluster in `resource-group`: the step reads its node resource group, virtual network and region through ARM. Give this, or `node-resource-group` and `vnet-id` (always with `offline`).',
    },
    {
      id: 'node-resource-group',
      required: false,
      description:
        'The cluster’s node resource group (`MC_…`), where AKS keeps the internal load balancer and, with `private-link: service`, the Private Link Service. Read from the cluster with `cluster-name`.',
    },
    {
      id: 'vnet-id',
      required: false,
      description:
        'Resource ID of the cluster’s virtual network. Read from the cluster with `cluster-name` (a cluster on its own subnet).',
    },
    {
      id: 'location',
      required: false,
      description:
        'Azure region of the cluster. Read from the cluster (`cluster-name`) or the virtual network unless given; required with `offline`.',
    },
    {
      id: 'controller',
      required: false,
      default: 'nginx',
      options: CONTROLLERS,
      description:
        'Ingress controller: `nginx` (the community ingress-nginx chart, retired in March 2026: pinned to its last release, see the README).',
    },
    {
      id: 'ingress-namespace',
      required: false,
      default: 'ingress-nginx',
      description: 'Namespace of the controller.',
    },
    {
      id: 'release-name',
      required: false,
      default: 'ingress-nginx',
      description: 'Helm release name of the controller.',
    },
    {
      id: 'chart-version',
      required: false,
      default: NGINX.version,
      description: 'Pinned chart version.',
    },
    {
      id: 'chart-repo',
      required: false,
      default: NGINX.repo,
      description: 'Helm repository of the chart.',
    },
    { id: 'replicas', required: false, default: '2', description: 'Controller replicas (1–10).' },
    {
      id: 'ingress-class',
      required: false,
      default: 'nginx',
      description: 'Name of the IngressClass the controller serves.',
    },
    {
      id: 'internal-subnet-name',
      required: false,
      description:
        'Subnet (in the cluster VNet) for the internal load balancer’s frontend; default: the node subnet.',
    },
    {
      id: 'load-balancer-ip',
      required: false,
      description:
        'Static private IPv4 of the frontend (`azure-load-balancer-ipv4`): free, in the frontend’s subnet, outside `service-cidr`.',
    },
    {
      id: 'service-cidr',
      required: false,
      default: '10.0.0.0/16',
      description:
        'The cluster’s Kubernetes service CIDR (AKS default 10.0.0.0/16); `load-balancer-ip` must lie outside it.',
    },
    {
      id: 'private-link',
      required: false,
      default: 'service',
      options: PRIVATE_LINK_MODES,
      description:
        '`service`: the cloud provider creates the Private Link Service from the Service’s `azure-pls-*` annotations; `arm`: the step creates it on the load balancer’s frontend; `none`.',
    },
    {
      id: 'pls-name',
      required: false,
      description: 'Name of the Private Link Service; default `pls-<release-name>`.',
    },
    {
      id: 'pls-subnet-id',
      required: false,
      description:
        'Subnet of the Private Link Service’s NAT IPs, in the cluster VNet (required with `private-link: arm`, where the step sets its `privateLinkServiceNetworkPolicies` to Disabled; with `service` the cloud provider does).',
    },
    {
      id: 'pls-visibility',
      required: false,
      adoType: 'multiLine',
      description:
        'Subscription IDs that may see and request the Private Link Service, or `*`. Empty: RBAC only.',
    },
    {
      id: 'pls-auto-approval',
      required: false,
      adoType: 'multiLine',
      description: 'Subscription IDs whose Private Endpoint requests are approved automatically.',
    },
    {
      id: 'pls-nat-ip-count',
      required: false,
      default: '1',
      description: 'NAT IPs of the Private Link Service (1–8).',
    },
    {
      id: 'pls-proxy-protocol',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Turn on TCP PROXY protocol v2 on the Private Link Service (and tell NGINX to expect it).',
    },
    {
      id: 'pls-fqdns',
      required: false,
      adoType: 'multiLine',
      description: 'FQDNs recorded on the Private Link Service.',
    },
    {
      id: 'private-endpoints',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        'Consumer Private Endpoints, YAML or JSON: a list of `{subnet-id, name, request-message, dns-name}`. The step creates them, approves their pending connections, and deletes the ones it created that leave the list.',
    },
    {
      id: 'private-dns-zone-id',
      required: false,
      description:
        'Resource ID of a Private DNS zone: the step writes an A record for each Private Endpoint (named by the endpoint’s `dns-name`, default its name) pointing at its private IP, and removes the records of endpoints it removes. Only records it wrote (metadata `managed-by`) are changed.',
    },
    {
      id: 'wait-timeout',
      required: false,
      default: '10m',
      description:
        'How long to wait for the Service’s private IP and the Private Link Service (Go-style duration).',
    },
  ],
  outputs: [
    {
      id: 'ingress-private-ip',
      description: 'Private IP of the ingress controller’s internal load balancer frontend.',
    },
    {
      id: 'private-link-service-id',
      description: 'Resource ID of the Private Link Service (empty with `private-link: none`).',
    },
    {
      id: 'private-link-service-alias',
      description: 'Alias consumers use to request a Private Endpoint.',
    },
    { id: 'private-endpoints', description: 'JSON object: Private Endpoint name → private IP.' },
    { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
  ],
}
