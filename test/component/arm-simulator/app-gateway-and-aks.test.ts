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
const WAF_POLICY = `${NET}/ApplicationGatewayWebApplicationFirewallPolicies/agw-waf`
const PUBLIC_IP = `${NET}/publicIPAddresses/agw-pip`
const ISOLATION_FEATURE = 'Microsoft.Network/EnableApplicationGatewayNetworkIsolation'
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
        { name: 'endpoints', properties: { addressPrefix: '10.1.2.0/24' } },
      ],
    },
  })
  sim.seed(WAF_POLICY, {
    location: 'eastus2',
    properties: {
      policySettings: { state: 'Enabled', mode: 'Prevention' },
      managedRules: {
        managedRuleSets: [{ ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' }],
      },
    },
  })
  sim.seed(PUBLIC_IP, {
    location: 'eastus2',
    sku: { name: 'Standard' },
    properties: { publicIPAllocationMethod: 'Static' },
  })
})

const PRIVATE_FRONTEND = {
  name: 'private',
  properties: {
    privateIPAddress: '10.1.0.10',
    privateIPAllocationMethod: 'Static',
    subnet: { id: `${VNET}/subnets/appgw` },
    privateLinkConfiguration: { id: `${GATEWAY}/privateLinkConfigurations/link` },
  },
}
const PUBLIC_FRONTEND = { name: 'public', properties: { publicIPAddress: { id: PUBLIC_IP } } }

function gatewayBody(extra: Json = {}): Json {
  return {
    location: 'eastus2',
    properties: {
      sku: { name: 'WAF_v2', tier: 'WAF_v2' },
      autoscaleConfiguration: { minCapacity: 1, maxCapacity: 3 },
      gatewayIPConfigurations: [
        { name: 'ip', properties: { subnet: { id: `${VNET}/subnets/appgw` } } },
      ],
      frontendIPConfigurations: [PRIVATE_FRONTEND, PUBLIC_FRONTEND],
      firewallPolicy: { id: WAF_POLICY },
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
          PUBLIC_FRONTEND,
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

  it('GIVEN a WAF_v2 gateway without a WAF policy or WAF configuration WHEN PUT THEN ARM refuses it, and takes it with either', async () => {
    const withoutPolicy = { ...(gatewayBody()['properties'] as Json) }
    delete withoutPolicy['firewallPolicy']
    await expect(
      arm.putApplicationGateway(GATEWAY, { location: 'eastus2', properties: withoutPolicy }),
    ).rejects.toMatchObject({
      code: 'ApplicationGatewayFirewallNotConfiguredForSelectedSku',
      message: expect.stringContaining('must have a valid WAF policy or configuration'),
    })
    await expect(
      arm.putApplicationGateway(GATEWAY, {
        location: 'eastus2',
        properties: {
          ...withoutPolicy,
          webApplicationFirewallConfiguration: {
            enabled: true,
            firewallMode: 'Prevention',
            ruleSetType: 'OWASP',
            ruleSetVersion: '3.2',
          },
        },
      }),
    ).resolves.toMatchObject({ name: 'agw' })
    await expect(arm.putApplicationGateway(GATEWAY, gatewayBody())).resolves.toMatchObject({
      name: 'agw',
    })
  })

  it('GIVEN a v2 gateway with only a private frontend WHEN PUT without the subscription feature THEN ARM refuses it as real ARM does; with EnableApplicationGatewayNetworkIsolation registered it is accepted', async () => {
    const privateOnly = gatewayBody({ frontendIPConfigurations: [PRIVATE_FRONTEND] })
    await expect(arm.putApplicationGateway(GATEWAY, privateOnly)).rejects.toMatchObject({
      code: 'ApplicationGatewayFrontendIpCannotHavePublicIpAndSubnet',
      message: expect.stringContaining('Application Gateway without Public IP is not supported'),
    })
    sim.registerFeature(SUB, ISOLATION_FEATURE)
    await expect(arm.putApplicationGateway(GATEWAY, privateOnly)).resolves.toMatchObject({
      name: 'agw',
    })
  })

  it('GIVEN a Private Endpoint to the gateway’s Private Link frontend WHEN no listener uses that frontend THEN ARM refuses the endpoint (the frontend is no Private Link target then); with a listener on it the endpoint connects', async () => {
    const endpoint = `${NET}/privateEndpoints/pe-agw`
    const endpointBody = {
      location: 'eastus2',
      properties: {
        subnet: { id: `${VNET}/subnets/endpoints` },
        manualPrivateLinkServiceConnections: [
          { name: 'agw', properties: { privateLinkServiceId: GATEWAY, groupIds: ['private'] } },
        ],
      },
    }
    await arm.putApplicationGateway(GATEWAY, gatewayBody())
    await expect(arm.putPrivateEndpoint(endpoint, endpointBody)).rejects.toMatchObject({
      code: 'ApplicationGatewayPrivateLinkOperationError',
      message: expect.stringContaining('no listener uses it'),
    })
    await arm.putApplicationGateway(
      GATEWAY,
      gatewayBody({
        frontendPorts: [{ name: 'fp-80', properties: { port: 80 } }],
        httpListeners: [
          {
            name: 'private-80',
            properties: {
              frontendIPConfiguration: { id: `${GATEWAY}/frontendIPConfigurations/private` },
              frontendPort: { id: `${GATEWAY}/frontendPorts/fp-80` },
              protocol: 'Http',
            },
          },
        ],
      }),
    )
    await expect(arm.putPrivateEndpoint(endpoint, endpointBody)).resolves.toMatchObject({
      name: 'pe-agw',
    })
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
    sim.registerFeature(SUB, ISOLATION_FEATURE)
    await arm.putApplicationGateway(
      other,
      gatewayBody({
        frontendIPConfigurations: [
          {
            name: 'private',
            properties: {
              ...PRIVATE_FRONTEND.properties,
              privateIPAddress: '10.1.0.11',
              privateLinkConfiguration: { id: `${other}/privateLinkConfigurations/link` },
            },
          },
        ],
      }),
    )
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

  it.each([
    ['a pool count as text', { agentPoolProfiles: [{ name: 'system', count: '3' }] }, {}, 'count'],
    ['a pool without a name', { agentPoolProfiles: [{ count: 3 }] }, {}, 'name'],
    [
      'a service principal without its client ID',
      { servicePrincipalProfile: { secret: 'x' } },
      {},
      'clientId',
    ],
    [
      'a Windows profile without its admin user',
      { windowsProfile: { adminPassword: 'x' } },
      {},
      'adminUsername',
    ],
    ['pod CIDRs as one string', { networkProfile: { podCidrs: '10.244.0.0/16' } }, {}, 'podCidrs'],
    [
      'a user-assigned identity that is not an object',
      {},
      { identity: { type: 'UserAssigned', userAssignedIdentities: { '/x/id': 'id' } } },
      'userAssignedIdentities',
    ],
  ])(
    'GIVEN a managed cluster PUT with %s WHEN sent THEN the official agent pool, identity, service principal, Windows and network profile definitions refuse it',
    async (_what, properties, top, where) => {
      sim.seed(CLUSTER, { location: 'eastus2', properties: {} })
      await expect(
        arm.putManagedCluster(CLUSTER, { location: 'eastus2', ...top, properties }),
      ).rejects.toMatchObject({
        code: 'InvalidRequestContent',
        message: expect.stringContaining(where),
      })
    },
  )

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
