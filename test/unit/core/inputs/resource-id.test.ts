import { describe, expect, it } from '@jest/globals'
import type { ResourceId } from '../../../../src/core/inputs/resource-id.js'
import {
  formatResourceId,
  parseResourceId,
  resourceIdEquals,
} from '../../../../src/core/inputs/resource-id.js'

const SUB = '00000000-0000-0000-0000-000000000001'
const VNET = `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub`
const SUBNET = `${VNET}/subnets/snet-aks`
const SUBNET_TYPE = 'Microsoft.Network/virtualNetworks/subnets'
const GENERIC = 'use /subscriptions/<id>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>'
const EXPECTED_SUBNET =
  'expected a Microsoft.Network/virtualNetworks/subnets resource ID, like /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>'

const vnetId: ResourceId = {
  id: VNET,
  subscriptionId: SUB,
  resourceGroup: 'rg-net',
  provider: 'Microsoft.Network',
  types: ['virtualNetworks'],
  names: ['vnet-hub'],
  type: 'Microsoft.Network/virtualNetworks',
  name: 'vnet-hub',
}

function parsed(raw: string, expectedType?: string): ResourceId {
  const result = parseResourceId(expectedType)(raw)
  if (!result.ok) throw new Error(`test setup: ${result.message}`)
  return result.value
}

describe('parseResourceId', () => {
  it('GIVEN a subnet ID WHEN parsed THEN every part and the parent are returned', () => {
    expect(parseResourceId()(SUBNET)).toEqual({
      ok: true,
      value: {
        id: SUBNET,
        subscriptionId: SUB,
        resourceGroup: 'rg-net',
        provider: 'Microsoft.Network',
        types: ['virtualNetworks', 'subnets'],
        names: ['vnet-hub', 'snet-aks'],
        type: SUBNET_TYPE,
        name: 'snet-aks',
        parent: vnetId,
      },
    })
  })

  it('GIVEN a top-level resource ID WHEN parsed THEN it has no parent', () => {
    expect(parseResourceId()(VNET)).toEqual({ ok: true, value: vnetId })
  })

  it.each([
    [
      `/SUBSCRIPTIONS/${SUB.toUpperCase()}/resourcegroups/rg-net/PROVIDERS/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-aks`,
    ],
    [
      `/subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-aks`,
    ],
  ])('GIVEN %p WHEN parsed THEN the keywords and subscription are canonical', raw => {
    expect(parsed(raw).id).toBe(SUBNET)
  })

  it.each([[SUBNET_TYPE], ['microsoft.network/VIRTUALNETWORKS/subnets']])(
    'GIVEN expected type %p WHEN a subnet ID is parsed THEN it is accepted',
    expectedType => {
      expect(parsed(SUBNET, expectedType).name).toBe('snet-aks')
    },
  )

  it.each([
    [VNET, `${EXPECTED_SUBNET}; got a Microsoft.Network/virtualNetworks ID`],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt`,
      `${EXPECTED_SUBNET}; got a Microsoft.Network/routeTables ID`,
    ],
    ['snet-aks', `not a resource ID, which starts with /subscriptions/; ${EXPECTED_SUBNET}`],
  ])('GIVEN %p WHEN parsed as a subnet ID THEN it fails with %p', (raw, message) => {
    expect(parseResourceId(SUBNET_TYPE)(raw)).toEqual({ ok: false, message })
  })

  it.each([
    [
      'Microsoft.Network/firewallPolicies/ruleCollectionGroups',
      '/firewallPolicies/<firewallPolicy>/ruleCollectionGroups/<ruleCollectionGroup>',
    ],
    ['Microsoft.Network/publicIPAddresses', '/publicIPAddresses/<publicIPAddress>'],
    ['Microsoft.ContainerService/managedClusters', '/managedClusters/<managedCluster>'],
  ])('GIVEN expected type %p WHEN the type differs THEN the example ends with %p', (type, tail) => {
    const result = parseResourceId(type)(SUBNET)
    expect(result.ok ? '' : result.message).toContain(`${tail}; got a ${SUBNET_TYPE} ID`)
  })

  it.each([
    ['subscriptions/x', `not a resource ID, which starts with /subscriptions/; ${GENERIC}`],
    [`${SUBNET}/`, `ends with '/'; drop it; ${GENERIC}`],
    [`/subscriptions/${SUB}//resourceGroups/rg`, `has an empty segment ('//'); ${GENERIC}`],
    ['/tenants/x/resourceGroups/rg', `does not start with /subscriptions/<id>; ${GENERIC}`],
    [
      '/subscriptions/my-sub/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v',
      `the subscription is not a GUID; ${GENERIC}`,
    ],
    [`/subscriptions/${SUB}`, `missing the resourceGroups/<rg> segment; ${GENERIC}`],
    [
      `/subscriptions/${SUB}/resourceGroups/rg.`,
      `resource group 'rg.' is not a valid resource group name; ${GENERIC}`,
    ],
    [
      `/subscriptions/${SUB}/resourceGroups/rg`,
      `a resource group ID, not a resource ID; it lacks providers/<Namespace>/<type>/<name>; ${GENERIC}`,
    ],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Network/vnets/v`,
      `'Network' is not a provider namespace like Microsoft.Network; ${GENERIC}`,
    ],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network`,
      `missing the resource type and name after 'Microsoft.Network'; ${GENERIC}`,
    ],
    [`${VNET}/subnets`, `missing the name after 'subnets'; ${GENERIC}`],
    [
      `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtual-networks/v`,
      `'virtual-networks' is not a resource type; ${GENERIC}`,
    ],
    [
      `${VNET}/providers/Microsoft.Authorization/locks/l`,
      `extension resources (a second 'providers' segment) are not supported; ${GENERIC}`,
    ],
    [`${VNET}/subnets/snet aks`, `name 'snet aks' contains whitespace, '?' or '#'; ${GENERIC}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseResourceId()(raw)).toEqual({ ok: false, message })
  })
})

describe('formatResourceId', () => {
  it('GIVEN the parts of a subnet WHEN formatted THEN the canonical ID is returned', () => {
    expect(
      formatResourceId({
        subscriptionId: SUB,
        resourceGroup: 'rg-net',
        provider: 'Microsoft.Network',
        types: ['virtualNetworks', 'subnets'],
        names: ['vnet-hub', 'snet-aks'],
      }),
    ).toBe(SUBNET)
  })

  it.each([
    [['virtualNetworks', 'subnets'], ['vnet-hub']],
    [[], []],
  ])('GIVEN types %p and names %p WHEN formatted THEN it throws', (types, names) => {
    expect(() =>
      formatResourceId({
        subscriptionId: SUB,
        resourceGroup: 'rg',
        provider: 'Microsoft.Network',
        types,
        names,
      }),
    ).toThrow(RangeError)
  })
})

describe('resourceIdEquals', () => {
  it.each([
    [SUBNET, SUBNET.toLowerCase(), true],
    [SUBNET, SUBNET.toUpperCase(), true],
    [SUBNET, VNET, false],
    ['not-an-id', 'NOT-AN-ID', true],
    ['not-an-id', SUBNET, false],
  ])('GIVEN %p and %p WHEN compared THEN equal is %p', (a, b, expected) => {
    expect(resourceIdEquals(a, b)).toBe(expected)
  })

  it('GIVEN a parsed ID and its lower-case text WHEN compared THEN they are equal', () => {
    expect(resourceIdEquals(parsed(SUBNET), SUBNET.toLowerCase())).toBe(true)
  })
})
