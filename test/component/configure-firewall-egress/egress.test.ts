import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { hasWrites, type ArmChange } from '../../../src/core/plan.js'
import { runStep } from '../../../src/hosts/run-step.js'
import { configureFirewallEgress } from '../../../src/steps/configure-firewall-egress/index.js'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import {
  bodiesSentTo,
  CREATE_INPUTS,
  HUB_IDS,
  HUB_INPUTS,
  HUB_SUB,
  hostFor,
  IDS,
  requestsTo,
  seedHub,
  seedSpoke,
  SUBNET_ID,
  SUBNET_PROPERTIES,
} from '../../support/egress-fixture.js'

let sim: ArmSimulator

beforeAll(() => {
  process.env['AKS_SECURE_NETWORKING_POLL_INTERVAL_MS'] = '5'
})

beforeEach(async () => {
  await sim?.stop()
  sim = await startArmSimulator()
  sim.setDuration('Microsoft.Network/azureFirewalls', 3)
  sim.setDuration('Microsoft.Network/firewallPolicies/ruleCollectionGroups', 2)
})

afterAll(async () => {
  await sim?.stop()
})

function armChanges(changes: readonly unknown[] | undefined): ArmChange[] {
  return (changes ?? []) as ArmChange[]
}

type Stored = { properties: Record<string, unknown>; tags?: Record<string, string> }

describe('configure-firewall-egress, create mode, through the real SDK against the ARM simulator', () => {
  it('GIVEN a spoke with nothing WHEN applied THEN it creates IP, policy, rules and firewall, then routes the subnet through the firewall', async () => {
    seedSpoke(sim)
    const host = hostFor(sim, CREATE_INPUTS)
    const result = await runStep(host, configureFirewallEgress)
    expect(host.failures).toEqual([])
    expect(result.status).toBe('succeeded')

    const firewall = sim.get(IDS.firewall) as Stored
    const privateIp = (firewall.properties['ipConfigurations'] as Stored[])[0]?.properties[
      'privateIPAddress'
    ] as string
    expect(privateIp).toBe('10.241.0.4')
    const publicIp = (sim.get(IDS.publicIp) as Stored).properties['ipAddress'] as string
    const routes = (sim.get(IDS.routeTable) as Stored).properties['routes'] as {
      name: string
      properties: Record<string, unknown>
    }[]
    expect(
      routes.map(r => [
        r.name,
        r.properties['addressPrefix'],
        r.properties['nextHopType'],
        r.properties['nextHopIpAddress'],
      ]),
    ).toEqual([
      ['default-via-firewall', '0.0.0.0/0', 'VirtualAppliance', privateIp],
      ['firewall-public-ip-to-internet', `${publicIp}/32`, 'Internet', undefined],
    ])
    expect((sim.get(SUBNET_ID) as Stored).properties).toMatchObject({
      ...SUBNET_PROPERTIES,
      routeTable: { id: IDS.routeTable },
    })
    const rcg = sim.get(IDS.rcg) as Stored
    expect((rcg.properties['ruleCollections'] as { name: string }[]).map(c => c.name)).toEqual([
      'aks-required-application',
      'aks-required-network',
    ])
    expect(host.outputValues).toEqual({
      'firewall-private-ip': privateIp,
      'firewall-public-ip': publicIp,
      'firewall-policy-id': IDS.policy,
      'rule-collection-group-id': IDS.rcg,
      'route-table-id': IDS.routeTable,
    })
  })

  it('GIVEN a fresh apply WHEN ARM is read afterwards THEN every body ARM received for a known change is exactly the planned one', async () => {
    seedSpoke(sim)
    const result = await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)
    const known = armChanges(result.plan?.changes).filter(
      c => c.body && !JSON.stringify(c.body).includes('<known after apply'),
    )
    expect(known.map(c => c.resourceId)).toEqual([
      IDS.publicIp,
      IDS.policy,
      IDS.rcg,
      IDS.firewall,
      SUBNET_ID,
    ])
    for (const change of known) expect(bodiesSentTo(sim, change.resourceId)).toEqual([change.body])
  })

  it('GIVEN a fresh apply WHEN ordered THEN the route moves to the firewall only after the firewall and its rules are provisioned, and independent creates overlap', async () => {
    seedSpoke(sim)
    await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)
    const routePut = requestsTo(sim, IDS.routeTable, 'PUT')[0] ?? -1
    const firewallPut = requestsTo(sim, IDS.firewall, 'PUT')[0] ?? -1
    const firewallReadBack =
      requestsTo(sim, IDS.firewall, 'GET').find(i => i > firewallPut) ?? Infinity
    const rcgPut = requestsTo(sim, IDS.rcg, 'PUT')[0] ?? -1
    const rcgReadBack = requestsTo(sim, IDS.rcg, 'GET').find(i => i > rcgPut) ?? Infinity
    expect(routePut).toBeGreaterThan(firewallReadBack)
    expect(routePut).toBeGreaterThan(rcgReadBack)
    expect(requestsTo(sim, SUBNET_ID, 'PUT')[0]).toBeGreaterThan(routePut)
    // The rule collection group is written while the firewall is still provisioning.
    expect(rcgPut).toBeLessThan(firewallReadBack)
    const pipPut = requestsTo(sim, IDS.publicIp, 'PUT')[0] ?? -1
    const policyPut = requestsTo(sim, IDS.policy, 'PUT')[0] ?? -1
    const pipReadBack = requestsTo(sim, IDS.publicIp, 'GET').find(i => i > pipPut) ?? Infinity
    expect(policyPut).toBeLessThan(pipReadBack)
  })

  it('GIVEN a converged spoke WHEN run again THEN nothing is written and each managed resource is read at most once', async () => {
    seedSpoke(sim)
    expect((await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)).status).toBe(
      'succeeded',
    )
    const before = sim.requests.length
    const writes = sim.writes().length
    const again = hostFor(sim, CREATE_INPUTS)
    const result = await runStep(again, configureFirewallEgress)
    expect(result.status).toBe('succeeded')
    expect(result.plan && hasWrites(result.plan)).toBe(false)
    expect(sim.writes()).toHaveLength(writes)
    const second = sim.requests.slice(before).filter(r => r.path.startsWith('/subscriptions/'))
    const perPath = new Map<string, number>()
    for (const r of second)
      perPath.set(r.path.toLowerCase(), (perPath.get(r.path.toLowerCase()) ?? 0) + 1)
    expect(Math.max(...perPath.values())).toBe(1)
    expect(second.every(r => r.method === 'GET')).toBe(true)
    expect(again.outputValues['firewall-private-ip']).toBe('10.241.0.4')
  })

  it('GIVEN an extra rule WHEN applied without the opt-in THEN nothing is written and allow-egress-changes is named; with it the rule lands', async () => {
    seedSpoke(sim)
    const extra = { 'extra-application-rules': '- name: github\n  fqdns: [github.com]\n' }
    const blocked = hostFor(sim, { ...CREATE_INPUTS, ...extra })
    expect((await runStep(blocked, configureFirewallEgress)).status).toBe('failed')
    expect(blocked.failures[0]).toContain("widens-egress (set 'allow-egress-changes: true')")
    expect(sim.writes()).toEqual([])

    const allowed = hostFor(sim, { ...CREATE_INPUTS, ...extra, 'allow-egress-changes': 'true' })
    expect((await runStep(allowed, configureFirewallEgress)).status).toBe('succeeded')
    const names = (
      (sim.get(IDS.rcg) as Stored).properties['ruleCollections'] as { name: string }[]
    ).map(c => c.name)
    expect(names).toContain('custom-application')
  })

  it('GIVEN an extra rule applied earlier WHEN it is removed from the input THEN the next run removes it, without an opt-in, and touches nothing else', async () => {
    seedSpoke(sim)
    const extra = {
      'extra-application-rules': '- name: github\n  fqdns: [github.com]\n',
      'allow-egress-changes': 'true',
    }
    expect(
      (await runStep(hostFor(sim, { ...CREATE_INPUTS, ...extra }), configureFirewallEgress)).status,
    ).toBe('succeeded')
    const writes = sim.writes().length
    const removed = await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)
    expect(removed.status).toBe('succeeded')
    const newWrites = sim.writes().slice(writes)
    expect(newWrites.map(w => w.path.toLowerCase())).toEqual([IDS.rcg.toLowerCase()])
    const names = (
      (sim.get(IDS.rcg) as Stored).properties['ruleCollections'] as { name: string }[]
    ).map(c => c.name)
    expect(names).not.toContain('custom-application')
  })
})

describe('configure-firewall-egress, hub mode', () => {
  it('GIVEN a hub firewall in another subscription WHEN applied THEN only the step’s rule collection group, the route table and the subnet are written; the hub’s rules stay', async () => {
    seedSpoke(sim)
    seedHub(sim)
    const otherBefore = sim.get(HUB_IDS.otherRcg)
    const policyBefore = sim.get(HUB_IDS.policy)
    const host = hostFor(sim, HUB_INPUTS)
    const result = await runStep(host, configureFirewallEgress)
    expect(host.failures).toEqual([])
    expect(result.status).toBe('succeeded')
    expect(
      sim
        .writes()
        .map(w => w.path.toLowerCase())
        .sort(),
    ).toEqual([HUB_IDS.rcg, IDS.routeTable, SUBNET_ID].map(s => s.toLowerCase()).sort())
    expect(sim.get(HUB_IDS.otherRcg)).toEqual(otherBefore)
    expect(sim.get(HUB_IDS.policy)).toMatchObject({ properties: { threatIntelMode: 'Deny' } })
    expect(policyBefore).toBeDefined()
    expect(host.outputValues).toMatchObject({
      'firewall-private-ip': '10.0.1.4',
      'firewall-public-ip': '20.1.2.3',
      'firewall-policy-id': HUB_IDS.policy,
      'rule-collection-group-id': HUB_IDS.rcg,
    })
    const again = await runStep(hostFor(sim, HUB_INPUTS), configureFirewallEgress)
    expect(again.plan && hasWrites(again.plan)).toBe(false)
  })

  it('GIVEN a hub firewall that does not exist WHEN run THEN it fails naming firewall-id and writes nothing', async () => {
    seedSpoke(sim)
    sim.seedResourceGroup(HUB_SUB, 'rg-hub', 'eastus2')
    const host = hostFor(sim, HUB_INPUTS)
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.failures[0]).toContain("Check 'firewall-id'")
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN the hub resource group does not exist WHEN run THEN the read fails with ARM’s ResourceGroupNotFound instead of planning creates', async () => {
    seedSpoke(sim)
    const host = hostFor(sim, HUB_INPUTS)
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.failures[0]).toContain('404 ResourceGroupNotFound')
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN a group of the same name that holds someone else’s collections WHEN run THEN it is left alone and the input to rename is named', async () => {
    seedSpoke(sim)
    seedHub(sim)
    const host = hostFor(sim, { ...HUB_INPUTS, 'rule-collection-group-name': 'platform-rules' })
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.failures[0]).toContain("holds collections this step does not write ('platform')")
    expect(host.failures[0]).toContain("'rule-collection-group-name'")
    expect(sim.writes()).toEqual([])
  })

  it('GIVEN a hub firewall whose last operation failed WHEN run THEN no traffic is routed to it', async () => {
    seedSpoke(sim)
    seedHub(sim)
    sim.setProvisioningState(HUB_IDS.firewall, 'Failed')
    const host = hostFor(sim, HUB_INPUTS)
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.failures[0]).toContain("is in state 'Failed'")
    expect(sim.writes()).toEqual([])
  })
})

describe('configure-firewall-egress, transient and failed ARM operations', () => {
  it.each([
    [
      '429 with Retry-After on the public IP',
      {
        method: 'PUT',
        pathIncludes: '/publicIPAddresses/',
        kind: '429' as const,
        retryAfterSeconds: 0,
      },
    ],
    [
      '500 on the firewall',
      { method: 'PUT', pathIncludes: '/azureFirewalls/', kind: '500' as const },
    ],
    [
      'AnotherOperationInProgress on the policy’s rule collection group',
      { method: 'PUT', pathIncludes: '/ruleCollectionGroups/', kind: 'another-operation' as const },
    ],
    [
      'AnotherOperationInProgress on the policy',
      {
        method: 'PUT',
        pathIncludes: '/firewallPolicies/fwpol-aks-egress',
        kind: 'another-operation' as const,
      },
    ],
  ])(
    'GIVEN %s once WHEN applied THEN it is retried and the run converges',
    async (_name, fault) => {
      seedSpoke(sim)
      sim.injectFault({ ...fault, times: 1 })
      const host = hostFor(sim, CREATE_INPUTS)
      const result = await runStep(host, configureFirewallEgress)
      expect(host.failures).toEqual([])
      expect(result.status).toBe('succeeded')
      expect((sim.get(SUBNET_ID) as Stored).properties['routeTable']).toEqual({
        id: IDS.routeTable,
      })
    },
  )

  it('GIVEN AnotherOperationInProgress that never clears WHEN applied THEN it gives up after a bounded number of tries', async () => {
    seedSpoke(sim)
    sim.injectFault({
      method: 'PUT',
      pathIncludes: '/ruleCollectionGroups/',
      kind: 'another-operation',
      times: 50,
    })
    const host = hostFor(sim, CREATE_INPUTS)
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.slept).toHaveLength(4)
    expect(host.failures[0]).toContain('AnotherOperationInProgress')
    expect(bodiesSentTo(sim, IDS.routeTable)).toEqual([])
  })

  it('GIVEN the firewall’s operation ends Failed WHEN applied THEN the run stops with the resource ID and never routes traffic to it', async () => {
    seedSpoke(sim)
    sim.injectFault({ method: 'PUT', pathIncludes: '/azureFirewalls/', kind: 'lro-failed' })
    const host = hostFor(sim, CREATE_INPUTS)
    expect((await runStep(host, configureFirewallEgress)).status).toBe('failed')
    expect(host.failures[0]).toContain(`could not write '${IDS.firewall}'`)
    expect(bodiesSentTo(sim, IDS.routeTable)).toEqual([])
    expect((sim.get(SUBNET_ID) as Stored).properties['routeTable']).toBeUndefined()
  })
})

describe('configure-firewall-egress, bad input', () => {
  it('GIVEN every kind of bad input at once WHEN run THEN one error lists them all and no request reaches ARM', async () => {
    seedSpoke(sim)
    const host = hostFor(sim, {
      'subscription-id': CREATE_INPUTS['subscription-id'],
      'resource-group': 'rg-spoke',
      'cluster-subnet-id': CREATE_INPUTS['cluster-subnet-id'].replace('/subnets/aks', ''),
      'firewall-subnet-id': CREATE_INPUTS['cluster-subnet-id'],
      'optional-groups': 'gpu, telepathy',
      'rule-collection-group-priority': '99',
      'source-addresses': '10.240.0.1/16',
      'extra-application-rules': '- name: web\n  fqdns: [https://example.com/path]\n',
      'extra-network-rules':
        '- name: db\n  protocols: [TCP]\n  destination-addresses: [10.1.0.0/24]\n  destination-ports: ["70000"]\n',
    })
    const result = await runStep(host, configureFirewallEgress)
    expect(result.status).toBe('invalid')
    const message = host.failures[0] ?? ''
    for (const input of [
      'cluster-subnet-id',
      'firewall-subnet-id',
      'optional-groups',
      'rule-collection-group-priority',
      'source-addresses',
      'extra-application-rules',
      'extra-network-rules',
    ]) {
      expect(message).toContain(`'${input}'`)
    }
    expect(message).toContain('AzureFirewallSubnet')
    expect(message).toContain('telepathy')
    expect(message).toContain('100 to 65000')
    expect(sim.requests).toEqual([])
  })
})
