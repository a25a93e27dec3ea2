import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startArmSimulator, type ArmSimulator } from '../support/arm-simulator/index.js'
import { HUB_IDS, seedHub } from '../support/egress-fixture.js'
import { createClientCertificatePem } from '../support/tls/test-ca.js'
import {
  endpointEnv,
  everythingPrinted,
  runAdoBundle,
  runCliBundle,
  runGithubBundle,
  type ServiceConnection,
} from '../support/bundles.js'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const STEP = 'configure-firewall-egress'
const TENANT = '11111111-1111-4111-8111-111111111111'
const CLIENT = '22222222-2222-4222-8222-222222222222'
const SECRET = 'smoke-client-secret-Q7x!'
const ACCESS_TOKEN = 'smoke-system-access-token-9c1'
const RUNNER_TOKEN = 'smoke-runner-request-token-44'

let sim: ArmSimulator
let certificatePem: string
let counter = 0

/** A fresh subscription per test, so every bundle starts from an unconfigured network. */
function seedSpoke(): { sub: string; subnetId: string; routeTableId: string; rcg: string } {
  counter++
  const sub = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`
  const vnetId = `/subscriptions/${sub}/resourceGroups/rg-spoke/providers/Microsoft.Network/virtualNetworks/vnet-spoke`
  sim.seedResourceGroup(sub, 'rg-spoke', 'eastus2')
  sim.seed(vnetId, {
    location: 'eastus2',
    properties: {
      addressSpace: { addressPrefixes: ['10.240.0.0/12'] },
      subnets: [
        {
          name: 'aks',
          properties: {
            addressPrefix: '10.240.0.0/16',
            privateEndpointNetworkPolicies: 'Disabled',
          },
        },
      ],
    },
  })
  return {
    sub,
    subnetId: `${vnetId}/subnets/aks`,
    routeTableId: `/subscriptions/${sub}/resourceGroups/rg-spoke/providers/Microsoft.Network/routeTables/rt-aks-egress`,
    rcg: `aks-egress-${counter}`,
  }
}

/** Writes of one spoke: its route table and subnet, and its rule collection group in the hub. */
function writesTo(spoke: { sub: string; rcg: string }): number {
  return sim
    .writes()
    .filter(
      w =>
        w.path.toLowerCase().includes(spoke.sub) ||
        w.path.endsWith(`/ruleCollectionGroups/${spoke.rcg}`),
    ).length
}

const FAST_POLLS = { AKS_SECURE_NETWORKING_POLL_INTERVAL_MS: '10' }

beforeAll(async () => {
  sim = await startArmSimulator()
  seedHub(sim)
  certificatePem = await createClientCertificatePem()
})

afterAll(async () => {
  await sim?.stop()
})

describe('GitHub bundle: OIDC sign-in against the simulator', () => {
  it('GIVEN client-id and tenant-id WHEN applied twice THEN it signs in with a fresh runner OIDC token, writes once, and never prints a secret', async () => {
    const spoke = seedSpoke()
    const inputs = {
      'subscription-id': spoke.sub,
      'client-id': CLIENT,
      'tenant-id': TENANT,
      'arm-endpoint': sim.url,
      'authority-host': sim.url,
      'resource-group': 'rg-spoke',
      'cluster-subnet-id': spoke.subnetId,
      'firewall-id': HUB_IDS.firewall,
      'rule-collection-group-name': spoke.rcg,
      'plan-file': 'egress.plan.json',
    }
    const env = {
      ...FAST_POLLS,
      ACTIONS_ID_TOKEN_REQUEST_URL: `${sim.url}/github-oidc?x=1`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: RUNNER_TOKEN,
    }
    const first = await runGithubBundle(STEP, inputs, env)
    expect(first.stderr).toBe('')
    expect(first.exitCode).toBe(0)
    expect(first.outputs['route-table-id']).toBe(spoke.routeTableId)
    expect(writesTo(spoke)).toBe(3)
    expect(sim.tokenRequests.some(t => t.endpoint === 'github-oidc' && t.hasBearer)).toBe(true)
    expect(
      sim.tokenRequests.some(
        t => t.endpoint === 'oauth2' && t.clientId === CLIENT && t.hasClientAssertion,
      ),
    ).toBe(true)
    // The runner's OIDC token is masked before it is used.
    expect(first.masks.length).toBeGreaterThan(0)

    const second = await runGithubBundle(STEP, inputs, env)
    expect(second.exitCode).toBe(0)
    expect(writesTo(spoke)).toBe(3)
    expect(second.summary).toContain('No changes')
    for (const run of [first, second]) {
      const printed = everythingPrinted(run, [join(run.workspace, 'egress.plan.json')])
      expect(printed).not.toContain(RUNNER_TOKEN)
      for (const mask of run.masks)
        expect(printed.replace(`::add-mask::${mask}`, '')).not.toContain(mask)
    }
  })

  it('GIVEN client-id without the id-token permission WHEN run THEN it fails with the permission fix and writes nothing', async () => {
    const spoke = seedSpoke()
    const run = await runGithubBundle(STEP, {
      'subscription-id': spoke.sub,
      'client-id': CLIENT,
      'tenant-id': TENANT,
      'arm-endpoint': sim.url,
      'authority-host': sim.url,
      'resource-group': 'rg-spoke',
      'cluster-subnet-id': spoke.subnetId,
      'firewall-id': HUB_IDS.firewall,
      'rule-collection-group-name': spoke.rcg,
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('permissions: id-token: write')
    expect(writesTo(spoke)).toBe(0)
  })
})

function connection(
  scheme: string,
  auth: Record<string, string>,
  data: Record<string, string> = {},
): ServiceConnection {
  return {
    id: 'spoke-connection',
    scheme,
    url: `${sim.url}/`,
    auth,
    data: { environment: 'AzureStack', activeDirectoryAuthority: `${sim.url}/`, ...data },
  }
}

describe.each([
  [
    'WorkloadIdentityFederation',
    () =>
      connection('WorkloadIdentityFederation', { serviceprincipalid: CLIENT, tenantid: TENANT }),
    () => ({
      SYSTEM_OIDCREQUESTURI: `${sim.url}/ado-oidc`,
      ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: ACCESS_TOKEN,
    }),
    [ACCESS_TOKEN],
  ],
  [
    'ServicePrincipal (secret)',
    () =>
      connection('ServicePrincipal', {
        serviceprincipalid: CLIENT,
        tenantid: TENANT,
        authenticationType: 'spnKey',
        serviceprincipalkey: SECRET,
      }),
    () => ({}),
    [SECRET],
  ],
  [
    'ServicePrincipal (certificate)',
    () =>
      connection('ServicePrincipal', {
        serviceprincipalid: CLIENT,
        tenantid: TENANT,
        authenticationType: 'spnCertificate',
        servicePrincipalCertificate: certificatePem,
      }),
    () => ({}),
    [() => certificatePem.split('\n').find(l => l.length > 40) ?? 'unreachable'],
  ],
  [
    'ManagedServiceIdentity',
    () => connection('ManagedServiceIdentity', {}, { msiclientId: CLIENT }),
    () => ({ IDENTITY_ENDPOINT: `${sim.url}/msi/token`, IDENTITY_HEADER: 'smoke-identity-header' }),
    [],
  ],
] as const)(
  'Azure Pipelines bundle with a %s service connection',
  (_scheme, makeConnection, makeEnv, secrets) => {
    it('GIVEN the connection WHEN applied twice THEN output variables are set, the second run writes nothing, and no secret is printed', async () => {
      const spoke = seedSpoke()
      const conn = makeConnection()
      const inputs = {
        azureSubscription: conn.id,
        resourceGroup: 'rg-spoke',
        clusterSubnetId: spoke.subnetId,
        firewallId: HUB_IDS.firewall,
        ruleCollectionGroupName: spoke.rcg,
      }
      const env = {
        ...FAST_POLLS,
        ...endpointEnv({ ...conn, data: { ...conn.data, subscriptionid: spoke.sub } }),
        ...makeEnv(),
      }
      const first = await runAdoBundle(STEP, inputs, env)
      expect(first.errors).toEqual([])
      expect(first.result).toBe('Succeeded')
      expect(first.exitCode).toBe(0)
      expect(first.outputVariables).toMatchObject({
        routeTableId: spoke.routeTableId,
        firewallPrivateIp: '10.0.1.4',
        firewallPolicyId: HUB_IDS.policy,
      })
      expect(writesTo(spoke)).toBe(3)

      const second = await runAdoBundle(STEP, inputs, env)
      expect(second.result).toBe('Succeeded')
      expect(writesTo(spoke)).toBe(3)
      expect(second.summaries.join('')).toContain('No changes')

      for (const run of [first, second]) {
        const printed = everythingPrinted(run)
        for (const secret of secrets) {
          const value = typeof secret === 'function' ? secret() : secret
          // Masked before the first line that is not a mask, and printed nowhere else.
          const lines = run.stdout.split(/\r?\n/)
          const maskAt = lines.indexOf(`##vso[task.setsecret]${value}`)
          const firstLog = lines.findIndex(l => !l.startsWith('##vso[task.setsecret]'))
          expect(maskAt).toBeGreaterThanOrEqual(0)
          expect(maskAt).toBeLessThan(firstLog)
          expect(run.masks).toContain(value)
          expect(printed.split(`##vso[task.setsecret]${value}`).join('')).not.toContain(value)
        }
      }
    })
  },
)

describe('CLI bundle with DefaultAzureCredential against the simulator', () => {
  it('GIVEN environment credentials and a custom cloud WHEN applied THEN it writes the route table and exits 0; a second run writes nothing', async () => {
    const spoke = seedSpoke()
    const cwd = mkdtempSync(join(tmpdir(), 'asn-cli-apply-'))
    const args = [
      STEP,
      '--mode',
      'apply',
      '--set',
      `subscription-id=${spoke.sub}`,
      '--set',
      `arm-endpoint=${sim.url}`,
      '--set',
      `authority-host=${sim.url}`,
      '--set',
      'resource-group=rg-spoke',
      '--set',
      `cluster-subnet-id=${spoke.subnetId}`,
      '--set',
      `firewall-id=${HUB_IDS.firewall}`,
      '--set',
      `rule-collection-group-name=${spoke.rcg}`,
    ]
    const env = {
      ...FAST_POLLS,
      AZURE_TENANT_ID: TENANT,
      AZURE_CLIENT_ID: CLIENT,
      AZURE_CLIENT_SECRET: SECRET,
      AZURE_AUTHORITY_HOST: sim.url,
    }
    const first = await runCliBundle(args, cwd, env)
    expect(first.stderr).not.toContain('error:')
    expect(first.exitCode).toBe(0)
    expect(first.stdout).toContain(`| route-table-id | \`${spoke.routeTableId}\` |`)
    expect(writesTo(spoke)).toBe(3)
    const second = await runCliBundle(args, cwd, env)
    expect(second.exitCode).toBe(0)
    expect(writesTo(spoke)).toBe(3)
    expect(everythingPrinted(first) + everythingPrinted(second)).not.toContain(SECRET)
  })
})
