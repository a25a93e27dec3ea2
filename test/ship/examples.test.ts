/**
 * Every example under examples/ is checked: CLI configs plan offline through the CLI (every step
 * section that can plan offline, exit 0, one plan file per step; a verify-encryption section is
 * skipped with a note), and their verify-encryption sections judge a meshed cluster (the fake
 * Kubernetes API) as the CLI runs them; the workflow and pipeline examples are covered by
 * test/ship/workflows.test.ts. Every step in the registry has an example to run, and the README
 * names every example.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { STEPS } from '../../src/steps/registry.js'
import { identity, inboundConnections, proxyInfo, scrape } from '../builders/proxy-metrics.js'
import { ROOT } from '../support/bundles.js'
import { FakeKubeApi } from '../support/cluster/fake-kube-api.js'
import { proxyContainer } from '../support/cluster/simulated-linkerd.js'
import { exampleConfigs, plansOffline } from '../support/examples.js'

const configs = await exampleConfigs()
const offline = new Set(STEPS.filter(s => plansOffline(s.manifest)).map(s => s.manifest.name))
const VERIFY = 'verify-encryption'

function capture(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  const io = {
    stdout: (t: string) => void out.push(t),
    stderr: (t: string) => void err.push(t),
    cwd,
  }
  return { io, out, err }
}

describe('example CLI configs', () => {
  it.each(configs.map(c => [c.file, c.config] as const))(
    'GIVEN %s WHEN planned offline by the CLI THEN every step section that can plan offline plans, with its plan file, the others get a note, exit 0',
    async (file, config) => {
      const dir = mkdtempSync(join(tmpdir(), 'asn-example-'))
      const { io, out, err } = capture(ROOT)
      const code = await runCli(['plan', '--config', file, '--offline', '--plan-dir', dir], io)
      expect(err.join('')).not.toMatch(/error|is not an input of this step/)
      expect(code).toBe(0)
      const steps = Object.keys(config.steps).filter(s => offline.has(s))
      expect(readdirSync(dir).sort()).toEqual(steps.map(s => `${s}.plan.json`).sort())
      for (const step of Object.keys(config.steps).filter(s => !offline.has(s)))
        expect(out.join('')).toContain(`### ${step}: not planned`)
      for (const step of steps) {
        expect(out.join('')).toContain(`### ${step}: offline plan`)
        const plan = JSON.parse(readFileSync(join(dir, `${step}.plan.json`), 'utf8'))
        expect(plan).toMatchObject({ schemaVersion: 1, step, offline: true })
        expect(plan.changes.length).toBeGreaterThan(0)
      }
    },
  )

  it.each(STEPS.filter(s => plansOffline(s.manifest)).map(s => s.manifest.name))(
    'GIVEN %s THEN an example config has a section for it (the packaged task, the root action and the docs run it)',
    name => {
      expect(configs.filter(c => name in c.config.steps).map(c => c.file)).not.toEqual([])
    },
  )

  it.each(configs.filter(c => VERIFY in c.config.steps).map(c => [c.file] as const))(
    'GIVEN %s WHEN its verify-encryption section judges a cluster whose namespaces it names are meshed and mutual TLS THEN it passes and writes its evidence file',
    async file => {
      const section = configs.find(c => c.file === file)?.config.steps[VERIFY] ?? {}
      const namespaces = (section['namespaces'] ?? 'shop').split(/[\n,]/).map(n => n.trim())
      const fake = await FakeKubeApi.start()
      try {
        namespaces.forEach((namespace, index) => {
          const ip = `10.244.0.${10 + index}`
          fake.addPod({
            namespace,
            name: 'web-5d9f-a1',
            podIP: ip,
            initContainers: [proxyContainer('all-authenticated')],
          })
          fake.setMetrics(
            namespace,
            'web-5d9f-a1',
            scrape(
              inboundConnections(ip, 8080, { clientId: identity('api', namespace) }, 7),
              proxyInfo({ certExpirySeconds: Math.floor(Date.now() / 1000) + 3600 }),
            ),
          )
        })
        // Not meshed and not named: out of scope.
        fake.addPod({ namespace: 'kube-system', name: 'coredns-5d9f-b2' })
        const cwd = mkdtempSync(join(tmpdir(), 'asn-example-verify-'))
        const kubeconfig = await fake.writeKubeconfig(cwd)
        const { io, out, err } = capture(cwd)
        const code = await runCli(
          [VERIFY, '--config', join(ROOT, file), '--set', `kubeconfig=${kubeconfig}`],
          io,
        )
        expect(err.join('')).not.toMatch(/error|is not an input of this step/)
        expect(code).toBe(0)
        expect(out.join('')).toContain(`### ${VERIFY}: pass`)
        const report = JSON.parse(
          readFileSync(join(cwd, section['report-file'] ?? 'encryption-report.json'), 'utf8'),
        )
        expect(report).toMatchObject({
          verdict: 'pass',
          counts: { encryptedEdges: namespaces.length, scrapedPods: namespaces.length },
        })
      } finally {
        await fake.close()
      }
    },
  )

  it('GIVEN examples/ THEN it holds a GitHub workflow, an Azure Pipelines pipeline and the CLI configs the issue names (hub-and-spoke egress, NGINX + Private Link, Application Gateway, the mesh + verification pair)', () => {
    const files = readdirSync(join(ROOT, 'examples'))
    expect(files).toEqual(
      expect.arrayContaining([
        'github-workflow.yml',
        'azure-pipelines.yml',
        'hub-and-spoke.yaml',
        'contoso.yaml',
        'app-gateway.yaml',
        'mesh.yaml',
      ]),
    )
    const sections = (name: string) =>
      Object.keys(configs.find(c => c.file === `examples/${name}`)?.config.steps ?? {})
    expect(sections('mesh.yaml')).toEqual(['install-mesh', VERIFY])
    expect(configs.map(c => c.file)).toContain('examples/hub-and-spoke.yaml')
  })

  it('GIVEN examples/ THEN the README names every example', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const files = readdirSync(join(ROOT, 'examples')).map(f => `examples/${f}`)
    expect(files.filter(f => !readme.includes(`\`${f}\``))).toEqual([])
  })
})
