import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ClientSecretCredential } from '@azure/identity'
import { NetworkManagementClient } from '@azure/arm-network'
import type { TokenCredential } from '@azure/core-auth'
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
const CONSUMER_SUB = '00000000-0000-0000-0000-000000000002'
const CONSUMER_RG = 'rg-consumer'
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'

function consumerId(...parts: string[]): string {
  return `/subscriptions/${CONSUMER_SUB}/resourceGroups/${CONSUMER_RG}/providers/Microsoft.Network/${parts.join('/')}`
}

function consumerClient(sim: ArmSimulator, credential: TokenCredential): NetworkManagementClient {
  return new NetworkManagementClient(credential, CONSUMER_SUB, {
    endpoint: sim.url,
    credentials: { scopes: [`${sim.url}/.default`] },
    tlsOptions: { ca: sim.caCertPem },
    retryOptions: { maxRetries: 3, retryDelayInMs: 10, maxRetryDelayInMs: 50 },
  })
}

describe('ARM simulator private link services and private endpoints (real SDK)', () => {
  let sim: ArmSimulator
  let provider: NetworkManagementClient
  let consumer: NetworkManagementClient
  let nextOctet = 10

  beforeAll(async () => {
    sim = await startArmSimulator()
    sim.seedResourceGroup(SUBSCRIPTION, RG, LOCATION)
    sim.seedResourceGroup(CONSUMER_SUB, CONSUMER_RG, LOCATION)
    const credential = new ClientSecretCredential(TENANT, CLIENT_ID, 'not-a-real-secret', {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sim.caCertPem },
    })
    provider = networkClient(sim, credential)
    consumer = consumerClient(sim, credential)
    sim.seed(armId('virtualNetworks', 'vnet'), {
      location: LOCATION,
      properties: {
        addressSpace: { addressPrefixes: ['10.0.0.0/16'] },
        subnets: [{ name: 'aks', properties: { addressPrefix: '10.0.1.0/24' } }],
      },
    })
    sim.seed(armId('loadBalancers', 'kubernetes-internal'), {
      location: LOCATION,
      sku: { name: 'Standard' },
      properties: {
        frontendIPConfigurations: [
          {
            name: 'fe',
            properties: {
              privateIPAddress: '10.0.1.4',
              privateIPAllocationMethod: 'Static',
              subnet: { id: armId('virtualNetworks', 'vnet', 'subnets', 'aks') },
            },
          },
        ],
      },
    })
    sim.seed(consumerId('virtualNetworks', 'spoke'), {
      location: LOCATION,
      properties: { addressSpace: { addressPrefixes: ['10.1.0.0/16'] }, subnets: [] },
    })
  })

  afterAll(async () => {
    await sim.stop()
  })

  /** Fresh subnets per test (jest runs the tests in random order): a PLS one and a PE one. */
  function subnets(tag: string): {
    plsSubnet: string
    peSubnet: string
    plsNet: string
    peNet: string
  } {
    const octet = nextOctet++
    const plsSubnet = armId('virtualNetworks', 'vnet', 'subnets', `pls-${tag}`)
    const peSubnet = consumerId('virtualNetworks', 'spoke', 'subnets', `pe-${tag}`)
    sim.seed(plsSubnet, {
      properties: {
        addressPrefix: `10.0.${octet}.0/24`,
        privateLinkServiceNetworkPolicies: 'Disabled',
      },
    })
    sim.seed(peSubnet, { properties: { addressPrefix: `10.1.${octet}.0/24` } })
    return { plsSubnet, peSubnet, plsNet: `10.0.${octet}`, peNet: `10.1.${octet}` }
  }

  function createPls(
    name: string,
    subnetId: string,
    autoApproval: string[] = [],
  ): ReturnType<NetworkManagementClient['privateLinkServices']['beginCreateOrUpdateAndWait']> {
    return provider.privateLinkServices.beginCreateOrUpdateAndWait(
      RG,
      name,
      {
        location: LOCATION,
        loadBalancerFrontendIpConfigurations: [
          { id: armId('loadBalancers', 'kubernetes-internal', 'frontendIPConfigurations', 'fe') },
        ],
        ipConfigurations: [
          { name: 'nat-0', privateIPAllocationMethod: 'Dynamic', subnet: { id: subnetId } },
        ],
        visibility: { subscriptions: ['*'] },
        autoApproval: { subscriptions: autoApproval },
      },
      POLL,
    )
  }

  function createPe(
    name: string,
    subnetId: string,
    plsReference: string,
    manual: boolean,
  ): ReturnType<NetworkManagementClient['privateEndpoints']['beginCreateOrUpdateAndWait']> {
    const connection = {
      name: `${name}-conn`,
      privateLinkServiceId: plsReference,
      requestMessage: 'please approve',
    }
    return consumer.privateEndpoints.beginCreateOrUpdateAndWait(
      CONSUMER_RG,
      name,
      {
        location: LOCATION,
        subnet: { id: subnetId },
        ...(manual
          ? { manualPrivateLinkServiceConnections: [connection] }
          : { privateLinkServiceConnections: [connection] }),
      },
      POLL,
    )
  }

  it('GIVEN a Standard LB frontend WHEN a PLS is created THEN it gets an alias and a NAT IP, both stable across a re-PUT', async () => {
    const { plsSubnet, plsNet } = subnets('alias')
    const created = await createPls('pls-alias', plsSubnet)
    expect(created.provisioningState).toBe('Succeeded')
    expect(created.alias).toMatch(
      new RegExp(`^pls-alias\\.${GUID}\\.westeurope\\.azure\\.privatelinkservice$`),
    )
    expect(created.ipConfigurations?.[0]).toMatchObject({
      name: 'nat-0',
      privateIPAddress: `${plsNet}.4`,
      privateIPAllocationMethod: 'Dynamic',
    })
    expect(created.privateEndpointConnections).toEqual([])

    const read = await provider.privateLinkServices.get(RG, 'pls-alias')
    const again = await provider.privateLinkServices.beginCreateOrUpdateAndWait(
      RG,
      'pls-alias',
      { ...read, fqdns: ['app.internal'] },
      POLL,
    )
    expect(again.alias).toBe(created.alias)
    expect(again.ipConfigurations?.[0]?.privateIPAddress).toBe(`${plsNet}.4`)

    // A second PLS NAT IP in the same subnet gets the next address.
    const second = await createPls('pls-alias-2', plsSubnet)
    expect(second.ipConfigurations?.[0]?.privateIPAddress).toBe(`${plsNet}.5`)
  })

  it('GIVEN a PLS WHEN a PE from another subscription connects manually, is approved and deleted THEN both sides follow', async () => {
    const { plsSubnet, peSubnet, peNet } = subnets('flow')
    const pls = await createPls('pls-flow', plsSubnet)
    const pe = await createPe('pe-flow', peSubnet, pls.id ?? '', true)
    const peId = consumerId('privateEndpoints', 'pe-flow')

    // The PE: NIC `<pe>.nic.<guid>` in its RG, first free address of its subnet, Pending.
    expect(pe.provisioningState).toBe('Succeeded')
    const nicId = pe.networkInterfaces?.[0]?.id ?? ''
    expect(nicId).toMatch(
      new RegExp(`^${consumerId('networkInterfaces', '')}pe-flow\\.nic\\.${GUID}$`),
    )
    expect(pe.customDnsConfigs).toEqual([{ ipAddresses: [`${peNet}.4`] }])
    expect(pe.manualPrivateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState).toEqual({
      status: 'Pending',
      description: 'please approve',
      actionsRequired: 'None',
    })
    const nicName = nicId.split('/').pop() ?? ''
    const nic = await consumer.networkInterfaces.get(CONSUMER_RG, nicName)
    expect(nic.privateEndpoint?.id).toBe(peId)
    expect(nic.ipConfigurations?.[0]).toMatchObject({
      privateIPAddress: `${peNet}.4`,
      subnet: { id: peSubnet },
    })

    // The PLS: a Pending connection `<pe>.<guid>` with the PE's id and a numeric link id.
    const withConnection = await provider.privateLinkServices.get(RG, 'pls-flow')
    expect(withConnection.privateEndpointConnections).toHaveLength(1)
    const connection = withConnection.privateEndpointConnections?.[0]
    expect(connection?.name).toMatch(new RegExp(`^pe-flow\\.${GUID}$`))
    expect(connection?.privateEndpoint?.id).toBe(peId)
    expect(connection?.linkIdentifier).toMatch(/^\d+$/)
    expect(connection?.privateLinkServiceConnectionState).toEqual({
      status: 'Pending',
      description: 'please approve',
      actionsRequired: 'None',
    })
    const connectionName = connection?.name ?? ''
    const single = await provider.privateLinkServices.getPrivateEndpointConnection(
      RG,
      'pls-flow',
      connectionName,
    )
    expect(single.id).toBe(
      armId('privateLinkServices', 'pls-flow', 'privateEndpointConnections', connectionName),
    )

    // Approval on the PLS side shows on both sides.
    const approved = await provider.privateLinkServices.updatePrivateEndpointConnection(
      RG,
      'pls-flow',
      connectionName,
      {
        privateLinkServiceConnectionState: {
          status: 'Approved',
          description: 'approved by CI',
          actionsRequired: 'None',
        },
      },
    )
    expect(approved.privateLinkServiceConnectionState?.status).toBe('Approved')
    expect(approved.linkIdentifier).toBe(connection?.linkIdentifier)
    expect(approved.privateEndpoint?.id).toBe(peId)
    const peAfter = await consumer.privateEndpoints.get(CONSUMER_RG, 'pe-flow')
    expect(
      peAfter.manualPrivateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState,
    ).toEqual({ status: 'Approved', description: 'approved by CI', actionsRequired: 'None' })
    const plsAfter = await provider.privateLinkServices.get(RG, 'pls-flow')
    expect(plsAfter.privateEndpointConnections?.[0]?.privateLinkServiceConnectionState).toEqual({
      status: 'Approved',
      description: 'approved by CI',
      actionsRequired: 'None',
    })

    // A re-PUT of the PE (read-modify-write) keeps its NIC, address and approved state.
    const rePut = await consumer.privateEndpoints.beginCreateOrUpdateAndWait(
      CONSUMER_RG,
      'pe-flow',
      peAfter,
      POLL,
    )
    expect(rePut.networkInterfaces?.[0]?.id).toBe(nicId)
    expect(rePut.customDnsConfigs).toEqual([{ ipAddresses: [`${peNet}.4`] }])
    expect(
      rePut.manualPrivateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState?.status,
    ).toBe('Approved')
    const plsAgain = await provider.privateLinkServices.get(RG, 'pls-flow')
    expect(plsAgain.privateEndpointConnections).toHaveLength(1)

    // Deleting the PE removes its PLS connection and its NIC.
    await consumer.privateEndpoints.beginDeleteAndWait(CONSUMER_RG, 'pe-flow', POLL)
    const plsGone = await provider.privateLinkServices.get(RG, 'pls-flow')
    expect(plsGone.privateEndpointConnections).toEqual([])
    await expect(consumer.networkInterfaces.get(CONSUMER_RG, nicName)).rejects.toMatchObject({
      statusCode: 404,
    })
    await expect(
      provider.privateLinkServices.getPrivateEndpointConnection(RG, 'pls-flow', connectionName),
    ).rejects.toMatchObject({ statusCode: 404 })
  })

  it('GIVEN two PEs in one subnet WHEN created THEN they get different addresses, and a freed one is reused', async () => {
    const { plsSubnet, peSubnet, peNet } = subnets('two')
    const pls = await createPls('pls-two', plsSubnet)
    const first = await createPe('pe-one', peSubnet, pls.id ?? '', false)
    const second = await createPe('pe-two', peSubnet, pls.id ?? '', false)
    expect(first.customDnsConfigs?.[0]?.ipAddresses).toEqual([`${peNet}.4`])
    expect(second.customDnsConfigs?.[0]?.ipAddresses).toEqual([`${peNet}.5`])
    // An automatic connection is approved at once.
    expect(first.privateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState).toEqual({
      status: 'Approved',
      description: 'Auto-Approved',
      actionsRequired: 'None',
    })
    await consumer.privateEndpoints.beginDeleteAndWait(CONSUMER_RG, 'pe-one', POLL)
    const third = await createPe('pe-three', peSubnet, pls.id ?? '', false)
    expect(third.customDnsConfigs?.[0]?.ipAddresses).toEqual([`${peNet}.4`])
    const read = await provider.privateLinkServices.get(RG, 'pls-two')
    expect(read.privateEndpointConnections?.map(c => c.privateEndpoint?.id).sort()).toEqual([
      consumerId('privateEndpoints', 'pe-three'),
      consumerId('privateEndpoints', 'pe-two'),
    ])
  })

  it('GIVEN the consumer subscription in autoApproval WHEN a manual PE connects by alias THEN it is Approved at once', async () => {
    const { plsSubnet, peSubnet } = subnets('auto')
    const pls = await createPls('pls-auto', plsSubnet, [CONSUMER_SUB])
    const pe = await createPe('pe-auto', peSubnet, pls.alias ?? '', true)
    expect(
      pe.manualPrivateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState?.status,
    ).toBe('Approved')
    const read = await provider.privateLinkServices.get(RG, 'pls-auto')
    expect(read.privateEndpointConnections?.[0]?.privateLinkServiceConnectionState?.status).toBe(
      'Approved',
    )
  })

  it('GIVEN a Pending connection WHEN rejected THEN both sides show Rejected', async () => {
    const { plsSubnet, peSubnet } = subnets('reject')
    const pls = await createPls('pls-reject', plsSubnet)
    await createPe('pe-reject', peSubnet, pls.id ?? '', true)
    const read = await provider.privateLinkServices.get(RG, 'pls-reject')
    const name = read.privateEndpointConnections?.[0]?.name ?? ''
    await provider.privateLinkServices.updatePrivateEndpointConnection(RG, 'pls-reject', name, {
      privateLinkServiceConnectionState: { status: 'Rejected', description: 'no' },
    })
    const pe = await consumer.privateEndpoints.get(CONSUMER_RG, 'pe-reject')
    expect(pe.manualPrivateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState).toEqual({
      status: 'Rejected',
      description: 'no',
      actionsRequired: 'None',
    })
  })

  it('GIVEN a PLS that does not exist WHEN a PE references it THEN 400 and nothing is created', async () => {
    const { peSubnet } = subnets('missing')
    await expect(
      createPe('pe-missing', peSubnet, armId('privateLinkServices', 'nope'), true),
    ).rejects.toMatchObject({
      statusCode: 400,
      code: 'ThirdPartyPrivateLinkServiceProvidedDuringPrivateEndpointCreationDoesNotExistOrIsNotVisible',
    })
    expect(sim.get(consumerId('privateEndpoints', 'pe-missing'))).toBeUndefined()
    const names: string[] = []
    for await (const nic of consumer.networkInterfaces.list(CONSUMER_RG)) names.push(nic.name ?? '')
    expect(names.filter(n => n.startsWith('pe-missing'))).toEqual([])
  })

  it('GIVEN a connection name that does not exist WHEN updated THEN 404', async () => {
    const { plsSubnet } = subnets('ghost')
    await createPls('pls-ghost', plsSubnet)
    await expect(
      provider.privateLinkServices.updatePrivateEndpointConnection(RG, 'pls-ghost', 'ghost', {
        privateLinkServiceConnectionState: { status: 'Approved' },
      }),
    ).rejects.toMatchObject({ statusCode: 404 })
  })

  it('GIVEN an approved PE WHEN its PLS is deleted THEN the PE connection shows Disconnected', async () => {
    const { plsSubnet, peSubnet } = subnets('gone')
    const pls = await createPls('pls-gone', plsSubnet)
    await createPe('pe-gone', peSubnet, pls.id ?? '', false)
    await provider.privateLinkServices.beginDeleteAndWait(RG, 'pls-gone', POLL)
    const after = await consumer.privateEndpoints.get(CONSUMER_RG, 'pe-gone')
    expect(
      after.privateLinkServiceConnections?.[0]?.privateLinkServiceConnectionState?.status,
    ).toBe('Disconnected')
  })
})
