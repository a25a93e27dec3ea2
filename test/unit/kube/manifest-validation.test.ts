import { describe, expect, it } from '@jest/globals'
import { validateManifest } from '../../support/cluster/manifest-validation.js'

const namespace = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'apps', annotations: { 'linkerd.io/inject': 'enabled' } },
}
const service = {
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'apps' },
  spec: { type: 'LoadBalancer', ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'web' } },
}
const networkPolicy = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'deny-all', namespace: 'apps' },
  spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
}
const ingress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'Ingress',
  metadata: { name: 'web', namespace: 'apps' },
  spec: {
    ingressClassName: 'nginx',
    rules: [
      {
        host: 'web.example.com',
        http: {
          paths: [
            {
              path: '/',
              pathType: 'Prefix',
              backend: { service: { name: 'web', port: { number: 80 } } },
            },
          ],
        },
      },
    ],
  },
}
const role = {
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { name: 'scrape', namespace: 'apps' },
  rules: [{ apiGroups: [''], resources: ['pods', 'pods/proxy'], verbs: ['get', 'list'] }],
}

describe('validateManifest', () => {
  it.each([
    ['Namespace', namespace],
    ['Service', service],
    ['NetworkPolicy', networkPolicy],
    ['Ingress', ingress],
    ['Role', role],
    [
      'allow-listed Linkerd Server',
      {
        apiVersion: 'policy.linkerd.io/v1beta3',
        kind: 'Server',
        metadata: { name: 'admin' },
        spec: {},
      },
    ],
  ])('GIVEN a valid %s WHEN validated THEN it passes', (_name, manifest) => {
    expect(() => validateManifest(manifest)).not.toThrow()
  })

  it('GIVEN a Service port as a string and a bad type WHEN validated THEN every problem is listed', () => {
    const bad = { ...service, spec: { ...service.spec, type: 'Public', ports: [{ port: '80' }] } }
    expect(() => validateManifest(bad)).toThrow(
      /v1\/Service 'web'[\s\S]*\/spec\/ports\/0\/port: must be integer[\s\S]*\/spec\/type: must be equal to one of the allowed values \(ClusterIP/,
    )
  })

  it('GIVEN a field of the wrong type WHEN validated THEN it is rejected', () => {
    const bad = { ...networkPolicy, spec: { podSelector: {}, policyTypes: 'Ingress' } }
    expect(() => validateManifest(bad)).toThrow('/spec/policyTypes: must be array')
  })

  it('GIVEN an unknown kind WHEN validated THEN it is rejected unless allow-listed', () => {
    const custom = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }
    expect(() => validateManifest(custom)).toThrow("no schema for 'example.com/v1/Widget'")
    expect(() =>
      validateManifest(custom, { allowCustomKinds: ['example.com/v1/Widget'] }),
    ).not.toThrow()
  })

  it('GIVEN no metadata.name WHEN validated THEN it is rejected', () => {
    expect(() => validateManifest({ apiVersion: 'v1', kind: 'Namespace', metadata: {} })).toThrow(
      '/metadata/name: is required',
    )
  })
})
