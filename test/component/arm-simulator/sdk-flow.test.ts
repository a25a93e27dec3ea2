import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import type { NetworkManagementClient } from '@azure/arm-network'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import {
  armId,
  CLIENT_ID,
  LOCATION,
  networkClient,
  RG,
  SUBSCRIPTION,
  TENANT,
} from './sdk-client.js'

const POLL = { updateIntervalInMs: 5 }

describe('ARM simulator with the real NetworkManagementClient', () => {
  let sim: ArmSimulator
  let client: NetworkManagementClient

  beforeAll(async () => {
    sim = await startArmSimulator()
    sim.seedResourceGroup(SUBSCRIPTION, RG, LOCATION)
    const credential = new ClientSecretCredential(TENANT, CLIENT_ID, 'not-a-real-secret', {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sim.caCertPem },
    })
    client = networkClient(sim, credential)
    sim.seed(armId('virtualNetworks', 'vnet'), {
      location: LOCATION,
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          {
            name: 'aks',
            properties: {
              addressPrefix: '10.0.1.0/24',
              privateEndpointNetworkPolicies: 'Disabled',
              serviceEndpoints: [{ service: 'Microsoft.Storage' }],
            },
          },
        ],
      },
    })
  })

  afterAll(async () => {
    await sim.stop()
  })

  it('GIVEN a route table WHEN created, read, associated with a subnet and deleted THEN ARM state follows', async () => {
    const created = await client.routeTables.createOrUpdate(
      RG,
      'rt-egress',
      {
        location: LOCATION,
        routes: [
          {
            name: 'default',
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: '10.0.2.4',
          },
        ],
      },
      POLL,
    )
    expect(created.provisioningState).toBe('Succeeded')
    expect(created.id).toBe(armId('routeTables', 'rt-egress'))

    const read = await client.routeTables.get(RG, 'rt-egress')
    expect(read.routes?.[0]?.nextHopType).toBe('VirtualAppliance')

    const subnet = await client.subnets.get(RG, 'vnet', 'aks')
    const updated = await client.subnets.createOrUpdate(
      RG,
      'vnet',
      'aks',
      { ...subnet, routeTable: { id: read.id } },
      POLL,
    )
    expect(updated.routeTable?.id).toBe(read.id)
    expect(updated.serviceEndpoints?.[0]?.service).toBe('Microsoft.Storage')
    expect(updated.privateEndpointNetworkPolicies).toBe('Disabled')

    const vnet = await client.virtualNetworks.get(RG, 'vnet')
    expect(vnet.subnets?.[0]?.routeTable?.id).toBe(read.id)
    const rtAfter = await client.routeTables.get(RG, 'rt-egress')
    expect(rtAfter.subnets?.map(s => s.id)).toEqual([subnet.id])

    const subnetPut = sim.writes().find(w => w.method === 'PUT' && w.path.endsWith('/subnets/aks'))
    // What the SDK sends for a subnet update: id and name at the top, flattened fields under
    // `properties`, the route table as `{ id }`, no readOnly fields.
    expect(subnetPut?.body).toEqual({
      id: subnet.id,
      name: 'aks',
      properties: {
        addressPrefix: '10.0.1.0/24',
        routeTable: { id: read.id },
        serviceEndpoints: [{ service: 'Microsoft.Storage' }],
        privateEndpointNetworkPolicies: 'Disabled',
      },
    })

    await client.subnets.createOrUpdate(
      RG,
      'vnet',
      'aks',
      { ...updated, routeTable: undefined },
      POLL,
    )
    await client.routeTables.delete(RG, 'rt-egress', POLL)
    expect(sim.get(armId('routeTables', 'rt-egress'))).toBeUndefined()
    expect(sim.tokenRequests.some(t => t.endpoint === 'oauth2' && t.hasClientSecret)).toBe(true)
  })
})
