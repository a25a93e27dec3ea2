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

const SUB = '00000000-0000-4000-8000-0000000000d1'
const CONSUMER_SUB = '00000000-0000-4000-8000-0000000000d2'
const RG = `/subscriptions/${SUB}/resourceGroups/rg-aks`
const NET = `${RG}/providers/Microsoft.Network`
const VNET_ID = `${NET}/virtualNetworks/vnet-aks`
const GATEWAY_SUBNET = `${VNET_ID}/subnets/appgw`
const LINK_SUBNET = `${VNET_ID}/subnets/private-link`
const CLUSTER_ID = `${RG}/providers/Microsoft.ContainerService/managedClusters/aks1`
const GATEWAY_ID = `${NET}/applicationGateways/agw-aks1`
const WAF_ID = `${NET}/ApplicationGatewayWebApplicationFirewallPolicies/agw-aks1-waf`
const PIP_ID = `${NET}/publicIPAddresses/agw-aks1-pip`
const CONSUMER_VNET = `/subscriptions/${CONSUMER_SUB}/resourceGroups/rg-app/providers/Microsoft.Network/virtualNetworks/vnet-app`
const CONSUMER_SUBNET = `${CONSUMER_VNET}/subnets/endpoints`
const PE_ID = `/subscriptions/${CONSUMER_SUB}/resourceGroups/rg-app/providers/Microsoft.Network/privateEndpoints/pe-agw-app`
const FRONTEND_IP = '10.241.0.10'
const HELM_PRINCIPAL = '6b1f6a2e-5d5c-4d1e-9a59-2f6c7c9e1a01'
const HELM_CLIENT = '0c8e0f39-3a7e-4b0a-8f4e-7d2e8b6f5c02'

type Json = Record<string, unknown>

const GATEWAY_DELEGATION = {
  name: 'appgw',
  properties: { serviceName: 'Microsoft.Network/applicationGateways' },
}
const OVERLAY = { networkPlugin: 'azure', networkPluginMode: 'overlay' }

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

/**
 * An AKS cluster as ARM returns it: read-only values, a kubelet identity, other add-ons, Azure CNI
 * Overlay unless `networkProfile` says otherwise, nodes on `nodeSubnet`.
 */
function seedCluster(
  addonProfiles: Json = {},
  networkProfile: Json = OVERLAY,
  nodeSubnet = `${VNET_ID}/subnets/aks`,
): void {
  sim.seed(CLUSTER_ID, {
    location: 'eastus2',
    sku: { name: 'Base', tier: 'Standard' },
    identity: {
      type: 'SystemAssigned',
      principalId: '11111111-2222-4333-8444-555555555555',
      tenantId: '99999999-8888-4777-8666-555555555555',
    },
    properties: {
      powerState: { code: 'Running' },
      maxAgentPools: 100,
      kubernetesVersion: '1.33',
      currentKubernetesVersion: '1.33.2',
      dnsPrefix: 'aks1',
      fqdn: 'aks1-abc.hcp.eastus2.azmk8s.io',
      azurePortalFQDN: 'aks1-abc.portal.hcp.eastus2.azmk8s.io',
      agentPoolProfiles: [
        {
          name: 'system',
          count: 3,
          vmSize: 'Standard_D4ds_v5',
          mode: 'System',
          vnetSubnetID: nodeSubnet,
          provisioningState: 'Succeeded',
          powerState: { code: 'Running' },
          nodeImageVersion: 'AKSUbuntu-2204gen2containerd-202607.01.0',
          currentOrchestratorVersion: '1.33.2',
        },
      ],
      servicePrincipalProfile: { clientId: 'msi' },
      addonProfiles: {
        azurepolicy: { enabled: true, config: null, identity: { clientId: 'x', objectId: 'y' } },
        ...addonProfiles,
      },
      nodeResourceGroup: 'MC_rg-aks_aks1_eastus2',
      enableRBAC: true,
      networkProfile,
      oidcIssuerProfile: { enabled: true, issuerURL: 'https://eastus2.oic.prod-aks.azure.com/t/' },
      identityProfile: {
        kubeletidentity: {
          resourceId: `/subscriptions/${SUB}/resourcegroups/MC_rg-aks_aks1_eastus2/providers/Microsoft.ManagedIdentity/userAssignedIdentities/aks1-agentpool`,
          clientId: '22222222-3333-4444-8555-666666666666',
          objectId: '33333333-4444-4555-8666-777777777777',
        },
      },
    },
  })
}

beforeEach(async () => {
  await sim?.stop()
  sim = await startArmSimulator()
  fake.clearObjects()
  tools = await createRecordingTools({
    answers: [
      { tool: 'helm', argsPrefix: ['status'], exitCode: 1, stderr: 'Error: release: not found' },
    ],
  })
  sim.seedResourceGroup(SUB, 'rg-aks', 'eastus2')
  sim.seedResourceGroup(CONSUMER_SUB, 'rg-app', 'eastus2')
  sim.seed(VNET_ID, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.240.0.0/12'] },
      subnets: [
        { name: 'aks', properties: { addressPrefix: '10.240.0.0/16' } },
        // Azure CNI Overlay (the test cluster's) needs the delegation for AGIC.
        {
          name: 'appgw',
          properties: { addressPrefixes: ['10.241.0.0/24'], delegations: [GATEWAY_DELEGATION] },
        },
        {
          name: 'private-link',
          properties: {
            addressPrefix: '10.241.1.0/27',
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
  seedCluster()
})

afterEach(async () => {
  await tools.cleanup()
})

/** AKS starts the add-on's pod, or Helm AGIC's, once it is asked to: ready on the next look. */
function agicStarts(mode: 'add-on' | 'helm'): void {
  fake.addPod(
    mode === 'add-on'
      ? {
          namespace: 'kube-system',
          name: 'ingress-appgw-deployment-7c9d',
          labels: { app: 'ingress-appgw' },
        }
      : {
          namespace: 'ingress-azure',
          name: 'ingress-azure-5f7b',
          labels: { app: 'ingress-azure', release: 'ingress-azure' },
        },
  )
}

const PRIVATE_INGRESS = `- apiVersion: networking.k8s.io/v1
  kind: Ingress
  metadata:
    name: shop
    namespace: shop
    annotations:
      appgw.ingress.kubernetes.io/use-private-ip: "true"
  spec:
    rules:
      - http:
          paths:
            - path: /
              pathType: Prefix
              backend:
                service:
                  name: shop
                  port:
                    number: 80
`

/** The inputs every run shares, without any opt-in. */
const BASE_INPUTS: Record<string, string> = {
  'subscription-id': SUB,
  'resource-group': 'rg-aks',
  'cluster-name': 'aks1',
  controller: 'application-gateway',
  'application-gateway-subnet-id': GATEWAY_SUBNET,
  'private-frontend-ip': FRONTEND_IP,
  'pls-subnet-id': LINK_SUBNET,
  'private-endpoints': `- subnet-id: ${CONSUMER_SUBNET}\n  name: pe-agw-app\n`,
  ingresses: PRIVATE_INGRESS,
}

/**
 * `agic-mode: add-on` (the default): enabling the add-on is flagged public-exposure while the
 * gateway has a public frontend (AGIC's default listener goes there), so it needs the opt-in.
 */
const INPUTS: Record<string, string> = { ...BASE_INPUTS, 'allow-public-exposure': 'true' }

/** `agic-mode: helm`: usePrivateIP true, nothing public, no opt-in. */
const HELM_INPUTS: Record<string, string> = {
  ...BASE_INPUTS,
  'agic-mode': 'helm',
  'agic-identity-client-id': HELM_CLIENT,
  'agic-identity-principal-id': HELM_PRINCIPAL,
}

function host(
  inputs: Record<string, string>,
  onSleep: () => void = () => undefined,
  onExec: (tool: string, args: readonly string[]) => void = () => undefined,
): RecordingHost {
  return clusterStepHost({
    sim,
    tools,
    fake,
    inputs: { kubeconfig, ...inputs },
    onFirstSleep: onSleep,
    onExec,
  })
}

/** A first run that converges (AGIC's add-on pod starts when the step first waits). */
async function converge(): Promise<void> {
  const run = host(INPUTS, () => agicStarts('add-on'))
  expect((await runStep(run, provisionPrivateIngress)).status).toBe('succeeded')
  expect(run.failures).toEqual([])
}

function gateway(): Json & { properties: Json } {
  return sim.get(GATEWAY_ID) as Json & { properties: Json }
}

function named(list: unknown, name: string): Json | undefined {
  return (list as Json[] | undefined)?.find(item => item['name'] === name)
}

function puts(pathIncludes: string) {
  return sim
    .writes()
    .filter(w => w.method === 'PUT' && w.path.toLowerCase().includes(pathIncludes.toLowerCase()))
}

function kubectlApplies() {
  return tools.calls().filter(c => c.tool === 'kubectl' && c.argv[0] === 'apply')
}

describe('provision-private-ingress with controller: application-gateway, agic-mode: add-on', () => {
  it('GIVEN a cluster without AGIC WHEN applied THEN it creates the WAF policy, a WAF_v2 gateway with a private frontend and Private Link, enables the add-on, grants its identity, applies the Ingress and an approved endpoint', async () => {
    fake.resetCounters()
    const run = host(INPUTS, () => agicStarts('add-on'))
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    const policy = sim.get(WAF_ID) as { properties: Json; tags: Json }
    expect(policy.properties['policySettings']).toMatchObject({
      state: 'Enabled',
      mode: 'Prevention',
    })
    expect(policy.properties['managedRules']).toMatchObject({
      managedRuleSets: [{ ruleSetType: 'Microsoft_DefaultRuleSet', ruleSetVersion: '2.1' }],
    })
    expect(policy.tags).toEqual({ 'managed-by': 'aks-secure-networking' })

    const props = gateway().properties
    expect(props['sku']).toEqual({ name: 'WAF_v2', tier: 'WAF_v2' })
    expect(props['autoscaleConfiguration']).toEqual({ minCapacity: 2, maxCapacity: 10 })
    expect(props['firewallPolicy']).toEqual({ id: WAF_ID })
    const privateFrontend = named(props['frontendIPConfigurations'], 'appGwPrivateFrontendIp')
    expect(privateFrontend?.['properties']).toMatchObject({
      privateIPAddress: FRONTEND_IP,
      privateIPAllocationMethod: 'Static',
      subnet: { id: GATEWAY_SUBNET },
      privateLinkConfiguration: { id: `${GATEWAY_ID}/privateLinkConfigurations/private-link` },
    })
    expect(
      named(props['frontendIPConfigurations'], 'appGwPublicFrontendIp')?.['properties'],
    ).toMatchObject({ publicIPAddress: { id: PIP_ID } })
    const link = named(props['privateLinkConfigurations'], 'private-link') as { properties: Json }
    expect(link.properties['ipConfigurations']).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({
          subnet: { id: LINK_SUBNET },
          privateIPAddress: expect.stringMatching(/^10\.241\.1\.\d+$/),
        }),
      }),
    ])
    // The only listener the step ever writes is on the private frontend.
    expect(
      (props['httpListeners'] as Json[]).map(
        l =>
          (l['properties'] as { frontendIPConfiguration: { id: string } }).frontendIPConfiguration
            .id,
      ),
    ).toEqual([`${GATEWAY_ID}/frontendIPConfigurations/appGwPrivateFrontendIp`])
    expect(
      (sim.get(LINK_SUBNET) as { properties: Json }).properties[
        'privateLinkServiceNetworkPolicies'
      ],
    ).toBe('Disabled')

    const cluster = sim.get(CLUSTER_ID) as {
      properties: { addonProfiles: Json; enableRBAC: boolean }
    }
    expect(cluster.properties.enableRBAC).toBe(true)
    expect(cluster.properties.addonProfiles['ingressApplicationGateway']).toMatchObject({
      enabled: true,
      config: { applicationGatewayId: GATEWAY_ID },
    })
    const clusterPut = puts('/managedClusters/aks1')[0]?.body as {
      properties: Json
      identity: Json
    }
    expect(clusterPut.properties['fqdn']).toBeUndefined()
    expect(clusterPut.properties['powerState']).toBeUndefined()
    expect(clusterPut.identity).toEqual({ type: 'SystemAssigned' })
    expect(clusterPut.properties['agentPoolProfiles']).toEqual([
      {
        name: 'system',
        count: 3,
        vmSize: 'Standard_D4ds_v5',
        mode: 'System',
        vnetSubnetID: `${VNET_ID}/subnets/aks`,
      },
    ])

    const identity = (cluster.properties.addonProfiles['ingressApplicationGateway'] as Json)[
      'identity'
    ] as { objectId: string }
    const grants = puts('/providers/Microsoft.Authorization/roleAssignments/').map(w => ({
      scope: w.path.replace(/\/providers\/Microsoft\.Authorization\/roleAssignments\/.*$/i, ''),
      role: ((w.body as { properties: Json }).properties['roleDefinitionId'] as string)
        .split('/')
        .pop(),
      principal: (w.body as { properties: Json }).properties['principalId'],
    }))
    expect(grants).toEqual(
      expect.arrayContaining([
        {
          scope: GATEWAY_ID,
          role: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
          principal: identity.objectId,
        },
        { scope: RG, role: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', principal: identity.objectId },
        {
          scope: GATEWAY_SUBNET,
          role: '4d97b98b-1d4f-4787-a291-c67834d212e7',
          principal: identity.objectId,
        },
      ]),
    )
    expect(grants).toHaveLength(3)

    const applied = kubectlApplies()
    expect(applied).toHaveLength(1)
    expect(applied[0]?.stdin).toContain('ingressClassName: azure-application-gateway')

    const pe = sim.get(PE_ID) as { properties: Json }
    expect(pe.properties['manualPrivateLinkServiceConnections']).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({
          privateLinkServiceId: GATEWAY_ID,
          groupIds: ['appGwPrivateFrontendIp'],
          privateLinkServiceConnectionState: expect.objectContaining({ status: 'Approved' }),
        }),
      }),
    ])
    const endpoints = JSON.parse(run.outputValues['private-endpoints'] ?? '{}') as Json
    expect(endpoints['pe-agw-app']).toMatch(/^10\.50\.1\.\d+$/)
    expect(run.outputValues).toMatchObject({
      'application-gateway-id': GATEWAY_ID,
      'waf-policy-id': WAF_ID,
      'ingress-private-ip': FRONTEND_IP,
      'private-link-service-id': '',
    })
    expect(run.logs.some(l => l.includes('Application Gateway for Containers'))).toBe(true)
    expect(run.logs.some(l => l.includes('needs a public frontend IP'))).toBe(true)
  })

  it('GIVEN a converged deployment WHEN run again THEN nothing is written to ARM, Helm or the cluster', async () => {
    await converge()
    const writes = sim.writes().length
    const applies = kubectlApplies().length
    const again = await runStep(host(INPUTS), provisionPrivateIngress)
    expect(again.status).toBe('succeeded')
    expect(again.plan && hasWrites(again.plan)).toBe(false)
    expect(sim.writes()).toHaveLength(writes)
    expect(kubectlApplies()).toHaveLength(applies)
  })

  it('GIVEN AGIC rewrote the listeners, pools, rules, certificates and identity WHEN run again, and then with new autoscale bounds THEN the re-run writes nothing and the update keeps every AGIC part', async () => {
    await converge()
    const agicParts = agicRewrite()
    const writes = sim.writes().length
    const again = await runStep(host(INPUTS), provisionPrivateIngress)
    expect(again.status).toBe('succeeded')
    expect(sim.writes()).toHaveLength(writes)

    const scaled = await runStep(
      host({ ...INPUTS, 'autoscale-max-capacity': '20' }),
      provisionPrivateIngress,
    )
    expect(scaled.status).toBe('succeeded')
    const gatewayPuts = puts('/applicationGateways/agw-aks1').filter(
      w => !w.path.includes('privateEndpointConnections'),
    )
    const update = gatewayPuts[gatewayPuts.length - 1]?.body as { properties: Json; identity: Json }
    expect(update.identity).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [KEY_VAULT_IDENTITY]: {} },
    })
    const after = gateway()
    expect(after.properties['autoscaleConfiguration']).toEqual({ minCapacity: 2, maxCapacity: 20 })
    for (const [key, names] of Object.entries(agicParts)) {
      expect({ key, names: (after.properties[key] as Json[]).map(i => i['name']) }).toEqual({
        key,
        names,
      })
    }
    expect(
      (named(after.properties['sslCertificates'], 'cert-shop')?.['properties'] as Json)[
        'keyVaultSecretId'
      ],
    ).toBe('https://kv-shop.vault.azure.net/secrets/shop')
    expect(after['identity']).toMatchObject({ type: 'UserAssigned' })
  })

  it('GIVEN AGIC writes the gateway between the read and the update WHEN applied THEN If-Match makes ARM refuse the stale write, and the step writes again over the new version', async () => {
    await converge()
    sim.onceBefore({
      method: 'PUT',
      pathIncludes: '/applicationGateways/agw-aks1',
      action: () => void agicRewrite(),
    })
    const run = host({ ...INPUTS, 'autoscale-min-capacity': '3' })
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(sim.requests.filter(r => r.status === 412)).toHaveLength(1)
    const after = gateway()
    expect(after.properties['autoscaleConfiguration']).toEqual({ minCapacity: 3, maxCapacity: 10 })
    expect(named(after.properties['httpListeners'], 'fl-shop-443')).toBeDefined()
    expect(run.logs.some(l => l.includes('changed since it was read'))).toBe(true)
  })

  it('GIVEN application-gateway-private-only and the subscription feature WHEN applied THEN the gateway has only its private frontend, no public IP is created, and the add-on needs no opt-in: its only frontend is private', async () => {
    sim.registerFeature(SUB, 'Microsoft.Network/EnableApplicationGatewayNetworkIsolation')
    const run = host({ ...BASE_INPUTS, 'application-gateway-private-only': 'true' }, () =>
      agicStarts('add-on'),
    )
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('succeeded')
    expect(run.failures).toEqual([])
    expect(
      (gateway().properties['frontendIPConfigurations'] as Json[]).map(f => f['name']),
    ).toEqual(['appGwPrivateFrontendIp'])
    expect(sim.get(PIP_ID)).toBeUndefined()
    expect(run.logs.some(l => l.includes('needs a public frontend IP'))).toBe(false)
  })

  it('GIVEN application-gateway-private-only without the subscription feature WHEN applied THEN ARM refuses the gateway and the failure says so', async () => {
    const run = host({ ...BASE_INPUTS, 'application-gateway-private-only': 'true' })
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(run.failures[0]).toContain('ApplicationGatewayFrontendIpCannotHavePublicIpAndSubnet')
    expect(sim.get(GATEWAY_ID)).toBeUndefined()
  })

  it.each([
    ['Application Gateway', GATEWAY_ID],
    ['WAF policy', WAF_ID],
    ['Public IP address', PIP_ID],
  ])(
    'GIVEN the step’s %s, matching but without its managed-by tag WHEN run THEN it stops without writing: what the step did not create is never taken over',
    async (kind, id) => {
      await converge()
      const untagged = { ...(sim.get(id) as Json) }
      delete untagged['tags']
      sim.seed(id, untagged)
      const writes = sim.writes().length
      const run = host(INPUTS)
      expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
      expect(run.failures[0]).toContain(`${kind} '${id}' exists but was not created by this step`)
      expect(sim.writes()).toHaveLength(writes)
    },
  )

  it('GIVEN the add-on already serves another gateway WHEN run THEN it fails without repointing it or writing anything', async () => {
    const other = `${NET}/applicationGateways/agw-legacy`
    seedCluster({
      ingressApplicationGateway: { enabled: true, config: { applicationGatewayId: other } },
    })
    const run = host(INPUTS)
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(run.failures[0]).toContain(`already serves '${other}'`)
    expect(sim.writes()).toEqual([])
  })

  it.each([
    [
      'the resource group',
      RG,
      // Contributor includes every action of Reader and Network Contributor
      [],
    ],
    [
      'the gateway only',
      GATEWAY_ID,
      // Reader on the resource group and Network Contributor on the subnet are still needed
      ['4d97b98b-1d4f-4787-a291-c67834d212e7', 'acdd72a7-3385-48ef-bd42-f606fba81ae7'],
    ],
  ])(
    'GIVEN AGIC identity already has Contributor on %s WHEN applied THEN only the grants that assignment does not include are made',
    async (_where, scope, expected) => {
      const principal = 'aaaaaaaa-0000-4000-8000-00000000000a'
      seedCluster({
        ingressApplicationGateway: {
          enabled: true,
          config: { applicationGatewayId: GATEWAY_ID },
          identity: { clientId: 'c', objectId: principal, resourceId: 'r' },
        },
      })
      sim.seed(
        `${RG}/providers/Microsoft.Authorization/roleAssignments/7e2f0d6c-1111-4222-8333-444455556666`,
        {
          properties: {
            roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`,
            principalId: principal,
            principalType: 'ServicePrincipal',
            scope,
          },
        },
      )
      agicStarts('add-on')
      const result = await runStep(host(INPUTS), provisionPrivateIngress)
      expect(result.status).toBe('succeeded')
      const grants = puts('/providers/Microsoft.Authorization/roleAssignments/').map(w =>
        ((w.body as { properties: Json }).properties['roleDefinitionId'] as string)
          .split('/')
          .pop(),
      )
      expect(grants.sort()).toEqual([...expected].sort())
    },
  )
})

const KEY_VAULT_IDENTITY = `${RG}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-agw-keyvault`

/** What AGIC does on a sync: its own listeners, pools, settings, probes, rules and certificates. */
function agicRewrite(): Record<string, string[]> {
  const current = gateway()
  const id = GATEWAY_ID
  const props = current.properties
  const parts: Json = {
    frontendPorts: [
      { name: 'fp-80', properties: { port: 80 } },
      { name: 'fp-443', properties: { port: 443 } },
    ],
    backendAddressPools: [
      { name: 'defaultaddresspool', properties: {} },
      {
        name: 'pool-shop-shop-80-bp-80',
        properties: { backendAddresses: [{ ipAddress: '10.244.1.7' }] },
      },
    ],
    backendHttpSettingsCollection: [
      {
        name: 'defaulthttpsetting',
        properties: {
          port: 80,
          protocol: 'Http',
          cookieBasedAffinity: 'Disabled',
          requestTimeout: 30,
        },
      },
      {
        name: 'bp-shop-shop-80-80-shop',
        properties: {
          port: 80,
          protocol: 'Http',
          cookieBasedAffinity: 'Disabled',
          requestTimeout: 30,
          probe: { id: `${id}/probes/pb-shop-shop-80-shop` },
        },
      },
    ],
    probes: [
      {
        name: 'pb-shop-shop-80-shop',
        properties: {
          protocol: 'Http',
          host: 'localhost',
          path: '/healthz',
          interval: 30,
          timeout: 30,
          unhealthyThreshold: 3,
        },
      },
    ],
    sslCertificates: [
      {
        name: 'cert-shop',
        properties: { keyVaultSecretId: 'https://kv-shop.vault.azure.net/secrets/shop' },
      },
    ],
    httpListeners: [
      {
        name: 'fl-shop-443',
        properties: {
          frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/appGwPrivateFrontendIp` },
          frontendPort: { id: `${id}/frontendPorts/fp-443` },
          protocol: 'Https',
          sslCertificate: { id: `${id}/sslCertificates/cert-shop` },
        },
      },
      {
        name: 'fl-shop-80',
        properties: {
          frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/appGwPrivateFrontendIp` },
          frontendPort: { id: `${id}/frontendPorts/fp-80` },
          protocol: 'Http',
        },
      },
    ],
    redirectConfigurations: [
      {
        name: 'sslr-fl-shop-443',
        properties: {
          redirectType: 'Permanent',
          targetListener: { id: `${id}/httpListeners/fl-shop-443` },
          includePath: true,
          includeQueryString: true,
        },
      },
    ],
    urlPathMaps: [
      {
        name: 'url-shop',
        properties: {
          defaultBackendAddressPool: { id: `${id}/backendAddressPools/pool-shop-shop-80-bp-80` },
          defaultBackendHttpSettings: {
            id: `${id}/backendHttpSettingsCollection/bp-shop-shop-80-80-shop`,
          },
          pathRules: [
            {
              name: 'pr-shop-0',
              properties: {
                paths: ['/cart/*'],
                backendAddressPool: { id: `${id}/backendAddressPools/pool-shop-shop-80-bp-80` },
                backendHttpSettings: {
                  id: `${id}/backendHttpSettingsCollection/bp-shop-shop-80-80-shop`,
                },
              },
            },
          ],
        },
      },
    ],
    requestRoutingRules: [
      {
        name: 'rr-shop-443',
        properties: {
          ruleType: 'PathBasedRouting',
          priority: 19000,
          httpListener: { id: `${id}/httpListeners/fl-shop-443` },
          urlPathMap: { id: `${id}/urlPathMaps/url-shop` },
        },
      },
      {
        name: 'rr-shop-80',
        properties: {
          ruleType: 'Basic',
          priority: 19010,
          httpListener: { id: `${id}/httpListeners/fl-shop-80` },
          redirectConfiguration: { id: `${id}/redirectConfigurations/sslr-fl-shop-443` },
        },
      },
    ],
  }
  sim.seed(GATEWAY_ID, {
    ...current,
    identity: {
      type: 'UserAssigned',
      userAssignedIdentities: {
        [KEY_VAULT_IDENTITY]: { principalId: 'p', clientId: 'c' },
      },
    },
    properties: { ...props, ...parts },
  })
  return Object.fromEntries(
    Object.entries(parts).map(([key, list]) => [key, (list as Json[]).map(i => String(i['name']))]),
  )
}

describe('provision-private-ingress with controller: application-gateway, agic-mode: helm', () => {
  it('GIVEN helm mode WHEN applied THEN AGIC is installed from its OCI chart with workload identity and private listeners, after its identity got its roles, and a re-run changes nothing', async () => {
    let grantsAtInstall = -1
    const run = host(
      HELM_INPUTS,
      () => agicStarts('helm'),
      (tool, args) => {
        if (tool === 'helm' && args[0] === 'upgrade') {
          grantsAtInstall = puts('/providers/Microsoft.Authorization/roleAssignments/').length
        }
      },
    )
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    const install = tools.calls().filter(c => c.tool === 'helm' && c.argv[0] === 'upgrade')
    expect(install).toHaveLength(1)
    expect(install[0]?.argv.slice(0, 6)).toEqual([
      'upgrade',
      '--install',
      'ingress-azure',
      'oci://mcr.microsoft.com/azure-application-gateway/charts/ingress-azure',
      '--version',
      '1.9.8',
    ])
    expect(install[0]?.argv).not.toContain('--repo')
    expect(install[0]?.argv).toEqual(expect.arrayContaining(['--namespace', 'ingress-azure']))
    expect(install[0]?.stdin).toContain('type: workloadIdentity')
    expect(install[0]?.stdin).toContain(`identityClientID: ${HELM_CLIENT}`)
    expect(install[0]?.stdin).toContain('usePrivateIP: true')
    const grants = puts('/providers/Microsoft.Authorization/roleAssignments/')
    expect(grants).toHaveLength(3)
    expect(
      grants.every(
        g => (g.body as { properties: Json }).properties['principalId'] === HELM_PRINCIPAL,
      ),
    ).toBe(true)
    // The roles exist before AGIC starts with them.
    expect(grantsAtInstall).toBe(3)
    expect(puts('/managedClusters/')).toEqual([])

    const writes = sim.writes().length
    const again = await runStep(host(HELM_INPUTS), provisionPrivateIngress)
    expect(again.status).toBe('succeeded')
    expect(sim.writes()).toHaveLength(writes)
    expect(tools.calls().filter(c => c.tool === 'helm' && c.argv[0] === 'upgrade')).toHaveLength(1)
  })

  it('GIVEN AGIC never becomes ready WHEN applied THEN it fails after wait-timeout naming the pods', async () => {
    const run = host({ ...HELM_INPUTS, 'wait-timeout': '1ms' })
    const result = await runStep(run, provisionPrivateIngress)
    expect(result.status).toBe('failed')
    expect(run.failures[0]).toContain('AGIC did not become ready')
    expect(run.failures[0]).toContain('system:serviceaccount:ingress-azure:ingress-azure')
  })
})

const PUBLIC_INGRESS = PRIVATE_INGRESS.replace('"true"', '"false"')

describe('provision-private-ingress with controller: application-gateway, opt-ins', () => {
  it.each([
    ['add-on', 'its default public listener', BASE_INPUTS, 'allow-public-exposure', CLUSTER_ID],
    [
      'add-on',
      'a public Ingress',
      { ...BASE_INPUTS, ingresses: PUBLIC_INGRESS },
      'allow-public-exposure',
      'Ingress shop/shop',
    ],
    [
      'helm',
      'a public Ingress',
      { ...HELM_INPUTS, ingresses: PUBLIC_INGRESS },
      'allow-public-exposure',
      'Ingress shop/shop',
    ],
    [
      'add-on',
      'waf-mode: Detection',
      { ...INPUTS, 'waf-mode': 'Detection' },
      'allow-waf-detection',
      WAF_ID,
    ],
    [
      'helm',
      'waf-mode: Detection',
      { ...HELM_INPUTS, 'waf-mode': 'Detection' },
      'allow-waf-detection',
      WAF_ID,
    ],
  ])(
    'GIVEN agic-mode %s with %s and no opt-in WHEN applied THEN nothing is changed and the message names %s for %s',
    async (_mode, _what, inputs, optIn, subject) => {
      const run = host(inputs)
      const result = await runStep(run, provisionPrivateIngress)
      expect(result.status).toBe('failed')
      expect(run.failures[0]).toContain(`'${optIn}: true'`)
      expect(run.failures[0]).toContain(`${subject}: ${optIn.replace('allow-', '')}`)
      expect(sim.writes()).toEqual([])
      expect(kubectlApplies()).toEqual([])
      expect(tools.calls().filter(c => c.argv[0] === 'upgrade')).toEqual([])
    },
  )

  it.each([
    ['add-on', INPUTS],
    ['helm', { ...HELM_INPUTS, 'allow-public-exposure': 'true' }],
  ] as const)(
    'GIVEN agic-mode %s, a public Ingress and allow-public-exposure WHEN applied THEN it is applied',
    async (mode, inputs) => {
      const run = host({ ...inputs, ingresses: PUBLIC_INGRESS }, () => agicStarts(mode))
      const result = await runStep(run, provisionPrivateIngress)
      expect(result.status).toBe('succeeded')
      expect(run.failures).toEqual([])
      expect(kubectlApplies()).toHaveLength(1)
      // Helm mode: usePrivateIP false makes every unannotated Ingress public, so it is flagged.
      expect(result.plan?.changes.filter(c => c.target === 'helm').map(c => c.flags)).toEqual(
        mode === 'helm' ? [['public-exposure']] : [],
      )
    },
  )
})

describe('provision-private-ingress with controller: application-gateway, bad input', () => {
  it('GIVEN every kind of input-only mistake WHEN run THEN one error lists them all and nothing is called', async () => {
    const run = host({
      ...HELM_INPUTS,
      'agic-identity-client-id': '',
      'waf-rule-set': 'OWASP/3.1',
      'private-frontend-ip': '10.241.0.300',
      'autoscale-min-capacity': '12',
      'pls-subnet-id': GATEWAY_SUBNET,
      'waf-custom-rules':
        '- name: blockbad\n  priority: 10\n  ruleType: MatchRule\n  action: Block\n  matchConditions:\n    - matchVariables: [{variableName: RemoteAddr}]\n      operator: IPMatch\n      negationCondition: false\n      matchValues: [198.51.100.0/24]\n',
      ingresses: PRIVATE_INGRESS.replace('    rules:', '    ingressClassName: nginx\n    rules:'),
    })
    const result = await runStep(run, provisionPrivateIngress)
    expect(result.status).toBe('invalid')
    const message = run.failures[0] ?? ''
    for (const part of [
      "'waf-rule-set' = 'OWASP/3.1'",
      'Microsoft_DefaultRuleSet/2.2, Microsoft_DefaultRuleSet/2.1, OWASP/3.2',
      "'private-frontend-ip' = '10.241.0.300'",
      "'autoscale-min-capacity' = '12'",
      "'pls-subnet-id'",
      "'agic-identity-client-id'",
      'negationCondition: unknown key',
      'negationConditon',
      'ingressClassName: must be azure-application-gateway',
    ]) {
      expect(message).toContain(part)
    }
    expect(sim.requests).toEqual([])
    expect(tools.calls()).toEqual([])
  })

  it.each([
    [
      'a gateway subnet too small for the autoscale bound',
      () => resizeGatewaySubnet('10.241.0.0/28'),
      { 'autoscale-max-capacity': '12' },
      "'application-gateway-subnet-id'",
      'is too small: 10.241.0.0/28 has 16 addresses',
    ],
    [
      'a gateway subnet shared with a NIC',
      () =>
        resizeGatewaySubnet('10.241.0.0/24', {
          delegations: [GATEWAY_DELEGATION],
          ipConfigurations: [{ id: `${NET}/networkInterfaces/vm1-nic/ipConfigurations/ipconfig1` }],
        }),
      {},
      "'application-gateway-subnet-id'",
      'is shared with other resources',
    ],
    [
      'a private frontend IP outside the gateway subnet',
      () => undefined,
      { 'private-frontend-ip': '10.241.5.10' },
      "'private-frontend-ip' = '10.241.5.10'",
      'is outside the usable addresses of the gateway subnet 10.241.0.0/24',
    ],
  ])(
    'GIVEN %s WHEN run THEN it is reported as an input error after reading the subnet, before any change',
    async (_what, arrange, extra, input, message) => {
      arrange()
      const run = host({ ...INPUTS, ...extra })
      const result = await runStep(run, provisionPrivateIngress)
      expect(result.status).toBe('invalid')
      expect(run.failures[0]).toContain(input)
      expect(run.failures[0]).toContain(message)
      expect(sim.writes()).toEqual([])
      expect(tools.calls().filter(c => c.argv[0] === 'upgrade' || c.argv[0] === 'apply')).toEqual(
        [],
      )
    },
  )

  it('GIVEN the subnet already holds another gateway with a private frontend, and a cluster on Azure CNI WHEN applied THEN the subnet is not called shared: gateways may share it, and its frontend is listed as real ARM lists it', async () => {
    seedCluster({}, { networkPlugin: 'azure' })
    const other = `${NET}/applicationGateways/agw-other`
    sim.seed(other, {
      location: 'eastus2',
      properties: {
        sku: { name: 'WAF_v2', tier: 'WAF_v2' },
        autoscaleConfiguration: { minCapacity: 1, maxCapacity: 10 },
        gatewayIPConfigurations: [{ name: 'ip', properties: { subnet: { id: GATEWAY_SUBNET } } }],
        frontendIPConfigurations: [
          {
            name: 'private',
            properties: {
              privateIPAddress: '10.241.0.200',
              privateIPAllocationMethod: 'Static',
              subnet: { id: GATEWAY_SUBNET },
            },
          },
        ],
      },
    })
    expect(
      (
        (sim.get(GATEWAY_SUBNET) as { properties: Json }).properties['ipConfigurations'] as Json[]
      ).map(c => c['id']),
    ).toEqual([`${other}/frontendIPConfigurations/private`])
    const run = host(INPUTS, () => agicStarts('add-on'))
    const result = await runStep(run, provisionPrivateIngress)
    expect(run.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(gateway().properties['autoscaleConfiguration']).toEqual({
      minCapacity: 2,
      maxCapacity: 10,
    })
  })

  it('GIVEN another gateway already uses most of the subnet WHEN run THEN its autoscale bound counts against the room', async () => {
    const other = `${NET}/applicationGateways/agw-other`
    sim.seed(other, {
      location: 'eastus2',
      properties: {
        sku: { name: 'WAF_v2', tier: 'WAF_v2' },
        autoscaleConfiguration: { minCapacity: 1, maxCapacity: 40 },
        gatewayIPConfigurations: [{ name: 'ip', properties: { subnet: { id: GATEWAY_SUBNET } } }],
      },
    })
    resizeGatewaySubnet('10.241.0.0/27')
    const run = host(INPUTS)
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('invalid')
    expect(run.failures[0]).toContain('up to 40 instances of the 1 other gateway(s)')
    expect(sim.writes()).toEqual([])
  })
})

describe('provision-private-ingress with controller: application-gateway on Azure CNI Overlay', () => {
  it.each([
    [
      'a gateway subnet larger than /24',
      () => resizeGatewaySubnet('10.242.0.0/23'),
      { 'private-frontend-ip': '10.242.0.10' },
      'is a 10.242.0.0/23: the cluster',
    ],
    [
      'a gateway subnet without the delegation',
      () => resizeGatewaySubnet('10.241.0.0/24', {}),
      {},
      'is not delegated to Microsoft.Network/applicationGateways',
    ],
    [
      'another gateway in the subnet',
      () =>
        sim.seed(`${NET}/applicationGateways/agw-other`, {
          location: 'eastus2',
          properties: {
            sku: { name: 'WAF_v2', tier: 'WAF_v2' },
            autoscaleConfiguration: { minCapacity: 1, maxCapacity: 2 },
            gatewayIPConfigurations: [
              { name: 'ip', properties: { subnet: { id: GATEWAY_SUBNET } } },
            ],
          },
        }),
      {},
      `holds other gateways (${NET}/applicationGateways/agw-other)`,
    ],
    [
      'nodes in another (peered) virtual network',
      () => seedCluster({}, OVERLAY, `${NET}/virtualNetworks/vnet-nodes/subnets/aks`),
      {},
      `but the cluster's nodes are in '${NET}/virtualNetworks/vnet-nodes'`,
    ],
    [
      'AGIC older than 1.9.1 in Helm mode',
      () => undefined,
      { ...HELM_INPUTS, 'agic-chart-version': '1.9.0' },
      "'agic-chart-version' = '1.9.0': is older than 1.9.1",
    ],
  ])(
    'GIVEN %s WHEN run THEN it is an input error after the reads, before any change',
    async (_what, arrange, extra, message) => {
      arrange()
      const run = host({ ...INPUTS, ...extra })
      expect((await runStep(run, provisionPrivateIngress)).status).toBe('invalid')
      expect(run.failures[0]).toContain(message)
      expect(run.failures[0]).toContain('uses Azure CNI Overlay, where AGIC needs')
      expect(sim.writes()).toEqual([])
      expect(tools.calls().filter(c => c.argv[0] === 'upgrade' || c.argv[0] === 'apply')).toEqual(
        [],
      )
    },
  )

  it('GIVEN Azure Government WHEN run THEN it stops before any change: AGIC on Overlay is not supported there', async () => {
    const run = host({ ...INPUTS, environment: 'AzureUSGovernment' })
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('failed')
    expect(run.failures[0]).toContain(
      'does not support AGIC with Azure CNI Overlay in AzureUSGovernment',
    )
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN a cluster on Azure CNI (not Overlay) and an undelegated /23 WHEN applied THEN none of the Overlay rules apply', async () => {
    seedCluster({}, { networkPlugin: 'azure' })
    resizeGatewaySubnet('10.242.0.0/23', {})
    const run = host({ ...INPUTS, 'private-frontend-ip': '10.242.0.10' }, () =>
      agicStarts('add-on'),
    )
    expect((await runStep(run, provisionPrivateIngress)).status).toBe('succeeded')
    expect(run.failures).toEqual([])
  })
})

function resizeGatewaySubnet(
  prefix: string,
  extra: Json = { delegations: [GATEWAY_DELEGATION] },
): void {
  const vnet = sim.get(VNET_ID) as { properties: { subnets: Json[] } } & Json
  sim.seed(VNET_ID, {
    ...vnet,
    properties: {
      ...vnet.properties,
      subnets: vnet.properties.subnets.map(s =>
        s['name'] === 'appgw'
          ? { name: 'appgw', properties: { addressPrefix: prefix, ...extra } }
          : s,
      ),
    },
  })
}
