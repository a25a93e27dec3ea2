/**
 * A cluster that answers like one running Helm and Linkerd, built on the recording helm/kubectl
 * and the fake Kubernetes API: `helm upgrade` records the release (status and values read
 * back), installs the control plane's Deployments, the CNI DaemonSet and, with
 * `installGatewayAPI`, the Gateway API CRDs (HTTPRoute and GRPCRoute); `kubectl apply` server-side applies Namespaces and Linkerd policy objects;
 * `kubectl rollout restart` replaces a workload's pods, injected as Linkerd's proxy injector
 * would inject them (with the `linkerd.io/trust-root-sha256` of the trust anchors installed).
 */
import { createHash } from 'node:crypto'
import { parse as parseYaml, parseAllDocuments } from 'yaml'
import type { Exec } from '../../../src/core/ports.js'
import type { Container } from '../../../src/kube/kube-types.js'
import type { AppsKind, FakeKubeApi } from './fake-kube-api.js'
import type { Answer, RecordingTools } from './recording-tools.js'

export interface SimulatedRelease {
  namespace: string
  chart: string
  version: string
  values: Record<string, unknown>
  status: string
}

export interface WorkloadSpec {
  kind: Exclude<AppsKind, 'ReplicaSet'>
  namespace: string
  name: string
  replicas?: number
  /** The pods carry the proxy already (injected earlier). */
  meshed?: boolean
  /** The proxy's default inbound policy when meshed; default all-unauthenticated. */
  policy?: string
  /**
   * The trust anchor bundle the meshed pods were injected with (their
   * `linkerd.io/trust-root-sha256`); default: the one installed now.
   */
  trustAnchorsPem?: string
  hostNetwork?: boolean
  templateAnnotations?: Record<string, string>
}

export interface SimulatedLinkerdOptions {
  /** The control plane's Deployments become ready after install; default true. */
  controlPlaneBecomesReady?: boolean
}

const FIELD_MANAGER = 'aks-secure-networking'
/** The resource names of the Linkerd policy kinds (linkerd-crds), as the API server serves them. */
const POLICY_PLURALS: Readonly<Record<string, string>> = {
  Server: 'servers',
  HTTPRoute: 'httproutes',
  NetworkAuthentication: 'networkauthentications',
  MeshTLSAuthentication: 'meshtlsauthentications',
  AuthorizationPolicy: 'authorizationpolicies',
}
const CONTROL_PLANE_DEPLOYMENTS = [
  'linkerd-identity',
  'linkerd-destination',
  'linkerd-proxy-injector',
]

export function proxyContainer(policy = 'all-unauthenticated'): Container {
  return {
    name: 'linkerd-proxy',
    restartPolicy: 'Always',
    env: [{ name: 'LINKERD2_PROXY_INBOUND_DEFAULT_POLICY', value: policy }],
  }
}

/** linkerd-init's arguments as the injector renders them with Linkerd's default values (mesh.md 1.3). */
export function linkerdInitArgs(...extra: string[]): string[] {
  return [
    '--incoming-proxy-port',
    '4143',
    '--outgoing-proxy-port',
    '4140',
    '--proxy-uid',
    '2102',
    '--inbound-ports-to-ignore',
    '4190,4191,4567,4568',
    '--outbound-ports-to-ignore',
    '4567,4568',
    ...extra,
  ]
}

/**
 * `linkerd.io/trust-root-sha256` as the proxy injector sets it: the SHA-256 (hex) of its mounted
 * `ca-bundle.crt`, which the chart renders from `identityTrustAnchorsPEM` trimmed, in a YAML
 * literal block (so with one final newline).
 */
export function trustRootSha256(anchorsPem: string): string {
  return createHash('sha256').update(`${anchorsPem.trim()}\n`).digest('hex')
}

export class SimulatedLinkerd {
  readonly releases = new Map<string, SimulatedRelease>()
  private readonly workloads = new Map<string, WorkloadSpec>()
  private generation = 0

  constructor(
    private readonly fake: FakeKubeApi,
    private readonly tools: RecordingTools,
    private readonly options: SimulatedLinkerdOptions = {},
  ) {
    this.refreshAnswers()
  }

  /** A release as if installed earlier. */
  seedRelease(
    release: string,
    value: Omit<SimulatedRelease, 'status'> & { status?: string },
  ): void {
    this.releases.set(release, { status: 'deployed', ...value })
    this.refreshAnswers()
  }

  /** A workload and its pods (Deployments through a ReplicaSet, as the API shows them). */
  addWorkload(spec: WorkloadSpec): void {
    this.workloads.set(`${spec.kind}/${spec.namespace}/${spec.name}`, spec)
    this.fake.addWorkload({
      kind: spec.kind,
      namespace: spec.namespace,
      name: spec.name,
      replicas: spec.replicas ?? 1,
      ...(spec.templateAnnotations ? { templateAnnotations: spec.templateAnnotations } : {}),
      ...(spec.hostNetwork ? { hostNetwork: true } : {}),
    })
    this.addPods(spec, spec.meshed === true, spec.policy, spec.trustAnchorsPem)
  }

  /** The trust anchors the installed control plane's values hold, as the injector reads them. */
  private installedTrustAnchors(): string | undefined {
    const pem = this.releases.get('linkerd-control-plane')?.values['identityTrustAnchorsPEM']
    return typeof pem === 'string' ? pem : undefined
  }

  /** The exec the step uses: the recording tools, and the cluster's reaction to each call. */
  exec(base: Exec): Exec {
    return {
      run: async (tool, args, options) => {
        const result = await base.run(tool, args, options)
        if (result.exitCode !== 0) return result
        if (tool === 'helm' && args[0] === 'upgrade') this.onHelmUpgrade(args, options?.stdin ?? '')
        if (tool === 'kubectl' && args[0] === 'apply') this.onApply(options?.stdin ?? '')
        if (tool === 'kubectl' && args[0] === 'rollout' && args[1] === 'restart') {
          this.onRestart(args[2] ?? '', args[args.indexOf('--namespace') + 1] ?? '')
        }
        return result
      },
    }
  }

  private onHelmUpgrade(args: readonly string[], stdin: string): void {
    const release = args[2] ?? ''
    const namespace = args[args.indexOf('--namespace') + 1] ?? ''
    const values = (parseYaml(stdin) ?? {}) as Record<string, unknown>
    this.releases.set(release, {
      namespace,
      chart: args[3] ?? '',
      version: args[args.indexOf('--version') + 1] ?? '',
      values,
      status: 'deployed',
    })
    if (release === 'linkerd-control-plane') {
      const ready = this.options.controlPlaneBecomesReady ?? true
      for (const name of CONTROL_PLANE_DEPLOYMENTS) {
        const replicas = values['controllerReplicas'] === 3 ? 3 : 1
        this.fake.addWorkload({
          kind: 'Deployment',
          namespace,
          name,
          replicas,
          ready: ready ? replicas : 0,
        })
      }
    }
    if (release === 'linkerd-cni') {
      this.fake.addWorkload({ kind: 'DaemonSet', namespace, name: 'linkerd-cni', replicas: 2 })
    }
    if (release === 'linkerd-crds' && values['installGatewayAPI'] === true) {
      for (const crd of ['httproutes', 'grpcroutes']) {
        this.fake.addCustomResourceDefinition(
          `${crd}.gateway.networking.k8s.io`,
          {
            'gateway.networking.k8s.io/bundle-version': 'v1.2.1',
            'meta.helm.sh/release-name': release,
            'meta.helm.sh/release-namespace': namespace,
          },
          { 'app.kubernetes.io/managed-by': 'Helm' },
        )
      }
    }
    this.refreshAnswers()
  }

  private onApply(stdin: string): void {
    for (const doc of parseAllDocuments(stdin)) {
      const manifest = doc.toJS() as Record<string, unknown>
      if (manifest['kind'] === 'Namespace') this.fake.applyNamespace(manifest, FIELD_MANAGER)
      const plural = POLICY_PLURALS[String(manifest['kind'])]
      if (plural !== undefined && String(manifest['apiVersion']).startsWith('policy.linkerd.io/')) {
        this.fake.applyCustomObject(manifest, plural)
      }
    }
  }

  /** New pods for the workload, injected when its namespace asks for it (as the webhook does). */
  private onRestart(resource: string, namespace: string): void {
    const [kindLower = '', name = ''] = resource.split('/')
    const spec = [...this.workloads.values()].find(
      w => w.namespace === namespace && w.name === name && w.kind.toLowerCase() === kindLower,
    )
    if (spec === undefined) return
    for (const pod of this.fake.podsIn(namespace)) {
      if (pod.metadata.name.startsWith(`${name}-`))
        this.fake.removePod(namespace, pod.metadata.name)
    }
    const ns = this.fake.namespace(namespace)
    const annotations = ns?.metadata.annotations ?? {}
    const injects =
      (annotations['linkerd.io/inject'] === 'enabled' ||
        spec.templateAnnotations?.['linkerd.io/inject'] === 'enabled') &&
      spec.templateAnnotations?.['linkerd.io/inject'] !== 'disabled' &&
      spec.hostNetwork !== true &&
      ns?.metadata.labels?.['control-plane'] === undefined
    this.addPods(spec, injects, annotations['config.linkerd.io/default-inbound-policy'])
  }

  private addPods(
    spec: WorkloadSpec,
    meshed: boolean,
    policy: string | undefined,
    trustAnchorsPem = this.installedTrustAnchors(),
  ): void {
    const annotations: Record<string, string> = { ...spec.templateAnnotations }
    if (meshed && trustAnchorsPem !== undefined) {
      annotations['linkerd.io/trust-root-sha256'] = trustRootSha256(trustAnchorsPem)
    }
    this.generation += 1
    const hash = `g${this.generation}`
    let owner = {
      apiVersion: 'apps/v1',
      kind: spec.kind as string,
      name: spec.name,
      controller: true,
    }
    if (spec.kind === 'Deployment') {
      const rs = `${spec.name}-${hash}`
      this.fake.addWorkload({
        kind: 'ReplicaSet',
        namespace: spec.namespace,
        name: rs,
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name, controller: true },
        ],
      })
      owner = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs, controller: true }
    }
    for (let i = 0; i < (spec.replicas ?? 1); i++) {
      this.fake.addPod({
        namespace: spec.namespace,
        name: `${spec.name}-${hash}-${i}`,
        // As the Deployment controller labels them: the ReplicaSet is <deployment>-<hash>.
        ...(spec.kind === 'Deployment' ? { labels: { 'pod-template-hash': hash } } : {}),
        ownerReferences: [owner],
        ...(spec.hostNetwork ? { hostNetwork: true } : {}),
        ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
        ...(meshed ? { initContainers: [proxyContainer(policy)] } : {}),
      })
    }
  }

  private refreshAnswers(): void {
    const answers: Answer[] = []
    for (const [release, r] of this.releases) {
      answers.push(
        {
          tool: 'helm',
          argsPrefix: ['status', release],
          stdout: JSON.stringify({
            name: release,
            namespace: r.namespace,
            version: 1,
            info: { status: r.status },
            chart: { metadata: { name: r.chart, version: r.version } },
          }),
        },
        { tool: 'helm', argsPrefix: ['get', 'values', release], stdout: JSON.stringify(r.values) },
      )
    }
    answers.push(
      { tool: 'helm', argsPrefix: ['status'], exitCode: 1, stderr: 'Error: release: not found' },
      {
        tool: 'helm',
        argsPrefix: ['get', 'values'],
        exitCode: 1,
        stderr: 'Error: release: not found',
      },
    )
    this.tools.setAnswers(answers)
  }
}
