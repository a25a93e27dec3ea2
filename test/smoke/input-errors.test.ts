import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { ROOT, runAdoBundle, runCliBundle, runGithubBundle } from '../support/bundles.js'

const STEP = 'configure-firewall-egress'
const FIREWALL =
  '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network/azureFirewalls/fw-hub'
const BAD_SUBNET =
  '/subscriptions/not-a-guid/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v'

describe('bundles fail on bad input before any network call', () => {
  it('GIVEN the GitHub bundle with a missing and a malformed input WHEN run THEN one ::error:: names both kebab-case inputs and it exits 1', async () => {
    const run = await runGithubBundle(STEP, {
      'subscription-id': '00000000-0000-4000-8000-000000000001',
      'cluster-subnet-id': BAD_SUBNET,
      'firewall-id': FIREWALL,
      // No Azure endpoint reachable at all: proves no network call is attempted.
      'arm-endpoint': 'https://127.0.0.1:9',
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain("'resource-group': is required and was not given.")
    expect(run.errors[0]).toContain(`'cluster-subnet-id' = '${BAD_SUBNET}'`)
    expect(run.outputs).toEqual({})
  })

  it('GIVEN the Azure Pipelines bundle without inputs WHEN run THEN result=Failed names the camelCase inputs, all at once', async () => {
    const run = await runAdoBundle(STEP, { firewallId: 'fw-hub' })
    expect(run.result).toBe('Failed')
    expect(run.exitCode).toBe(1)
    const complete = run.commands.find(c => c.command === 'task.complete')
    for (const name of [
      "'azureSubscription'",
      "'resourceGroup'",
      "'clusterSubnetId'",
      "'firewallId' = 'fw-hub'",
    ]) {
      expect(complete?.message).toContain(name)
    }
    expect(run.errors).toHaveLength(1)
    expect(run.outputVariables).toEqual({})
  })

  it('GIVEN the Azure Pipelines bundle naming a service connection the agent did not pass WHEN run THEN it says so', async () => {
    const run = await runAdoBundle(STEP, {
      azureSubscription: 'missing-connection',
      resourceGroup: 'rg',
      clusterSubnetId:
        '/subscriptions/00000000-0000-4000-8000-000000000001/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
      firewallId: FIREWALL,
    })
    expect(run.result).toBe('Failed')
    expect(run.errors[0]).toContain(
      "'azureSubscription' = 'missing-connection': names no service connection this pipeline may use.",
    )
  })

  it('GIVEN the CLI bundle with invalid inputs WHEN run THEN it exits 2 and names the kebab-case inputs', async () => {
    const run = await runCliBundle(
      [STEP, '--offline', '--set', 'api-server-ip=999.0.0.1'],
      mkdtempSync(join(tmpdir(), 'asn-cli-')),
    )
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain("'api-server-ip' = '999.0.0.1'")
    expect(run.stderr).toContain("'subscription-id': is required")
    expect(run.stdout).toBe('')
  })
})

describe('Azure Pipelines bundle packaging', () => {
  it('GIVEN the bundle folder WHEN searched THEN it holds exactly one copy of azure-pipelines-task-lib (it keeps global state)', () => {
    const dir = join(ROOT, 'dist/ado', STEP)
    const copies = readdirSync(dir)
      .filter(f => f.endsWith('.js'))
      .map(f => readFileSync(join(dir, f), 'utf8').split('loading inputs and endpoints').length - 1)
      .reduce((a, b) => a + b, 0)
    expect(copies).toBe(1)
  })
})
