import { CLUSTER_INPUTS } from '../../core/common-inputs.js'
import type { StepManifest } from '../../core/manifest.js'

export const DEFAULTS = {
  windowSeconds: '0',
  minValidityDays: '30',
  readIssuerSecret: 'false',
  requireMeshed: 'true',
  reportFile: 'encryption-report.json',
  scrapeTimeout: '10s',
} as const

export const verifyEncryptionManifest: StepManifest = {
  name: 'verify-encryption',
  taskName: 'VerifyEncryption',
  taskIds: {
    prod: 'ca96f231-d27f-49b5-b1fa-d25f5ccf62f1',
    test: 'd25047a8-855c-4d75-a645-98f4aed05160',
  },
  friendlyName: 'AKS: verify encryption in transit',
  summary:
    'Proves from the Linkerd proxies’ metrics that service-to-service traffic is mutual TLS, and writes audit evidence.',
  description:
    'Scrapes every meshed pod’s Linkerd proxy through the Kubernetes API, judges each traffic edge (mutual TLS only with a TLS state of true and a peer identity), and fails on plaintext that is not allowed, unmeshed or unverified pods and expired certificates. Writes a Markdown summary and a JSON evidence file. Reads only.',
  inputs: [
    ...CLUSTER_INPUTS,
    {
      id: 'namespaces',
      required: false,
      description:
        'Namespaces to verify (comma or newline separated). Default: every namespace with a meshed pod.',
    },
    {
      id: 'window-seconds',
      required: false,
      default: DEFAULTS.windowSeconds,
      description:
        '0 judges the series the proxies hold (traffic since they started, except series idle for more than their 10-minute retention); a number of seconds (up to 3600) judges exactly the traffic of that window, scraping at least every 5 minutes until it ends.',
    },
    {
      id: 'allow-plaintext',
      required: false,
      structured: true,
      adoType: 'multiLine',
      description:
        'Plaintext accepted on purpose, YAML or JSON: a list of `{namespace, workload, port, direction, reason}` (`namespace` and `reason` required; `port` a number or a range like 8000-8100; `direction` inbound or outbound). Allowed findings still appear in the report.',
    },
    {
      id: 'require-meshed',
      required: false,
      default: DEFAULTS.requireMeshed,
      adoType: 'boolean',
      description:
        'Fail on running pods without a Linkerd proxy in the verified namespaces, unless `allow-plaintext` allows them.',
    },
    {
      id: 'min-validity-days',
      required: false,
      default: DEFAULTS.minValidityDays,
      description:
        'Fail when the issuer certificate (`issuer-expires-at`, or the one `read-issuer-secret` reads) expires in fewer days than this. Proxy certificates (24 h, renewed by the proxies) fail only when expired.',
    },
    {
      id: 'issuer-expires-at',
      required: false,
      description:
        'Expiry of the Linkerd identity issuer certificate, ISO 8601 (the `issuer-expires-at` output of install-mesh). When empty, see `read-issuer-secret`; with neither, the issuer is not checked.',
    },
    {
      id: 'read-issuer-secret',
      required: false,
      default: DEFAULTS.readIssuerSecret,
      adoType: 'boolean',
      description:
        'When `issuer-expires-at` is empty: read the issuer certificate from the Secret `linkerd-identity-issuer` in the namespace of the control plane. Needs `get` on that one Secret, which also holds the private key of the issuer (the step decodes only the certificate); see the README before granting it.',
    },
    {
      id: 'report-file',
      required: false,
      default: DEFAULTS.reportFile,
      description:
        'Path of the JSON evidence file (every edge with its verdict and reason, the scrape times, the cluster, the tool version), for the audit archive.',
    },
    {
      id: 'scrape-timeout',
      required: false,
      default: DEFAULTS.scrapeTimeout,
      description:
        'How long one proxy scrape may take, from the request to the last byte of the answer (Go-style duration, e.g. 10s).',
    },
  ],
  outputs: [
    {
      id: 'verdict',
      description:
        '`pass` or `fail`. The step fails with `fail`; use `if: always()` (GitHub) or `condition: always()` (Azure Pipelines) to read it after a failure.',
    },
    {
      id: 'encrypted-edges',
      description: 'Number of traffic edges observed as mutual TLS.',
    },
    {
      id: 'plaintext-edges',
      description:
        'Number of traffic edges observed without mutual TLS, allowed ones included (the report marks which).',
    },
    {
      id: 'unmeshed-pods',
      description:
        'Number of running or pending pods without a Linkerd proxy in the verified namespaces, allowed ones included.',
    },
    {
      id: 'report-file',
      description: 'Full path of the JSON evidence file.',
    },
  ],
}
