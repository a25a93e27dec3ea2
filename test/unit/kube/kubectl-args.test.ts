import { describe, expect, it } from '@jest/globals'
import { parseAllDocuments } from 'yaml'
import {
  buildKubectlApplyArgs,
  buildKubectlGetArgs,
  buildKubectlRolloutRestartArgs,
  buildKubectlRolloutStatusArgs,
  toMultiDocumentYaml,
} from '../../../src/kube/kubectl.js'

describe('kubectl argv', () => {
  it.each<[string, Parameters<typeof buildKubectlApplyArgs>[0], string[]]>([
    [
      'default',
      { fieldManager: 'aks-secure-networking' },
      ['apply', '--server-side', '--field-manager=aks-secure-networking', '-f', '-'],
    ],
    [
      'force conflicts and kubeconfig',
      { fieldManager: 'aks-secure-networking', forceConflicts: true, kubeconfig: '/k' },
      [
        'apply',
        '--server-side',
        '--field-manager=aks-secure-networking',
        '--force-conflicts',
        '-f',
        '-',
        '--kubeconfig',
        '/k',
      ],
    ],
  ])('GIVEN %s WHEN building apply THEN the argv is exact', (_name, options, expected) => {
    expect(buildKubectlApplyArgs(options)).toEqual(expected)
  })

  it.each<[string, [string, string?, string?], string[]]>([
    ['a list', ['pods'], ['get', 'pods', '-o', 'json']],
    [
      'a named object',
      ['service', 'web', 'apps'],
      ['get', 'service', 'web', '--namespace', 'apps', '-o', 'json'],
    ],
    [
      'a namespaced list',
      ['pods', undefined, 'linkerd'],
      ['get', 'pods', '--namespace', 'linkerd', '-o', 'json'],
    ],
  ])('GIVEN %s WHEN building get THEN the argv is exact', (_name, [kind, name, ns], expected) => {
    expect(buildKubectlGetArgs(kind, name, ns)).toEqual(expected)
  })
})

describe('toMultiDocumentYaml', () => {
  it('GIVEN two manifests WHEN serialised THEN YAML parses back to both documents', () => {
    const manifests = [
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'b', namespace: 'a' },
        data: { k: 'v' },
      },
    ]
    const docs = parseAllDocuments(toMultiDocumentYaml(manifests)).map(doc => doc.toJS() as unknown)
    expect(docs).toEqual(manifests)
  })
})

describe('kubectl rollout argv', () => {
  it('GIVEN a Deployment WHEN restarting THEN the argv names kind/name, the namespace and the kubeconfig', () => {
    expect(
      buildKubectlRolloutRestartArgs('Deployment', 'web', 'shop', { kubeconfig: '/k' }),
    ).toEqual(['rollout', 'restart', 'deployment/web', '--namespace', 'shop', '--kubeconfig', '/k'])
  })

  it.each([
    [300, '--timeout=300s'],
    [12.2, '--timeout=13s'],
    [0, '--timeout=1s'],
  ])(
    'GIVEN %d seconds left WHEN waiting THEN the timeout is %s, whole and positive',
    (seconds, flag) => {
      expect(buildKubectlRolloutStatusArgs('StatefulSet', 'db', 'shop', seconds)).toEqual([
        'rollout',
        'status',
        'statefulset/db',
        '--namespace',
        'shop',
        flag,
      ])
    },
  )
})
