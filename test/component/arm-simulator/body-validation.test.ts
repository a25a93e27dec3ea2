import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { specDir } from '../../support/arm-simulator/spec-location.js'
import { httpsJson } from './https-json.js'

const SUB = 'subid'
const RG = 'rg1'
const API = 'api-version=2026-01-01'

function routeTableBody(route: Record<string, unknown>): unknown {
  return { location: 'westeurope', properties: { routes: [{ name: 'r1', properties: route }] } }
}

function ruleCollectionGroupBody(collection: Record<string, unknown>): unknown {
  return { properties: { priority: 100, ruleCollections: [collection] } }
}

const rt = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables/rt1`
const rcg = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/firewallPolicies/fp1/ruleCollectionGroups/g1`

describe('ARM simulator request body validation', () => {
  let sim: ArmSimulator

  beforeAll(async () => {
    sim = await startArmSimulator({ requireAuth: false })
    sim.seedResourceGroup(SUB, RG, 'westus')
    sim.seed(
      `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/firewallPolicies/fp1`,
      {
        location: 'westus',
        properties: {},
      },
    )
  })

  afterAll(async () => {
    await sim.stop()
  })

  async function put(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    return httpsJson(`${sim.url}${path}?${API}`, sim.caCertPem, 'PUT', body)
  }

  it.each([
    {
      what: 'a wrong type (addressPrefix: 123)',
      path: rt,
      body: routeTableBody({ addressPrefix: 123, nextHopType: 'Internet' }),
      message: 'properties.routes[0].properties.addressPrefix: must be of type string',
    },
    {
      what: "an unknown enum value (nextHopType: 'Teleport')",
      path: rt,
      body: routeTableBody({ addressPrefix: '0.0.0.0/0', nextHopType: 'Teleport' }),
      message: "properties.routes[0].properties.nextHopType: value 'Teleport' is not one of",
    },
    {
      what: 'a route without the required nextHopType',
      path: rt,
      body: routeTableBody({ addressPrefix: '0.0.0.0/0' }),
      message: 'properties.routes[0].properties.nextHopType: required property is missing',
    },
    {
      what: 'a rule collection with an unknown ruleCollectionType',
      path: rcg,
      body: ruleCollectionGroupBody({
        ruleCollectionType: 'FirewallPolicyMagicRuleCollection',
        name: 'c',
      }),
      message:
        "properties.ruleCollections[0].ruleCollectionType: value 'FirewallPolicyMagicRuleCollection'",
    },
    {
      what: 'a network rule with an unknown ipProtocols value inside a filter collection',
      path: rcg,
      body: ruleCollectionGroupBody({
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'c',
        priority: 200,
        action: { type: 'Allow' },
        rules: [{ ruleType: 'NetworkRule', name: 'r', ipProtocols: ['QUIC'] }],
      }),
      message: "properties.ruleCollections[0].rules[0].ipProtocols[0]: value 'QUIC'",
    },
    {
      what: 'a priority that is not an integer',
      path: rcg,
      body: { properties: { priority: 'high' } },
      message: 'properties.priority: must be of type integer',
    },
  ])('GIVEN $what WHEN PUT THEN 400 InvalidRequestContent', async ({ path, body, message }) => {
    const before = sim.get(path)
    const res = await put(path, body)
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: { code: 'InvalidRequestContent', message: expect.stringContaining(message) },
    })
    expect(sim.get(path)).toEqual(before)
  })

  it.each([
    {
      what: 'an enum value in another case',
      route: { addressPrefix: '0.0.0.0/0', nextHopType: 'internet' },
    },
    {
      what: 'readOnly and unknown properties',
      route: {
        addressPrefix: '0.0.0.0/0',
        nextHopType: 'None',
        provisioningState: 'Bogus',
        futureField: { x: 1 },
      },
    },
    {
      what: 'null for an optional property',
      route: { addressPrefix: '0.0.0.0/0', nextHopType: 'None', nextHopIpAddress: null },
    },
  ])('GIVEN $what WHEN PUT THEN it is accepted like ARM does', async ({ route }) => {
    const res = await put(rt, routeTableBody(route))
    expect([200, 201]).toContain(res.status)
  })

  it('GIVEN a filter rule collection with an application rule WHEN PUT THEN it is accepted', async () => {
    const res = await put(
      rcg,
      ruleCollectionGroupBody({
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'aks-egress',
        priority: 200,
        action: { type: 'Allow' },
        rules: [
          {
            ruleType: 'ApplicationRule',
            name: 'aks-fqdn',
            sourceAddresses: ['10.0.0.0/16'],
            protocols: [{ protocolType: 'Https', port: 443 }],
            fqdnTags: ['AzureKubernetesService'],
          },
        ],
      }),
    )
    expect(res.status).toBe(201)
  })

  function example(file: string): {
    parameters: Record<string, unknown>
    path: string
    body: unknown
  } {
    const parsed = JSON.parse(readFileSync(join(specDir, 'examples', file), 'utf8')) as {
      parameters: Record<string, unknown>
      responses: Record<string, { body?: { id?: string } }>
    }
    const id = parsed.responses['201']?.body?.id ?? parsed.responses['200']?.body?.id ?? ''
    const body = Object.entries(parsed.parameters).find(
      ([key, value]) => key !== 'api-version' && typeof value === 'object',
    )?.[1]
    return { parameters: parsed.parameters, path: id, body }
  }

  it.each([
    'RouteTableCreate.json',
    'RouteTableRouteCreate.json',
    'VirtualNetworkCreate.json',
    'SubnetCreate.json',
    'PublicIpAddressCreateDefaults.json',
  ])('GIVEN the official example %s WHEN PUT THEN it is accepted', async file => {
    const { path, body } = example(file)
    // Examples use their own placeholder ids; the parents they need are seeded first.
    const parsedRg = /\/resourceGroups\/([^/]+)/.exec(path)?.[1] ?? 'rg1'
    const parsedSub = /\/subscriptions\/([^/]+)/.exec(path)?.[1] ?? 'subid'
    sim.seedResourceGroup(parsedSub, parsedRg, 'westus')
    const parent = path.replace(/\/(subnets|routes)\/[^/]+$/, '')
    if (parent !== path && sim.get(parent) === undefined)
      sim.seed(parent, { location: 'westus', properties: {} })
    const res = await put(path, body)
    expect(res.body).toMatchObject({ id: path })
    expect([200, 201]).toContain(res.status)
  })
})
