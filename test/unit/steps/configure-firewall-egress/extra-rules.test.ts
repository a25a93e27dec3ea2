import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadStructuredParser } from '../../../../src/core/inputs/structured.js'
import type {
  ExtraApplicationRuleInput,
  ExtraNetworkRuleInput,
} from '../../../../src/steps/configure-firewall-egress/extra-rules.js'
import {
  extraRuleCollections,
  parseExtraApplicationRules,
  parseExtraNetworkRules,
} from '../../../../src/steps/configure-firewall-egress/extra-rules.js'
import { isAksRequiredCollection } from '../../../../src/steps/configure-firewall-egress/aks-egress-rules.js'

const SUBNET = ['10.240.0.0/16']

function messageOf(parsed: { ok: true } | { ok: false; message: string }): string[] {
  return parsed.ok ? [] : parsed.message.split('; [').map((m, i) => (i === 0 ? m : `[${m}`))
}

beforeAll(async () => {
  await loadStructuredParser()
})

describe('parseExtraApplicationRules', () => {
  it('GIVEN valid YAML WHEN parsed THEN names, FQDNs, protocols and sources are normalised', () => {
    const raw = [
      '- name: github',
      '  fqdns: [GitHub.com, "*.githubusercontent.com"]',
      '- name: sql.prod_1',
      '  fqdns: [db.example.com]',
      "  protocols: ['mssql:1433', 'HTTPS:8443', http]",
      "  source-addresses: [10.1.0.0/24, 10.1.1.4, '*', 'fd00::/64']",
    ].join('\n')

    expect(parseExtraApplicationRules(raw)).toEqual({
      ok: true,
      value: [
        {
          name: 'github',
          fqdns: ['github.com', '*.githubusercontent.com'],
          protocols: [{ protocolType: 'Https', port: 443 }],
        },
        {
          name: 'sql.prod_1',
          fqdns: ['db.example.com'],
          protocols: [
            { protocolType: 'Mssql', port: 1433 },
            { protocolType: 'Https', port: 8443 },
            { protocolType: 'Http', port: 80 },
          ],
          sourceAddresses: ['10.1.0.0/24', '10.1.1.4', '*', 'fd00::/64'],
        },
      ],
    })
  })

  it('GIVEN JSON WHEN parsed THEN it is accepted like YAML', () => {
    expect(parseExtraApplicationRules('[{"name":"a","fqdns":["a.example.com"]}]')).toEqual({
      ok: true,
      value: [
        { name: 'a', fqdns: ['a.example.com'], protocols: [{ protocolType: 'Https', port: 443 }] },
      ],
    })
  })

  it('GIVEN an empty list WHEN parsed THEN no rules', () => {
    expect(parseExtraApplicationRules('[]')).toEqual({ ok: true, value: [] })
  })

  it('GIVEN every kind of bad input WHEN parsed THEN all problems are reported together with paths', () => {
    const raw = [
      '- name: web',
      '  fqdns: [https://example.com/path]',
      "  protocols: ['https:70000', 'ftp:21']",
      '- name: WEB',
      '  fqdns: [ok.example.com]',
      '  source-addresses: [10.0.0.1/24]',
      '- name: bad name!',
      '  fqdns: []',
      '  port: 443',
    ].join('\n')

    expect(messageOf(parseExtraApplicationRules(raw))).toEqual([
      "[0].fqdns[0]: a URL, not a host name; drop 'https://' and any path, and use a host name like example.com or a wildcard like *.example.com",
      '[0].protocols[0]: the port must be from 1 to 64000; use protocol:port with protocol http, https or mssql and a port from 1 to 64000, like https:443',
      '[0].protocols[1]: not an application protocol; use protocol:port with protocol http, https or mssql and a port from 1 to 64000, like https:443',
      '[1].source-addresses[0]: host bits are set; did you mean 10.0.0.0/24?',
      "[1].name: duplicate rule name 'WEB' (also used by [0]); rule names must be unique, ignoring case",
      '[2].port: unknown key; allowed keys are name, fqdns, protocols, source-addresses',
      "[2].name: expected a string of 1 to 80 letters, digits, '-', '_' or '.'",
      '[2].fqdns: expected at least 1 item(s)',
    ])
  })

  it.each([
    [
      'not: a list',
      'expected an array of an object with keys name, fqdns, protocols, source-addresses',
    ],
    ['[{"name": "a", "fqdns": ["a.com"]', 'invalid JSON'],
    ['- name: a\n  fqdns: [example.com/x]', '[0].fqdns[0]: contains a path'],
    ['- name: a\n  fqdns: ["*"]', "[0].fqdns[0]: '*' is not accepted here"],
    [`- name: ${'a'.repeat(81)}\n  fqdns: [a.com]`, '[0].name: expected a string of 1 to 80'],
    ['- name: a\n  fqdns: [a.com]\n  protocols: [https:0]', '[0].protocols[0]: the port must be'],
    ['- name: a\n  fqdns: [a.com]\n  source-addresses: [example.com]', 'not an address'],
    ['- name: a\n  fqdns: [a.com]\n  source-addresses: [AzureCloud]', 'not an address'],
    ['- name: a\n  fqdns: [a.com]\n  source-addresses: [300.0.0.1]', "octet '300' is above 255"],
  ])('GIVEN %j WHEN parsed THEN the problem mentions %j', (raw, expected) => {
    const parsed = parseExtraApplicationRules(raw)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.message).toContain(expected)
  })
})

describe('parseExtraNetworkRules', () => {
  it('GIVEN valid YAML WHEN parsed THEN protocols, destinations and ports are normalised', () => {
    const raw = [
      '- name: smtp-relay',
      '  protocols: [tcp]',
      '  destination-addresses: [AzureCloud.westeurope, 20.1.2.0/24, 20.1.3.4, AzureMonitor]',
      "  destination-ports: [25, '1000-2000', '*', '1-65535']",
      '  source-addresses: [10.240.1.0/24]',
      '- name: time',
      '  protocols: [UDP, any, icmp]',
      '  destination-fqdns: [Time.Windows.com]',
      "  destination-ports: ['123']",
    ].join('\n')

    expect(parseExtraNetworkRules(raw)).toEqual({
      ok: true,
      value: [
        {
          name: 'smtp-relay',
          protocols: ['TCP'],
          destinationAddresses: [
            'AzureCloud.westeurope',
            '20.1.2.0/24',
            '20.1.3.4',
            'AzureMonitor',
          ],
          destinationPorts: ['25', '1000-2000', '*', '*'],
          sourceAddresses: ['10.240.1.0/24'],
        },
        {
          name: 'time',
          protocols: ['UDP', 'Any', 'ICMP'],
          destinationFqdns: ['time.windows.com'],
          destinationPorts: ['123'],
        },
      ],
    })
  })

  it('GIVEN every kind of bad input WHEN parsed THEN all problems are reported together with paths', () => {
    const raw = [
      '- name: dup',
      '  protocols: [TCP, SCTP]',
      '  destination-addresses: [10.0.0.0/8]',
      '  destination-fqdns: [example.com]',
      "  destination-ports: ['70000']",
      '- name: dup',
      '  protocols: [UDP]',
      "  destination-ports: ['53']",
      '- name: other',
      '  protocols: []',
      '  destination-addresses: [10.0.0.5/8, example.com]',
      '  destination-fqdns: null',
      "  destination-ports: ['2000-1000']",
      '- name: wild',
      '  protocols: [TCP]',
      '  destination-fqdns: ["*.example.com"]',
      '  destination-ports: [443]',
    ].join('\n')

    expect(messageOf(parseExtraNetworkRules(raw))).toEqual([
      '[0].protocols[1]: expected one of: TCP, UDP, ICMP, Any',
      '[0].destination-ports[0]: not a port range; ports are whole numbers from 1 to 65535, so use a port like 443, a range like 1000-2000, or * for all ports',
      '[0]: has both destination-addresses and destination-fqdns; give exactly one of them',
      '[1]: has neither destination-addresses nor destination-fqdns; give exactly one of them',
      "[1].name: duplicate rule name 'dup' (also used by [0]); rule names must be unique, ignoring case",
      '[2].protocols: expected at least 1 item(s)',
      '[2].destination-addresses[0]: host bits are set; did you mean 10.0.0.0/8?',
      '[2].destination-addresses[1]: a host name, not an address; put host names in destination-fqdns, or use an IP address like 10.0.0.4, a CIDR range like 10.0.0.0/24, a service tag like AzureCloud.westeurope, or *',
      '[2].destination-ports[0]: the range is reversed; put the lower port first, like 1000-2000',
      '[3].destination-fqdns[0]: wildcards are not accepted here; use a host name like example.com',
    ])
  })
  it.each([
    [
      '[true]',
      "[0].destination-ports[0]: expected a port like 443, a range like '1000-2000', or '*'",
    ],
    [
      "['']",
      "[0].destination-ports[0]: expected a port like 443, a range like '1000-2000', or '*'",
    ],
    ['[]', '[0].destination-ports: expected at least 1 item(s)'],
    ['[0]', '[0].destination-ports[0]: not a port range'],
  ])('GIVEN destination-ports %s WHEN parsed THEN %j', (ports, expected) => {
    const raw = `- name: a\n  protocols: [TCP]\n  destination-addresses: ['*']\n  destination-ports: ${ports}`
    const parsed = parseExtraNetworkRules(raw)
    expect(parsed.ok ? '' : parsed.message).toContain(expected)
  })
})

describe('extraRuleCollections', () => {
  const app: readonly ExtraApplicationRuleInput[] = [
    { name: 'github', fqdns: ['github.com'], protocols: [{ protocolType: 'Https', port: 443 }] },
    {
      name: 'internal',
      fqdns: ['*.corp.example.com'],
      protocols: [{ protocolType: 'Http', port: 8080 }],
      sourceAddresses: ['10.240.1.0/24'],
    },
  ]
  const net: readonly ExtraNetworkRuleInput[] = [
    {
      name: 'smtp',
      protocols: ['TCP'],
      destinationAddresses: ['20.1.2.0/24'],
      destinationPorts: ['25'],
    },
    {
      name: 'time',
      protocols: ['UDP'],
      destinationFqdns: ['time.windows.com'],
      destinationPorts: ['123'],
      sourceAddresses: ['*'],
    },
  ]

  it('GIVEN application and network rules on Standard WHEN built THEN custom collections in wire format', () => {
    const result = extraRuleCollections(app, net, {
      tier: 'Standard',
      defaultSourceAddresses: SUBNET,
    })

    expect(result).toEqual({
      problems: [],
      ruleCollections: [
        {
          ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
          name: 'custom-application',
          priority: 300,
          action: { type: 'Allow' },
          rules: [
            {
              ruleType: 'ApplicationRule',
              name: 'github',
              sourceAddresses: SUBNET,
              protocols: [{ protocolType: 'Https', port: 443 }],
              targetFqdns: ['github.com'],
            },
            {
              ruleType: 'ApplicationRule',
              name: 'internal',
              sourceAddresses: ['10.240.1.0/24'],
              protocols: [{ protocolType: 'Http', port: 8080 }],
              targetFqdns: ['*.corp.example.com'],
            },
          ],
        },
        {
          ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
          name: 'custom-network',
          priority: 310,
          action: { type: 'Allow' },
          rules: [
            {
              ruleType: 'NetworkRule',
              name: 'smtp',
              ipProtocols: ['TCP'],
              sourceAddresses: SUBNET,
              destinationAddresses: ['20.1.2.0/24'],
              destinationPorts: ['25'],
            },
            {
              ruleType: 'NetworkRule',
              name: 'time',
              ipProtocols: ['UDP'],
              sourceAddresses: ['*'],
              destinationFqdns: ['time.windows.com'],
              destinationPorts: ['123'],
            },
          ],
        },
      ],
    })
    expect(result.ruleCollections.map(c => isAksRequiredCollection(c.name))).toEqual([false, false])
  })

  it.each([
    [[], [], []],
    [app, [], ['custom-application']],
    [[], net, ['custom-network']],
  ] as const)(
    'GIVEN %j application and %j network rules WHEN built THEN only non-empty collections %j',
    (apps, nets, names) => {
      const result = extraRuleCollections(apps, nets, {
        tier: 'Premium',
        defaultSourceAddresses: SUBNET,
      })
      expect(result.ruleCollections.map(c => c.name)).toEqual(names)
      expect(result.problems).toEqual([])
    },
  )

  it('GIVEN tier Basic and network rules with destination FQDNs WHEN built THEN each is a problem', () => {
    const result = extraRuleCollections(app, [...net, { ...net[1]!, name: 'time-2' }], {
      tier: 'Basic',
      defaultSourceAddresses: SUBNET,
    })
    expect(result.problems).toEqual([
      "network rule 'time': Basic SKU cannot use FQDNs in network rules; use destination-addresses or a Standard/Premium firewall",
      "network rule 'time-2': Basic SKU cannot use FQDNs in network rules; use destination-addresses or a Standard/Premium firewall",
    ])
  })

  it('GIVEN tier Basic and address-only network rules WHEN built THEN no problem', () => {
    const result = extraRuleCollections([], [net[0]!], {
      tier: 'Basic',
      defaultSourceAddresses: SUBNET,
    })
    expect(result.problems).toEqual([])
    expect(result.ruleCollections.map(c => c.name)).toEqual(['custom-network'])
  })

  it('GIVEN parsed YAML WHEN built THEN the rules round-trip into the wire format', () => {
    const parsedApp = parseExtraApplicationRules('- name: a\n  fqdns: [a.example.com]')
    const parsedNet = parseExtraNetworkRules(
      "- name: n\n  protocols: [udp]\n  destination-addresses: ['*']\n  destination-ports: [123]",
    )
    if (!parsedApp.ok || !parsedNet.ok) throw new Error('expected valid inputs')
    const result = extraRuleCollections(parsedApp.value, parsedNet.value, {
      tier: 'Basic',
      defaultSourceAddresses: SUBNET,
    })
    expect(result.ruleCollections.flatMap(c => c.rules)).toEqual([
      {
        ruleType: 'ApplicationRule',
        name: 'a',
        sourceAddresses: SUBNET,
        protocols: [{ protocolType: 'Https', port: 443 }],
        targetFqdns: ['a.example.com'],
      },
      {
        ruleType: 'NetworkRule',
        name: 'n',
        ipProtocols: ['UDP'],
        sourceAddresses: SUBNET,
        destinationAddresses: ['*'],
        destinationPorts: ['123'],
      },
    ])
  })
})
