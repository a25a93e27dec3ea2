import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { hasWrites } from '../../../src/core/plan.js'
import { runStep } from '../../../src/hosts/run-step.js'
import { provisionPrivateIngress } from '../../../src/steps/provision-private-ingress/index.js'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { FakeKubeApi } from '../../support/cluster/fake-kube-api.js'
import { createRecordingTools, type RecordingTools } from '../../support/cluster/recording-tools.js'
import { clusterStepHost } from '../../support/cluster/cluster-step-host.js'
import type { RecordingHost } from '../../support/recording-host.js'

const SUB = '00000000-0000-4000-8000-0000000000c1'
const CONSUMER_SUB = '00000000-0000-4000-8000-0000000000c2'
const NET = `/subscriptions/${SUB}/resourceGroups`
const VNET_ID = `${NET}/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks`
const NODE_RG = 'MC_rg-aks_aks1_eastus2'
const LB_ID = `${NET}/${NODE_RG}/providers/Microsoft.Network/loadBalancers/kubernetes-internal`
const PLS_SUBNET_ID = `${VNET_ID}/subnets/pls`
const CONSUMER_VNET = `/subscriptions/${CONSUMER_SUB}/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/vnet-app`
const CONSUMER_SUBNET = `${CONSUMER_VNET}/subnets/endpoints`
const PE_ID = `/subscriptions/${CONSUMER_SUB}/resourceGroups/rg-app/providers/Microsoft.Network/privateEndpoints/pe-ingress-app`
const SERVICE_IP = '10.240.0.42'

let sim: ArmSimulator
let fake: FakeKubeApi
let tools: RecordingTools
let kubeconfig: string

beforeAll(async () => {
  process.env['AKS_SECURE_NETWORKING_POLL_INTERVAL_MS'] = '5'
  fake = await FakeKubeApi.start()
  kubeconfig = await fake.writeKubeconfig(mkdtempSync(join(tmpdir(), 'asn-kube-')))
})

afterAll(async () => {
  await fake.close()
  await sim?.stop()
})

beforeEach(async () => {
  await sim?.stop()
  sim = await startArmSimulator()
  tools = await createRecordingTools({
    answers: [
      { tool: 'helm', argsPrefix: ['status'], exitCode: 1, stderr: 'Error: release: not found' },
    ],
  })
  fake.addService({
    namespace: 'ingress-nginx',
    name: 'ingress-nginx-controller',
    type: 'LoadBalancer',
  })
  sim.seedResourceGroup(SUB, 'rg-aks', 'eastus2')
  sim.seedResourceGroup(SUB, NODE_RG, 'eastus2')
  sim.seedResourceGroup(CONSUMER_SUB, 'rg-app', 'eastus2')
  sim.seed(VNET_ID, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.240.0.0/12'] },
      subnets: [
        { name: 'aks', properties: { addressPrefix: '10.240.0.0/16' } },
        {
          name: 'pls',
          properties: {
            addressPrefix: '10.241.0.0/24',
            privateLinkServiceNetworkPolicies: 'Enabled',
          },
        },
      ],
    },
  })
  sim.seed(CONSUMER_VNET, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.50.0.0/16'] },
      subnets: [{ name: 'endpoints', properties: { addressPrefix: '10.50.1.0/24' } }],
    },
  })
})

afterEach(async () => {
  await tools.cleanup()
})

/** What AKS's cloud provider does once the chart's Service exists: an internal LB frontend and its IP. */
function cloudProviderAssignsIp(): void {
  sim.seed(LB_ID, {
    location: 'eastus2',
    sku: { name: 'Standard' },
    properties: {
      frontendIPConfigurations: [
        {
          name: 'a1b2c3',
          properties: {
            privateIPAddress: SERVICE_IP,
            privateIPAllocationMethod: 'Static',
            subnet: { id: `${VNET_ID}/subnets/aks` },
          },
        },
      ],
      backendAddressPools: [{ name: 'kubernetes' }],
    },
  })
  fake.addService({
    namespace: 'ingress-nginx',
    name: 'ingress-nginx-controller',
    type: 'LoadBalancer',
    loadBalancerIp: SERVICE_IP,
  })
}

function host(
  inputs: Record<string, string>,
  onSleep: () => void = cloudProviderAssignsIp,
): RecordingHost {
  return clusterStepHost({
    sim,
    tools,
    inputs: {
      'subscription-id': SUB,
      'resource-group': 'rg-aks',
      'node-resource-group': NODE_RG,
      'vnet-id': VNET_ID,
      kubeconfig,
      ...inputs,
    },
    onFirstSleep: onSleep,
  })
}

const ARM_INPUTS = {
  'private-link': 'arm',
  'pls-subnet-id': PLS_SUBNET_ID,
  'private-endpoints': `- subnet-id: ${CONSUMER_SUBNET}\n  name: pe-ingress-app\n  request-message: app team\n`,
}

function helmCalls(verb: string) {
  return tools.calls().filter(c => c.tool === 'helm' && c.argv[0] === verb)
}

describe('provision-private-ingress with private-link: arm', () => {
  it('GIVEN a cluster without the controller WHEN applied THEN it installs NGINX internally, waits for the IP, creates the PLS and an approved endpoint', async () => {
    const run = host(ARM_INPUTS)
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    const install = helmCalls('upgrade')
    expect(install).toHaveLength(1)
    expect(install[0]?.argv.slice(0, 6)).toEqual([
      'upgrade',
      '--install',
      'ingress-nginx',
      'ingress-nginx',
      '--version',
      '4.15.1',
    ])
    expect(install[0]?.argv).toEqual(
      expect.arrayContaining([
        '--namespace',
        'ingress-nginx',
        '--repo',
        'https://kubernetes.github.io/ingress-nginx',
        '--kubeconfig',
        kubeconfig,
      ]),
    )
    expect(install[0]?.stdin).toContain(
      'service.beta.kubernetes.io/azure-load-balancer-internal: "true"',
    )
    expect(install[0]?.stdin).toContain(
      'service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path: /healthz',
    )

    expect(
      (sim.get(PLS_SUBNET_ID) as { properties: Record<string, unknown> }).properties[
        'privateLinkServiceNetworkPolicies'
      ],
    ).toBe('Disabled')
    const pls = sim.get(
      `${NET}/rg-aks/providers/Microsoft.Network/privateLinkServices/pls-ingress-nginx`,
    ) as { properties: Record<string, unknown> }
    expect(pls.properties['loadBalancerFrontendIpConfigurations']).toEqual([
      { id: `${LB_ID}/frontendIPConfigurations/a1b2c3` },
    ])
    const connections = pls.properties['privateEndpointConnections'] as {
      properties: { privateLinkServiceConnectionState: { status: string } }
    }[]
    expect(connections.map(c => c.properties.privateLinkServiceConnectionState.status)).toEqual([
      'Approved',
    ])

    const endpoints = JSON.parse(run.outputValues['private-endpoints'] ?? '{}') as Record<
      string,
      string
    >
    expect(Object.keys(endpoints)).toEqual(['pe-ingress-app'])
    expect(endpoints['pe-ingress-app']).toMatch(/^10\.50\.1\.\d+$/)
    expect(run.outputValues['ingress-private-ip']).toBe(SERVICE_IP)
    expect(run.outputValues['private-link-service-alias']).toMatch(/^pls-ingress-nginx\./)
    expect(run.logs.some(l => l.includes('retired in March 2026'))).toBe(true)
  })

  it('GIVEN a converged cluster WHEN run again THEN there is no Helm upgrade and no ARM write', async () => {
    const first = await runStep(host(ARM_INPUTS), provisionPrivateIngress)
    expect(first.status).toBe('succeeded')
    const writes = sim.writes().length
    const upgrades = helmCalls('upgrade').length
    const again = await runStep(
      host(ARM_INPUTS, () => undefined),
      provisionPrivateIngress,
    )
    expect(again.status).toBe('succeeded')
    expect(again.plan && hasWrites(again.plan)).toBe(false)
    expect(sim.writes()).toHaveLength(writes)
    expect(helmCalls('upgrade')).toHaveLength(upgrades)
  })

  it('GIVEN an endpoint the step created WHEN it leaves the list THEN only that endpoint is deleted', async () => {
    expect((await runStep(host(ARM_INPUTS), provisionPrivateIngress)).status).toBe('succeeded')
    const second = await runStep(
      host({ ...ARM_INPUTS, 'private-endpoints': '[]' }, () => undefined),
      provisionPrivateIngress,
    )
    expect(second.status).toBe('succeeded')
    const deletes = sim.writes().filter(w => w.method === 'DELETE')
    expect(deletes.map(d => d.path.toLowerCase())).toEqual([PE_ID.toLowerCase()])
    expect(sim.get(PE_ID)).toBeUndefined()
  })
})

describe('provision-private-ingress with private-link: service', () => {
  it('GIVEN service mode WHEN applied THEN the PLS annotations go on the Service and the step waits for the cloud provider’s PLS', async () => {
    const plsId = `${NET}/${NODE_RG}/providers/Microsoft.Network/privateLinkServices/pls-ingress-nginx`
    const run = host({}, () => {
      cloudProviderAssignsIp()
      sim.seed(plsId, {
        location: 'eastus2',
        properties: {
          loadBalancerFrontendIpConfigurations: [
            { id: `${LB_ID}/frontendIPConfigurations/a1b2c3` },
          ],
          ipConfigurations: [
            {
              name: 'pls-nat',
              properties: {
                privateIPAllocationMethod: 'Dynamic',
                subnet: { id: `${VNET_ID}/subnets/aks` },
              },
            },
          ],
          alias:
            'pls-ingress-nginx.00000000-0000-0000-0000-000000000000.eastus2.azure.privatelinkservice',
        },
      })
    })
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    const stdin = helmCalls('upgrade')[0]?.stdin ?? ''
    expect(stdin).toContain('service.beta.kubernetes.io/azure-pls-create: "true"')
    expect(stdin).toContain('service.beta.kubernetes.io/azure-pls-name: pls-ingress-nginx')
    expect(run.outputValues['private-link-service-id']).toBe(plsId)
    expect(run.outputValues['private-link-service-alias']).toContain('pls-ingress-nginx.')
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN the Service never gets an IP WHEN applied THEN it fails after wait-timeout naming the Service', async () => {
    const run = host({ 'private-link': 'none', 'wait-timeout': '1ms' }, () => undefined)
    const result = await runStep(run, provisionPrivateIngress)
    expect(result.status).toBe('failed')
    expect(run.failures[0]).toContain(
      'Service ingress-nginx/ingress-nginx-controller got no private IP within',
    )
  })
})

describe('provision-private-ingress bad input', () => {
  it('GIVEN every kind of bad input at once WHEN run THEN one error lists them and nothing is called', async () => {
    const run = host({
      'vnet-id': `${VNET_ID}/subnets/aks`,
      'load-balancer-ip': '10.0.0.10',
      'private-link': 'teleport',
      'pls-subnet-id':
        '/subscriptions/00000000-0000-4000-8000-0000000000c9/resourceGroups/x/providers/Microsoft.Network/virtualNetworks/other/subnets/pls',
      'private-endpoints': '- subnet-id: [unclosed',
    })
    const result = await runStep(run, provisionPrivateIngress)
    expect(result.status).toBe('invalid')
    for (const input of [
      "'vnet-id'",
      "'load-balancer-ip' = '10.0.0.10'",
      "'private-link' = 'teleport'",
      "'private-endpoints'",
    ]) {
      expect(run.failures[0]).toContain(input)
    }
    expect(sim.requests).toEqual([])
    expect(tools.calls()).toEqual([])
  })
})

describe('provision-private-ingress reading the cluster', () => {
  const CLUSTER_ID = `${NET}/rg-aks/providers/Microsoft.ContainerService/managedClusters/aks1`

  it('GIVEN cluster-name instead of node-resource-group and vnet-id WHEN applied THEN they are read from the AKS cluster through ARM', async () => {
    sim.seed(CLUSTER_ID, {
      location: 'eastus2',
      properties: {
        nodeResourceGroup: NODE_RG,
        agentPoolProfiles: [{ name: 'system', vnetSubnetID: `${VNET_ID}/subnets/aks` }],
      },
    })
    const base = host(ARM_INPUTS)
    const run = {
      ...base,
      inputs: {
        get: (id: string) =>
          id === 'node-resource-group' || id === 'vnet-id'
            ? undefined
            : id === 'cluster-name'
              ? 'aks1'
              : base.inputs.get(id),
      },
    }
    const result = await runStep(run, provisionPrivateIngress)
    expect(base.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(
      sim.requests.some(
        r => r.method === 'GET' && r.path.toLowerCase() === CLUSTER_ID.toLowerCase(),
      ),
    ).toBe(true)
    expect(base.logs).toContain(
      `info: provision-private-ingress: cluster ${CLUSTER_ID}: node resource group ${NODE_RG}, network ${VNET_ID}`,
    )
  })

  it('GIVEN a cluster that does not exist WHEN run THEN it fails naming cluster-name and changes nothing', async () => {
    const base = host(ARM_INPUTS)
    const run = {
      ...base,
      inputs: {
        get: (id: string) =>
          id === 'node-resource-group' || id === 'vnet-id'
            ? undefined
            : id === 'cluster-name'
              ? 'aks1'
              : base.inputs.get(id),
      },
    }
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(base.failures[0]).toContain("Check 'cluster-name'")
    expect(tools.calls().filter(c => c.argv[0] === 'upgrade')).toEqual([])
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN a static IP outside the internal subnet WHEN run THEN it fails naming load-balancer-ip before any change', async () => {
    const run = host({
      ...ARM_INPUTS,
      'internal-subnet-name': 'aks',
      'load-balancer-ip': '10.250.0.9',
    })
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(run.failures[0]).toContain(
      "'load-balancer-ip' '10.250.0.9' is outside subnet 'aks' (10.240.0.0/16)",
    )
    expect(sim.writes()).toEqual([])
    expect(tools.calls().filter(c => c.argv[0] === 'upgrade')).toEqual([])
  })
})

describe('provision-private-ingress DNS records and ownership', () => {
  const ZONE = `/subscriptions/${CONSUMER_SUB}/resourceGroups/rg-app/providers/Microsoft.Network/privateDnsZones/ingress.contoso.internal`

  it('GIVEN a Private DNS zone WHEN applied THEN each endpoint gets an A record with its private IP, and the record goes with the endpoint', async () => {
    sim.seed(ZONE, { location: 'global', properties: {} })
    const inputs = { ...ARM_INPUTS, 'private-dns-zone-id': ZONE }
    const run = host(inputs)
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('succeeded')
    expect(run.failures).toEqual([])
    const ip = (
      JSON.parse(run.outputValues['private-endpoints'] ?? '{}') as Record<string, string>
    )['pe-ingress-app']
    const record = sim.get(`${ZONE}/A/pe-ingress-app`) as {
      properties: { aRecords: { ipv4Address: string }[] }
    }
    expect(record.properties.aRecords).toEqual([{ ipv4Address: ip }])

    const removed = await runStep(
      host({ ...inputs, 'private-endpoints': '[]' }, () => undefined),
      provisionPrivateIngress,
    )
    expect(removed.status).toBe('succeeded')
    expect(sim.get(`${ZONE}/A/pe-ingress-app`)).toBeUndefined()
    expect(sim.get(PE_ID)).toBeUndefined()
  })

  it('GIVEN a listed endpoint that exists but was not created by the step WHEN run THEN it is neither approved nor adopted', async () => {
    expect((await runStep(host(ARM_INPUTS), provisionPrivateIngress)).status).toBe('succeeded')
    const pe = sim.get(PE_ID) as Record<string, unknown>
    sim.seed(PE_ID, { ...pe, tags: {} })
    const run = host(ARM_INPUTS, () => undefined)
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(run.failures[0]).toContain(
      'exists but was not created by this step for this Private Link Service',
    )
  })

  it('GIVEN a NAT IP count lower than the service already has WHEN run again THEN nothing is written (NAT IPs cannot be removed)', async () => {
    expect(
      (await runStep(host({ ...ARM_INPUTS, 'pls-nat-ip-count': '2' }), provisionPrivateIngress))
        .status,
    ).toBe('succeeded')
    const writes = sim.writes().length
    const again = await runStep(
      host({ ...ARM_INPUTS, 'pls-nat-ip-count': '1' }, () => undefined),
      provisionPrivateIngress,
    )
    expect(again.status).toBe('succeeded')
    expect(sim.writes()).toHaveLength(writes)
  })
})
