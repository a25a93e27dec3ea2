import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { NetworkManagementClient } from '@azure/arm-network'
import {
  startArmSimulator,
  type ArmSimulator,
  type FaultSpec,
} from '../../support/arm-simulator/index.js'
import { armId, LOCATION, networkClient, RG, staticCredential, SUBSCRIPTION } from './sdk-client.js'
import { httpsJson } from './https-json.js'

const POLL = { updateIntervalInMs: 5 }

describe('ARM simulator long-running operations and faults', () => {
  let sim: ArmSimulator
  let client: NetworkManagementClient

  beforeAll(async () => {
    sim = await startArmSimulator({ requireAuth: false })
    sim.seedResourceGroup(SUBSCRIPTION, RG, LOCATION)
    client = networkClient(sim, staticCredential('unused'))
  })

  afterAll(async () => {
    await sim.stop()
  })

  function pollsFor(name: string): number {
    const put = sim.requests.findIndex(r => r.method === 'PUT' && r.path.endsWith(`/${name}`))
    return sim.requests.slice(put).filter(r => r.method === 'GET' && /\/operations\//.test(r.path))
      .length
  }

  it('GIVEN a firewall policy duration of 3 polls WHEN created THEN the poller sees InProgress until Succeeded', async () => {
    sim.setDuration('Microsoft.Network/firewallPolicies', 3)
    const poller = client.firewallPolicies.createOrUpdate(
      RG,
      'fp-slow',
      { location: LOCATION },
      POLL,
    )
    const states: string[] = []
    poller.onProgress(state => {
      states.push(state.status)
    })
    const result = await poller
    expect(result.provisioningState).toBe('Succeeded')
    expect(pollsFor('fp-slow')).toBe(4)
    expect(states).toContain('running')
    sim.setDuration('Microsoft.Network/firewallPolicies', 0)
  })

  it('GIVEN a raw PUT of an LRO resource WHEN not yet polled THEN the resource shows Creating and the headers point at the simulator', async () => {
    sim.setDuration('Microsoft.Network/routeTables', 1)
    const path = armId('routeTables', 'rt-raw')
    const res = await httpsJson(`${sim.url}${path}?api-version=2026-01-01`, sim.caCertPem, 'PUT', {
      location: LOCATION,
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ properties: { provisioningState: 'Creating' } })
    const asyncUrl = String(res.headers['azure-asyncoperation'])
    expect(
      asyncUrl.startsWith(
        `${sim.url}/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Network/locations/`,
      ),
    ).toBe(true)
    const first = await httpsJson(asyncUrl, sim.caCertPem, 'GET')
    expect(first.body).toMatchObject({ status: 'InProgress' })
    const second = await httpsJson(asyncUrl, sim.caCertPem, 'GET')
    expect(second.body).toMatchObject({ status: 'Succeeded' })
    expect(sim.get(path)).toMatchObject({ properties: { provisioningState: 'Succeeded' } })
    sim.setDuration('Microsoft.Network/routeTables', 0)

    const update = await httpsJson(
      `${sim.url}${path}?api-version=2026-01-01`,
      sim.caCertPem,
      'PUT',
      {
        location: LOCATION,
      },
    )
    expect(update.status).toBe(200)
    expect(update.body).toMatchObject({ properties: { provisioningState: 'Updating' } })

    const del = await httpsJson(`${sim.url}${path}?api-version=2026-01-01`, sim.caCertPem, 'DELETE')
    expect(del.status).toBe(202)
    expect(String(del.headers.location)).toContain('/operationResults/')
    const done = await httpsJson(String(del.headers.location), sim.caCertPem, 'GET')
    expect(done.status).toBe(204)
    expect(sim.get(path)).toBeUndefined()
  })

  it.each<{ fault: FaultSpec; name: string }>([
    {
      name: 'rt-429',
      fault: { kind: '429', method: 'PUT', pathIncludes: 'rt-429', retryAfterSeconds: 0 },
    },
    { name: 'rt-500', fault: { kind: '500', method: 'PUT', pathIncludes: 'rt-500', times: 2 } },
  ])(
    'GIVEN a $fault.kind fault WHEN the SDK creates a route table THEN its retry policy recovers',
    async ({ fault, name }) => {
      sim.injectFault(fault)
      const result = await client.routeTables.createOrUpdate(RG, name, { location: LOCATION }, POLL)
      expect(result.provisioningState).toBe('Succeeded')
      const statuses = sim.requests
        .filter(r => r.method === 'PUT' && r.path.endsWith(name))
        .map(r => r.status)
      expect(statuses).toEqual([...Array<number>(fault.times ?? 1).fill(Number(fault.kind)), 201])
    },
  )

  it('GIVEN a 429 with Retry-After: 1 WHEN the SDK reads THEN it waits about a second and retries', async () => {
    await client.routeTables.createOrUpdate(RG, 'rt-wait', { location: LOCATION }, POLL)
    sim.injectFault({
      kind: '429',
      method: 'GET',
      pathIncludes: 'routeTables/rt-wait',
      retryAfterSeconds: 1,
    })
    const started = Date.now()
    const read = await client.routeTables.get(RG, 'rt-wait')
    expect(read.name).toBe('rt-wait')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('GIVEN an another-operation fault WHEN the SDK creates THEN it fails with 409 AnotherOperationInProgress', async () => {
    sim.injectFault({ kind: 'another-operation', method: 'PUT', pathIncludes: 'rt-busy' })
    await expect(
      client.routeTables.createOrUpdate(RG, 'rt-busy', { location: LOCATION }, POLL),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'AnotherOperationInProgress',
    })
    const retried = await client.routeTables.createOrUpdate(
      RG,
      'rt-busy',
      { location: LOCATION },
      POLL,
    )
    expect(retried.provisioningState).toBe('Succeeded')
  })

  it('GIVEN an lro-failed fault WHEN the SDK creates a firewall policy THEN the poller rejects and the resource is Failed', async () => {
    sim.injectFault({ kind: 'lro-failed', pathIncludes: 'fp-broken' })
    await expect(
      client.firewallPolicies.createOrUpdate(RG, 'fp-broken', { location: LOCATION }, POLL),
    ).rejects.toThrow(/failed/i)
    expect(sim.get(armId('firewallPolicies', 'fp-broken'))).toMatchObject({
      properties: { provisioningState: 'Failed' },
    })
  })

  it('GIVEN writes and reads WHEN writes() is asked THEN only ARM resource writes are listed', async () => {
    await client.routeTables.createOrUpdate(RG, 'rt-log', { location: LOCATION }, POLL)
    await client.routeTables.get(RG, 'rt-log')
    const writes = sim.writes()
    expect(writes.some(w => w.method === 'PUT' && w.path === armId('routeTables', 'rt-log'))).toBe(
      true,
    )
    expect(writes.find(w => w.path === armId('routeTables', 'rt-log'))?.operationId).toBe(
      'RouteTables_CreateOrUpdate',
    )
    expect(writes.length).toBeGreaterThan(0)
    expect(writes.every(w => ['PUT', 'PATCH', 'DELETE', 'POST'].includes(w.method))).toBe(true)
    expect(writes.every(w => w.path.includes('/providers/Microsoft.Network/'))).toBe(true)
    expect(writes.every(w => w.apiVersion === '2026-01-01')).toBe(true)
  })
})
