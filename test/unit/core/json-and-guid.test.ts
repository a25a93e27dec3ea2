import { describe, expect, it } from '@jest/globals'
import { deterministicGuid } from '../../../src/core/guid.js'
import { apiVersionFor } from '../../../src/core/network.js'
import { compareCodeUnits, containsJson, sameJson } from '../../../src/core/json.js'
import { armChange } from '../../../src/core/plan.js'

describe('deterministicGuid', () => {
  it('GIVEN the same parts in any case WHEN hashed twice THEN the GUID is the same, a name-based (version 5) one', () => {
    const a = deterministicGuid('/subscriptions/S/resourceGroups/RG', 'role', 'principal')
    expect(deterministicGuid('/subscriptions/s/resourcegroups/rg', 'ROLE', 'principal')).toBe(a)
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('GIVEN different parts WHEN hashed THEN the GUIDs differ', () => {
    expect(deterministicGuid('a', 'b')).not.toBe(deterministicGuid('a', 'c'))
    expect(deterministicGuid('ab', 'c')).not.toBe(deterministicGuid('a', 'bc'))
  })
})

describe('sameJson and containsJson', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [[1, 2], [2, 1], false],
  ])('GIVEN %j and %j WHEN compared THEN sameJson is %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same)
  })

  it.each([
    [{ state: 'Enabled', name: 'r', etag: 'x' }, { name: 'r' }, true],
    [[{ a: 1, extra: true }], [{ a: 1 }], true],
    [[{ a: 1 }, { a: 2 }], [{ a: 1 }], false],
    [{ a: { b: 1 } }, { a: { b: 2 } }, false],
    [undefined, {}, false],
  ])(
    'GIVEN actual %j and expected %j WHEN checked THEN containsJson is %s',
    (actual, expected, contains) => {
      expect(containsJson(actual, expected)).toBe(contains)
    },
  )
})

describe('apiVersionFor', () => {
  it.each([
    [
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/applicationGateways/a',
      '2026-01-01',
    ],
    [
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/privateDnsZones/z/A/x',
      '2024-06-01',
    ],
    [
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerService/managedClusters/c',
      '2026-06-01',
    ],
    [
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/applicationGateways/a/providers/Microsoft.Authorization/roleAssignments/g',
      '2022-04-01',
    ],
  ])('GIVEN %s WHEN its writes are planned THEN they use api-version %s', (id, version) => {
    expect(apiVersionFor(id)).toBe(version)
    expect(armChange(id, 'noop', 'r').apiVersion).toBe(version)
  })
})

describe('compareCodeUnits', () => {
  it('GIVEN strings a locale orders by letter and case WHEN sorted THEN the order is by UTF-16 code units', () => {
    expect(['b', 'B', 'a', '_', '-', '10.0.0.1:1', '10.0.0.10:1'].sort(compareCodeUnits)).toEqual([
      '-',
      '10.0.0.10:1',
      '10.0.0.1:1',
      'B',
      '_',
      'a',
      'b',
    ])
    expect(compareCodeUnits('same', 'same')).toBe(0)
  })
})
