import { describe, expect, it } from '@jest/globals'
import { applyArmChange } from '../../../src/core/arm-writes.js'
import type { Network } from '../../../src/core/network.js'
import type { ArmChange } from '../../../src/core/plan.js'

function recordingNetwork(calls: string[]): Network {
  return new Proxy({} as Network, {
    get: (_t, method: string) => (id: string) => {
      calls.push(`${method} ${id}`)
      return Promise.resolve({})
    },
  })
}

const change = (action: ArmChange['action'], resourceId: string): ArmChange => ({
  target: 'arm',
  action,
  resourceId,
  apiVersion: '2026-01-01',
  ...(action === 'delete' ? {} : { body: { properties: {} } }),
  reason: 'test',
  flags: [],
})

const N = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network'

describe('applyArmChange', () => {
  it.each([
    [`${N}/virtualNetworks/v/subnets/aks`, 'putSubnet'],
    [`${N}/routeTables/rt`, 'putRouteTable'],
    [`${N}/firewallPolicies/p/ruleCollectionGroups/g`, 'putRuleCollectionGroup'],
    [`${N}/firewallPolicies/p`, 'putFirewallPolicy'],
    [
      `${N}/privateLinkServices/pls/privateEndpointConnections/c`,
      'putPrivateLinkServiceConnection',
    ],
    [`${N}/privateLinkServices/pls`, 'putPrivateLinkService'],
    [`${N}/privateDnsZones/z.internal/A/app`, 'putARecordSet'],
  ])('GIVEN an update of %s WHEN applied THEN %s writes it', async (id, method) => {
    const calls: string[] = []
    await applyArmChange(recordingNetwork(calls), change('update', id))
    expect(calls).toEqual([`${method} ${id}`])
  })

  it.each([`${N}/azureFirewalls/fw`, `${N}/routeTables/rt`, `${N}/virtualNetworks/v/subnets/aks`])(
    'GIVEN a delete of %s WHEN applied THEN it is refused: steps only delete endpoints and records',
    async id => {
      const calls: string[] = []
      await expect(applyArmChange(recordingNetwork(calls), change('delete', id))).rejects.toThrow(
        /cannot delete/,
      )
      expect(calls).toEqual([])
    },
  )
})
