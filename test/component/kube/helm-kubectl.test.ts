import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parse, parseAllDocuments } from 'yaml'
import { PreconditionError } from '../../../src/core/errors.js'
import { helmGetValues, helmStatus, helmUpgradeInstall } from '../../../src/kube/helm.js'
import { kubectlApplyServerSide, kubectlGetJson } from '../../../src/kube/kubectl.js'
import { ToolCommandError } from '../../../src/kube/tool-command.js'
import { validateManifest } from '../../support/cluster/manifest-validation.js'
import { createNodeExec } from '../../support/cluster/node-exec.js'
import { createRecordingTools, type RecordingTools } from '../../support/cluster/recording-tools.js'

let tools: RecordingTools

beforeEach(async () => {
  tools = await createRecordingTools()
})

afterEach(async () => {
  await tools.cleanup()
})

describe('helm through recording executables', () => {
  it('GIVEN an install WHEN run THEN helm gets the exact argv and the values as YAML on stdin', async () => {
    const exec = createNodeExec(tools.env())
    await helmUpgradeInstall(exec, {
      release: 'linkerd-control-plane',
      chart: 'linkerd-control-plane',
      repo: 'https://helm.linkerd.io/edge',
      version: '2026.8.3',
      namespace: 'linkerd',
      createNamespace: true,
      values: { identityTrustAnchorsPEM: 'PEM', proxy: { nativeSidecar: true } },
      waitTimeoutSeconds: 300,
    })
    const [call, ...rest] = tools.calls()
    expect(rest).toEqual([])
    expect(call?.tool).toBe('helm')
    expect(call?.argv).toEqual([
      'upgrade',
      '--install',
      'linkerd-control-plane',
      'linkerd-control-plane',
      '--version',
      '2026.8.3',
      '--namespace',
      'linkerd',
      '--create-namespace',
      '--repo',
      'https://helm.linkerd.io/edge',
      '--values',
      '-',
      '--wait',
      '--timeout',
      '300s',
    ])
    expect(parse(call?.stdin ?? '')).toEqual({
      identityTrustAnchorsPEM: 'PEM',
      proxy: { nativeSidecar: true },
    })
  })

  it('GIVEN helm answers "release: not found" WHEN reading status THEN the result is undefined', async () => {
    tools.setAnswers([
      { tool: 'helm', argsPrefix: ['status'], exitCode: 1, stderr: 'Error: release: not found\n' },
    ])
    await expect(
      helmStatus(createNodeExec(tools.env()), 'ingress-nginx', 'ingress'),
    ).resolves.toBeUndefined()
    expect(tools.calls()[0]?.argv).toEqual([
      'status',
      'ingress-nginx',
      '--namespace',
      'ingress',
      '-o',
      'json',
    ])
  })

  it('GIVEN an installed release WHEN reading status and values THEN the JSON is parsed', async () => {
    const status = {
      name: 'ingress-nginx',
      namespace: 'ingress',
      version: 3,
      info: { status: 'deployed' },
      chart: { metadata: { name: 'ingress-nginx', version: '4.13.0' } },
    }
    tools.setAnswers([
      { tool: 'helm', argsPrefix: ['status'], stdout: JSON.stringify(status) },
      {
        tool: 'helm',
        argsPrefix: ['get', 'values'],
        argsInclude: ['--all'],
        stdout: '{"controller":{"replicaCount":2}}',
      },
      { tool: 'helm', argsPrefix: ['get', 'values'], stdout: 'null\n' },
    ])
    const exec = createNodeExec(tools.env())
    await expect(helmStatus(exec, 'ingress-nginx', 'ingress')).resolves.toEqual(status)
    await expect(helmGetValues(exec, 'ingress-nginx', 'ingress', { all: true })).resolves.toEqual({
      controller: { replicaCount: 2 },
    })
    await expect(helmGetValues(exec, 'ingress-nginx', 'ingress')).resolves.toEqual({})
  })

  it('GIVEN helm fails WHEN installing THEN the error names the command and stderr tail, not the values', async () => {
    tools.setAnswers([
      {
        tool: 'helm',
        exitCode: 1,
        stderr: 'line 1\nError: INSTALLATION FAILED: context deadline exceeded\n',
      },
    ])
    const run = helmUpgradeInstall(createNodeExec(tools.env()), {
      release: 'r',
      chart: 'c',
      version: '1.0.0',
      namespace: 'ns',
      createNamespace: false,
      values: { password: 'hunter2' },
    })
    await expect(run).rejects.toThrow(ToolCommandError)
    await expect(run).rejects.toThrow(
      "'helm upgrade --install r c --version 1.0.0 --namespace ns --values -' failed with exit code 1: line 1\nError: INSTALLATION FAILED: context deadline exceeded",
    )
    await expect(run).rejects.not.toThrow('hunter2')
  })

  it('GIVEN helm is not on PATH WHEN installing THEN a PreconditionError says how to install it', async () => {
    const exec = createNodeExec({ PATH: tools.binDir })
    await tools.cleanup()
    const run = helmStatus(exec, 'r', 'ns')
    await expect(run).rejects.toThrow(PreconditionError)
    await expect(run).rejects.toThrow(
      /'helm' was not found on PATH; install Helm 3.*azure\/setup-helm/,
    )
  })
})

describe('kubectl through recording executables', () => {
  const manifests = [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'apps', annotations: { 'linkerd.io/inject': 'enabled' } },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'deny-all', namespace: 'apps' },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    },
  ]

  it('GIVEN manifests WHEN applied THEN one server-side apply gets a valid multi-document stdin', async () => {
    tools.setAnswers([{ tool: 'kubectl', stdout: 'namespace/apps serverside-applied\n' }])
    const out = await kubectlApplyServerSide(createNodeExec(tools.env()), manifests, {
      fieldManager: 'aks-secure-networking',
      kubeconfig: '/work/kc',
    })
    expect(out).toBe('namespace/apps serverside-applied\n')
    const [call] = tools.calls()
    expect(call?.argv).toEqual([
      'apply',
      '--server-side',
      '--field-manager=aks-secure-networking',
      '-f',
      '-',
      '--kubeconfig',
      '/work/kc',
    ])
    const docs = parseAllDocuments(call?.stdin ?? '').map(doc => doc.toJS() as unknown)
    expect(docs).toEqual(manifests)
    for (const doc of docs) validateManifest(doc)
  })

  it('GIVEN no manifests WHEN applied THEN kubectl is not run', async () => {
    await kubectlApplyServerSide(createNodeExec(tools.env()), [], {
      fieldManager: 'aks-secure-networking',
    })
    expect(tools.calls()).toEqual([])
  })

  it('GIVEN a missing object WHEN getting it THEN the result is undefined; a found one is parsed', async () => {
    tools.setAnswers([
      {
        tool: 'kubectl',
        argsInclude: ['missing'],
        exitCode: 1,
        stderr: 'Error from server (NotFound): services "missing" not found\n',
      },
      {
        tool: 'kubectl',
        argsInclude: ['web'],
        stdout: '{"kind":"Service","metadata":{"name":"web"}}',
      },
    ])
    const exec = createNodeExec(tools.env())
    await expect(kubectlGetJson(exec, 'service', 'missing', 'apps')).resolves.toBeUndefined()
    await expect(kubectlGetJson(exec, 'service', 'web', 'apps')).resolves.toEqual({
      kind: 'Service',
      metadata: { name: 'web' },
    })
    expect(tools.calls().map(c => c.argv)).toEqual([
      ['get', 'service', 'missing', '--namespace', 'apps', '-o', 'json'],
      ['get', 'service', 'web', '--namespace', 'apps', '-o', 'json'],
    ])
  })

  it('GIVEN kubectl is forbidden WHEN getting THEN the error carries the stderr', async () => {
    tools.setAnswers([
      {
        tool: 'kubectl',
        exitCode: 1,
        stderr: 'Error from server (Forbidden): pods is forbidden\n',
      },
    ])
    await expect(kubectlGetJson(createNodeExec(tools.env()), 'pods')).rejects.toThrow(
      "'kubectl get pods -o json' failed with exit code 1: Error from server (Forbidden): pods is forbidden",
    )
  })
})
