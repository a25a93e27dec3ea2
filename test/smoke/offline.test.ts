import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ROOT, runAdoBundle, runCliBundle, runGithubBundle } from '../support/bundles.js'

const STEP = 'configure-firewall-egress'
const SUB = '00000000-0000-4000-8000-000000000001'
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks`
const FW_SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet/subnets/AzureFirewallSubnet`
const RT = `/subscriptions/${SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network/routeTables/rt-aks-egress`

describe('offline plans from every bundle (no credentials, no network)', () => {
  it('GIVEN the README main job WHEN the CLI bundle plans the example offline THEN it exits 0 and prints the plan', async () => {
    const run = await runCliBundle(
      ['plan', '--config', join(ROOT, 'examples/contoso.yaml'), '--offline'],
      ROOT,
    )
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toContain('### configure-firewall-egress: offline plan')
    expect(run.stdout).toContain('+ create')
  })

  it('GIVEN the GitHub bundle offline WHEN run THEN outputs, summary and the plan file are written', async () => {
    const run = await runGithubBundle(STEP, {
      'subscription-id': SUB,
      'resource-group': 'rg-spoke',
      'cluster-subnet-id': SUBNET,
      'firewall-subnet-id': FW_SUBNET,
      location: 'eastus2',
      offline: 'true',
      'plan-file': 'out/egress.plan.json',
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['route-table-id']).toBe(RT)
    expect(run.outputs['plan-file']).toBe(join(run.workspace, 'out/egress.plan.json'))
    expect(run.summary).toContain('### configure-firewall-egress: offline plan')
    const plan = JSON.parse(readFileSync(join(run.workspace, 'out/egress.plan.json'), 'utf8'))
    expect(plan).toMatchObject({ schemaVersion: 1, step: STEP, mode: 'plan', offline: true })
  })

  it('GIVEN the Azure Pipelines bundle offline without a service connection WHEN run THEN it succeeds with output variables and a summary', async () => {
    const run = await runAdoBundle(STEP, {
      subscriptionId: SUB,
      resourceGroup: 'rg-spoke',
      clusterSubnetId: SUBNET,
      firewallSubnetId: FW_SUBNET,
      location: 'eastus2',
      offline: 'true',
    })
    expect(run.result).toBe('Succeeded')
    expect(run.exitCode).toBe(0)
    expect(run.outputVariables).toMatchObject({
      routeTableId: RT,
      firewallPrivateIp: '<known after apply: firewall private IP>',
    })
    expect(run.summaries.join('')).toContain('### configure-firewall-egress: offline plan')
  })

  it('GIVEN the CLI bundle WHEN it writes a plan dir THEN the plan file parses and is byte-stable across runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-plan-'))
    const args = [
      'plan',
      '--config',
      join(ROOT, 'examples/contoso.yaml'),
      '--offline',
      '--plan-dir',
      dir,
    ]
    expect((await runCliBundle(args, dir)).exitCode).toBe(0)
    const first = readFileSync(join(dir, `${STEP}.plan.json`), 'utf8')
    expect((await runCliBundle(args, dir)).exitCode).toBe(0)
    expect(readFileSync(join(dir, `${STEP}.plan.json`), 'utf8')).toBe(first)
  })
})

describe('provision-private-ingress bundles offline', () => {
  const VNET = `/subscriptions/${SUB}/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet`

  it('GIVEN the GitHub bundle offline WHEN run THEN the plan holds the Helm release and the outputs are placeholders', async () => {
    const run = await runGithubBundle('provision-private-ingress', {
      'subscription-id': SUB,
      'resource-group': 'rg-spoke',
      'node-resource-group': 'MC_rg-spoke_aks_eastus2',
      'vnet-id': VNET,
      location: 'eastus2',
      offline: 'true',
      'plan-file': 'ingress.plan.json',
    })
    expect(run.exitCode).toBe(0)
    const plan = JSON.parse(readFileSync(join(run.workspace, 'ingress.plan.json'), 'utf8'))
    expect(plan.changes[0]).toMatchObject({
      target: 'helm',
      action: 'install',
      chart: 'ingress-nginx',
      version: '4.15.1',
    })
    expect(run.outputs['ingress-private-ip']).toBe(
      '<known after apply: the controller’s internal load balancer IP>',
    )
  })

  it('GIVEN the Azure Pipelines bundle offline WHEN run THEN it succeeds with output variables', async () => {
    const run = await runAdoBundle('provision-private-ingress', {
      subscriptionId: SUB,
      resourceGroup: 'rg-spoke',
      nodeResourceGroup: 'MC_rg-spoke_aks_eastus2',
      vnetId: VNET,
      location: 'eastus2',
      offline: 'true',
      privateLink: 'none',
    })
    expect(run.result).toBe('Succeeded')
    expect(run.outputVariables).toMatchObject({ privateLinkServiceId: '', privateEndpoints: '{}' })
  })
})
