import { describe, expect, it } from '@jest/globals'
import {
  ruleCollectionsCover,
  ruleCollectionsWiden,
} from '../../../../src/steps/configure-firewall-egress/rule-compare.js'

const app = (name: string, fqdns: string[], ports = [443]) => ({
  ruleType: 'ApplicationRule',
  name,
  sourceAddresses: ['10.240.0.0/16'],
  protocols: ports.map(port => ({ protocolType: 'Https', port })),
  targetFqdns: fqdns,
})
const collection = (rules: unknown[]) => [
  {
    ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
    name: 'custom-application',
    priority: 300,
    action: { type: 'Allow' },
    rules,
  },
]

describe('rule comparison', () => {
  it('GIVEN ARM echoes the rules with defaults and other casing WHEN compared THEN they cover the desired ones', () => {
    const observed = collection([
      {
        ...app('GitHub', ['GITHUB.COM']),
        terminateTLS: false,
        webCategories: [],
        sourceIpGroups: [],
      },
    ])
    expect(ruleCollectionsCover(collection([app('github', ['github.com'])]), observed)).toBe(true)
  })

  it.each([
    ['a new rule', [app('github', ['github.com'])], [], ['github']],
    [
      'an added FQDN',
      [app('github', ['github.com', 'api.github.com'])],
      [app('github', ['github.com'])],
      ['github'],
    ],
    [
      'an added port',
      [app('github', ['github.com'], [443, 8443])],
      [app('github', ['github.com'])],
      ['github'],
    ],
    [
      'a removed FQDN',
      [app('github', ['github.com'])],
      [app('github', ['github.com', 'api.github.com'])],
      [],
    ],
    ['an unchanged rule', [app('github', ['github.com'])], [app('github', ['github.com'])], []],
  ])(
    'GIVEN %s WHEN checked for widening THEN the widened rules are %j',
    (_name, desired, observed, expected) => {
      expect(ruleCollectionsWiden(collection(desired), collection(observed))).toEqual(expected)
    },
  )
})
