import { CLUSTER_INPUTS, COMMON_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'

export const PRIVATE_LINK_MODES = ['service', 'arm', 'none'] as const
export const CONTROLLERS = ['nginx', 'application-gateway'] as const
export const WAF_MODES = ['Prevention', 'Detection'] as const
export const AGIC_MODES = ['add-on', 'helm'] as const

/** The AGIC Helm chart, from Microsoft's registry (the OCI reference needs no `--repo`). */
export const AGIC_CHART = {
  chart: 'oci://mcr.microsoft.com/azure-application-gateway/charts/ingress-azure',
  /** The latest release at the reference date (AGIC 1.9.8). */
  version: '1.9.8',
} as const

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
    'Private ingress: NGINX on an internal load balancer or a WAF_v2 Application Gateway, reached through Private Link.',
  description:
    'Installs the ingress controller behind an internal Standard Load Balancer (NGINX) or a WAF_v2 Application Gateway with AGIC, publishes it through Private Link, and creates Private Endpoints in consumer networks.',
  inputs: [
    ...COMMON_INPUTS,
    ...CLUSTER_INPUTS,
    {
      id: 'resource-group',
      required: true,
      description:
        'Resource group of the cluster; with `private-link: arm` the Private Link Service is created here, with `controller: application-gateway` the gateway, its WAF policy and public IP.',
    },
    {
      id: 'cluster-name',
      required: false,
      description:
        'Name of the AKS cluster in `resource-group`: the step reads its node resource group, virtual network and region through ARM. Give this, or `node-resource-group` and `vnet-id` (always with `offline`). Required with `agic-mode: add-on`, where the step enables the add-on on it.',
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
        'Ingress controller: `nginx` (the community ingress-nginx chart, retired in March 2026: pinned to its last release, see the README) or `application-gateway` (a WAF_v2 Application Gateway driven by AGIC; Microsoft steers new work to Application Gateway for Containers, see the README).',
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
      description:
        'Where the chart comes from: a Helm repository (`https://…`) or an OCI registry (`oci://…`, the chart taken as `<registry>/ingress-nginx`).',
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
        '`service`: the cloud provider creates the Private Link Service from the Service’s `azure-pls-*` annotations; `arm`: the step creates it on the load balancer’s frontend; `none`. With `application-gateway`, anything but `none` means the gateway’s Private Link configuration.',
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
        'Subnet of the Private Link Service’s NAT IPs, in the cluster VNet (required with `private-link: arm`, where the step sets its `privateLinkServiceNetworkPolicies` to Disabled; with `service` the cloud provider does). With `application-gateway` (required unless `private-link: none`): the subnet of the gateway’s Private Link configuration, another subnet of the gateway’s VNet.',
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
      description:
        'NAT IPs of the Private Link Service, or IPs of the gateway’s Private Link configuration (1–8).',
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
        'How long to wait for the Service’s private IP and the Private Link Service, or for AGIC to be ready (Go-style duration).',
    },
    {
      id: 'application-gateway-name',
      required: false,
      description:
        '`application-gateway`: name of the gateway in `resource-group`; default `agw-<cluster-name>` (or `agw-<resource-group>`).',
    },
    {
      id: 'application-gateway-subnet-id',
      required: false,
      description:
        '`application-gateway` (required): the gateway’s dedicated subnet. It may hold other Application Gateways but nothing else, and needs room for `autoscale-max-capacity` instances, the private frontend IP and Azure’s 5 reserved addresses (Microsoft recommends /24).',
    },
    {
      id: 'private-frontend-ip',
      required: false,
      description:
        '`application-gateway` (required): the static private IPv4 of the gateway’s private frontend, a free address of `application-gateway-subnet-id`.',
    },
    {
      id: 'application-gateway-private-only',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        '`application-gateway`: no public frontend IP (the private-only deployment; the subscription needs the feature Microsoft.Network/EnableApplicationGatewayNetworkIsolation registered). Without it the platform requires a public frontend IP, which the step creates and puts no listener on (AGIC may: see `allow-public-exposure`).',
    },
    {
      id: 'autoscale-min-capacity',
      required: false,
      default: '2',
      description: '`application-gateway`: autoscale lower bound, instances (0–125).',
    },
    {
      id: 'autoscale-max-capacity',
      required: false,
      default: '10',
      description: '`application-gateway`: autoscale upper bound, instances (2–125).',
    },
    {
      id: 'zones',
      required: false,
      adoType: 'multiLine',
      description:
        '`application-gateway`: availability zones of the gateway and its public IP (`1`, `2`, `3`); set at creation only. Empty: the platform’s default.',
    },
    {
      id: 'waf-policy-name',
      required: false,
      description: '`application-gateway`: name of the WAF policy; default `<gateway name>-waf`.',
    },
    {
      id: 'waf-mode',
      required: false,
      default: 'Prevention',
      options: WAF_MODES,
      description:
        '`application-gateway`: `Prevention` blocks matched requests; `Detection` only logs them and needs `allow-waf-detection: true`.',
    },
    {
      id: 'allow-waf-detection',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Opt-in for `waf-mode: Detection` (a plan change flagged `waf-detection` is applied only with it).',
    },
    {
      id: 'waf-rule-set',
      required: false,
      default: 'Microsoft_DefaultRuleSet/2.1',
      description:
        '`application-gateway`: managed rule set, `<type>/<version>`: Microsoft_DefaultRuleSet/2.2, Microsoft_DefaultRuleSet/2.1 or OWASP/3.2 (the versions offered for new policies).',
    },
    {
      id: 'waf-exclusions',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        '`application-gateway`: WAF exclusions, YAML or JSON in ARM’s shape (`managedRules.exclusions`: `{matchVariable, selectorMatchOperator, selector, exclusionManagedRuleSets}`); unknown keys are errors.',
    },
    {
      id: 'waf-custom-rules',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        '`application-gateway`: WAF custom rules, YAML or JSON in ARM’s shape (`customRules`: `{name, priority, ruleType, matchConditions, action, …}`); unknown keys are errors.',
    },
    {
      id: 'agic-mode',
      required: false,
      default: 'add-on',
      options: AGIC_MODES,
      description:
        '`application-gateway`: how AGIC runs: `add-on` (the AKS ingressApplicationGateway add-on, enabled through ARM on `cluster-name`) or `helm` (the AGIC chart with workload identity).',
    },
    {
      id: 'agic-namespace',
      required: false,
      default: 'ingress-azure',
      description:
        '`agic-mode: helm`: namespace of the AGIC release `ingress-azure` (its service account `ingress-azure` is the federated credential’s subject).',
    },
    {
      id: 'agic-chart-version',
      required: false,
      default: AGIC_CHART.version,
      description: '`agic-mode: helm`: pinned version of the AGIC chart.',
    },
    {
      id: 'agic-identity-client-id',
      required: false,
      description:
        '`agic-mode: helm` (required): client ID of the user-assigned identity AGIC signs in with (workload identity; federated credential for `system:serviceaccount:<agic-namespace>:ingress-azure`).',
    },
    {
      id: 'agic-identity-principal-id',
      required: false,
      description:
        '`agic-mode: helm` (required): principal (object) ID of that identity, for its role assignments.',
    },
    {
      id: 'ingresses',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        '`application-gateway`: Ingress manifests (networking.k8s.io/v1, YAML or JSON list) the step applies with the gateway’s IngressClass `azure-application-gateway`. One without the annotation `appgw.ingress.kubernetes.io/use-private-ip: "true"` gets a public listener: flagged `public-exposure`.',
    },
    {
      id: 'allow-public-exposure',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Opt-in for changes flagged `public-exposure`: an Ingress on the gateway’s public frontend, or enabling the AGIC add-on while the gateway has a public frontend (its default listener goes there).',
    },
  ],
  outputs: [
    {
      id: 'ingress-private-ip',
      description:
        'Private IP of the ingress: the internal load balancer frontend (NGINX) or the gateway’s private frontend.',
    },
    {
      id: 'private-link-service-id',
      description:
        'Resource ID of the Private Link Service (empty with `private-link: none` and with `controller: application-gateway`, whose Private Endpoints connect to the gateway itself).',
    },
    {
      id: 'private-link-service-alias',
      description:
        'Alias consumers use to request a Private Endpoint (an Application Gateway has none: consumers use `application-gateway-id` and the frontend name).',
    },
    { id: 'private-endpoints', description: 'JSON object: Private Endpoint name → private IP.' },
    {
      id: 'application-gateway-id',
      description: 'Resource ID of the Application Gateway (empty with `controller: nginx`).',
    },
    {
      id: 'waf-policy-id',
      description: 'Resource ID of the WAF policy (empty with `controller: nginx`).',
    },
    { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
  ],
}
