import { CLUSTER_INPUTS, RUN_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'
import { CHANNELS, DEFAULT_EDGE_CHART_VERSION, EDGE_REPO } from './linkerd-versions.js'

export const installMeshManifest: StepManifest = {
  name: 'install-mesh',
  taskName: 'InstallMesh',
  taskIds: {
    prod: 'a3f18f6e-cc54-4d32-9886-e31993be2816',
    test: '672f1b6d-aa6e-4933-92b7-127f6a42b2c7',
  },
  friendlyName: 'AKS: install Linkerd mesh (mTLS)',
  summary:
    'Linkerd with its own ECDSA trust anchor and issuer, injected namespaces and mutual TLS that can be required.',
  description:
    'Installs Linkerd (edge channel, pinned chart version) with a trust anchor and identity issuer it generates or takes from inputs, keeps the anchor key off the cluster, annotates namespaces for injection, optionally requires mTLS and restarts their workloads, and reports which pods are meshed.',
  inputs: [
    ...RUN_INPUTS,
    ...CLUSTER_INPUTS,
    {
      id: 'channel',
      required: false,
      default: 'edge',
      options: CHANNELS,
      adoType: 'pickList',
      description:
        'Release channel: `edge`, the open-source channel. `stable` is refused: the open-source stable repository stopped at Linkerd 2.14 in February 2024.',
    },
    {
      id: 'chart-repo',
      required: false,
      default: EDGE_REPO,
      description:
        'Where the Linkerd charts come from: a Helm repository (`https://…`, a mirror of the edge repository) or an OCI registry (`oci://…`, each chart taken as `<registry>/<chart>`).',
    },
    {
      id: 'chart-version',
      required: false,
      default: DEFAULT_EDGE_CHART_VERSION,
      description:
        'Pinned edge chart version `YYYY.M.N` (edge-26.8.3 is 2026.8.3, after Linkerd 2.20), Linkerd 2.18 (2025.4.4) or later. The same version is used for every chart.',
    },
    {
      id: 'trust-anchor-certificate',
      required: false,
      adoType: 'multiLine',
      certificates: true,
      description:
        'PEM trust anchor (root CA) certificate, or a bundle of several during an anchor rotation; ECDSA P-256. Default: the installed one, else a generated anchor.',
    },
    {
      id: 'trust-anchor-key',
      required: false,
      secret: true,
      adoType: 'multiLine',
      description:
        'PEM private key of the trust anchor, used only on the runner to sign a new issuer; it never goes to the cluster.',
    },
    {
      id: 'trust-anchor-key-file',
      required: false,
      description:
        'Where a generated trust anchor’s private key is written (mode 0600, never overwritten), and read back to sign later issuers. Without it a generated anchor key is discarded.',
    },
    {
      id: 'issuer-certificate',
      required: false,
      adoType: 'multiLine',
      certificates: true,
      description:
        'PEM identity issuer (intermediate CA) certificate, ECDSA P-256, signed by the trust anchor; with `issuer-key`. Default: the installed one, else a generated issuer.',
    },
    {
      id: 'issuer-key',
      required: false,
      secret: true,
      adoType: 'multiLine',
      description: 'PEM private key of `issuer-certificate`.',
    },
    {
      id: 'trust-anchor-validity',
      required: false,
      default: '87600h',
      description: 'Validity of a generated trust anchor (Go-style duration; 87600h is 10 years).',
    },
    {
      id: 'issuer-validity',
      required: false,
      default: '8760h',
      description: 'Validity of a generated issuer (8760h is 1 year); never past the anchor’s end.',
    },
    {
      id: 'min-validity-days',
      required: false,
      default: '60',
      description:
        'A generated issuer is replaced when it has fewer days left (unless it already ends with its anchor); warns when the anchor or a given issuer has fewer (Linkerd’s own check uses 60).',
    },
    {
      id: 'ha',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'High availability: 3 replicas of each controller with anti-affinity, disruption budgets and `webhookFailurePolicy: Fail` (the chart’s values-ha.yaml). Needs 3 ready, schedulable Linux nodes without NoSchedule taints.',
    },
    {
      id: 'cni',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Install the Linkerd CNI plugin (release `linkerd-cni`) first, so meshed pods need no NET_ADMIN capability.',
    },
    {
      id: 'inject-namespaces',
      required: false,
      adoType: 'multiLine',
      description:
        'Namespaces to mesh (comma or newline separated): annotated `linkerd.io/inject: enabled` by server-side apply, created when missing.',
    },
    {
      id: 'require-mtls',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Also annotate those namespaces `config.linkerd.io/default-inbound-policy: all-authenticated`: meshed pods accept only mTLS-authenticated clients.',
    },
    {
      id: 'metrics-scrape-networks',
      required: false,
      adoType: 'multiLine',
      description:
        'CIDRs (comma or newline separated) from which unauthenticated clients may GET /metrics on the proxies’ admin port (`linkerd-admin`, 4191) in those namespaces, such as verify-encryption’s scrapes through the API server’s pod proxy, which `require-mtls` otherwise refuses (403). Applies a Linkerd Server, HTTPRoutes and AuthorizationPolicies in each namespace; the kubelet’s probes and meshed clients stay allowed. Empty: none.',
    },
    {
      id: 'restart-workloads',
      required: false,
      default: 'false',
      adoType: 'boolean',
      description:
        'Restart the Deployments, StatefulSets and DaemonSets of those namespaces whose pods are not yet meshed, lack the required policy, were injected with other trust anchors, or need certificates from an issuer that moved to another anchor; and wait for them.',
    },
    {
      id: 'wait-timeout',
      required: false,
      default: '10m',
      description:
        'How long apply may wait in all (Go-style duration): one deadline shared by the CNI plugin, the control plane and every restarted workload.',
    },
  ],
  outputs: [
    {
      id: 'trust-anchor-pem',
      description: 'PEM of the trust anchor certificate(s) in use; certificates only, no key.',
    },
    {
      id: 'issuer-expires-at',
      description: 'When the identity issuer certificate expires (ISO 8601, UTC).',
    },
    {
      id: 'meshed-pods',
      description:
        'How many running or pending pods in `inject-namespaces` have the Linkerd proxy (after apply).',
    },
    {
      id: 'unmeshed-pods',
      description:
        'How many running or pending pods in `inject-namespaces` have no Linkerd proxy (after apply); the summary names them.',
    },
    { id: 'plan-file', description: 'Path of the plan file, when one was written.' },
  ],
}
