import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { cloudForEndpoint } from '../../../src/azure/clouds.js'
import { createCredential } from '../../../src/azure/credentials.js'
import { createNetworkAdapter } from '../../../src/azure/network-adapter.js'
import { AzureRequestError } from '../../../src/core/errors.js'
import type { Network } from '../../../src/core/network.js'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'

const SUB = '00000000-0000-4000-8000-0000000000e1'
const RG = `/subscriptions/${SUB}/resourceGroups/rg`
const NET = `${RG}/providers/Microsoft.Network`
const VNET = `${NET}/virtualNetworks/vnet`
const GATEWAY = `${NET}/applicationGateways/agw`
const CLUSTER = `${RG}/providers/Microsoft.ContainerService/managedClusters/aks`
const READER = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`

type Json = Record<string, unknown>

let sim: ArmSimulator
let arm: Network

// A fresh simulator per test: what one test seeds (a NIC in the gateway subnet) stays there.
beforeEach(async () => {
  sim = await startArmSimulator()
  const cloud = cloudForEndpoint(sim.url, sim.url)
  const quiet = (): void => undefined
  arm = createNetworkAdapter({
    step: 'simulator-test',
    credential: createCredential(
      { kind: 'client-secret', tenantId: 't', clientId: 'c', clientSecret: 'not-a-real-secret' },
      cloud,
      sim.caCertPem,
    ),
    cloud,
    subscriptionId: SUB,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet, group: (_t, fn) => fn() },
    clock: { now: () => new Date(), sleep: () => Promise.resolve() },
    userAgent: 'test',
    trustedCaPem: sim.caCertPem,
    pollIntervalMs: 1,
  })
})

afterEach(async () => {
  await sim.stop()
})

beforeEach(() => {
  sim.seedResourceGroup(SUB, 'rg', 'eastus2')
  sim.seed(VNET, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.1.0.0/16'] },
      subnets: [
        { name: 'appgw', properties: { addressPrefix: '10.1.0.0/24' } },
        { name: 'link', properties: { addressPrefix: '10.1.1.0/24' } },
      ],
    },
  })
})

function gatewayBody(extra: Json = {}): Json {
  return {
    location: 'eastus2',
    properties: {
      sku: { name: 'WAF_v2', tier: 'WAF_v2' },
      autoscaleConfiguration: { minCapacity: 1, maxCapacity: 3 },
      gatewayIPConfigurations: [
        { name: 'ip', properties: { subnet: { id: `${VNET}/subnets/appgw` } } },
      ],
      frontendIPConfigurations: [
        {
          name: 'private',
          properties: {
            privateIPAddress: '10.1.0.10',
            privateIPAllocationMethod: 'Static',
            subnet: { id: `${VNET}/subnets/appgw` },
            privateLinkConfiguration: { id: `${GATEWAY}/privateLinkConfigurations/link` },
          },
        },
      ],
      privateLinkConfigurations: [
        {
          name: 'link',
          properties: {
            ipConfigurations: [
              {
                name: 'ip1',
                properties: {
                  privateIPAllocationMethod: 'Dynamic',
                  subnet: { id: `${VNET}/subnets/link` },
                  primary: true,
                },
              },
            ],
          },
        },
      ],
      futureSetting: { kept: true },
      ...extra,
    },
  }
}

describe('ARM simulator: Application Gateways through the adapter’s wire-body PUT', () => {
  it('GIVEN a gateway body with a property the SDK does not know WHEN PUT THEN ARM receives and stores it, and gives the Private Link IPs addresses of their subnet', async () => {
    const stored = await arm.putApplicationGateway(GATEWAY, gatewayBody())
    const props = stored['properties'] as Json
    expect(props['futureSetting']).toEqual({ kept: true })
    expect(props['operationalState']).toBe('Running')
    const ip = (props['privateLinkConfigurations'] as Json[])[0] as { properties: Json }
    expect(
      ((ip.properties['ipConfigurations'] as Json[])[0] as { properties: Json }).properties[
        'privateIPAddress'
      ],
    ).toMatch(/^10\.1\.1\.\d+$/)
  })

  it('GIVEN the gateway changed since it was read WHEN PUT with the old ETag as If-Match THEN ARM answers 412 and keeps the newer gateway', async () => {
    const first = await arm.putApplicationGateway(GATEWAY, gatewayBody())
    await arm.putApplicationGateway(GATEWAY, gatewayBody({ enableHttp2: true }))
    await expect(
      arm.putApplicationGateway(GATEWAY, gatewayBody({ enableHttp2: false }), {
        ifMatch: String(first['etag']),
      }),
    ).rejects.toMatchObject({ status: 412, code: 'PreconditionFailed' })
    expect(((sim.get(GATEWAY) as Json)['properties'] as Json)['enableHttp2']).toBe(true)
  })

  it.each([
    [
      'a private frontend outside the gateway subnet',
      {
        frontendIPConfigurations: [
          {
            name: 'p',
            properties: {
              privateIPAddress: '10.1.1.200',
              privateIPAllocationMethod: 'Static',
              subnet: { id: `${VNET}/subnets/link` },
            },
          },
        ],
      },
      'ApplicationGatewayFrontendIpConfigurationSubnetMustBeGatewaySubnet',
    ],
    [
      'a Private Link configuration in the gateway subnet',
      {
        privateLinkConfigurations: [
          {
            name: 'link',
            properties: {
              ipConfigurations: [
                {
                  name: 'ip1',
                  properties: {
                    privateIPAllocationMethod: 'Dynamic',
                    subnet: { id: `${VNET}/subnets/appgw` },
                  },
                },
              ],
            },
          },
        ],
      },
      'ApplicationGatewayPrivateLinkSubnetMustDifferFromGatewaySubnet',
    ],
    [
      'a SKU name ARM does not know',
      { sku: { name: 'WAF_v3', tier: 'WAF_v2' } },
      'InvalidRequestContent',
    ],
  ])('GIVEN %s WHEN PUT THEN ARM refuses it', async (_what, extra, code) => {
    await expect(
      arm.putApplicationGateway(`${NET}/applicationGateways/bad`, gatewayBody(extra)),
    ).rejects.toMatchObject({ code })
  })

  it('GIVEN a NIC in the gateway subnet WHEN a gateway is PUT there THEN ARM refuses: the subnet holds gateways only', async () => {
    sim.seed(`${NET}/networkInterfaces/vm1-nic`, {
      location: 'eastus2',
      properties: {
        ipConfigurations: [{ name: 'ip', properties: { subnet: { id: `${VNET}/subnets/appgw` } } }],
      },
    })
    await expect(
      arm.putApplicationGateway(`${NET}/applicationGateways/shared`, gatewayBody()),
    ).rejects.toMatchObject({ code: 'ApplicationGatewaySubnetCannotBeUsedByOtherResources' })
  })

  it('GIVEN a gateway with a private frontend WHEN its subnet is read THEN the subnet lists the gateway IP configuration, and the private frontend among its ipConfigurations as real ARM does', async () => {
    await arm.putApplicationGateway(GATEWAY, gatewayBody())
    const subnet = await arm.getSubnet(`${VNET}/subnets/appgw`)
    const props = subnet?.['properties'] as Json
    expect(props['applicationGatewayIPConfigurations']).toEqual([
      { id: `${GATEWAY}/gatewayIPConfigurations/ip` },
    ])
    expect(props['ipConfigurations']).toEqual([
      { id: `${GATEWAY}/frontendIPConfigurations/private` },
    ])
  })

  it('GIVEN a gateway with a private frontend WHEN it is PUT again, and another gateway with a private frontend joins the subnet THEN ARM accepts both: gateways share their subnet', async () => {
    await arm.putApplicationGateway(GATEWAY, gatewayBody())
    await arm.putApplicationGateway(GATEWAY, gatewayBody({ enableHttp2: true }))
    const other = `${NET}/applicationGateways/agw-2`
    const body = gatewayBody() as { properties: Json }
    const frontends = body.properties['frontendIPConfigurations'] as Json[]
    await arm.putApplicationGateway(other, {
      ...body,
      properties: {
        ...body.properties,
        frontendIPConfigurations: frontends.map(f => ({
          name: 'private',
          properties: {
            ...(f['properties'] as Json),
            privateIPAddress: '10.1.0.11',
            privateLinkConfiguration: { id: `${other}/privateLinkConfigurations/link` },
          },
        })),
      },
    })
    const subnet = await arm.getSubnet(`${VNET}/subnets/appgw`)
    expect((subnet?.['properties'] as Json)['ipConfigurations']).toEqual([
      { id: `${GATEWAY}/frontendIPConfigurations/private` },
      { id: `${other}/frontendIPConfigurations/private` },
    ])
  })
})

describe('ARM simulator: AKS managed clusters and role assignments', () => {
  it('GIVEN a cluster WHEN the AGIC add-on is enabled by a PUT THEN AKS gives it an identity and the effective gateway, and an If-Match with a stale eTag is refused', async () => {
    sim.seed(CLUSTER, {
      location: 'eastus2',
      properties: {
        kubernetesVersion: '1.33',
        dnsPrefix: 'aks',
        nodeResourceGroup: 'MC_rg_aks_eastus2',
      },
    })
    const before = (await arm.getManagedCluster(CLUSTER)) as Json
    const body = {
      location: 'eastus2',
      properties: {
        kubernetesVersion: '1.33',
        dnsPrefix: 'aks',
        addonProfiles: {
          ingressApplicationGateway: { enabled: true, config: { applicationGatewayId: GATEWAY } },
        },
      },
    }
    const after = await arm.putManagedCluster(CLUSTER, body, { ifMatch: String(before['eTag']) })
    const addon = ((after['properties'] as Json)['addonProfiles'] as Json)[
      'ingressApplicationGateway'
    ] as Json
    expect(addon['config']).toEqual({
      applicationGatewayId: GATEWAY,
      effectiveApplicationGatewayId: GATEWAY,
    })
    expect(addon['identity']).toMatchObject({
      resourceId: expect.stringContaining('/userAssignedIdentities/ingressapplicationgateway-aks'),
      objectId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    })
    await expect(
      arm.putManagedCluster(CLUSTER, body, { ifMatch: String(before['eTag']) }),
    ).rejects.toBeInstanceOf(AzureRequestError)
  })

  it('GIVEN a managed cluster body ARM would reject WHEN PUT THEN the official schema refuses it', async () => {
    sim.seed(CLUSTER, { location: 'eastus2', properties: {} })
    await expect(
      arm.putManagedCluster(CLUSTER, {
        location: 'eastus2',
        properties: {
          addonProfiles: {
            ingressApplicationGateway: { config: { applicationGatewayId: GATEWAY } },
          },
        },
      }),
    ).rejects.toMatchObject({ code: 'InvalidRequestContent' })
  })

  it('GIVEN a role assignment WHEN the same principal, role and scope is assigned under another name THEN RBAC answers RoleAssignmentExists, and listing finds it from a scope below', async () => {
    const body = {
      properties: {
        roleDefinitionId: READER,
        principalId: 'p-1',
        principalType: 'ServicePrincipal',
      },
    }
    await arm.putRoleAssignment(
      `${RG}/providers/Microsoft.Authorization/roleAssignments/11111111-1111-4111-8111-111111111111`,
      body,
    )
    await expect(
      arm.putRoleAssignment(
        `${RG}/providers/Microsoft.Authorization/roleAssignments/22222222-2222-4222-8222-222222222222`,
        body,
      ),
    ).rejects.toMatchObject({ code: 'RoleAssignmentExists' })
    const found = await arm.listRoleAssignments(GATEWAY, 'p-1')
    expect(found.map(a => (a['properties'] as Json)['scope'])).toEqual([RG])
    expect(await arm.listRoleAssignments(GATEWAY, 'p-2')).toEqual([])
  })
})
