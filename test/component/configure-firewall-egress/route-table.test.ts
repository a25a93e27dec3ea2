import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { hasWrites } from '../../../src/core/plan.js'
import { runStep } from '../../../src/hosts/run-step.js'
import { configureFirewallEgress } from '../../../src/steps/configure-firewall-egress/index.js'
import {
  NSG_ID,
  OTHER_ROUTE_TABLE_ID,
  ROUTE_TABLE_ID,
  SUB,
  SUBNET_ID,
  VNET_ID,
} from '../../builders/ids.js'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { recordingHost } from '../../support/recording-host.js'

let sim: ArmSimulator

const SUBNET_PROPERTIES = {
  addressPrefix: '10.240.0.0/16',
  networkSecurityGroup: { id: NSG_ID },
  serviceEndpoints: [{ service: 'Microsoft.Storage', locations: ['eastus2'] }],
  privateEndpointNetworkPolicies: 'Disabled',
  privateLinkServiceNetworkPolicies: 'Enabled',
}

function seedNetwork(subnetExtra: Record<string, unknown> = {}): void {
  sim.seedResourceGroup(SUB, 'rg-spoke', 'eastus2')
  sim.seed(NSG_ID, { location: 'eastus2', properties: { securityRules: [] } })
  sim.seed(VNET_ID, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.240.0.0/12'] },
      subnets: [{ name: 'aks', properties: { ...SUBNET_PROPERTIES, ...subnetExtra } }],
    },
  })
}

const baseInputs = {
  'subscription-id': SUB,
  'resource-group': 'rg-spoke',
  'cluster-subnet-id': SUBNET_ID,
  'next-hop-ip': '10.0.1.4',
}

function host(inputs: Record<string, string> = {}) {
  return recordingHost({
    inputs: { ...baseInputs, ...inputs },
    armEndpoint: sim.url,
    trustedCaPem: sim.caCertPem,
    credential: {
      kind: 'client-secret',
      tenantId: 'tenant-1',
      clientId: 'client-1',
      clientSecret: 'client-secret-value',
    },
  })
}

function bodiesOf(method: string, idPart: string): unknown[] {
  return sim.requests
    .filter(r => r.method === method && r.path.toLowerCase().endsWith(idPart.toLowerCase()))
    .map(r => r.body)
}

beforeAll(() => {
  process.env['AKS_SECURE_NETWORKING_POLL_INTERVAL_MS'] = '10'
})

beforeEach(async () => {
  await sim?.stop()
  sim = await startArmSimulator()
})

afterAll(async () => {
  await sim?.stop()
})

describe('configure-firewall-egress route table through the real SDK against the ARM simulator', () => {
  it('GIVEN a cluster subnet without a route table WHEN applied THEN ARM receives exactly the planned bodies and the subnet keeps every other property', async () => {
    seedNetwork()
    const first = host()
    const result = await runStep(first, configureFirewallEgress)
    expect(first.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    const planned = result.plan?.changes ?? []
    expect(planned.map(c => c.action)).toEqual(['create', 'update'])
    const [tablePut] = bodiesOf('PUT', '/routeTables/rt-aks-egress')
    const [subnetPut] = bodiesOf('PUT', '/subnets/aks')
    expect(tablePut).toEqual(planned[0]?.target === 'arm' ? planned[0].body : undefined)
    expect(subnetPut).toEqual(planned[1]?.target === 'arm' ? planned[1].body : undefined)

    const subnet = sim.get(SUBNET_ID) as { properties: Record<string, unknown> }
    expect(subnet.properties).toMatchObject({
      ...SUBNET_PROPERTIES,
      routeTable: { id: ROUTE_TABLE_ID },
    })
    const table = sim.get(ROUTE_TABLE_ID) as {
      tags: Record<string, string>
      properties: { routes: unknown[] }
    }
    expect(table.tags).toEqual({ 'managed-by': 'aks-secure-networking' })
    expect(table.properties.routes).toEqual([
      expect.objectContaining({
        name: 'default-via-firewall',
        properties: expect.objectContaining({
          addressPrefix: '0.0.0.0/0',
          nextHopType: 'VirtualAppliance',
          nextHopIpAddress: '10.0.1.4',
        }),
      }),
    ])
    expect(first.outputValues).toEqual({ 'route-table-id': ROUTE_TABLE_ID })
    expect(first.summaries.join('')).toContain('### configure-firewall-egress: apply')
  })

  it('GIVEN a converged network WHEN the step runs again THEN the plan is all no-ops and nothing is written', async () => {
    seedNetwork()
    expect((await runStep(host(), configureFirewallEgress)).status).toBe('succeeded')
    const writesBefore = sim.writes().length
    const again = host()
    const result = await runStep(again, configureFirewallEgress)
    expect(result.status).toBe('succeeded')
    expect(result.plan && hasWrites(result.plan)).toBe(false)
    expect(sim.writes()).toHaveLength(writesBefore)
    expect(again.logs).toContain('info: configure-firewall-egress: nothing to change.')
    expect(again.outputValues['route-table-id']).toBe(ROUTE_TABLE_ID)
  })

  it('GIVEN mode plan WHEN run THEN Azure is read and nothing is written', async () => {
    seedNetwork()
    const result = await runStep(host({ mode: 'plan' }), configureFirewallEgress)
    expect(result.status).toBe('succeeded')
    expect(result.plan?.changes.map(c => c.action)).toEqual(['create', 'update'])
    expect(sim.writes()).toEqual([])
    expect(sim.requests.some(r => r.method === 'GET')).toBe(true)
  })

  it('GIVEN the subnet already uses another route table WHEN applied without the opt-in THEN nothing is written and the opt-in input is named', async () => {
    seedNetwork({ routeTable: { id: OTHER_ROUTE_TABLE_ID } })
    sim.seed(OTHER_ROUTE_TABLE_ID, { location: 'eastus2', properties: { routes: [] } })
    // The seed put the association in place without the back-reference; that is fine for reads.
    const blocked = host()
    const result = await runStep(blocked, configureFirewallEgress)
    expect(result.status).toBe('failed')
    expect(blocked.failures[0]).toContain('replaces-resource')
    expect(blocked.failures[0]).toContain("'allow-route-table-replacement: true'")
    expect(sim.writes()).toEqual([])

    const allowed = await runStep(
      host({ 'allow-route-table-replacement': 'true' }),
      configureFirewallEgress,
    )
    expect(allowed.status).toBe('succeeded')
    expect(
      (sim.get(SUBNET_ID) as { properties: { routeTable: { id: string } } }).properties.routeTable
        .id,
    ).toBe(ROUTE_TABLE_ID)
  })

  it('GIVEN ARM answers 409 AnotherOperationInProgress once WHEN applied THEN the write is retried after a wait and succeeds', async () => {
    seedNetwork()
    sim.injectFault({
      method: 'PUT',
      pathIncludes: '/subnets/aks',
      kind: 'another-operation',
      times: 1,
    })
    const retried = host()
    const result = await runStep(retried, configureFirewallEgress)
    expect(result.status).toBe('succeeded')
    expect(retried.slept).toHaveLength(1)
    expect(bodiesOf('PUT', '/subnets/aks')).toHaveLength(2)
  })

  it('GIVEN ARM answers 429 with Retry-After WHEN applied THEN the SDK retries and the run succeeds', async () => {
    seedNetwork()
    sim.injectFault({
      method: 'PUT',
      pathIncludes: '/routeTables/',
      kind: '429',
      times: 1,
      retryAfterSeconds: 0,
    })
    expect((await runStep(host(), configureFirewallEgress)).status).toBe('succeeded')
    expect(bodiesOf('PUT', '/routeTables/rt-aks-egress')).toHaveLength(2)
  })

  it('GIVEN the route table operation ends Failed WHEN applied THEN the run fails naming the resource, and the subnet is untouched', async () => {
    seedNetwork()
    sim.injectFault({ method: 'PUT', pathIncludes: '/routeTables/', kind: 'lro-failed', times: 1 })
    const failed = host()
    const result = await runStep(failed, configureFirewallEgress)
    expect(result.status).toBe('failed')
    expect(failed.failures[0]).toContain(
      `configure-firewall-egress: could not write '${ROUTE_TABLE_ID}'`,
    )
    expect(bodiesOf('PUT', '/subnets/aks')).toEqual([])
  })

  it('GIVEN a cluster subnet that does not exist WHEN run THEN it fails with a precondition naming the input', async () => {
    sim.seedResourceGroup(SUB, 'rg-spoke', 'eastus2')
    const missing = host()
    const result = await runStep(missing, configureFirewallEgress)
    expect(result.status).toBe('failed')
    expect(missing.failures[0]).toContain(`the cluster subnet '${SUBNET_ID}' does not exist`)
    expect(missing.failures[0]).toContain("'cluster-subnet-id'")
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN a client secret WHEN the run completes THEN it never appears in logs, outputs or the summary', async () => {
    seedNetwork()
    const run = host()
    await runStep(run, configureFirewallEgress)
    const printed = [...run.logs, ...run.summaries, JSON.stringify(run.outputValues)].join('\n')
    expect(printed).not.toContain('client-secret-value')
    expect(sim.tokenRequests.length).toBeGreaterThan(0)
  })
})
