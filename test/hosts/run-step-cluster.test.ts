import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Cluster, ServiceView } from '../../src/core/cluster.js'
import { CLUSTER_INPUTS, COMMON_INPUTS, RUN_INPUTS } from '../../src/core/common-inputs.js'
import type { Network } from '../../src/core/network.js'
import type { Plan } from '../../src/core/plan.js'
import type { StepDefinition, VerifyStepDefinition } from '../../src/core/step.js'
import { runStep } from '../../src/hosts/run-step.js'
import { VERSION } from '../../src/hosts/version.js'
import { createCluster } from '../../src/kube/cluster-adapter.js'
import { FakeKubeApi } from '../support/cluster/fake-kube-api.js'
import { createNodeExec } from '../support/cluster/node-exec.js'
import { createRecordingTools, type RecordingTools } from '../support/cluster/recording-tools.js'
import { recordingHost, silentLog, type RecordingHost } from '../support/recording-host.js'

const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001'
const ANNOTATION = 'example.com/private'

interface Spec {
  readonly useCluster: boolean
}

interface State {
  readonly service: ServiceView | undefined
}

let fake: FakeKubeApi
let tools: RecordingTools
let tempDirectory: string

/** A tiny cluster step: reads a Service, annotates it, outputs its load balancer IP. */
function clusterStep(
  onApply: () => void = () => undefined,
): StepDefinition<Spec, State, Network, Cluster> {
  return {
    manifest: {
      name: 'annotate-service',
      taskName: 'AnnotateService',
      taskIds: { prod: 'p', test: 't' },
      friendlyName: 'Annotate a Service',
      summary: 'Annotates a Service.',
      description: 'Annotates a Service.',
      inputs: [
        ...COMMON_INPUTS,
        ...CLUSTER_INPUTS,
        { id: 'use-cluster', required: false, description: 'Whether the cluster is used.' },
      ],
      outputs: [{ id: 'lb-ip', description: 'The load balancer IP.' }],
    },
    parseSpec: reader => reader.finish(() => ({ useCluster: reader.raw('use-cluster') !== 'no' })),
    azureTarget: () => undefined,
    needsCluster: spec => spec.useCluster,
    observe: async ctx => ({ service: await ctx.kube.getService('ingress', 'controller') }),
    offlineState: () => ({ service: undefined }),
    plan: (_spec, state): Plan => ({
      step: 'annotate-service',
      changes: [
        {
          target: 'kubernetes',
          action: state.service?.annotations[ANNOTATION] === 'true' ? 'noop' : 'apply',
          manifest: {
            apiVersion: 'v1',
            kind: 'Service',
            metadata: {
              name: 'controller',
              namespace: 'ingress',
              annotations: { [ANNOTATION]: 'true' },
            },
          },
          reason: 'mark the Service private',
          flags: [],
        },
      ],
      outputs: { 'lb-ip': state.service?.loadBalancerIps[0] ?? '<known after apply: LB IP>' },
    }),
    allowedFlags: () => new Set(),
    optInInput: () => undefined,
    apply: async (ctx, _spec, plan) => {
      const manifests = plan.changes.flatMap(c =>
        c.target === 'kubernetes' && c.action === 'apply' ? [c.manifest] : [],
      )
      await ctx.kube.applyManifests(manifests)
      onApply()
    },
    outputs: (_spec, state) => ({ 'lb-ip': state.service?.loadBalancerIps[0] ?? '' }),
  }
}

function hostWith(inputs: Record<string, string>): RecordingHost {
  return {
    ...recordingHost({ inputs: { 'subscription-id': SUBSCRIPTION, ...inputs }, tempDirectory }),
    exec: createNodeExec(tools.env()),
  }
}

function seedService(annotations?: Record<string, string>): void {
  fake.addService({
    namespace: 'ingress',
    name: 'controller',
    type: 'LoadBalancer',
    loadBalancerIp: '10.240.0.60',
    ...(annotations ? { annotations } : {}),
  })
}

beforeAll(async () => {
  fake = await FakeKubeApi.start()
})

afterAll(async () => {
  await fake.close()
})

beforeEach(async () => {
  tools = await createRecordingTools()
  tempDirectory = await mkdtemp(join(tmpdir(), 'run-step-cluster-'))
  seedService()
})

afterEach(async () => {
  await tools.cleanup()
  await rm(tempDirectory, { recursive: true, force: true })
  fake.resetCounters()
})

async function writtenKubeconfigs(): Promise<string[]> {
  const dirs = await readdir(tempDirectory)
  return dirs.filter(d => d.startsWith('kubeconfig-')).map(d => join(tempDirectory, d, 'config'))
}

describe('runStep with a step that needs the cluster', () => {
  it('GIVEN kubeconfig content WHEN planning THEN ctx.kube reads the fake API through a 0600 file', async () => {
    const host = hostWith({ mode: 'plan', kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(host, clusterStep())
    expect(host.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(result.outputs['lb-ip']).toBe('10.240.0.60')
    expect(result.plan?.changes[0]?.action).toBe('apply')
    const [written, ...more] = await writtenKubeconfigs()
    expect(more).toEqual([])
    expect(((await stat(written ?? '')).mode & 0o777).toString(8)).toBe('600')
    // Only the credential is masked: masking the whole content would hide 'apiVersion: v1' everywhere.
    expect(host.masked).toEqual([fake.token])
    expect(host.logs.join('\n')).not.toContain(fake.token)
    expect(fake.requestLog).toEqual(['/api/v1/namespaces/ingress/services/controller'])
    expect(tools.calls()).toEqual([])
  })

  it('GIVEN mode apply WHEN the plan has a manifest THEN kubectl gets --kubeconfig with the written file', async () => {
    const host = hostWith({ mode: 'apply', kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(
      host,
      clusterStep(() => seedService({ [ANNOTATION]: 'true' })),
    )
    expect(host.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    const [written] = await writtenKubeconfigs()
    const [call, ...rest] = tools.calls()
    expect(rest).toEqual([])
    expect(call?.tool).toBe('kubectl')
    expect(call?.argv.slice(-2)).toEqual(['--kubeconfig', written])
    expect(host.outputValues['lb-ip']).toBe('10.240.0.60')
  })

  it('GIVEN offline WHEN run THEN no kubeconfig is resolved and no cluster is built', async () => {
    const host = hostWith({ offline: 'true', kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(host, clusterStep())
    expect(host.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(result.outputs['lb-ip']).toBe('<known after apply: LB IP>')
    expect(await readdir(tempDirectory)).toEqual([])
    expect(fake.counters().requests).toBe(0)
    expect(tools.calls()).toEqual([])
  })

  it('GIVEN needsCluster is false WHEN the step still touches ctx.kube THEN it fails without resolving a kubeconfig', async () => {
    const host = hostWith({ mode: 'plan', 'use-cluster': 'no', kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(host, clusterStep())
    expect(result.status).toBe('failed')
    expect(host.failures).toEqual([
      'annotate-service: this run has no cluster access (internal error).',
    ])
    expect(await readdir(tempDirectory)).toEqual([])
    expect(fake.counters().requests).toBe(0)
  })

  it('GIVEN a kubeconfig path that does not exist WHEN run THEN the step fails naming the input', async () => {
    const host = hostWith({ mode: 'plan', kubeconfig: join(tempDirectory, 'nope') })
    const result = await runStep(host, clusterStep())
    expect(result.status).toBe('failed')
    expect(host.failures[0]).toMatch(/'kubeconfig' input names a file that does not exist/)
  })
})

describe('runStep with a step that declares no Azure inputs', () => {
  function clusterOnlyStep(): StepDefinition<Spec, State, Network, Cluster> {
    const step = clusterStep()
    return {
      ...step,
      manifest: {
        ...step.manifest,
        inputs: [...RUN_INPUTS, ...CLUSTER_INPUTS],
      },
      parseSpec: reader => reader.finish(() => ({ useCluster: true })),
    }
  }

  it.each(['github', 'azure-pipelines'] as const)(
    'GIVEN no subscription on %s WHEN planning THEN it signs in to nothing and reads the cluster',
    async kind => {
      let signIns = 0
      const base = recordingHost({
        inputs: { mode: 'plan', kubeconfig: fake.kubeconfigYaml() },
        kind,
        tempDirectory,
      })
      const host: RecordingHost = {
        ...base,
        exec: createNodeExec(tools.env()),
        readAzureConnection: (reader, common) => {
          signIns++
          return base.readAzureConnection(reader, common)
        },
      }
      const result = await runStep(host, clusterOnlyStep())
      expect(host.failures).toEqual([])
      expect(result.status).toBe('succeeded')
      expect(signIns).toBe(0)
      expect(result.outputs['lb-ip']).toBe('10.240.0.60')
    },
  )
})

describe('runStep in a bundle built without the Azure SDKs', () => {
  it('GIVEN a step that signs in to Azure and a host with no Azure loader WHEN run THEN it fails as an internal error before any call', async () => {
    const host: RecordingHost = recordingHost({
      inputs: { 'subscription-id': SUBSCRIPTION, mode: 'plan' },
      armEndpoint: 'https://127.0.0.1:9',
      credential: { kind: 'default' },
      tempDirectory,
      withoutAzure: true,
    })
    const step = { ...clusterStep(), azureTarget: () => ({ subscriptionId: SUBSCRIPTION }) }
    const result = await runStep(host, step)
    expect(result.status).toBe('failed')
    expect(host.failures).toEqual([
      'annotate-service: this bundle was built without the Azure SDKs (internal error).',
    ])
    expect(fake.counters().requests).toBe(0)
  })
})

describe('runStep with a verify step', () => {
  interface Seen {
    readonly ips: string[]
  }

  /** Reads the Service, passes when it has a load balancer IP, asks for an evidence file. */
  function verifyStep(): VerifyStepDefinition<{ readonly file: string }, Seen, Cluster> {
    return {
      kind: 'verify',
      manifest: {
        name: 'check-service',
        taskName: 'CheckService',
        taskIds: { prod: 'p', test: 't' },
        friendlyName: 'Check a Service',
        summary: 'Checks a Service.',
        description: 'Checks a Service.',
        inputs: [
          ...CLUSTER_INPUTS,
          { id: 'file', required: false, default: 'out/evidence.txt', description: 'f' },
        ],
        outputs: [
          { id: 'verdict', description: 'v' },
          { id: 'file', description: 'f' },
        ],
      },
      parseSpec: reader => reader.finish(() => ({ file: reader.raw('file') ?? '' })),
      observe: async ctx => ({
        ips: (await ctx.kube.getService('ingress', 'controller'))?.loadBalancerIps ?? [],
      }),
      judge: (spec, seen, tool) => {
        const passed = seen.ips.length > 0
        return {
          passed,
          outputs: { verdict: passed ? 'pass' : 'fail' },
          summary: `### check-service: ${passed ? 'pass' : 'fail'}\n`,
          ...(passed ? {} : { failure: 'check-service: the Service has no load balancer IP.' }),
          findings: passed
            ? []
            : [{ severity: 'error', subject: 'ingress/controller', message: 'no IP' }],
          warnings: ['a warning'],
          file: {
            path: spec.file,
            content: `${tool.name} ${tool.version}: ${seen.ips.join(',')}`,
            output: 'file',
          },
        }
      },
    }
  }

  it('GIVEN a verify step that passes WHEN run THEN it observes, writes the file, sets outputs and the summary, and plans nothing', async () => {
    const host = hostWith({ kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(host, verifyStep())
    expect(host.failures).toEqual([])
    expect(result).toMatchObject({ status: 'succeeded', verification: { passed: true } })
    expect(result.plan).toBeUndefined()
    const file = join(host.workingDirectory, 'out/evidence.txt')
    expect(host.outputValues).toEqual({ file, verdict: 'pass' })
    expect(await readFile(file, 'utf8')).toBe(`aks-secure-networking ${VERSION}: 10.240.0.60`)
    expect(host.summaries).toEqual(['### check-service: pass\n'])
    expect(host.logs).toContain('warn: check-service: a warning')
    expect(tools.calls()).toEqual([])
  })

  it('GIVEN a verify step that does not pass WHEN run THEN outputs, file and summary are still written and the run fails with its message', async () => {
    fake.addService({ namespace: 'ingress', name: 'controller', type: 'LoadBalancer' })
    const host = hostWith({ kubeconfig: fake.kubeconfigYaml() })
    const result = await runStep(host, verifyStep())
    expect(result).toMatchObject({ status: 'failed', verification: { passed: false } })
    expect(host.failures).toEqual(['check-service: the Service has no load balancer IP.'])
    expect(host.outputValues['verdict']).toBe('fail')
    expect(host.summaries).toEqual(['### check-service: fail\n'])
  })

  it('GIVEN a host that provides its own cluster WHEN a verify step runs THEN no kubeconfig is resolved', async () => {
    const host: RecordingHost = {
      ...hostWith({}),
      cluster: () =>
        createCluster({
          exec: createNodeExec(),
          kubeconfigPath: join(tempDirectory, 'given'),
          log: silentLog,
        }),
    }
    await writeFile(join(tempDirectory, 'given'), fake.kubeconfigYaml())
    const result = await runStep(host, verifyStep())
    expect(result.status).toBe('succeeded')
    expect(await writtenKubeconfigs()).toEqual([])
    expect(host.logs.some(l => l.includes('cluster access through the kubeconfig'))).toBe(false)
  })
})

describe('kubeconfig masking', () => {
  it.each([
    [
      'YAML token',
      'users:\n  - name: u\n    user:\n      token: abcd-secret-token\n',
      ['abcd-secret-token'],
    ],
    [
      'JSON token',
      '{"users":[{"name":"u","user":{"token":"json-secret-token"}}]}',
      ['json-secret-token'],
    ],
    [
      'block scalar key data',
      'users:\n  - user:\n      client-key-data: |\n        S0VZREFUQQ==\n',
      ['S0VZREFUQQ==\n'],
    ],
    [
      'exec env and --token argument',
      'users:\n  - user:\n      exec:\n        args: ["get-token", "--token", "argtoken123"]\n        env: [{name: AAD_SECRET, value: envsecret9}]\n',
      ['argtoken123', 'envsecret9'],
    ],
    [
      'auth-provider tokens',
      'users:\n  - user:\n      auth-provider:\n        config:\n          access-token: acc-tok-1\n          refresh-token: ref-tok-2\n',
      ['acc-tok-1', 'ref-tok-2'],
    ],
  ])(
    'GIVEN a kubeconfig with a %s WHEN masked THEN exactly the credentials are masked',
    async (_name, content, secrets) => {
      const { kubeconfigSecrets } = await import('../../src/hosts/run-step.js')
      expect(await kubeconfigSecrets(content)).toEqual(secrets)
    },
  )
})
