import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { SUB, SUBNET_ID } from '../builders/ids.js'

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
    [['install-mesh', '--offline'], "step 'install-mesh' is not available in this release"],
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
