import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  seedFromFile,
  startArmSimulator,
  type ArmSimulator,
} from '../../support/arm-simulator/index.js'
import { httpsJson } from './https-json.js'

const SUB = 'sub-basics'
const RG = 'rg-basics'
const rt = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables/rt`
const API = 'api-version=2026-01-01'

describe('ARM simulator basics', () => {
  let sim: ArmSimulator
  const dir = mkdtempSync(join(tmpdir(), 'arm-sim-'))
  const logFile = join(dir, 'requests.jsonl')

  beforeAll(async () => {
    sim = await startArmSimulator({ requireAuth: false, latencyMs: 50, logFile })
    const seed = join(dir, 'seed.json')
    writeFileSync(
      seed,
      JSON.stringify({
        resourceGroups: [{ subscriptionId: SUB, name: RG, location: 'westeurope' }],
        resources: [
          {
            id: rt,
            body: { location: 'westeurope', tags: { a: '1' }, properties: { routes: [] } },
          },
        ],
      }),
    )
    seedFromFile(sim, seed)
  })

  afterAll(async () => {
    await sim.stop()
  })

  it('GIVEN a seeded resource WHEN read THEN id, name, type, etag and provisioningState are filled', async () => {
    const started = Date.now()
    const res = await httpsJson(`${sim.url}${rt}?${API}`, sim.caCertPem, 'GET')
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    expect(res.body).toMatchObject({
      id: rt,
      name: 'rt',
      type: 'Microsoft.Network/routeTables',
      etag: expect.stringMatching(/^W\/"/),
      properties: { provisioningState: 'Succeeded' },
    })
  })

  it('GIVEN a path in another case WHEN read THEN it matches case-insensitively and answers canonical casing', async () => {
    const res = await httpsJson(`${sim.url}${rt.toLowerCase()}?${API}`, sim.caCertPem, 'GET')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ type: 'Microsoft.Network/routeTables' })
  })

  it('GIVEN tags WHEN PATCHed THEN only the tags change', async () => {
    const res = await httpsJson(`${sim.url}${rt}?${API}`, sim.caCertPem, 'PATCH', {
      tags: { b: '2' },
    })
    expect(res.status).toBe(200)
    expect(sim.get(rt)).toMatchObject({ tags: { b: '2' }, location: 'westeurope' })
  })

  it('GIVEN route tables WHEN listed by resource group and subscription THEN they are returned', async () => {
    const byRg = await httpsJson(
      `${sim.url}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables?${API}`,
      sim.caCertPem,
      'GET',
    )
    const bySub = await httpsJson(
      `${sim.url}/subscriptions/${SUB}/providers/Microsoft.Network/routeTables?${API}`,
      sim.caCertPem,
      'GET',
    )
    expect(byRg.body).toMatchObject({ value: [{ id: rt }] })
    expect(bySub.body).toMatchObject({ value: [{ id: rt }] })
  })

  it('GIVEN a missing resource WHEN read or deleted THEN 404 ResourceNotFound and 204', async () => {
    const get = await httpsJson(`${sim.url}${rt}-missing?${API}`, sim.caCertPem, 'GET')
    expect(get.status).toBe(404)
    expect(get.body).toMatchObject({ error: { code: 'ResourceNotFound' } })
    const del = await httpsJson(`${sim.url}${rt}-missing?${API}`, sim.caCertPem, 'DELETE')
    expect(del.status).toBe(204)
  })

  it('GIVEN a body that is not JSON WHEN PUT THEN 400 InvalidRequestFormat', async () => {
    const res = await httpsJson(`${sim.url}${rt}?${API}`, sim.caCertPem, 'PUT', '{not json')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({ error: { code: 'InvalidRequestFormat' } })
  })

  it('GIVEN a logFile WHEN requests are served THEN each is one JSON line', async () => {
    await httpsJson(`${sim.url}${rt}?${API}`, sim.caCertPem, 'GET')
    const lines = readFileSync(logFile, 'utf8').trim().split('\n')
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>
    expect(last).toMatchObject({
      method: 'GET',
      path: rt,
      apiVersion: '2026-01-01',
      status: 200,
      operationId: 'RouteTables_Get',
    })
  })
})
