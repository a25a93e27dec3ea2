import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash, createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml, parseAllDocuments } from 'yaml'
import { changeSubject } from '../../../src/core/plan.js'
import { runStep, type RunResult } from '../../../src/hosts/run-step.js'
import { installMesh } from '../../../src/steps/install-mesh/index.js'
import {
  anchorValid,
  asPkcs8,
  daysFromNow,
  issuerValid,
  opensslAnchor,
  opensslIssuer,
  opensslVerify,
  pemBodyLines,
  type Pem,
} from '../../builders/pki.js'
import { FakeKubeApi } from '../../support/cluster/fake-kube-api.js'
import { validateManifest } from '../../support/cluster/manifest-validation.js'
import { createNodeExec } from '../../support/cluster/node-exec.js'
import { createRecordingTools, type RecordingTools } from '../../support/cluster/recording-tools.js'
import {
  SimulatedLinkerd,
  trustRootSha256,
  type SimulatedLinkerdOptions,
} from '../../support/cluster/simulated-linkerd.js'
import { recordingHost, type RecordingHost } from '../../support/recording-host.js'

const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/
const GATEWAY_API_CRDS = [
  'httproutes.gateway.networking.k8s.io',
  'grpcroutes.gateway.networking.k8s.io',
]
const MARKER = /^<private key: not shown, public key sha256:[0-9a-f]{64}>$/
const KEY_FILE = 'secrets/anchor.key'
const VERSION = '2026.8.3'

let fake: FakeKubeApi
let tools: RecordingTools
let sim: SimulatedLinkerd
let kubeconfig: string

async function startCluster(
  options: SimulatedLinkerdOptions & { gitVersion?: string } = {},
): Promise<void> {
  await fake?.close()
  await tools?.cleanup()
  fake = await FakeKubeApi.start({ gitVersion: options.gitVersion ?? 'v1.32.4' })
  tools = await createRecordingTools()
  sim = new SimulatedLinkerd(fake, tools, options)
  kubeconfig = await fake.writeKubeconfig(mkdtempSync(join(tmpdir(), 'asn-mesh-kube-')))
}

beforeEach(async () => {
  await startCluster()
})

afterEach(async () => {
  await fake.close()
  await tools.cleanup()
})

/** A host on the simulated cluster; its clock moves only when the step sleeps. */
function host(inputs: Record<string, string>, workingDirectory?: string): RecordingHost {
  const base = recordingHost({
    inputs: { kubeconfig, ...inputs },
    ...(workingDirectory ? { workingDirectory } : {}),
  })
  let now = Date.now()
  return {
    ...base,
    exec: sim.exec(createNodeExec(tools.env())),
    clock: {
      now: () => new Date(now),
      sleep: ms => {
        base.slept.push(ms)
        now += ms
        return Promise.resolve()
      },
    },
  }
}

function calls(tool: string, verb?: string) {
  return tools.calls().filter(c => c.tool === tool && (verb === undefined || c.argv[0] === verb))
}

function upgrades(release?: string) {
  return calls('helm', 'upgrade').filter(c => release === undefined || c.argv[2] === release)
}

function controlPlaneValues(): Record<string, unknown> {
  const call = upgrades('linkerd-control-plane').at(-1)
  if (call === undefined) throw new Error('the control plane was not installed')
  return parseYaml(call.stdin) as Record<string, unknown>
}

function issuerTls(values: Record<string, unknown>): { crtPEM: string; keyPEM: string } {
  return (values['identity'] as { issuer: { tls: { crtPEM: string; keyPEM: string } } }).issuer.tls
}

function publicKeyOf(keyPem: string): string {
  return createPublicKey(createPrivateKey(keyPem))
    .export({ type: 'spki', format: 'pem' })
    .toString()
}

function certPublicKey(certPem: string): string {
  return createPublicKey(certPem).export({ type: 'spki', format: 'pem' }).toString()
}

function planFile(result: RunResult): Record<string, unknown> {
  return JSON.parse(readFileSync(result.outputs['plan-file'] ?? '', 'utf8')) as Record<
    string,
    unknown
  >
}

/** Every file below the folder, recursively, but the ones named. */
function filesBelow(dir: string, except: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(path => statSync(path).isFile() && !except.includes(path))
}

/**
 * Fails when a text holds a private key: its PEM header, or any base64 line of the keys named
 * (so a key printed without its armour is caught too).
 */
function expectNoKey(texts: readonly string[], keys: readonly string[]): void {
  for (const text of texts) expect(text).not.toMatch(PRIVATE_KEY)
  expectNoKeyLines(texts, keys)
}

/** Fails when a text holds any base64 line of the keys named (where other keys may be). */
function expectNoKeyLines(texts: readonly string[], keys: readonly string[]): void {
  const lines = keys.flatMap(pemBodyLines)
  expect(lines.length).toBeGreaterThan(0)
  for (const text of texts) for (const line of lines) expect(text).not.toContain(line)
}

/**
 * Everything the run let out, besides helm's stdin (where the issuer key belongs) and the key
 * file: logs, outputs, summaries, failures, every written file, every argv and kubectl stdin.
 */
function everythingButHelmValues(run: RecordingHost, keyFile?: string): string[] {
  return [
    ...run.logs,
    ...Object.values(run.outputValues),
    ...run.summaries,
    ...run.failures,
    ...filesBelow(run.workingDirectory, keyFile ? [keyFile] : []).map(f => readFileSync(f, 'utf8')),
    ...tools.calls().map(c => c.argv.join(' ')),
    ...calls('kubectl').map(c => c.stdin),
  ]
}

describe('install-mesh: fresh install', () => {
  it('GIVEN an empty cluster WHEN applied THEN CRDs with Gateway API, then the control plane with a generated anchor and issuer, the key written 0600 only to the key file', async () => {
    const run = host({ 'trust-anchor-key-file': KEY_FILE, 'plan-file': 'mesh.plan.json' })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    expect(upgrades().map(c => c.argv.slice(0, 6))).toEqual([
      ['upgrade', '--install', 'linkerd-crds', 'linkerd-crds', '--version', VERSION],
      [
        'upgrade',
        '--install',
        'linkerd-control-plane',
        'linkerd-control-plane',
        '--version',
        VERSION,
      ],
    ])
    for (const call of upgrades()) {
      expect(call.argv).toEqual(
        expect.arrayContaining([
          '--namespace',
          'linkerd',
          '--repo',
          'https://helm.linkerd.io/edge',
          '--values',
          '-',
          '--kubeconfig',
          kubeconfig,
        ]),
      )
      expect(call.argv.join(' ')).not.toMatch(PRIVATE_KEY)
    }
    expect(parseYaml(upgrades('linkerd-crds')[0]?.stdin ?? '')).toEqual({ installGatewayAPI: true })

    // The control plane gets the anchor's certificate and the issuer's certificate and key.
    const values = controlPlaneValues()
    const anchorPem = values['identityTrustAnchorsPEM'] as string
    const { crtPEM, keyPEM } = issuerTls(values)
    expect(opensslVerify(anchorPem, crtPEM)).toContain(': OK')
    expect(keyPEM).toMatch(PRIVATE_KEY)
    expect(publicKeyOf(keyPEM)).toBe(certPublicKey(crtPEM))

    // The anchor's key: only in the key file, mode 0600, never in helm's or kubectl's stdin.
    const keyPath = join(run.workingDirectory, KEY_FILE)
    expect((statSync(keyPath).mode & 0o777).toString(8)).toBe('600')
    const anchorKey = readFileSync(keyPath, 'utf8')
    expect(publicKeyOf(anchorKey)).toBe(certPublicKey(anchorPem))
    // Not in any tool's stdin either (helm's included), nor anywhere else the run wrote.
    expectNoKeyLines(
      tools.calls().map(c => c.stdin),
      [anchorKey],
    )
    expectNoKey(everythingButHelmValues(run, keyPath), [anchorKey, keyPEM])
    expect(run.logs.join('\n')).toContain(`private key was written to '${keyPath}' (mode 0600)`)

    expect(run.outputValues['trust-anchor-pem']).toBe(anchorPem)
    expect(run.outputValues['trust-anchor-pem']).not.toMatch(PRIVATE_KEY)
    expect(run.masked.join('\n')).not.toContain(anchorPem.split('\n')[1])
    const expires = new Date(run.outputValues['issuer-expires-at'] ?? '')
    expect(expires.toISOString()).toBe(run.outputValues['issuer-expires-at'])
    expect(Math.abs(expires.getTime() - Date.now() - 8760 * 3600_000)).toBeLessThan(3600_000)
    expect(run.logs.some(l => l.includes('the Linkerd control plane is ready'))).toBe(true)
  })

  it('GIVEN a fresh install WHEN every stream and file is scanned THEN no PEM private key appears outside helm values and the key file, and the plan shows markers', async () => {
    const run = host({
      'trust-anchor-key-file': KEY_FILE,
      'plan-file': 'mesh.plan.json',
      'inject-namespaces': 'shop',
      'restart-workloads': 'true',
    })
    sim.addWorkload({ kind: 'Deployment', namespace: 'shop', name: 'web', replicas: 2 })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('succeeded')
    const keyFile = join(run.workingDirectory, KEY_FILE)
    const issuerKey = issuerTls(controlPlaneValues()).keyPEM
    expectNoKey(everythingButHelmValues(run, keyFile), [readFileSync(keyFile, 'utf8'), issuerKey])

    const plan = planFile(result) as {
      changes: { release?: string; values?: Record<string, unknown> }[]
    }
    const planned = plan.changes.find(c => c.release === 'linkerd-control-plane')?.values ?? {}
    expect(issuerTls(planned).keyPEM).toMatch(MARKER)
    // The marker names the key helm received, by its public key.
    const sent = issuerTls(controlPlaneValues()).keyPEM
    const spki = createPublicKey(createPrivateKey(sent)).export({ type: 'spki', format: 'der' })
    expect(issuerTls(planned).keyPEM).toBe(
      `<private key: not shown, public key sha256:${createHash('sha256').update(spki).digest('hex')}>`,
    )
    expect(issuerTls(planned).crtPEM).toBe(issuerTls(controlPlaneValues()).crtPEM)
  })

  it('GIVEN an empty cluster WHEN only planned (mode: plan) THEN the plan file shows the anchor and issuer apply would generate as known after apply, not as certificates made for the plan', async () => {
    const run = host({ mode: 'plan', 'plan-file': 'p.json', 'trust-anchor-key-file': KEY_FILE })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    const plan = planFile(result) as {
      changes: { release?: string; values?: Record<string, unknown> }[]
      outputs: Record<string, string>
    }
    const values = plan.changes.find(c => c.release === 'linkerd-control-plane')?.values ?? {}
    expect(values['identityTrustAnchorsPEM']).toBe(
      '<known after apply: the generated trust anchor certificate>',
    )
    expect(issuerTls(values)).toEqual({
      crtPEM: '<known after apply: a new ECDSA P-256 issuer certificate>',
      keyPEM: '<known after apply: the new issuer private key, not shown>',
    })
    expect(plan.outputs['trust-anchor-pem']).toMatch(/^<known after apply: /)
    expect(JSON.stringify(plan)).not.toContain('BEGIN')
    expect(upgrades()).toEqual([])
    expect(filesBelow(run.workingDirectory, [join(run.workingDirectory, 'p.json')])).toEqual([])
  })

  it('GIVEN no key file input WHEN a new anchor is generated THEN its key is discarded and the log says so', async () => {
    const run = host({})
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('succeeded')
    expect(run.logs.join('\n')).toMatch(/private key is discarded and never left this run/)
    expect(filesBelow(run.workingDirectory, [])).toEqual([])
    expectNoKey(everythingButHelmValues(run), [issuerTls(controlPlaneValues()).keyPEM])
  })
})

describe('install-mesh: chart source', () => {
  it('GIVEN an oci:// chart-repo WHEN applied THEN helm gets each chart as a reference in that registry and no --repo', async () => {
    const run = host({ 'chart-repo': 'oci://registry.example.com/mirror/linkerd/' })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(upgrades().map(c => c.argv.slice(2, 4))).toEqual([
      ['linkerd-crds', 'oci://registry.example.com/mirror/linkerd/linkerd-crds'],
      ['linkerd-control-plane', 'oci://registry.example.com/mirror/linkerd/linkerd-control-plane'],
    ])
    for (const call of upgrades()) expect(call.argv).not.toContain('--repo')
  })
})

describe('install-mesh: re-run', () => {
  it('GIVEN a finished install WHEN run again with the same inputs THEN the plan is all no-op: no helm upgrade, no apply, no restart, the key file untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-mesh-work-'))
    const inputs = {
      'trust-anchor-key-file': KEY_FILE,
      'inject-namespaces': 'shop',
      'require-mtls': 'true',
      'restart-workloads': 'true',
    }
    sim.addWorkload({ kind: 'Deployment', namespace: 'shop', name: 'web', replicas: 2 })
    const first = host(inputs, dir)
    expect((await runStep(first, installMesh)).status).toBe('succeeded')
    const keyBefore = readFileSync(join(dir, KEY_FILE), 'utf8')
    const callsBefore = tools.calls().length

    const second = host(inputs, dir)
    const result = await runStep(second, installMesh)
    expect(second.failures).toEqual([])
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop', 'noop'])
    // Only reads: each release's status and values.
    const after = tools.calls().slice(callsBefore)
    expect(after.map(c => `${c.tool} ${c.argv.slice(0, 2).join(' ')}`).sort()).toEqual([
      'helm get values',
      'helm get values',
      'helm status linkerd-control-plane',
      'helm status linkerd-crds',
    ])
    expect(second.logs).toContain('info: install-mesh: nothing to change.')
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toBe(keyBefore)
    expect(second.outputValues['trust-anchor-pem']).toBe(first.outputValues['trust-anchor-pem'])
    expect(second.outputValues['issuer-expires-at']).toBe(first.outputValues['issuer-expires-at'])
    expect(second.outputValues['meshed-pods']).toBe('2')
    expect(second.outputValues['unmeshed-pods']).toBe('0')
  })

  it('GIVEN the installed issuer key re-encoded (SEC1 installed, PKCS#8 given) WHEN run with the same certificates THEN nothing is upgraded', async () => {
    const anchor = opensslAnchor()
    const issuer = opensslIssuer(anchor)
    seedReleases(anchor, issuer)
    const run = host({
      'trust-anchor-certificate': anchor.cert,
      'issuer-certificate': issuer.cert,
      'issuer-key': asPkcs8(issuer.key),
    })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop'])
    expect(upgrades()).toEqual([])
  })
})

/** The CRDs (with the Gateway API CRDs they installed) and the control plane, as installed. */
function seedReleases(anchor: Pem, issuer: Pem): void {
  sim.seedRelease('linkerd-crds', {
    namespace: 'linkerd',
    chart: 'linkerd-crds',
    version: VERSION,
    values: { installGatewayAPI: true },
  })
  for (const crd of GATEWAY_API_CRDS) {
    fake.addCustomResourceDefinition(crd, {
      'meta.helm.sh/release-name': 'linkerd-crds',
      'meta.helm.sh/release-namespace': 'linkerd',
    })
  }
  sim.seedRelease('linkerd-control-plane', {
    namespace: 'linkerd',
    chart: 'linkerd-control-plane',
    version: VERSION,
    values: {
      identityTrustAnchorsPEM: anchor.cert,
      identity: {
        issuer: { scheme: 'linkerd.io/tls', tls: { crtPEM: issuer.cert, keyPEM: issuer.key } },
      },
    },
  })
}

/** Seeds a finished, ready install whose issuer ends on `issuerEnds`. */
async function seedInstall(
  issuerEnds: Date,
  anchor: Pem = opensslAnchor(),
): Promise<{ anchor: Pem; issuer: Pem }> {
  const issuer = await issuerValid(anchor, daysFromNow(-300), issuerEnds)
  seedReleases(anchor, issuer)
  for (const name of ['linkerd-identity', 'linkerd-destination', 'linkerd-proxy-injector']) {
    fake.addWorkload({ kind: 'Deployment', namespace: 'linkerd', name })
  }
  return { anchor, issuer }
}

describe('install-mesh: issuer rotation', () => {
  it('GIVEN an issuer 30 days from expiry and the anchor key in the key file WHEN applied THEN only the control plane is upgraded, with a new issuer signed by the same anchor', async () => {
    const { anchor, issuer } = await seedInstall(daysFromNow(30))
    const dir = mkdtempSync(join(tmpdir(), 'asn-mesh-work-'))
    writeFileSync(join(dir, 'anchor.key'), anchor.key, { mode: 0o600 })
    const run = host({ 'trust-anchor-key-file': 'anchor.key' }, dir)
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.plan?.changes.map(c => `${c.action}`)).toEqual(['noop', 'upgrade'])
    expect(result.plan?.warnings?.join('\n')).toMatch(
      /the identity issuer is replaced: the installed issuer expires on .*, within 60 days/,
    )

    const values = controlPlaneValues()
    expect(values['identityTrustAnchorsPEM']).toBe(anchor.cert)
    const { crtPEM } = issuerTls(values)
    expect(crtPEM).not.toBe(issuer.cert)
    expect(opensslVerify(anchor.cert, crtPEM)).toContain(': OK')
    expect(readFileSync(join(dir, 'anchor.key'), 'utf8')).toBe(anchor.key)
    expect(Date.parse(run.outputValues['issuer-expires-at'] ?? '')).toBeGreaterThan(
      daysFromNow(300).getTime(),
    )
    expectNoKey(everythingButHelmValues(run, join(dir, 'anchor.key')), [
      anchor.key,
      issuerTls(values).keyPEM,
    ])
    expectNoKeyLines(
      tools.calls().map(c => c.stdin),
      [anchor.key],
    )
  })

  it('GIVEN an issuer near expiry and only the key of another anchor WHEN applied THEN it fails saying so and naming the inputs that give the key, and upgrades nothing', async () => {
    await seedInstall(daysFromNow(10))
    const run = host({ 'trust-anchor-key': opensslAnchor().key })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.logs.join('\n')).not.toMatch(PRIVATE_KEY)
    expect(run.failures.join('\n')).toMatch(
      /a new identity issuer is needed \(the installed issuer expires on .*\).*\(the key in 'trust-anchor-key' belongs to another anchor\)\. Give it in 'trust-anchor-key'.*'trust-anchor-key-file'/,
    )
    expect(upgrades()).toEqual([])
  })

  it('GIVEN an anchor with 30 days left and an issuer with 20 WHEN applied twice THEN the first run signs an issuer ending with the anchor, and the second keeps it', async () => {
    const anchor = await anchorValid(daysFromNow(-300), daysFromNow(30))
    await seedInstall(daysFromNow(20), anchor)
    const dir = mkdtempSync(join(tmpdir(), 'asn-mesh-work-'))
    writeFileSync(join(dir, 'anchor.key'), anchor.key, { mode: 0o600 })
    const inputs = { 'trust-anchor-key-file': 'anchor.key' }

    const first = host(inputs, dir)
    const result = await runStep(first, installMesh)
    expect(first.failures).toEqual([])
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'upgrade'])
    const anchorEnd = new X509Certificate(anchor.cert).validTo
    const { crtPEM } = issuerTls(controlPlaneValues())
    expect(new X509Certificate(crtPEM).validTo).toBe(anchorEnd)
    expect(result.plan?.warnings?.join('\n')).toMatch(
      /the trust anchor .* expires on .*, within 60 days/,
    )

    const second = host(inputs, dir)
    const again = await runStep(second, installMesh)
    expect(second.failures).toEqual([])
    expect(again.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop'])
    expect(upgrades('linkerd-control-plane')).toHaveLength(1)
    expect(second.outputValues['issuer-expires-at']).toBe(new Date(anchorEnd).toISOString())
  })

  it('GIVEN an issuer with a year left WHEN applied THEN it is kept', async () => {
    const { issuer } = await seedInstall(daysFromNow(365))
    const run = host({})
    const result = await runStep(run, installMesh)
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop'])
    expect(run.outputValues['issuer-expires-at']).toBe(
      new Date(
        new (await import('node:crypto')).X509Certificate(issuer.cert).validTo,
      ).toISOString(),
    )
  })

  it('GIVEN an issuer input that is not valid yet WHEN applied THEN it stops before any change, saying from when', async () => {
    const anchor = opensslAnchor()
    const early = await issuerValid(anchor, daysFromNow(2), daysFromNow(300))
    const run = host({
      'trust-anchor-certificate': anchor.cert,
      'issuer-certificate': early.cert,
      'issuer-key': early.key,
    })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.failures.join('\n')).toMatch(
      /the issuer in 'issuer-certificate' is not valid before \d{4}-\d\d-\d\dT.*; proxies would reject the certificates it signs until then/,
    )
    expect(upgrades()).toEqual([])
  })

  it('GIVEN an issuer input that ends after its anchor WHEN planned THEN the plan warns that it is usable only until the anchor ends', async () => {
    const anchor = opensslAnchor(100)
    const longer = opensslIssuer(anchor, { days: 200 })
    const result = await runStep(
      host({
        mode: 'plan',
        'trust-anchor-certificate': anchor.cert,
        'issuer-certificate': longer.cert,
        'issuer-key': longer.key,
      }),
      installMesh,
    )
    expect(result.status).toBe('succeeded')
    expect(result.plan?.warnings?.join('\n')).toMatch(
      /the issuer in 'issuer-certificate' ends on \S+, after the trust anchor that signed it \(\S+\): from then on proxies reject the certificates it signs/,
    )
  })

  it('GIVEN an expired trust anchor WHEN applied THEN it stops with the pointer to replacing expired certificates', async () => {
    const anchor = await anchorValid(daysFromNow(-400), daysFromNow(-1))
    await seedInstall(daysFromNow(-2), anchor)
    const run = host({ 'trust-anchor-key': anchor.key })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.failures.join('\n')).toContain(
      'https://linkerd.io/2-edge/tasks/replacing_expired_certificates/',
    )
    expect(run.failures.join('\n')).not.toMatch(PRIVATE_KEY)
    expect(upgrades()).toEqual([])
  })
})

describe('install-mesh: trust anchor rotation (Linkerd’s procedure, in three runs)', () => {
  function podTrustRoots(namespace: string): string[] {
    return fake
      .podsIn(namespace)
      .map(p => p.metadata.annotations?.['linkerd.io/trust-root-sha256'] ?? 'none')
  }

  /** Runs the step and then again with the same inputs, which must change nothing. */
  async function runTwice(inputs: Record<string, string>): Promise<RunResult> {
    const run = host(inputs)
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    const callsBefore = tools.calls().length
    const again = await runStep(host(inputs), installMesh)
    expect(again.plan?.changes.every(c => c.action === 'noop')).toBe(true)
    expect(
      tools
        .calls()
        .slice(callsBefore)
        .filter(c => c.argv[0] === 'upgrade' || c.argv[0] === 'rollout'),
    ).toEqual([])
    return result
  }

  function restarts(result: RunResult): string[] {
    return (result.plan?.changes ?? []).flatMap(c =>
      c.action === 'restart' ? [`${changeSubject(c)}: ${c.reason}`] : [],
    )
  }

  it('GIVEN a mesh on anchor A WHEN run with the bundle B+A and A’s key, then B’s key, then B alone THEN pods trust both before the issuer moves to B, and hold certificates from it before A is dropped', async () => {
    const a = opensslAnchor()
    const b = opensslAnchor(3650, 'root-2.linkerd.cluster.local')
    const { issuer } = await seedInstall(daysFromNow(365), a)
    sim.addWorkload({
      kind: 'Deployment',
      namespace: 'shop',
      name: 'web',
      replicas: 2,
      meshed: true,
    })
    fake.addNamespace('shop', {}, { 'linkerd.io/inject': 'enabled' })
    const mesh = { 'inject-namespaces': 'shop', 'restart-workloads': 'true' }
    const bundle = `${b.cert}${a.cert}`
    expect(podTrustRoots('shop')).toEqual([trustRootSha256(a.cert), trustRootSha256(a.cert)])

    // 1. Both anchors trusted; the issuer stays with A; every meshed pod restarts to trust both.
    const first = await runTwice({
      ...mesh,
      'trust-anchor-certificate': bundle,
      'trust-anchor-key': a.key,
    })
    expect(first.plan?.changes.map(c => c.action)).toEqual(['noop', 'upgrade', 'noop', 'restart'])
    expect(restarts(first)).toEqual([
      'Deployment shop/web: 2 of 2 pod(s) were injected with another trust anchor bundle (linkerd.io/trust-root-sha256); new pods get the proxy the namespace asks for',
    ])
    expect(issuerTls(controlPlaneValues()).crtPEM).toBe(issuer.cert)
    const installedBundle = controlPlaneValues()['identityTrustAnchorsPEM'] as string
    expect(podTrustRoots('shop')).toEqual([
      trustRootSha256(installedBundle),
      trustRootSha256(installedBundle),
    ])

    // 2. The issuer moves to B, and the pods restart to get certificates from it.
    const second = await runTwice({
      ...mesh,
      'trust-anchor-certificate': bundle,
      'trust-anchor-key': b.key,
    })
    expect(second.plan?.changes.map(c => c.action)).toEqual(['noop', 'upgrade', 'noop', 'restart'])
    expect(second.plan?.warnings?.join('\n')).toContain(
      'the identity issuer is replaced: the issuer moves to the trust anchor whose key this run has',
    )
    expect(restarts(second)[0]).toContain(
      'the identity issuer moved to another trust anchor: new pods get their certificates from it',
    )
    const movedIssuer = issuerTls(controlPlaneValues()).crtPEM
    expect(opensslVerify(b.cert, movedIssuer)).toContain(': OK')

    // 3. A is dropped; the issuer stays; the pods restart to trust B alone.
    const third = await runTwice({
      ...mesh,
      'trust-anchor-certificate': b.cert,
      'trust-anchor-key': b.key,
    })
    expect(third.plan?.changes.map(c => c.action)).toEqual(['noop', 'upgrade', 'noop', 'restart'])
    expect(controlPlaneValues()['identityTrustAnchorsPEM']).toBe(b.cert)
    expect(issuerTls(controlPlaneValues()).crtPEM).toBe(movedIssuer)
    expect(podTrustRoots('shop')).toEqual([trustRootSha256(b.cert), trustRootSha256(b.cert)])
  })

  it('GIVEN a mesh on anchor A WHEN run with the bundle B+A and B’s key at once THEN it stops before any change: pods must trust B before the issuer moves to it', async () => {
    const a = opensslAnchor()
    const b = opensslAnchor(3650, 'root-2.linkerd.cluster.local')
    await seedInstall(daysFromNow(365), a)
    const run = host({
      'trust-anchor-certificate': `${b.cert}${a.cert}`,
      'trust-anchor-key': b.key,
    })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.failures.join('\n')).toMatch(
      /the trust anchor sha256:[0-9a-f]{16}… that the key in 'trust-anchor-key' belongs to is new in this run/,
    )
    expect(upgrades()).toEqual([])
  })

  it('GIVEN pods injected under another bundle WHEN run without restart-workloads THEN nothing restarts and the plan says which to restart', async () => {
    const a = opensslAnchor()
    await seedInstall(daysFromNow(365), a)
    sim.addWorkload({
      kind: 'Deployment',
      namespace: 'shop',
      name: 'web',
      meshed: true,
      trustAnchorsPem: opensslAnchor().cert,
    })
    fake.addNamespace('shop', {}, { 'linkerd.io/inject': 'enabled' })
    const result = await runStep(host({ 'inject-namespaces': 'shop' }), installMesh)
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop', 'noop'])
    expect(result.plan?.warnings?.join('\n')).toMatch(
      /1 meshed pod\(s\) in the injected namespaces were injected with another trust anchor bundle than the control plane's: shop\/web-/,
    )
  })
})

describe('install-mesh: injection', () => {
  it('GIVEN a mesh and a namespace with unmeshed, meshed and host-network workloads WHEN applied with restart-workloads THEN the namespace is annotated and only the unmeshed workload restarts', async () => {
    await seedInstall(daysFromNow(365))
    sim.addWorkload({ kind: 'Deployment', namespace: 'shop', name: 'web', replicas: 2 })
    sim.addWorkload({ kind: 'StatefulSet', namespace: 'shop', name: 'db', meshed: true })
    sim.addWorkload({ kind: 'DaemonSet', namespace: 'shop', name: 'agent', hostNetwork: true })
    const run = host({
      'inject-namespaces': 'shop',
      'restart-workloads': 'true',
      'plan-file': 'p.json',
    })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    const applied = calls('kubectl', 'apply')
    expect(applied).toHaveLength(1)
    expect(applied[0]?.argv).toEqual(
      expect.arrayContaining(['--server-side', '--field-manager=aks-secure-networking']),
    )
    const manifests = parseAllDocuments(applied[0]?.stdin ?? '').map(
      d => d.toJS() as Record<string, unknown>,
    )
    expect(manifests).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'shop', annotations: { 'linkerd.io/inject': 'enabled' } },
      },
    ])
    for (const m of manifests) expect(() => validateManifest(m)).not.toThrow()

    expect(calls('kubectl', 'rollout').map(c => c.argv.slice(0, 5))).toEqual([
      ['rollout', 'restart', 'deployment/web', '--namespace', 'shop'],
      ['rollout', 'status', 'deployment/web', '--namespace', 'shop'],
    ])
    expect(calls('kubectl', 'rollout')[1]?.argv.some(a => /^--timeout=\d+s$/.test(a))).toBe(true)
    expect(result.plan?.warnings?.join('\n')).toContain('shop/agent-')
    expect(result.plan?.warnings?.join('\n')).toContain('uses the host network')
    expect(run.outputValues['meshed-pods']).toBe('3')
    expect(run.outputValues['unmeshed-pods']).toBe('1')
    // The summary names the unmeshed pods, counted after the restarts (before them: 1 of 4).
    expect(run.logs.join('\n')).toContain('namespace shop: 1 of 4 running or pending pod(s) meshed')
    expect(run.summaries.join('\n')).toMatch(
      /^- namespace shop: 3 of 4 running or pending pod\(s\) meshed; unmeshed: shop\/agent-\S+\.$/m,
    )

    // Again: nothing restarts, the host-network pod stays as it is.
    const callsBefore = tools.calls().length
    const again = await runStep(
      host({ 'inject-namespaces': 'shop', 'restart-workloads': 'true' }),
      installMesh,
    )
    expect(again.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop', 'noop'])
    expect(
      tools
        .calls()
        .slice(callsBefore)
        .filter(c => c.tool === 'kubectl'),
    ).toEqual([])
  })

  it('GIVEN meshed pods WHEN require-mtls is turned on THEN the policy annotation is added and the workloads restart to pick it up; turned off, the annotation the step applied is removed', async () => {
    await seedInstall(daysFromNow(365))
    fake.addNamespace('shop', {}, { 'linkerd.io/inject': 'enabled' })
    sim.addWorkload({ kind: 'Deployment', namespace: 'shop', name: 'web', meshed: true })
    const run = host({
      'inject-namespaces': 'shop',
      'require-mtls': 'true',
      'restart-workloads': 'true',
    })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.plan?.changes.map(c => `${c.action} ${c.target}`)).toEqual([
      'noop helm',
      'noop helm',
      'apply kubernetes',
      'restart kubernetes',
    ])
    expect(result.plan?.changes[3]?.reason).toContain(
      'inbound policy all-unauthenticated, not all-authenticated',
    )
    expect(fake.namespace('shop')?.metadata.annotations).toEqual({
      'linkerd.io/inject': 'enabled',
      'config.linkerd.io/default-inbound-policy': 'all-authenticated',
    })

    const off = await runStep(host({ 'inject-namespaces': 'shop' }), installMesh)
    expect(off.plan?.changes[2]?.reason).toContain(
      'remove config.linkerd.io/default-inbound-policy',
    )
    expect(fake.namespace('shop')?.metadata.annotations).toEqual({ 'linkerd.io/inject': 'enabled' })
  })

  it('GIVEN a namespace AKS marks control-plane WHEN applied with restart-workloads THEN its workloads are not restarted (the injector never reaches them), the plan says so, and a re-run changes nothing', async () => {
    await seedInstall(daysFromNow(365))
    fake.addNamespace('legacy', { 'control-plane': 'true' })
    sim.addWorkload({ kind: 'Deployment', namespace: 'legacy', name: 'api' })
    const inputs = { 'inject-namespaces': 'legacy', 'restart-workloads': 'true' }
    const run = host(inputs)
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(result.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop', 'apply'])
    expect(result.plan?.warnings?.join('\n')).toContain(
      "namespace legacy has a 'control-plane' label: AKS's admissions enforcer keeps webhooks such as Linkerd's proxy injector away from it, so its pods will not be meshed and the step does not restart them",
    )
    expect(result.plan?.warnings?.join('\n')).toMatch(
      /1 pod\(s\) stay unmeshed: legacy\/api-\S+ is in a namespace AKS keeps webhooks away from/,
    )
    expect(calls('kubectl', 'rollout')).toEqual([])
    expect(run.outputValues['unmeshed-pods']).toBe('1')

    const again = await runStep(host(inputs), installMesh)
    expect(again.plan?.changes.map(c => c.action)).toEqual(['noop', 'noop', 'noop'])
  })
})

describe('install-mesh: metrics-scrape-networks (the API server pod proxy under require-mtls)', () => {
  const LABELS = {
    'app.kubernetes.io/managed-by': 'aks-secure-networking',
    'aks-secure-networking/step': 'install-mesh',
  }
  const POLICY_KINDS = [
    'Server',
    'HTTPRoute',
    'HTTPRoute',
    'NetworkAuthentication',
    'NetworkAuthentication',
    'MeshTLSAuthentication',
    'AuthorizationPolicy',
    'AuthorizationPolicy',
    'AuthorizationPolicy',
  ]

  function appliedManifests(): Record<string, unknown>[] {
    return calls('kubectl', 'apply').flatMap(c =>
      parseAllDocuments(c.stdin).map(d => d.toJS() as Record<string, unknown>),
    )
  }

  function named(manifests: readonly Record<string, unknown>[], kind: string, name: string) {
    const found = manifests.find(
      m => m['kind'] === kind && (m['metadata'] as { name: string }).name === name,
    )
    if (found === undefined) throw new Error(`no ${kind} ${name} applied`)
    return found['spec'] as Record<string, unknown>
  }

  it('GIVEN require-mtls and two scrape networks (one repeated) WHEN applied THEN each namespace gets a Server on linkerd-admin, GET-only routes for /metrics and the probes, and policies for those networks, the probes and meshed clients; valid against the CRD schemas; a re-run applies nothing', async () => {
    await seedInstall(daysFromNow(365))
    const inputs = {
      'inject-namespaces': 'shop, pay',
      'require-mtls': 'true',
      'metrics-scrape-networks': '10.224.0.0/12\n10.224.0.0/12, fd00:10::/64',
    }
    const run = host(inputs)
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(run.logs.join('\n')).not.toContain('verify-encryption will get 403s')

    const manifests = appliedManifests()
    for (const m of manifests) expect(() => validateManifest(m)).not.toThrow()
    for (const ns of ['shop', 'pay']) {
      const inNs = manifests.filter(
        m => m['kind'] !== 'Namespace' && (m['metadata'] as { namespace: string }).namespace === ns,
      )
      expect(inNs.map(m => m['kind'])).toEqual(POLICY_KINDS)
      for (const m of inNs) expect((m['metadata'] as { labels: unknown }).labels).toEqual(LABELS)
      expect(named(inNs, 'Server', 'install-mesh-proxy-admin')).toEqual({
        podSelector: {},
        port: 'linkerd-admin',
        proxyProtocol: 'HTTP/1',
        accessPolicy: 'deny',
      })
      const parent = [
        { group: 'policy.linkerd.io', kind: 'Server', name: 'install-mesh-proxy-admin' },
      ]
      expect(named(inNs, 'HTTPRoute', 'install-mesh-proxy-metrics')).toEqual({
        parentRefs: parent,
        rules: [{ matches: [{ path: { type: 'Exact', value: '/metrics' }, method: 'GET' }] }],
      })
      expect(named(inNs, 'HTTPRoute', 'install-mesh-proxy-probes')).toEqual({
        parentRefs: parent,
        rules: [
          {
            matches: [
              { path: { type: 'Exact', value: '/live' }, method: 'GET' },
              { path: { type: 'Exact', value: '/ready' }, method: 'GET' },
            ],
          },
        ],
      })
      expect(named(inNs, 'NetworkAuthentication', 'install-mesh-metrics-scrapers')).toEqual({
        networks: [{ cidr: '10.224.0.0/12' }, { cidr: 'fd00:10::/64' }],
      })
      expect(named(inNs, 'AuthorizationPolicy', 'install-mesh-metrics-scrapers')).toEqual({
        targetRef: {
          group: 'policy.linkerd.io',
          kind: 'HTTPRoute',
          name: 'install-mesh-proxy-metrics',
        },
        requiredAuthenticationRefs: [
          {
            group: 'policy.linkerd.io',
            kind: 'NetworkAuthentication',
            name: 'install-mesh-metrics-scrapers',
          },
        ],
      })
      expect(named(inNs, 'AuthorizationPolicy', 'install-mesh-probes-anywhere')).toEqual({
        targetRef: {
          group: 'policy.linkerd.io',
          kind: 'HTTPRoute',
          name: 'install-mesh-proxy-probes',
        },
        requiredAuthenticationRefs: [
          {
            group: 'policy.linkerd.io',
            kind: 'NetworkAuthentication',
            name: 'install-mesh-probes-anywhere',
          },
        ],
      })
      expect(named(inNs, 'NetworkAuthentication', 'install-mesh-probes-anywhere')).toEqual({
        networks: [{ cidr: '0.0.0.0/0' }, { cidr: '::/0' }],
      })
      expect(named(inNs, 'MeshTLSAuthentication', 'install-mesh-meshed-clients')).toEqual({
        identities: ['*'],
      })
      expect(
        fake.customObject('policy.linkerd.io', 'servers', ns, 'install-mesh-proxy-admin'),
      ).toBeDefined()
    }

    const before = calls('kubectl', 'apply').length
    const again = await runStep(host(inputs), installMesh)
    expect(again.status).toBe('succeeded')
    expect(again.plan?.changes.every(c => c.action === 'noop')).toBe(true)
    expect(calls('kubectl', 'apply')).toHaveLength(before)
  })

  it('GIVEN the policy in place WHEN the networks change THEN only the NetworkAuthentication of the scrapers is applied again', async () => {
    await seedInstall(daysFromNow(365))
    const inputs = { 'inject-namespaces': 'shop', 'metrics-scrape-networks': '10.224.0.0/12' }
    expect((await runStep(host(inputs), installMesh)).status).toBe('succeeded')
    const before = calls('kubectl', 'apply').length

    const changed = await runStep(
      host({ ...inputs, 'metrics-scrape-networks': '10.224.0.0/12, 192.168.10.0/24' }),
      installMesh,
    )
    expect(changed.status).toBe('succeeded')
    const pending = changed.plan?.changes.filter(c => c.action !== 'noop') ?? []
    expect(pending.map(c => `${c.action} ${changeSubject(c)}`)).toEqual([
      expect.stringMatching(/^apply .*NetworkAuthentication.*install-mesh-metrics-scrapers/),
    ])
    expect(pending[0]?.reason).toContain('update: let 10.224.0.0/12, 192.168.10.0/24 GET /metrics')
    const reapplied = calls('kubectl', 'apply').slice(before)
    expect(reapplied).toHaveLength(1)
    expect(parseAllDocuments(reapplied[0]?.stdin ?? '').map(d => d.toJS())).toEqual([
      expect.objectContaining({
        kind: 'NetworkAuthentication',
        spec: { networks: [{ cidr: '10.224.0.0/12' }, { cidr: '192.168.10.0/24' }] },
      }),
    ])
  })

  it('GIVEN a Server of the same name the step did not create WHEN applied THEN the run stops before any change and names it', async () => {
    await seedInstall(daysFromNow(365))
    fake.applyCustomObject(
      {
        apiVersion: 'policy.linkerd.io/v1beta3',
        kind: 'Server',
        metadata: { name: 'install-mesh-proxy-admin', namespace: 'shop' },
        spec: { podSelector: {}, port: 4191 },
      },
      'servers',
    )
    const run = host({
      'inject-namespaces': 'shop',
      'metrics-scrape-networks': '10.224.0.0/12',
      'chart-version': '2026.8.2',
    })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.failures.join('\n')).toContain(
      'Server shop/install-mesh-proxy-admin exists but was not created by this step',
    )
    expect(upgrades()).toEqual([])
    expect(calls('kubectl', 'apply')).toEqual([])
  })

  it('GIVEN require-mtls without scrape networks WHEN planned THEN a warning says verify-encryption will get 403s and how to avoid them; with no namespace the networks are ignored with a warning', async () => {
    await seedInstall(daysFromNow(365))
    const run = host({ 'inject-namespaces': 'shop', 'require-mtls': 'true', mode: 'plan' })
    await runStep(run, installMesh)
    expect(run.logs.join('\n')).toContain(
      "'require-mtls' makes the proxies refuse unauthenticated clients, including the API server's pod proxy on their admin port: verify-encryption will get 403s; set 'metrics-scrape-networks' to the API server's source range, or run verify-encryption with its scrapes from a meshed client.",
    )
    const none = host({ 'metrics-scrape-networks': '10.224.0.0/12', mode: 'plan' })
    await runStep(none, installMesh)
    expect(none.logs.join('\n')).toContain(
      "'metrics-scrape-networks' is ignored: 'inject-namespaces' names no namespace.",
    )
  })
})

describe('install-mesh: prerequisites and options', () => {
  it.each([
    [
      'the default chart (Linkerd 2.20)',
      {},
      'runs Kubernetes v1.30.9, but Linkerd 2.20 (chart 2026.8.3) needs 1.31 or later',
    ],
    [
      'an edge between the 2.19 and 2.20 labels, with native sidecars',
      { 'chart-version': '2026.5.2' },
      'runs Kubernetes v1.30.9, but Linkerd 2.19 (chart 2026.5.2) needs 1.31 or later (an edge after Linkerd 2.19 is held to Linkerd 2.20’s chart floor',
    ],
  ])(
    'GIVEN Kubernetes 1.30 WHEN %s is applied THEN it fails before any helm change, naming the minimum',
    async (_what, inputs, message) => {
      await startCluster({ gitVersion: 'v1.30.9' })
      const run = host({ mode: 'apply', ...inputs })
      const result = await runStep(run, installMesh)
      expect(result.status).toBe('failed')
      expect(run.failures.join('\n')).toContain(message)
      expect(upgrades()).toEqual([])
    },
  )

  /** Gateway API CRDs as their own installer leaves them (no Helm ownership by linkerd-crds). */
  function someoneElsesGatewayApi(version: string | undefined, crds = GATEWAY_API_CRDS): void {
    for (const crd of crds) {
      fake.addCustomResourceDefinition(
        crd,
        version === undefined ? {} : { 'gateway.networking.k8s.io/bundle-version': version },
      )
    }
  }

  it.each([
    [
      'newer than',
      'v1.6.0',
      'the cluster has Gateway API v1.6.0, but Linkerd 2.20 supports 1.2.1 to 1.5.1',
    ],
    [
      'without a version for',
      undefined,
      'has no readable gateway.networking.k8s.io/bundle-version annotation; Linkerd 2.20 supports Gateway API 1.2.1 to 1.5.1',
    ],
  ])(
    'GIVEN Gateway API CRDs someone else installed, %s what Linkerd supports, WHEN planned THEN linkerd-crds leaves them alone with a warning',
    async (_what, version, warning) => {
      someoneElsesGatewayApi(version)
      const run = host({ mode: 'plan' })
      const result = await runStep(run, installMesh)
      expect(run.failures).toEqual([])
      const crds = result.plan?.changes[0]
      expect(crds?.target === 'helm' && crds.values).toEqual({ installGatewayAPI: false })
      expect(result.plan?.warnings?.join('\n')).toContain(warning)
      for (const crd of GATEWAY_API_CRDS) {
        expect(fake.requestLog).toContain(
          `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd}`,
        )
      }
      expect(upgrades()).toEqual([])
    },
  )

  it.each([
    [
      'older than Linkerd supports',
      () => someoneElsesGatewayApi('v1.1.1'),
      'the cluster has Gateway API v1.1.1 (the gateway.networking.k8s.io/bundle-version of httproutes.gateway.networking.k8s.io), older than 1.2.1, the oldest Linkerd 2.20 supports',
    ],
    [
      'without GRPCRoute',
      () => someoneElsesGatewayApi('v1.2.1', ['httproutes.gateway.networking.k8s.io']),
      'the cluster has Gateway API CRDs that linkerd-crds did not install, but not grpcroutes.gateway.networking.k8s.io',
    ],
  ])(
    'GIVEN Gateway API CRDs someone else installed, %s, WHEN applied THEN it fails before any helm change',
    async (_what, seed, message) => {
      seed()
      const run = host({ mode: 'apply' })
      const result = await runStep(run, installMesh)
      expect(result.status).toBe('failed')
      expect(run.failures.join('\n')).toContain(message)
      expect(upgrades()).toEqual([])
    },
  )

  it('GIVEN ha and cni on a cluster with 3 usable nodes among cordoned, not-ready, Windows and NoSchedule-tainted ones WHEN applied THEN the CNI plugin goes first and is awaited, the control plane gets values-ha.yaml and cniEnabled, and no node shortage is warned about', async () => {
    fake.addNode('node-1')
    fake.addNode('node-2')
    fake.addNode('cordoned', undefined, undefined, true)
    fake.addNode('not-ready', undefined, undefined, false, { ready: false })
    fake.addNode('windows', { 'kubernetes.io/os': 'windows' })
    fake.addNode('system', undefined, undefined, false, {
      taints: [{ key: 'CriticalAddonsOnly', effect: 'NoSchedule' }],
    })
    fake.addNode('prefers', undefined, undefined, false, {
      taints: [{ key: 'spot', effect: 'PreferNoSchedule' }],
    })
    const run = host({ ha: 'true', cni: 'true' })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(
      upgrades().map(c => `${c.argv[2]} ${c.argv[3]} ${c.argv[c.argv.indexOf('--namespace') + 1]}`),
    ).toEqual([
      'linkerd-cni linkerd2-cni linkerd-cni',
      'linkerd-crds linkerd-crds linkerd',
      'linkerd-control-plane linkerd-control-plane linkerd',
    ])
    expect(run.logs.some(l => l.includes('the Linkerd CNI plugin is ready'))).toBe(true)
    expect(controlPlaneValues()).toMatchObject({
      cniEnabled: true,
      controllerReplicas: 3,
      enablePodAntiAffinity: true,
      enablePodDisruptionBudget: true,
      webhookFailurePolicy: 'Fail',
      highAvailability: true,
      controller: { podDisruptionBudget: { maxUnavailable: 1 } },
    })
    // node-1, node-2 and the node whose taint is only a preference: 3, enough.
    expect(result.plan?.warnings?.join('\n') ?? '').not.toContain('replicas stay Pending')
  })

  it('GIVEN ha on a cluster whose third node is not ready WHEN planned THEN the node count leaves it out and warns', async () => {
    fake.addNode('node-1')
    fake.addNode('node-2')
    fake.addNode('node-3', undefined, undefined, false, { ready: false })
    const result = await runStep(host({ ha: 'true', mode: 'plan' }), installMesh)
    expect(result.plan?.warnings?.join('\n')).toContain(
      'the cluster has 2 node(s) they can run on (ready, not cordoned, Linux, without NoSchedule or NoExecute taints): some replicas stay Pending',
    )
  })

  it('GIVEN a control plane that never becomes ready WHEN applied THEN the wait is bounded by wait-timeout with progress in the log', async () => {
    await startCluster({ controlPlaneBecomesReady: false })
    const run = host({ 'wait-timeout': '1m' })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('failed')
    expect(run.failures.join('\n')).toContain(
      'the Linkerd control plane was not ready within 60 s (linkerd-identity 0/1',
    )
    const progress = run.logs.filter(l => l.includes('waiting for the Linkerd control plane'))
    expect(progress.length).toBeGreaterThanOrEqual(10)
    expect(progress[0]).toMatch(/\(60 s left\)/)
    expect(run.slept.reduce((a, b) => a + b, 0)).toBe(60_000)
  })

  it.each([
    [
      'an RSA key',
      ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'],
      'RSA 2048',
    ],
    [
      'a P-384 key',
      ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'],
      'ECDSA secp384r1',
    ],
  ])(
    'GIVEN a key file holding %s WHEN run THEN it stops before any change naming the input and the key type',
    async (_what, args, type) => {
      const dir = mkdtempSync(join(tmpdir(), 'asn-mesh-work-'))
      const key = execFileSync('openssl', args, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      writeFileSync(join(dir, 'anchor.key'), key, { mode: 0o600 })
      const run = host({ 'trust-anchor-key-file': 'anchor.key' }, dir)
      const result = await runStep(run, installMesh)
      expect(result.status).toBe('failed')
      expect(run.failures.join('\n')).toContain(
        `the file '${join(dir, 'anchor.key')}' ('trust-anchor-key-file') holds an ${type} key; a trust anchor's key must be ECDSA P-256`,
      )
      expect(run.failures.join('\n')).not.toContain('unexpected error')
      expectNoKey([...run.logs, ...run.failures], [key])
      // Read before any cluster call: no helm or kubectl ran.
      expect(tools.calls()).toEqual([])
    },
  )

  it('GIVEN a key file from an install that did not finish WHEN run again THEN the anchor is made from that key and the file is left as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-mesh-work-'))
    const earlier = opensslAnchor()
    writeFileSync(join(dir, 'anchor.key'), earlier.key, { mode: 0o600 })
    const run = host({ 'trust-anchor-key-file': 'anchor.key' }, dir)
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.plan?.warnings?.join('\n')).toContain('a new one is made for the key in')
    const anchorPem = controlPlaneValues()['identityTrustAnchorsPEM'] as string
    expect(certPublicKey(anchorPem)).toBe(certPublicKey(earlier.cert))
    expect(readFileSync(join(dir, 'anchor.key'), 'utf8')).toBe(earlier.key)
  })
  it('GIVEN only the anchor key (kept from another cluster) and an empty cluster WHEN applied THEN the anchor is made for that key, nothing is written and the key reaches no tool', async () => {
    const kept = opensslAnchor()
    const run = host({ 'trust-anchor-key': kept.key, 'trust-anchor-key-file': KEY_FILE })
    const result = await runStep(run, installMesh)
    expect(run.failures).toEqual([])
    expect(result.plan?.warnings?.join('\n')).toContain(
      "a new one is made for the key in 'trust-anchor-key'",
    )
    const anchorPem = controlPlaneValues()['identityTrustAnchorsPEM'] as string
    expect(certPublicKey(anchorPem)).toBe(certPublicKey(kept.cert))
    expect(opensslVerify(anchorPem, issuerTls(controlPlaneValues()).crtPEM)).toContain(': OK')
    expect(filesBelow(run.workingDirectory, [])).toEqual([])
    expectNoKeyLines(
      tools.calls().map(c => c.stdin),
      [kept.key],
    )
    expectNoKey(everythingButHelmValues(run), [kept.key, issuerTls(controlPlaneValues()).keyPEM])
  })
})

describe('install-mesh: bad input', () => {
  const anchor = opensslAnchor()
  const issuer = opensslIssuer(anchor)
  const stranger = opensslAnchor(3650, 'someone-else')
  const rsa = opensslIssuer(anchor, { rsa: true })
  // openssl verify -CAfile anchor -untrusted issuer leaf: 'path length constraint exceeded'.
  const pathlenZero = opensslAnchor(3650, 'root.linkerd.cluster.local', {
    basicConstraints: 'critical,CA:TRUE,pathlen:0',
  })
  const underPathlenZero = opensslIssuer(pathlenZero)
  // 'key usage does not include certificate signing' for every proxy certificate.
  const signsNothing = opensslIssuer(anchor, {
    extensions: { keyUsage: 'critical,digitalSignature' },
  })
  const anchorSignsNothing = opensslAnchor(3650, 'root.linkerd.cluster.local', {
    keyUsage: 'critical,digitalSignature,cRLSign',
  })

  it.each([
    [
      'a PEM that is not a certificate',
      { 'trust-anchor-certificate': anchor.key },
      "'trust-anchor-certificate': holds a private key",
    ],
    [
      'an issuer the anchor did not sign',
      {
        'trust-anchor-certificate': stranger.cert,
        'issuer-certificate': issuer.cert,
        'issuer-key': issuer.key,
      },
      'was not signed by the trust anchor',
    ],
    [
      'an RSA issuer',
      {
        'trust-anchor-certificate': anchor.cert,
        'issuer-certificate': rsa.cert,
        'issuer-key': rsa.key,
      },
      "has an RSA 2048 key; Linkerd's identity issuer must be ECDSA P-256",
    ],
    [
      'a key that does not match its certificate',
      { 'issuer-certificate': issuer.cert, 'issuer-key': anchor.key },
      "'issuer-key': does not match 'issuer-certificate'",
    ],
    [
      'an anchor key for another anchor',
      { 'trust-anchor-certificate': anchor.cert, 'trust-anchor-key': stranger.key },
      "'trust-anchor-key': does not match the certificate",
    ],
    [
      'an anchor with path length 0 above the issuer',
      {
        'trust-anchor-certificate': pathlenZero.cert,
        'issuer-certificate': underPathlenZero.cert,
        'issuer-key': underPathlenZero.key,
      },
      "has path length 0 (basic constraints pathlen:0), but the identity issuer, itself a CA, comes between it and the proxies' certificates",
    ],
    [
      'an issuer whose key usage cannot sign certificates',
      {
        'trust-anchor-certificate': anchor.cert,
        'issuer-certificate': signsNothing.cert,
        'issuer-key': signsNothing.key,
      },
      "has a key usage without keyCertSign (Certificate Sign), so it cannot sign the proxies' certificates",
    ],
    [
      'an anchor whose key usage cannot sign the issuer the step would make',
      {
        'trust-anchor-certificate': anchorSignsNothing.cert,
        'trust-anchor-key': anchorSignsNothing.key,
      },
      'has a key usage without keyCertSign (Certificate Sign), so it cannot sign the identity issuer',
    ],
    [
      'an unknown channel',
      { channel: 'nightly' },
      "'channel' = 'nightly': is not a known channel; use one of: edge",
    ],
    [
      'the frozen stable channel',
      { channel: 'stable' },
      'stopped at Linkerd 2.14.10 in February 2024',
    ],
    [
      'the stable repository',
      { 'chart-repo': 'https://helm.linkerd.io/stable/' },
      "'chart-repo' = 'https://helm.linkerd.io/stable/': is refused",
    ],
    ['a pre-2.18 chart', { 'chart-version': '2024.11.8' }, 'is older than Linkerd 2.18 (2025.4.4)'],
    [
      'a validity of zero',
      { 'issuer-validity': '0h' },
      "'issuer-validity' = '0h': must be longer than zero",
    ],
    [
      'an issuer outliving its anchor',
      { 'issuer-validity': '100000h' },
      'an issuer never outlives the trust anchor',
    ],
    [
      'an issuer shorter than min-validity-days',
      { 'issuer-validity': '720h' },
      "is not longer than 'min-validity-days' (60 days)",
    ],
    [
      'a namespace that is not a DNS label',
      { 'inject-namespaces': 'shop, Pay_Ments' },
      "item 2 'Pay_Ments': is not a DNS-1123 label",
    ],
    ['kube-system', { 'inject-namespaces': 'kube-system' }, 'Linkerd never injects kube-system'],
    [
      'a scrape network with host bits set',
      { 'inject-namespaces': 'shop', 'metrics-scrape-networks': '10.0.0.0/8, 10.224.0.1/12' },
      "'metrics-scrape-networks' = '10.0.0.0/8, 10.224.0.1/12': item 2 '10.224.0.1/12': host bits are set; did you mean 10.224.0.0/12?",
    ],
    [
      'an issuer certificate without its key',
      { 'issuer-certificate': issuer.cert },
      "'issuer-key': is required with 'issuer-certificate'",
    ],
  ])(
    'GIVEN %s WHEN run THEN it is reported before any cluster call',
    async (_what, inputs, message) => {
      const run = host(inputs)
      const result = await runStep(run, installMesh)
      expect(result.status).toBe('invalid')
      expect(run.failures.join('\n')).toContain(message)
      expect(run.failures.join('\n')).not.toMatch(PRIVATE_KEY)
      expect(tools.calls()).toEqual([])
      expect(fake.requestLog).toEqual([])
    },
  )

  it('GIVEN a PEM key pasted into trust-anchor-key-file WHEN run THEN it is refused before any cluster call, the key echoed nowhere and nothing written', async () => {
    const run = host({ 'trust-anchor-key-file': anchor.key })
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('invalid')
    expect(run.failures.join('\n')).toContain(
      "'trust-anchor-key-file': holds PEM text, not a path; give the key in 'trust-anchor-key'",
    )
    expectNoKey(
      [...run.logs, ...run.failures, ...run.summaries, ...Object.values(run.outputValues)],
      [anchor.key],
    )
    expect(readdirSync(run.workingDirectory)).toEqual([])
    expect(tools.calls()).toEqual([])
    expect(fake.requestLog).toEqual([])
  })

  it.each([
    ['several lines', 'keys/anchor.key\nother.key', 'is not a file path: it spans several lines'],
    [
      'a name longer than any file system allows',
      `keys/${'A'.repeat(300)}`,
      'is not a file path: a name in it is longer than 255 characters',
    ],
  ])(
    'GIVEN a trust-anchor-key-file of %s WHEN run THEN it is refused without echoing it',
    async (_what, value, message) => {
      const run = host({ 'trust-anchor-key-file': value })
      const result = await runStep(run, installMesh)
      expect(result.status).toBe('invalid')
      expect(run.failures.join('\n')).toContain(`'trust-anchor-key-file': ${message}`)
      expect(run.failures.join('\n')).not.toContain(value)
      expect(tools.calls()).toEqual([])
    },
  )

  it('GIVEN a certificate that ends before it starts WHEN run THEN it is reported', async () => {
    const backwards = await anchorValid(daysFromNow(10), daysFromNow(-10))
    const run = host({ 'trust-anchor-certificate': backwards.cert })
    expect((await runStep(run, installMesh)).status).toBe('invalid')
    expect(run.failures.join('\n')).toMatch(/ends \(.*\) before it starts/)
  })

  it('GIVEN several bad inputs on Azure Pipelines WHEN run THEN all are reported at once in camelCase, secrets never echoed', async () => {
    const run = {
      ...recordingHost({
        kind: 'azure-pipelines',
        inputs: {
          kubeconfig,
          channel: 'stable',
          'trust-anchor-certificate': 'not pem',
          'issuer-certificate': rsa.cert,
          'issuer-key': anchor.key,
          'inject-namespaces': 'UPPER',
          'min-validity-days': '0',
        },
      }),
      exec: createNodeExec(tools.env()),
    }
    const result = await runStep(run, installMesh)
    expect(result.status).toBe('invalid')
    const text = run.failures.join('\n')
    expect(text).toContain('6 inputs are invalid; nothing was changed.')
    for (const name of [
      "'channel'",
      "'trustAnchorCertificate'",
      "'issuerCertificate'",
      "'issuerKey'",
      "'injectNamespaces'",
      "'minValidityDays'",
    ]) {
      expect(text).toContain(name)
    }
    expect(text).not.toMatch(PRIVATE_KEY)
    expect(text).not.toContain(anchor.key.split('\n')[1])
    expect(tools.calls()).toEqual([])
  })
})
