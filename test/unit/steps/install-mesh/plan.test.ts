import { beforeAll, describe, expect, it } from '@jest/globals'
import type { NamespaceView, PodView, WorkloadView } from '../../../../src/core/cluster.js'
import { readCommonInputs } from '../../../../src/core/common-inputs.js'
import { PreconditionError } from '../../../../src/core/errors.js'
import { renderPlanJson } from '../../../../src/core/render.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import { loadX509 } from '../../../../src/core/x509.js'
import { readInstalledIdentity } from '../../../../src/steps/install-mesh/identity.js'
import {
  namespaceChange,
  restartReason,
  trustRootSha256,
  type ProxyExpectations,
} from '../../../../src/steps/install-mesh/injection.js'
import { installMeshManifest } from '../../../../src/steps/install-mesh/manifest.js'
import {
  offlineInstallMeshState,
  type InstallMeshState,
} from '../../../../src/steps/install-mesh/observe.js'
import { planInstallMesh } from '../../../../src/steps/install-mesh/plan.js'
import { comparableValues } from '../../../../src/steps/install-mesh/releases.js'
import {
  parseInstallMeshSpec,
  type InstallMeshSpec,
} from '../../../../src/steps/install-mesh/spec.js'
import { inputsOf } from '../../../builders/arm.js'
import { asPkcs8, opensslAnchor, opensslIssuer } from '../../../builders/pki.js'

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/

// The host loads it before parsing certificate inputs; these tests parse specs directly.
beforeAll(() => loadX509())

function specOf(values: Record<string, string>): InstallMeshSpec {
  const reader = new SpecReader(installMeshManifest, inputsOf(values), 'github')
  return parseInstallMeshSpec(reader, readCommonInputs(reader))
}

function online(overrides: Partial<InstallMeshState> = {}): InstallMeshState {
  return {
    ...offlineInstallMeshState(),
    kubernetes: { major: 1, minor: 32, gitVersion: 'v1.32.4' },
    ...overrides,
  }
}

function namespace(
  annotations: Record<string, string>,
  appliedAnnotations: string[] = [],
): NamespaceView {
  return { name: 'shop', labels: {}, annotations, appliedAnnotations }
}

const WORKLOAD: WorkloadView = {
  kind: 'Deployment',
  namespace: 'shop',
  name: 'web',
  desired: 2,
  ready: 2,
  rolledOut: true,
  templateAnnotations: {},
  templateHostNetwork: false,
}

function pod(
  name: string,
  options: { meshed?: boolean; policy?: string; terminating?: boolean; trustRoot?: string } = {},
): PodView {
  const env: Record<string, string> = {}
  if (options.policy) env['LINKERD2_PROXY_INBOUND_DEFAULT_POLICY'] = options.policy
  const proxy = { name: 'linkerd-proxy', env }
  return {
    namespace: 'shop',
    name,
    phase: 'Running',
    terminating: options.terminating ?? false,
    hostNetwork: false,
    annotations: options.trustRoot ? { 'linkerd.io/trust-root-sha256': options.trustRoot } : {},
    containers: [{ name: 'app', env: {} }],
    initContainers: options.meshed ? [proxy] : [],
    labels: { 'pod-template-hash': '5d9f' },
    owners: [{ kind: 'ReplicaSet', name: 'web-5d9f' }],
    httpProbes: [],
    ready: true,
  }
}

describe('comparableValues', () => {
  const anchor = opensslAnchor()
  const issuer = opensslIssuer(anchor)
  const values = (key: string, cert = issuer.cert) => ({
    identityTrustAnchorsPEM: anchor.cert,
    identity: { issuer: { tls: { crtPEM: cert, keyPEM: key } } },
  })

  it('GIVEN the same key as SEC1 and as PKCS#8 and certificates with other line endings WHEN compared THEN they are equal', () => {
    expect(comparableValues(values(issuer.key))).toEqual(
      comparableValues(values(asPkcs8(issuer.key), issuer.cert.replace(/\n/g, '\r\n'))),
    )
  })

  it('GIVEN another key or another certificate WHEN compared THEN they differ, and no key appears in the comparable form', () => {
    const other = opensslIssuer(anchor)
    const base = comparableValues(values(issuer.key))
    expect(comparableValues(values(other.key))).not.toEqual(base)
    expect(comparableValues(values(issuer.key, other.cert))).not.toEqual(base)
    expect(JSON.stringify(base)).not.toMatch(PRIVATE_KEY)
  })
})

describe('namespaceChange', () => {
  it.each([
    ['no namespace', undefined, false, 'apply', 'create the namespace'],
    [
      'an annotated namespace',
      namespace({ 'linkerd.io/inject': 'enabled' }),
      false,
      'noop',
      'injection enabled',
    ],
    [
      'injection disabled by hand',
      namespace({ 'linkerd.io/inject': 'disabled' }),
      false,
      'apply',
      'set linkerd.io/inject: enabled',
    ],
    [
      'mTLS newly required',
      namespace({ 'linkerd.io/inject': 'enabled' }),
      true,
      'apply',
      'set config.linkerd.io/default-inbound-policy: all-authenticated',
    ],
    [
      'a policy the step applied, no longer required',
      namespace(
        {
          'linkerd.io/inject': 'enabled',
          'config.linkerd.io/default-inbound-policy': 'all-authenticated',
        },
        ['config.linkerd.io/default-inbound-policy', 'linkerd.io/inject'],
      ),
      false,
      'apply',
      'remove config.linkerd.io/default-inbound-policy',
    ],
    [
      'a policy someone else set',
      namespace(
        { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/default-inbound-policy': 'deny' },
        ['linkerd.io/inject'],
      ),
      false,
      'noop',
      'injection enabled',
    ],
  ])('GIVEN %s WHEN planned THEN %s', (_what, current, requireMtls, action, reason) => {
    const change = namespaceChange('shop', current, requireMtls, [])
    expect(change.action).toBe(action)
    expect(change.reason).toContain(reason)
  })
})

function expectations(requireMtls: boolean): ProxyExpectations {
  return { requireMtls, trustRoot: undefined, issuerMoves: false }
}

describe('restartReason', () => {
  it.each([
    [
      'unmeshed pods',
      [pod('a'), pod('b', { meshed: true })],
      false,
      '1 of 2 pod(s) have no Linkerd proxy',
    ],
    [
      'meshed pods without the required policy',
      [pod('a', { meshed: true, policy: 'all-unauthenticated' })],
      true,
      'inbound policy all-unauthenticated, not all-authenticated',
    ],
    [
      'meshed pods whose proxy names no policy',
      [pod('a', { meshed: true })],
      true,
      'inbound policy the cluster default',
    ],
  ])('GIVEN %s WHEN judged THEN a restart is due: %s', (_what, pods, requireMtls, reason) => {
    expect(restartReason(WORKLOAD, pods, expectations(requireMtls))).toContain(reason)
  })

  it.each([
    ['meshed pods', [pod('a', { meshed: true })], false],
    [
      'meshed pods with the required policy',
      [pod('a', { meshed: true, policy: 'all-authenticated' })],
      true,
    ],
    [
      'an unmeshed pod on its way out',
      [pod('a', { terminating: true }), pod('b', { meshed: true })],
      false,
    ],
    ['no pods', [], false],
  ])('GIVEN %s WHEN judged THEN no restart is due', (_what, pods, requireMtls) => {
    expect(restartReason(WORKLOAD, pods, expectations(requireMtls))).toBeUndefined()
  })

  const BUNDLE = `${opensslAnchor().cert}${opensslAnchor().cert}`

  it.each([
    [
      'pods injected with another bundle',
      [pod('a', { meshed: true, trustRoot: 'f'.repeat(64) })],
      { requireMtls: false, trustRoot: trustRootSha256(BUNDLE), issuerMoves: false },
      '1 of 1 pod(s) were injected with another trust anchor bundle (linkerd.io/trust-root-sha256)',
    ],
    [
      'an issuer moving to another anchor',
      [pod('a', { meshed: true, trustRoot: trustRootSha256(BUNDLE) })],
      { requireMtls: false, trustRoot: trustRootSha256(BUNDLE), issuerMoves: true },
      'the identity issuer moved to another trust anchor',
    ],
  ])('GIVEN %s WHEN judged THEN a restart is due: %s', (_what, pods, expected, reason) => {
    expect(restartReason(WORKLOAD, pods, expected)).toContain(reason)
  })

  it.each([
    ['the bundle in use', trustRootSha256(BUNDLE)],
    ['no trust-root annotation (injected by an older Linkerd)', undefined],
  ])(
    'GIVEN meshed pods injected with %s WHEN judged THEN no restart is due',
    (_what, trustRoot) => {
      const pods = [pod('a', { meshed: true, ...(trustRoot ? { trustRoot } : {}) })]
      expect(
        restartReason(WORKLOAD, pods, {
          requireMtls: false,
          trustRoot: trustRootSha256(BUNDLE),
          issuerMoves: false,
        }),
      ).toBeUndefined()
    },
  )

  it.each([
    ['a host-network template', { ...WORKLOAD, templateHostNetwork: true }],
    [
      'a template opted out of injection',
      { ...WORKLOAD, templateAnnotations: { 'linkerd.io/inject': 'disabled' } },
    ],
  ])(
    'GIVEN %s with unmeshed pods WHEN judged THEN no restart is planned, so re-runs restart nothing',
    (_what, workload) => {
      expect(restartReason(workload, [pod('a')], expectations(false))).toBeUndefined()
    },
  )
})

describe('planInstallMesh', () => {
  const anchor = opensslAnchor()
  const issuer = opensslIssuer(anchor)

  it('GIVEN an anchor and an issuer as inputs WHEN planned offline THEN the values show both certificates and a marker for the key, which only the sealed secrets resolve', () => {
    const spec = specOf({
      offline: 'true',
      'trust-anchor-certificate': anchor.cert,
      'issuer-certificate': issuer.cert,
      'issuer-key': issuer.key,
    })
    const plan = planInstallMesh(spec, offlineInstallMeshState())
    const cp = plan.changes[1]
    expect(cp?.target === 'helm' && cp.release).toBe('linkerd-control-plane')
    const values = cp?.target === 'helm' ? cp.values : {}
    expect(values).toMatchObject({
      identityTrustAnchorsPEM: expect.stringContaining('BEGIN CERTIFICATE'),
      identity: {
        issuer: {
          scheme: 'linkerd.io/tls',
          tls: {
            keyPEM: expect.stringMatching(
              /^<private key: not shown, public key sha256:[0-9a-f]{64}>$/,
            ),
          },
        },
      },
    })
    const unsealed = plan.secrets?.unseal(values) as {
      identity: { issuer: { tls: { keyPEM: string } } }
    }
    expect(unsealed.identity.issuer.tls.keyPEM).toBe(issuer.key)
    expect(renderPlanJson(plan, { mode: 'plan', offline: true })).not.toMatch(PRIVATE_KEY)
    expect(plan.outputs['trust-anchor-pem']).toContain('BEGIN CERTIFICATE')
    expect(plan.outputs['issuer-expires-at']).toMatch(/^\d{4}-\d\d-\d\dT/)
  })

  it('GIVEN an installed anchor and issuer with a year left WHEN planned with the key of another anchor THEN the issuer stays and the unused key is warned about', () => {
    const installed = readInstalledIdentity({
      identityTrustAnchorsPEM: anchor.cert,
      identity: {
        issuer: { scheme: 'linkerd.io/tls', tls: { crtPEM: issuer.cert, keyPEM: issuer.key } },
      },
    })
    const plan = planInstallMesh(
      specOf({ 'trust-anchor-key': opensslAnchor().key }),
      online({ installed }),
    )
    expect(plan.warnings?.join('\n')).toContain(
      "the key in 'trust-anchor-key' belongs to none of the trust anchors in use",
    )
    expect(plan.outputs['issuer-expires-at']).toBe(
      installed.issuer?.certificate.notAfter.toISOString(),
    )
    expect(plan.anchorKey).toBeUndefined()
  })

  it('GIVEN a release using an external CA WHEN planned THEN it refuses to take over', () => {
    const installed = readInstalledIdentity({
      identity: { externalCA: true, issuer: { scheme: 'kubernetes.io/tls' } },
    })
    expect(() => planInstallMesh(specOf({}), online({ installed }))).toThrow(PreconditionError)
    expect(() => planInstallMesh(specOf({}), online({ installed }))).toThrow('external CA')
  })

  it('GIVEN an installed anchor and an input issuer another anchor signed WHEN planned THEN it fails before any change', () => {
    const other = opensslAnchor()
    const installed = readInstalledIdentity({ identityTrustAnchorsPEM: other.cert })
    const spec = specOf({ 'issuer-certificate': issuer.cert, 'issuer-key': issuer.key })
    expect(() => planInstallMesh(spec, online({ installed }))).toThrow(
      'was not signed by the installed trust anchor',
    )
  })
})
