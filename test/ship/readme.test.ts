/**
 * Every command in a `sh` block of the README is run: the CLI ones here, as a user runs them
 * from a checkout; `npm run arm-simulator` here, until it listens; the air-gapped audit block
 * (kubectl saving scrapes, the CLI judging them) here, in order, against the fake Kubernetes API
 * with the real kubectl; every other one by CI
 * (`.ci/run` or a `run:` of .github/workflows/ci.yml), which this test checks by text. The
 * README's YAML snippets use only inputs the actions and tasks declare.
 */
import { execFile, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml, parseAllDocuments } from 'yaml'
import { adoInputName, inputOnHost } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'
import { ROOT } from '../support/bundles.js'
import { FakeKubeApi } from '../support/cluster/fake-kube-api.js'
import { proxyContainer } from '../support/cluster/simulated-linkerd.js'
import { identity, inboundConnections, proxyInfo, scrape } from '../builders/proxy-metrics.js'

const README = readFileSync(join(ROOT, 'README.md'), 'utf8')

function blocks(languages: readonly string[]): string[] {
  return [...README.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
    .filter(m => languages.includes(m[1] ?? ''))
    .map(m => m[2] ?? '')
}

/** Shell lines without comments, continuations (`\` at the end) joined, `a && b` split into commands. */
function commands(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map(line => line.replace(/(^|\s+)#\s.*$/, '').trim())
    .filter(line => line !== '')
    .flatMap(line => line.split(' && ').map(c => c.trim()))
}

const readmeCommands = blocks(['sh', 'bash', 'shell']).flatMap(commands)

function ciCommands(): Set<string> {
  const ci = parseYaml(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8'))
  const runs = Object.values(ci.jobs as Record<string, { steps?: { run?: string }[] }>)
    .flatMap(job => job.steps ?? [])
    .map(step => step.run ?? '')
  return new Set([
    ...commands(readFileSync(join(ROOT, '.ci/run'), 'utf8')),
    ...runs.flatMap(commands),
  ])
}

const CLI = 'npx aks-secure-networking '
const SIMULATOR = 'npm run arm-simulator'
/** The air-gapped audit: save the pod list and the scrapes with kubectl, judge them offline. */
const auditCommands = commands(blocks(['sh']).find(b => /^kubectl /m.test(b)) ?? '')
const cliCommands = readmeCommands.filter(c => c.startsWith(CLI) && !auditCommands.includes(c))
const ciRun = readmeCommands.filter(
  c => !c.startsWith(CLI) && c !== SIMULATOR && !auditCommands.includes(c),
)
const runFile = promisify(execFile)

/** Splits a command line the way sh would for these simple commands (no quotes needed). */
function argv(command: string): string[] {
  return command.slice(CLI.length).split(/\s+/)
}

describe('README commands', () => {
  it('GIVEN the README THEN its first two commands plan the example offline and run the tests', () => {
    expect(commands(blocks(['sh'])[0] ?? '')).toEqual([
      'npm ci',
      'npx aks-secure-networking plan --config examples/contoso.yaml --offline',
      'npm ci',
      'npm test',
    ])
  })

  it.each(ciRun)('GIVEN `%s` in the README THEN CI runs it', command => {
    expect(ciCommands()).toContain(command)
  })

  it.each(cliCommands)(
    'GIVEN `%s` WHEN run from a checkout THEN it exits 0 and prints the plan',
    command => {
      const cwd = mkdtempSync(join(tmpdir(), 'asn-readme-'))
      symlinkSync(join(ROOT, 'examples'), join(cwd, 'examples'))
      const run = spawnSync(
        process.execPath,
        [join(ROOT, 'bin/aks-secure-networking.js'), ...argv(command)],
        { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: cwd } },
      )
      expect(run.stderr).not.toMatch(/aks-secure-networking: /)
      expect(run.status).toBe(0)
      expect(run.stdout).toContain(': offline plan')
      const planDir = /--plan-dir (\S+)/.exec(command)?.[1]
      const planFiles =
        planDir === undefined ? ['(none asked for)'] : readdirSync(join(cwd, planDir))
      expect(planFiles.length).toBeGreaterThan(0)
    },
  )

  it('GIVEN `npm run arm-simulator` WHEN started THEN it listens and prints how to point the CLI at it', async () => {
    expect(readmeCommands).toContain(SIMULATOR)
    // Its own process group, so the whole tree (npm, tsx, node) can be ended at once.
    const child = spawn('npm', ['run', 'arm-simulator'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const output = await new Promise<string>((resolve, reject) => {
      let text = ''
      const timer = setTimeout(() => reject(new Error(`no listening line:\n${text}`)), 60_000)
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString()
        if (text.includes('NODE_EXTRA_CA_CERTS')) {
          clearTimeout(timer)
          resolve(text)
        }
      })
      child.on('exit', code => reject(new Error(`exited ${String(code)}:\n${text}`)))
    }).finally(() => {
      // npm starts tsx, which starts node: end the whole process group we started.
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
    })
    expect(output).toMatch(/listening on https:\/\/127\.0\.0\.1:\d+/)
  }, 90_000)

  it('GIVEN the air-gapped audit block WHEN its commands run in order against a cluster (the fake Kubernetes API, kubectl) THEN the saved scrapes are judged pass, with the evidence file', async () => {
    expect(auditCommands.filter(c => c.startsWith(CLI)).length).toBe(1)
    const fake = await FakeKubeApi.start()
    try {
      const [namespace = '', pod = ''] =
        /namespaces\/([^/]+)\/pods\/([^/:]+):4191/.exec(auditCommands.join('\n'))?.slice(1) ?? []
      fake.addPod({
        namespace,
        name: pod,
        podIP: '10.244.0.9',
        initContainers: [proxyContainer()],
      })
      fake.setMetrics(
        namespace,
        pod,
        scrape(
          inboundConnections('10.244.0.9', 8080, { clientId: identity('api', namespace) }, 12),
          proxyInfo({ certExpirySeconds: Math.floor(Date.now() / 1000) + 3600 }),
        ),
      )
      // Unmeshed, in a namespace without a meshed pod: out of scope by default.
      fake.addPod({ namespace: 'kube-system', name: 'coredns-5d9f-a1' })
      const cwd = mkdtempSync(join(tmpdir(), 'asn-readme-audit-'))
      const env = {
        PATH: process.env['PATH'] ?? '',
        HOME: cwd,
        KUBECONFIG: await fake.writeKubeconfig(cwd),
      }
      let output = ''
      for (const command of auditCommands) {
        // Asynchronous: the fake API answers kubectl from this process.
        const run = command.startsWith(CLI)
          ? await runFile(
              process.execPath,
              [join(ROOT, 'bin/aks-secure-networking.js'), ...argv(command)],
              { cwd, env },
            )
          : await runFile('sh', ['-c', command], { cwd, env })
        output += run.stdout
      }
      expect(fake.requestLog).toContain(
        `/api/v1/namespaces/${namespace}/pods/${pod}:4191/proxy/metrics`,
      )
      expect(output).toContain('### verify-encryption: pass')
      const reportFile = /report-file=(\S+)/.exec(auditCommands.join(' '))?.[1] ?? ''
      expect(JSON.parse(readFileSync(join(cwd, reportFile), 'utf8'))).toMatchObject({
        verdict: 'pass',
        cluster: { kind: 'saved-scrapes' },
        counts: { encryptedEdges: 1, scrapedPods: 1 },
      })
    } finally {
      await fake.close()
    }
  }, 60_000)

  it('GIVEN every README command THEN each is run by this test or by CI', () => {
    const ci = ciCommands()
    const uncovered = readmeCommands.filter(
      c => !c.startsWith(CLI) && c !== SIMULATOR && !auditCommands.includes(c) && !ci.has(c),
    )
    expect(uncovered).toEqual([])
    expect(readmeCommands.length).toBeGreaterThan(10)
  })
})

/** Azure Pipelines' own tasks the snippets use around ours (any other task must be ours). */
const BUILT_IN_TASKS = ['HelmInstaller@1', 'Kubernetes@1']

describe('README YAML snippets', () => {
  // A block may hold several documents (`---`), as a manifest for kubectl apply does.
  const documents = blocks(['yaml']).flatMap(text => parseAllDocuments(text))
  const snippets = documents.map(doc => doc.toJS() as unknown)

  it('GIVEN every YAML block of the README THEN each of its documents parses', () => {
    expect(documents.flatMap(doc => doc.errors.map(e => e.message))).toEqual([])
    expect(documents.length).toBeGreaterThan(blocks(['yaml']).length)
  })

  function walk(node: unknown, visit: (o: Record<string, unknown>) => void): void {
    if (Array.isArray(node)) node.forEach(n => walk(n, visit))
    else if (typeof node === 'object' && node !== null) {
      visit(node as Record<string, unknown>)
      Object.values(node).forEach(n => walk(n, visit))
    }
  }

  it('GIVEN the README snippets THEN every action and task they use takes the inputs given', () => {
    const used: string[] = []
    const problems: string[] = []
    const check = (what: string, given: unknown, allowed: ReadonlySet<string> | undefined) => {
      if (!allowed) problems.push(`${what}: not an action or task of this repository`)
      for (const key of Object.keys((given as object | undefined) ?? {}))
        if (allowed && !allowed.has(key)) problems.push(`${what}: no input '${key}'`)
      used.push(what)
    }
    for (const snippet of snippets) {
      walk(snippet, node => {
        const uses = typeof node['uses'] === 'string' ? node['uses'] : undefined
        const task = typeof node['task'] === 'string' ? node['task'] : undefined
        if (uses?.startsWith('aks-secure-networking/aks-secure-networking')) {
          const given = (node['with'] ?? {}) as Record<string, unknown>
          const name = /\/actions\/([a-z-]+)@/.exec(uses)?.[1] ?? given['step']
          const manifest = STEPS.find(s => s.manifest.name === name)?.manifest
          const ids = manifest?.inputs.filter(i => inputOnHost(i, 'github')).map(i => i.id)
          const root = /\/actions\//.test(uses) ? [] : ['step']
          check(uses, given, ids && new Set([...ids, ...root]))
        }
        if (task !== undefined && !BUILT_IN_TASKS.includes(task)) {
          const manifest = STEPS.find(s => `${s.manifest.taskName}@1` === task)?.manifest
          const names = manifest?.inputs
            .filter(i => inputOnHost(i, 'azure-pipelines'))
            .map(adoInputName)
          check(task, node['inputs'], names && new Set(names))
        }
      })
    }
    expect(problems).toEqual([])
    expect(used.length).toBeGreaterThanOrEqual(3)
  })
})
