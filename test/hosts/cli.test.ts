import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { SUB, SUBNET_ID } from '../builders/ids.js'
import { identity, inboundConnections, proxyInfo, scrape } from '../builders/proxy-metrics.js'

function capture(cwd: string) {
  const out: string[] = []
  const err: string[] = []
  return {
    io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd },
    out,
    err,
  }
}

function workdir(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'asn-cli-'))
  if (config !== undefined) writeFileSync(join(dir, 'config.yaml'), config)
  return dir
}

const FW_SUBNET = SUBNET_ID.replace(/\/subnets\/aks$/, '/subnets/AzureFirewallSubnet')
const CONFIG = `subscription-id: ${SUB}
configure-firewall-egress:
  resource-group: rg-spoke
  location: eastus2
  cluster-subnet-id: ${SUBNET_ID}
  firewall-subnet-id: ${FW_SUBNET}
`

describe('CLI', () => {
  it('GIVEN the example-style config WHEN planned offline THEN it prints the Markdown plan, writes one plan file per step and exits 0', async () => {
    const dir = workdir(CONFIG)
    const { io, out } = capture(dir)
    const code = await runCli(
      ['plan', '--config', 'config.yaml', '--offline', '--plan-dir', 'plans'],
      io,
    )
    expect(code).toBe(0)
    expect(out.join('')).toContain('### configure-firewall-egress: offline plan')
    const file = JSON.parse(
      readFileSync(join(dir, 'plans', 'configure-firewall-egress.plan.json'), 'utf8'),
    )
    expect(file).toMatchObject({
      schemaVersion: 1,
      tool: 'aks-secure-networking',
      step: 'configure-firewall-egress',
      mode: 'plan',
      offline: true,
    })
    expect(file.changes.map((c: { action: string }) => c.action)).toEqual([
      'create',
      'create',
      'create',
      'create',
      'create',
      'update',
    ])
  })

  it('GIVEN --set WHEN run THEN it overrides the config section', async () => {
    const dir = workdir(CONFIG)
    const { io } = capture(dir)
    const code = await runCli(
      [
        'configure-firewall-egress',
        '--config',
        'config.yaml',
        '--offline',
        '--set',
        'firewall-sku=Premium',
        '--plan-file',
        'p.json',
      ],
      io,
    )
    expect(code).toBe(0)
    const file = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'))
    expect(file.changes[1].body.properties.sku).toEqual({ tier: 'Premium' })
  })

  it('GIVEN several invalid inputs WHEN run THEN every problem is reported at once, in kebab-case, and it exits 2', async () => {
    const { io, err } = capture(workdir())
    const code = await runCli(
      [
        'configure-firewall-egress',
        '--offline',
        '--set',
        'cluster-subnet-id=/nope',
        '--set',
        'api-server-ip=10.0.0',
      ],
      io,
    )
    expect(code).toBe(2)
    const text = err.join('')
    expect(text).toContain('6 inputs are invalid; nothing was changed.')
    for (const name of [
      "'subscription-id'",
      "'resource-group'",
      "'cluster-subnet-id' = '/nope'",
      "'api-server-ip' = '10.0.0'",
      "'firewall-subnet-id': or 'firewall-id' is required",
      "'location'",
    ]) {
      expect(text).toContain(name)
    }
  })

  it.each([
    [['no-such-step'], "unknown command 'no-such-step'"],
    [['plan'], 'plan needs --config FILE.'],
    [['configure-firewall-egress', '--bogus'], "Unknown option '--bogus'"],
    [['configure-firewall-egress', '--set', 'novalue'], '--set takes NAME=VALUE'],
    [[], 'no command given.'],
  ])('GIVEN usage %j WHEN run THEN it explains and exits 2', async (argv, message) => {
    const { io, err } = capture(workdir())
    expect(await runCli(argv, io)).toBe(2)
    expect(err.join('')).toContain(message)
  })

  it('GIVEN an unknown key in the step section WHEN run THEN it warns that the key is ignored', async () => {
    const dir = workdir(`${CONFIG}  next-hop: 1.2.3.4\n`)
    const { io, err } = capture(dir)
    expect(await runCli(['plan', '--config', 'config.yaml', '--offline'], io)).toBe(0)
    expect(err.join('')).toContain("input 'next-hop' is not an input of this step and is ignored.")
  })

  it('GIVEN --version and --help WHEN run THEN they print and exit 0', async () => {
    const { io, out } = capture(workdir())
    expect(await runCli(['--version'], io)).toBe(0)
    expect(await runCli(['--help'], io)).toBe(0)
    expect(out.join('')).toMatch(/^\d+\.\d+\.\d+\n/)
    expect(out.join('')).toContain(
      'Exit codes: 0 success, 1 the step failed, 2 invalid input or usage.',
    )
  })
})

describe('CLI: verify-encryption', () => {
  const FIXTURES = new URL('../../../shared/fixtures/linkerd/', import.meta.url)
  const NOW_S = Math.floor(Date.now() / 1000)

  function pod(namespace: string, name: string, meshed: boolean): Record<string, unknown> {
    const proxy = {
      name: 'linkerd-proxy',
      image: 'cr.l5d.io/linkerd/proxy:edge-26.8.3',
      restartPolicy: 'Always',
    }
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace,
        labels: { app: name.split('-')[0] },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: `${name.split('-')[0]}-5d9f`,
            controller: true,
          },
        ],
      },
      spec: {
        containers: [{ name: 'app', image: 'app:1' }],
        ...(meshed ? { initContainers: [proxy] } : {}),
      },
      status: { phase: 'Running', podIP: '10.244.0.9' },
    }
  }

  /** A saved-scrapes folder `scrapes/`: pods.json as kubectl prints it, NAMESPACE/POD.prom per pod. */
  function savedScrapes(scrapes: Record<string, string>, pods = Object.keys(scrapes)): string {
    const dir = workdir()
    const folder = join(dir, 'scrapes')
    const items = pods.map(key => {
      const [namespace = '', name = ''] = key.split('/')
      return pod(namespace, name, true)
    })
    mkdirSync(folder)
    const list = { apiVersion: 'v1', kind: 'List', items, metadata: { resourceVersion: '' } }
    writeFileSync(join(folder, 'pods.json'), JSON.stringify(list, null, 2))
    for (const [key, text] of Object.entries(scrapes)) {
      mkdirSync(join(folder, key.split('/')[0] ?? ''), { recursive: true })
      writeFileSync(join(folder, `${key}.prom`), text)
    }
    return dir
  }

  const encrypted = scrape(
    inboundConnections('10.244.0.9', 8080, { clientId: identity('api', 'shop') }, 12),
    proxyInfo({ certExpirySeconds: NOW_S + 3600 }),
  )

  it('GIVEN saved scrapes of mutual-TLS traffic WHEN run with --from-scrapes THEN it judges them without a cluster, prints the summary and exits 0', async () => {
    const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted })
    const { io, out, err } = capture(dir)
    const code = await runCli(
      ['verify-encryption', '--from-scrapes', 'scrapes', '--set', 'report-file=evidence.json'],
      io,
    )
    expect(err.join('')).not.toContain('error:')
    expect(code).toBe(0)
    expect(out.join('')).toContain('### verify-encryption: pass')
    expect(out.join('')).toContain(`| source | saved scrapes in ${join(dir, 'scrapes')} |`)
    const report = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8'))
    expect(report).toMatchObject({
      verdict: 'pass',
      cluster: { kind: 'saved-scrapes', location: join(dir, 'scrapes') },
      counts: { encryptedEdges: 1, scrapedPods: 1 },
    })
  })

  it('GIVEN the real 2021 proxy scrape with plaintext on 8080 and 8090 WHEN judged from saved scrapes THEN it exits 1 and names both ports', async () => {
    // The fixture is an excerpt (its authorization lines only); a whole scrape also has the
    // process and build lines every proxy writes.
    const text =
      readFileSync(new URL('obfuscate-diagnostics-proxy-metrics.input', FIXTURES), 'utf8') +
      proxyInfo()
    const dir = savedScrapes({ 'shop/web-5d9f-a1': text })
    const { io, out, err } = capture(dir)
    expect(await runCli(['verify-encryption', '--from-scrapes', 'scrapes'], io)).toBe(1)
    expect(out.join('')).toContain('| **not allowed** | shop/web-5d9f-a1 | inbound | 8080 |')
    expect(out.join('')).toContain('| **not allowed** | shop/web-5d9f-a1 | inbound | 8090 |')
    expect(err.join('')).toContain('verify-encryption: the traffic is not proven encrypted')
  })

  it('GIVEN a meshed pod in pods.json without its scrape file WHEN judged THEN it is unverified, not encrypted', async () => {
    const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted }, [
      'shop/web-5d9f-a1',
      'shop/api-5d9f-b2',
    ])
    const { io, out } = capture(dir)
    expect(await runCli(['verify-encryption', '--from-scrapes', 'scrapes'], io)).toBe(1)
    expect(out.join('')).toContain('| shop/api-5d9f-b2 | not-found | no saved scrape')
  })

  it.each([
    ['empty (kubectl failed, e.g. on a 403, and left an empty file)', ''],
    ['an HTML error page', '<html><body>Login required</body></html>\n'],
  ])(
    'GIVEN a saved scrape that is %s WHEN judged THEN that pod is unverified (not-a-proxy-scrape) and it exits 1',
    async (_what, body) => {
      const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted, 'shop/db-5d9f-c3': body })
      const { io, out } = capture(dir)
      expect(await runCli(['verify-encryption', '--from-scrapes', 'scrapes'], io)).toBe(1)
      expect(out.join('')).toContain('| shop/db-5d9f-c3 | not-a-proxy-scrape |')
      expect(out.join('')).toContain('| proxies scraped | 1 of 2 meshed, running pods')
    },
  )

  it.each([['00'], ['0'], [' 0 ']])(
    'GIVEN window-seconds %j with --from-scrapes WHEN judged THEN it is 0, not window mode, and the scrapes are judged',
    async window => {
      const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted })
      const { io, out } = capture(dir)
      const code = await runCli(
        ['verify-encryption', '--from-scrapes', 'scrapes', '--set', `window-seconds=${window}`],
        io,
      )
      expect(code).toBe(0)
      expect(out.join('')).toContain('### verify-encryption: pass')
    },
  )

  it('GIVEN a negative window-seconds and another bad input with --from-scrapes WHEN run THEN both are input errors reported together (exit 2), not the usage message about window mode', async () => {
    const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted })
    const { io, err } = capture(dir)
    const code = await runCli(
      [
        'verify-encryption',
        '--from-scrapes',
        'scrapes',
        '--set',
        'window-seconds=-1',
        '--set',
        'require-meshed=perhaps',
      ],
      io,
    )
    expect(code).toBe(2)
    const text = err.join('')
    expect(text).toContain("'window-seconds'")
    expect(text).toContain('must not be negative')
    expect(text).toContain("'require-meshed'")
    expect(text).not.toContain('window mode (window-seconds) needs a live cluster')
  })

  it.each([
    ['a namespace that climbs out of the folder', '..', 'secret'],
    ['a name with a slash', 'shop', '../../secret'],
    ['a name with upper-case letters', 'shop', 'Web'],
  ])(
    'GIVEN pods.json with %s WHEN judged from saved scrapes THEN it fails before reading any scrape, naming the item',
    async (_what, namespace, name) => {
      const dir = savedScrapes({ 'shop/web-5d9f-a1': encrypted })
      const file = join(dir, 'scrapes', 'pods.json')
      const list = JSON.parse(readFileSync(file, 'utf8'))
      list.items.push(pod(namespace, name, true))
      writeFileSync(file, JSON.stringify(list))
      // A clean scrape where the bad names point: it must never be read as that pod's.
      writeFileSync(join(dir, 'secret.prom'), encrypted)
      mkdirSync(join(dir, 'scrapes', 'shop'), { recursive: true })
      writeFileSync(join(dir, 'scrapes', 'shop', `${name.replace(/\//g, '_')}.prom`), encrypted)
      const { io, out, err } = capture(dir)
      expect(await runCli(['verify-encryption', '--from-scrapes', 'scrapes'], io)).toBe(1)
      expect(err.join('')).toContain(
        `item 2 has namespace ${JSON.stringify(namespace)} and name ${JSON.stringify(name)}`,
      )
      expect(out.join('')).not.toContain('### verify-encryption: pass')
    },
  )

  it('GIVEN a folder without pods.json WHEN judged from saved scrapes THEN it fails saying how to save the pod list', async () => {
    const dir = workdir()
    mkdirSync(join(dir, 'scrapes'))
    const { io, err } = capture(dir)
    expect(await runCli(['verify-encryption', '--from-scrapes', 'scrapes'], io)).toBe(1)
    expect(err.join('')).toContain(
      "has no readable pods.json (ENOENT: no such file or directory, open '" +
        join(dir, 'scrapes', 'pods.json') +
        "'); save the pod list with 'kubectl get pods -A -o json > pods.json'.",
    )
  })

  it.each([
    [['verify-encryption', '--offline'], 'verify-encryption has no offline mode'],
    [['verify-encryption', '--mode', 'plan'], 'verify-encryption never plans or applies'],
    [['verify-encryption', '--plan-file', 'p.json'], 'verify-encryption never plans or applies'],
    [
      ['configure-firewall-egress', '--from-scrapes', 'x'],
      "--from-scrapes goes with verify-encryption, not 'configure-firewall-egress'",
    ],
    [
      ['verify-encryption', '--from-scrapes', 'x', '--set', 'window-seconds=30'],
      'window mode (window-seconds) needs a live cluster',
    ],
  ])('GIVEN %j WHEN run THEN it is a usage error (exit 2)', async (argv, message) => {
    const { io, err } = capture(workdir())
    expect(await runCli(argv, io)).toBe(2)
    expect(err.join('')).toContain(message)
  })

  it('GIVEN a config with a verify-encryption section WHEN planned offline THEN the other steps are planned, verify-encryption is skipped with a note, and it exits 0', async () => {
    const dir = workdir(
      `${CONFIG}verify-encryption:\n  namespaces: [shop]\n  allow-plaintext:\n    - namespace: shop\n      reason: x\n`,
    )
    const { io, out, err } = capture(dir)
    const code = await runCli(
      ['plan', '--config', 'config.yaml', '--offline', '--plan-dir', 'plans'],
      io,
    )
    expect(code).toBe(0)
    expect(out.join('')).toContain('### configure-firewall-egress: offline plan')
    expect(out.join('')).toContain('### verify-encryption: not planned')
    expect(err.join('')).toContain(
      'verify-encryption: skipped by plan (it only verifies a live cluster).',
    )
    expect(readdirSync(join(dir, 'plans'))).toEqual(['configure-firewall-egress.plan.json'])
  })
})
