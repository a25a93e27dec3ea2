import { describe, expect, it } from '@jest/globals'
import {
  parseLocation,
  parseResourceGroupName,
  parseResourceName,
  parseSubscriptionId,
} from '../../../../src/core/inputs/azure-names.js'

const RG_ACCEPTED = "use 1 to 90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'"
const NAME_ACCEPTED =
  "use 1 to 80 characters: letters, digits, '-', '.' or '_', starting with a letter or digit and ending with a letter, digit or '_'"

describe('parseSubscriptionId', () => {
  it.each([
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['1B2C3D4E-AAAA-bbbb-CCCC-0123456789ab', '1b2c3d4e-aaaa-bbbb-cccc-0123456789ab'],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parseSubscriptionId(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    'My Subscription',
    '{00000000-0000-0000-0000-000000000000}',
    '00000000000000000000000000000000',
    '00000000-0000-0000-0000-00000000000g',
  ])('GIVEN %p WHEN parsed THEN it fails asking for the GUID', raw => {
    expect(parseSubscriptionId(raw)).toEqual({
      ok: false,
      message:
        'not a subscription ID; use the subscription GUID, like 00000000-0000-0000-0000-000000000000, not its name',
    })
  })
})

describe('parseResourceGroupName', () => {
  it.each(['rg', 'rg-aks_prod.1', '(legacy)rg', 'a'.repeat(90), 'Rg-Ünïcode'])(
    'GIVEN %p WHEN parsed THEN it is accepted unchanged',
    raw => {
      expect(parseResourceGroupName(raw)).toEqual({ ok: true, value: raw })
    },
  )

  it.each([
    ['rg.', `ends in '.'; ${RG_ACCEPTED}`],
    ['rg with space', `not a valid resource group name; ${RG_ACCEPTED}`],
    ['rg/child', `not a valid resource group name; ${RG_ACCEPTED}`],
    ['rg#1', `not a valid resource group name; ${RG_ACCEPTED}`],
    ['a'.repeat(91), `longer than 90 characters; ${RG_ACCEPTED}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseResourceGroupName(raw)).toEqual({ ok: false, message })
  })
})

describe('parseLocation', () => {
  it.each([
    ['eastus2', 'eastus2'],
    ['East US 2', 'eastus2'],
    ['WestEurope', 'westeurope'],
    ['  North  Europe', 'northeurope'],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parseLocation(raw)).toEqual({ ok: true, value: expected })
  })

  it.each(['east-us', 'East US (2)', 'westeurope,northeurope'])(
    'GIVEN %p WHEN parsed THEN it fails with an example region',
    raw => {
      expect(parseLocation(raw)).toEqual({
        ok: false,
        message:
          'not an Azure region; use a region name like eastus2 or its display name East US 2',
      })
    },
  )
})

describe('parseResourceName', () => {
  const parseSubnetName = parseResourceName('subnet')
  const parseStorageName = parseResourceName('storage account', {
    minLength: 3,
    maxLength: 24,
    pattern: { regex: /^[a-z0-9]+$/, description: 'lower-case letters and digits' },
  })

  it.each(['snet-aks', 'AzureFirewallSubnet', 'a', 'snet_', 'a.b-c_d', 'x'.repeat(80)])(
    'GIVEN subnet name %p WHEN parsed THEN it is accepted unchanged',
    raw => {
      expect(parseSubnetName(raw)).toEqual({ ok: true, value: raw })
    },
  )

  it.each([
    ['-snet', `not a valid subnet name; ${NAME_ACCEPTED}`],
    ['_snet', `not a valid subnet name; ${NAME_ACCEPTED}`],
    ['snet-', `not a valid subnet name; ${NAME_ACCEPTED}`],
    ['snet.', `not a valid subnet name; ${NAME_ACCEPTED}`],
    ['snet aks', `not a valid subnet name; ${NAME_ACCEPTED}`],
    ['x'.repeat(81), `longer than 80 characters; ${NAME_ACCEPTED}`],
  ])('GIVEN subnet name %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseSubnetName(raw)).toEqual({ ok: false, message })
  })

  it.each([
    ['st', 'shorter than 3 characters; use 3 to 24 characters: lower-case letters and digits'],
    [
      'x'.repeat(25),
      'longer than 24 characters; use 3 to 24 characters: lower-case letters and digits',
    ],
    [
      'Storage1',
      'not a valid storage account name; use 3 to 24 characters: lower-case letters and digits',
    ],
  ])(
    'GIVEN storage name %p WHEN parsed with a custom rule THEN it fails with %p',
    (raw, message) => {
      expect(parseStorageName(raw)).toEqual({ ok: false, message })
    },
  )

  it('GIVEN a name matching a custom rule WHEN parsed THEN it is accepted', () => {
    expect(parseStorageName('stakslogs01')).toEqual({ ok: true, value: 'stakslogs01' })
  })
})
