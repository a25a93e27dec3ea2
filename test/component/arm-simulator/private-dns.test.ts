import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { PrivateDnsManagementClient } from '@azure/arm-privatedns'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { httpsJson, type JsonResponse } from './https-json.js'
import { CLIENT_ID, RG, SUBSCRIPTION, TENANT } from './sdk-client.js'

const ZONE = 'privatelink.westeurope.azmk8s.io'
const ZONE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Network/privateDnsZones/${ZONE}`
const DNS_API = 'api-version=2024-06-01'

function recordSetPath(zone: string, type: string, name: string): string {
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Network/privateDnsZones/${zone}/${type}/${name}`
}

describe('ARM simulator serving Private DNS 2024-06-01 to the real PrivateDnsManagementClient', () => {
  let sim: ArmSimulator
  let client: PrivateDnsManagementClient
  let credential: ClientSecretCredential

  beforeAll(async () => {
    sim = await startArmSimulator()
    sim.seedResourceGroup(SUBSCRIPTION, RG, 'westeurope')
    sim.seed(ZONE_ID, { location: 'global', properties: {} })
    credential = new ClientSecretCredential(TENANT, CLIENT_ID, 'not-a-real-secret', {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sim.caCertPem },
    })
    client = new PrivateDnsManagementClient(credential, SUBSCRIPTION, {
      endpoint: sim.url,
      credentials: { scopes: [`${sim.url}/.default`] },
      tlsOptions: { ca: sim.caCertPem },
      retryOptions: { maxRetries: 3, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
    })
  })

  afterAll(async () => {
    await sim.stop()
  })

  /** A raw ARM request carrying a token the simulator issued. */
  async function raw(method: string, pathAndQuery: string, body?: unknown): Promise<JsonResponse> {
    const token = await credential.getToken(`${sim.url}/.default`)
    return httpsJson(`${sim.url}${pathAndQuery}`, sim.caCertPem, method, body, {
      Authorization: `Bearer ${token.token}`,
    })
  }

  function statusesOf(method: string, path: string): number[] {
    return sim.requests
      .filter(r => r.method === method && r.path.toLowerCase() === path.toLowerCase())
      .map(r => r.status)
  }

  it('GIVEN a seeded zone WHEN the SDK reads it THEN the zone is returned', async () => {
    const zone = await client.privateZones.get(RG, ZONE)

    expect(zone.id).toBe(ZONE_ID)
    expect(zone.name).toBe(ZONE)
    expect(zone.type).toBe('Microsoft.Network/privateDnsZones')
    expect(zone.location).toBe('global')
  })

  it('GIVEN a seeded zone WHEN an A record set is created, read, updated and deleted THEN ARM state follows synchronously', async () => {
    const path = recordSetPath(ZONE, 'A', 'api')

    const created = await client.recordSets.createOrUpdate(RG, ZONE, 'A', 'api', {
      ttl: 300,
      aRecords: [{ ipv4Address: '10.1.2.3' }],
    })
    expect(created.id).toBe(path)
    expect(created.name).toBe('api')
    expect(created.type).toBe('Microsoft.Network/privateDnsZones/A')
    expect(created.ttl).toBe(300)
    expect(created.aRecords).toEqual([{ ipv4Address: '10.1.2.3' }])
    expect(created.fqdn).toBe(`api.${ZONE}.`)
    expect(created.isAutoRegistered).toBe(false)
    expect(typeof created.etag).toBe('string')

    const read = await client.recordSets.get(RG, ZONE, 'A', 'api')
    expect(read.aRecords).toEqual([{ ipv4Address: '10.1.2.3' }])
    expect(read.ttl).toBe(300)
    expect(sim.get(path)).toMatchObject({
      properties: { ttl: 300, aRecords: [{ ipv4Address: '10.1.2.3' }] },
    })

    const updated = await client.recordSets.createOrUpdate(RG, ZONE, 'A', 'api', {
      ttl: 60,
      aRecords: [{ ipv4Address: '10.1.2.4' }],
    })
    expect(updated.aRecords).toEqual([{ ipv4Address: '10.1.2.4' }])
    // Not long-running in the spec: 201 then 200, no Azure-AsyncOperation polling.
    expect(statusesOf('PUT', path)).toEqual([201, 200])
    expect(sim.requests.some(r => /\/operations\//i.test(r.path))).toBe(false)

    const listed: string[] = []
    for await (const recordSet of client.recordSets.listByType(RG, ZONE, 'A')) {
      listed.push(recordSet.name ?? '')
    }
    expect(listed).toContain('api')

    await client.recordSets.delete(RG, ZONE, 'A', 'api')
    expect(sim.get(path)).toBeUndefined()
    await expect(client.recordSets.get(RG, ZONE, 'A', 'api')).rejects.toMatchObject({
      statusCode: 404,
    })
    // Deleting what is gone answers 204, which the SDK accepts.
    await client.recordSets.delete(RG, ZONE, 'A', 'api')
    expect(statusesOf('DELETE', path)).toEqual([200, 204])
  })

  it('GIVEN a record type in another casing WHEN created THEN the id and type use the canonical record type', async () => {
    const response = await raw('PUT', `${recordSetPath(ZONE, 'a', 'lower')}?${DNS_API}`, {
      properties: { ttl: 10, aRecords: [{ ipv4Address: '10.9.9.9' }] },
    })

    expect(response.status).toBe(201)
    expect(response.body).toMatchObject({
      id: recordSetPath(ZONE, 'A', 'lower'),
      type: 'Microsoft.Network/privateDnsZones/A',
    })
  })

  it('GIVEN a body with ttl as a string WHEN PUT THEN 400 InvalidRequestContent names the property and nothing is stored', async () => {
    const path = recordSetPath(ZONE, 'A', 'bad-ttl')

    const response = await raw('PUT', `${path}?${DNS_API}`, {
      properties: { ttl: '300', aRecords: [{ ipv4Address: '10.1.2.3' }] },
    })

    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      error: {
        code: 'InvalidRequestContent',
        message: 'properties.ttl: must be of type integer',
      },
    })
    expect(sim.get(path)).toBeUndefined()
  })

  it('GIVEN an A record whose ipv4Address is not a string WHEN PUT THEN 400 names the array element', async () => {
    const response = await raw('PUT', `${recordSetPath(ZONE, 'A', 'bad-ip')}?${DNS_API}`, {
      properties: { ttl: 300, aRecords: [{ ipv4Address: 10 }] },
    })

    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({
      error: { message: 'properties.aRecords[0].ipv4Address: must be of type string' },
    })
  })

  it('GIVEN no such zone WHEN an A record set is created THEN 404 ParentResourceNotFound', async () => {
    await expect(
      client.recordSets.createOrUpdate(RG, 'missing.example', 'A', 'api', {
        ttl: 300,
        aRecords: [{ ipv4Address: '10.1.2.3' }],
      }),
    ).rejects.toMatchObject({ statusCode: 404, code: 'ParentResourceNotFound' })
    expect(sim.get(recordSetPath('missing.example', 'A', 'api'))).toBeUndefined()
  })

  it('GIVEN a record set path WHEN requested with the Network api-version THEN 400 names the Private DNS version', async () => {
    const response = await raw('GET', `${recordSetPath(ZONE, 'A', 'api')}?api-version=2026-01-01`)

    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      error: {
        code: 'InvalidApiVersionParameter',
        message:
          "The api-version '2026-01-01' is invalid. The supported versions are '2024-06-01'.",
      },
    })
  })

  it('GIVEN a Network path WHEN requested with the Private DNS api-version THEN the Network message is unchanged', async () => {
    const response = await raw(
      'GET',
      `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables/rt?${DNS_API}`,
    )

    expect(response.status).toBe(400)
    expect(response.body).toEqual({
      error: {
        code: 'InvalidApiVersionParameter',
        message:
          "The api-version '2024-06-01' is invalid. The supported versions are '2026-01-01'.",
      },
    })
  })

  it('GIVEN a record type the spec does not list WHEN PUT THEN 404 no route in the Private DNS specs', async () => {
    const path = recordSetPath(ZONE, 'NAPTR', 'x')

    const response = await raw('PUT', `${path}?${DNS_API}`, { properties: { ttl: 1 } })

    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({
      error: {
        code: 'NotFound',
        message: `No route in the Microsoft.Network privateDnsZones 2024-06-01 specs matches PUT ${path}.`,
      },
    })
  })
})
