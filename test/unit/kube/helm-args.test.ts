import { describe, expect, it } from '@jest/globals'
import {
  buildHelmGetValuesArgs,
  buildHelmStatusArgs,
  buildHelmUpgradeInstallArgs,
  type HelmUpgradeInstallOptions,
} from '../../../src/kube/helm.js'

const base: HelmUpgradeInstallOptions = {
  release: 'ingress-nginx',
  chart: 'ingress-nginx',
  version: '4.13.0',
  namespace: 'ingress-nginx',
  createNamespace: false,
  values: { controller: { replicaCount: 2 } },
}

describe('buildHelmUpgradeInstallArgs', () => {
  it.each<[string, Partial<HelmUpgradeInstallOptions>, string[]]>([
    [
      'minimal',
      {},
      [
        'upgrade',
        '--install',
        'ingress-nginx',
        'ingress-nginx',
        '--version',
        '4.13.0',
        '--namespace',
        'ingress-nginx',
        '--values',
        '-',
      ],
    ],
    [
      'every option',
      {
        createNamespace: true,
        repo: 'https://kubernetes.github.io/ingress-nginx',
        waitTimeoutSeconds: 600,
        kubeconfig: '/tmp/kc',
      },
      [
        'upgrade',
        '--install',
        'ingress-nginx',
        'ingress-nginx',
        '--version',
        '4.13.0',
        '--namespace',
        'ingress-nginx',
        '--create-namespace',
        '--repo',
        'https://kubernetes.github.io/ingress-nginx',
        '--values',
        '-',
        '--wait',
        '--timeout',
        '600s',
        '--kubeconfig',
        '/tmp/kc',
      ],
    ],
  ])('GIVEN %s options WHEN built THEN the argv is exact', (_name, overrides, expected) => {
    expect(buildHelmUpgradeInstallArgs({ ...base, ...overrides })).toEqual(expected)
  })

  it('GIVEN values WHEN built THEN no value appears in the argv', () => {
    const args = buildHelmUpgradeInstallArgs({ ...base, values: { secret: 'hunter2' } })
    expect(args.join(' ')).not.toContain('hunter2')
  })
})

describe('helm read argv', () => {
  it('GIVEN a release WHEN building status THEN it asks for JSON in the namespace', () => {
    expect(buildHelmStatusArgs('linkerd-crds', 'linkerd')).toEqual([
      'status',
      'linkerd-crds',
      '--namespace',
      'linkerd',
      '-o',
      'json',
    ])
  })

  it('GIVEN all and a kubeconfig WHEN building get values THEN both flags are present', () => {
    expect(buildHelmGetValuesArgs('r', 'ns', { all: true, kubeconfig: 'k' })).toEqual([
      'get',
      'values',
      'r',
      '--namespace',
      'ns',
      '-o',
      'json',
      '--all',
      '--kubeconfig',
      'k',
    ])
  })
})
