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

const linkerdServer = {
  apiVersion: 'policy.linkerd.io/v1beta3',
  kind: 'Server',
  metadata: { name: 'admin', namespace: 'apps' },
  spec: { podSelector: {}, port: 'linkerd-admin', proxyProtocol: 'HTTP/1' },
}
const linkerdRoute = {
  apiVersion: 'policy.linkerd.io/v1beta3',
  kind: 'HTTPRoute',
  metadata: { name: 'metrics', namespace: 'apps' },
  spec: {
    parentRefs: [{ group: 'policy.linkerd.io', kind: 'Server', name: 'admin' }],
    rules: [{ matches: [{ path: { type: 'Exact', value: '/metrics' }, method: 'GET' }] }],
  },
}

describe('validateManifest', () => {
  it.each([
    ['Namespace', namespace],
    ['Service', service],
    ['NetworkPolicy', networkPolicy],
    ['Ingress', ingress],
    ['Role', role],
    ['Linkerd Server', linkerdServer],
    ['Linkerd HTTPRoute', linkerdRoute],
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

  it.each([
    [
      'a Server without a port',
      { ...linkerdServer, spec: { podSelector: {} } },
      "must have required property 'port'",
    ],
    [
      'a Server with a misspelt field',
      { ...linkerdServer, spec: { ...linkerdServer.spec, podSelecter: {} } },
      'must NOT have additional properties',
    ],
    [
      'an HTTPRoute with an unknown method',
      {
        ...linkerdRoute,
        spec: { ...linkerdRoute.spec, rules: [{ matches: [{ method: 'FETCH' }] }] },
      },
      '/spec/rules/0/matches/0/method: must be equal to one of the allowed values',
    ],
    [
      'a NetworkAuthentication without networks',
      {
        apiVersion: 'policy.linkerd.io/v1alpha1',
        kind: 'NetworkAuthentication',
        metadata: { name: 'n' },
        spec: {},
      },
      "must have required property 'networks'",
    ],
    [
      'an AuthorizationPolicy without a target',
      {
        apiVersion: 'policy.linkerd.io/v1alpha1',
        kind: 'AuthorizationPolicy',
        metadata: { name: 'p' },
        spec: { requiredAuthenticationRefs: [] },
      },
      "must have required property 'targetRef'",
    ],
  ])('GIVEN %s WHEN validated THEN the CRD schema rejects it', (_name, manifest, message) => {
    expect(() => validateManifest(manifest)).toThrow(message)
  })

  it('GIVEN no metadata.name WHEN validated THEN it is rejected', () => {
    expect(() => validateManifest({ apiVersion: 'v1', kind: 'Namespace', metadata: {} })).toThrow(
      '/metadata/name: is required',
    )
  })
})
