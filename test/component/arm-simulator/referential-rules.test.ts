import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { httpsJson } from './https-json.js'

const SUB = 'sub-ref'
const RG = 'rg-ref'
const LOC = 'westeurope'
const base = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network`
const vnet = `${base}/virtualNetworks/hub`
const lb = `${base}/loadBalancers/kubernetes-internal`
const basicLb = `${base}/loadBalancers/basic`

describe('ARM simulator referential rules', () => {
  let sim: ArmSimulator

  beforeAll(async () => {
    sim = await startArmSimulator({ requireAuth: false })
    sim.seedResourceGroup(SUB, RG, LOC)
    sim.seed(vnet, {
      location: LOC,
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [
          { name: 'AzureFirewallSubnet', properties: { addressPrefix: '10.0.0.0/26' } },
          { name: 'aks', properties: { addressPrefix: '10.0.1.0/24' } },
          {
            name: 'pls',
            properties: {
              addressPrefix: '10.0.2.0/24',
              privateLinkServiceNetworkPolicies: 'Disabled',
            },
          },
        ],
      },
    })
    sim.seed(`${base}/publicIPAddresses/fw-pip`, {
      location: LOC,
      sku: { name: 'Standard' },
      properties: { publicIPAllocationMethod: 'Static' },
    })
    for (const [id, sku] of [
      [lb, 'Standard'],
      [basicLb, 'Basic'],
    ] as const) {
      sim.seed(id, {
        location: LOC,
        sku: { name: sku },
        properties: {
          frontendIPConfigurations: [
            { name: 'fe', properties: { subnet: { id: `${vnet}/subnets/aks` } } },
          ],
        },
      })
    }
  })

  afterAll(async () => {
    await sim.stop()
  })

  function put(path: string, body: unknown): ReturnType<typeof httpsJson> {
    return httpsJson(`${sim.url}${path}?api-version=2026-01-01`, sim.caCertPem, 'PUT', body)
  }

  function firewall(subnet: string): unknown {
    return {
      location: LOC,
      properties: {
        ipConfigurations: [
          {
            name: 'ipc',
            properties: {
              subnet: { id: `${vnet}/subnets/${subnet}` },
              publicIPAddress: { id: `${base}/publicIPAddresses/fw-pip` },
            },
          },
        ],
      },
    }
  }

  function pls(frontend: string, subnet: string): unknown {
    return {
      location: LOC,
      properties: {
        loadBalancerFrontendIpConfigurations: [{ id: frontend }],
        ipConfigurations: [
          { name: 'nat', properties: { subnet: { id: `${vnet}/subnets/${subnet}` } } },
        ],
      },
    }
  }

  it.each([
    {
      what: 'a resource group that does not exist',
      path: `/subscriptions/${SUB}/resourceGroups/nope/providers/Microsoft.Network/routeTables/rt`,
      body: { location: LOC },
      status: 404,
      code: 'ResourceGroupNotFound',
    },
    {
      what: 'a subnet whose VNet does not exist',
      path: `${base}/virtualNetworks/ghost/subnets/s`,
      body: { properties: { addressPrefix: '10.1.0.0/24' } },
      status: 404,
      code: 'ResourceNotFound',
    },
    {
      what: 'a subnet referencing a missing route table',
      path: `${vnet}/subnets/aks`,
      body: {
        properties: {
          addressPrefix: '10.0.1.0/24',
          routeTable: { id: `${base}/routeTables/missing` },
        },
      },
      status: 400,
      code: 'InvalidResourceReference',
    },
    {
      what: 'a subnet referencing a missing NSG',
      path: `${vnet}/subnets/aks`,
      body: {
        properties: {
          addressPrefix: '10.0.1.0/24',
          networkSecurityGroup: { id: `${base}/networkSecurityGroups/missing` },
        },
      },
      status: 400,
      code: 'InvalidResourceReference',
    },
    {
      what: 'a firewall whose subnet is not AzureFirewallSubnet',
      path: `${base}/azureFirewalls/fw`,
      body: firewall('aks'),
      status: 400,
      code: 'AzureFirewallSubnetMustBeNamedAzureFirewallSubnet',
    },
    {
      what: 'a firewall referencing a missing public IP',
      path: `${base}/azureFirewalls/fw`,
      body: {
        location: LOC,
        properties: {
          ipConfigurations: [
            {
              name: 'ipc',
              properties: {
                subnet: { id: `${vnet}/subnets/AzureFirewallSubnet` },
                publicIPAddress: { id: `${base}/publicIPAddresses/none` },
              },
            },
          ],
        },
      },
      status: 400,
      code: 'InvalidResourceReference',
    },
    {
      what: 'a private link service on a subnet with network policies enabled',
      path: `${base}/privateLinkServices/pls`,
      body: pls(`${lb}/frontendIPConfigurations/fe`, 'aks'),
      status: 400,
      code: 'PrivateLinkServiceNetworkPoliciesCannotBeEnabledOnPrivateLinkServiceSubnet',
    },
    {
      what: 'a private link service on a missing LB frontend',
      path: `${base}/privateLinkServices/pls`,
      body: pls(`${lb}/frontendIPConfigurations/nope`, 'pls'),
      status: 400,
      code: 'InvalidResourceReference',
    },
    {
      what: 'a private link service on a Basic LB',
      path: `${base}/privateLinkServices/pls`,
      body: pls(`${basicLb}/frontendIPConfigurations/fe`, 'pls'),
      status: 400,
      code: 'PrivateLinkServiceIsNotSupportedForBasicLoadBalancer',
    },
    {
      what: 'a private endpoint on a missing subnet',
      path: `${base}/privateEndpoints/pe`,
      body: { location: LOC, properties: { subnet: { id: `${vnet}/subnets/missing` } } },
      status: 400,
      code: 'InvalidResourceReference',
    },
  ])('GIVEN $what WHEN PUT THEN $status $code', async ({ path, body, status, code }) => {
    const before = sim.get(path)
    const res = await put(path, body)
    expect(res.status).toBe(status)
    expect(res.body).toMatchObject({ error: { code } })
    expect(sim.get(path)).toEqual(before)
  })

  it.each([
    {
      what: 'a firewall on AzureFirewallSubnet',
      path: `${base}/azureFirewalls/fw-ok`,
      body: firewall('AzureFirewallSubnet'),
    },
    {
      what: 'a private link service on a Standard LB frontend and a Disabled-policy subnet',
      path: `${base}/privateLinkServices/pls-ok`,
      body: pls(`${lb}/frontendIPConfigurations/fe`, 'pls'),
    },
    {
      what: 'a private endpoint on an existing subnet',
      path: `${base}/privateEndpoints/pe-ok`,
      body: { location: LOC, properties: { subnet: { id: `${vnet}/subnets/aks` } } },
    },
  ])('GIVEN $what WHEN PUT THEN it is created', async ({ path, body }) => {
    const res = await put(path, body)
    expect(res.status).toBe(201)
  })

  it('GIVEN a subnet PUT without its earlier properties WHEN stored THEN they are gone (ARM keeps what the body says)', async () => {
    const subnet = `${vnet}/subnets/scratch`
    expect(
      (
        await put(subnet, {
          properties: {
            addressPrefix: '10.0.9.0/24',
            serviceEndpoints: [{ service: 'Microsoft.Storage' }],
          },
        })
      ).status,
    ).toBe(201)
    expect((await put(subnet, { properties: { addressPrefix: '10.0.9.0/24' } })).status).toBe(200)
    expect(sim.get(subnet)).not.toHaveProperty('properties.serviceEndpoints')
    expect(sim.get(vnet)).toMatchObject({
      properties: {
        subnets: expect.arrayContaining([expect.objectContaining({ name: 'scratch' })]),
      },
    })
  })

  it('GIVEN a route table used by a subnet WHEN deleted THEN 400 InUseRouteTableCannotBeDeleted until dissociated', async () => {
    const rt = `${base}/routeTables/in-use`
    await put(rt, { location: LOC })
    const subnet = `${vnet}/subnets/with-rt`
    await put(subnet, { properties: { addressPrefix: '10.0.8.0/24', routeTable: { id: rt } } })
    expect(sim.get(rt)).toMatchObject({ properties: { subnets: [{ id: subnet }] } })
    const del = await httpsJson(`${sim.url}${rt}?api-version=2026-01-01`, sim.caCertPem, 'DELETE')
    expect(del.status).toBe(400)
    expect(del.body).toMatchObject({ error: { code: 'InUseRouteTableCannotBeDeleted' } })
    await put(subnet, { properties: { addressPrefix: '10.0.8.0/24' } })
    expect(sim.get(rt)).not.toHaveProperty('properties.subnets')
  })

  it('GIVEN a VNet PUT with a new subnet list WHEN read THEN the subnets are replaced and addressable as children', async () => {
    const other = `${base}/virtualNetworks/spoke`
    await put(other, {
      location: LOC,
      properties: {
        addressSpace: { addressPrefixes: ['10.5.0.0/16'] },
        subnets: [{ name: 'a', properties: { addressPrefix: '10.5.0.0/24' } }],
      },
    })
    await put(other, {
      location: LOC,
      properties: {
        addressSpace: { addressPrefixes: ['10.5.0.0/16'] },
        subnets: [{ name: 'b', properties: { addressPrefix: '10.5.1.0/24' } }],
      },
    })
    expect(sim.get(`${other}/subnets/a`)).toBeUndefined()
    expect(sim.get(`${other}/subnets/b`)).toMatchObject({
      id: `${other}/subnets/b`,
      type: 'Microsoft.Network/virtualNetworks/subnets',
    })
    const list = await httpsJson(
      `${sim.url}${other}/subnets?api-version=2026-01-01`,
      sim.caCertPem,
      'GET',
    )
    expect(list.body).toMatchObject({ value: [{ name: 'b' }] })
  })

  it.each([
    { what: 'no api-version', query: '', code: 'MissingApiVersionParameter', status: 400 },
    {
      what: 'another api-version',
      query: '?api-version=2024-05-01',
      code: 'InvalidApiVersionParameter',
      status: 400,
    },
    {
      what: 'an unknown resource type',
      query: '?api-version=2026-01-01',
      code: 'NotFound',
      status: 404,
      path: `${base}/teleporters/t1`,
    },
  ])('GIVEN $what WHEN GET THEN $status $code', async ({ query, code, status, path }) => {
    const res = await httpsJson(`${sim.url}${path ?? vnet}${query}`, sim.caCertPem, 'GET')
    expect(res.status).toBe(status)
    expect(res.body).toMatchObject({ error: { code } })
  })
})
