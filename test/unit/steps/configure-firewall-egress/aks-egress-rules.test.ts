import { describe, expect, it } from '@jest/globals'
import type {
  AksEgressOptions,
  OptionalGroup,
  WireRuleCollection,
} from '../../../../src/steps/configure-firewall-egress/aks-egress-rules.js'
import {
  aksEgressRuleCollections,
  isAksRequiredCollection,
  OPTIONAL_GROUPS,
  parseOptionalGroups,
} from '../../../../src/steps/configure-firewall-egress/aks-egress-rules.js'

const SOURCES = ['10.240.0.0/16']

const publicCluster: AksEgressOptions = {
  cloud: 'AzureCloud',
  location: 'eastus2',
  tier: 'Standard',
  privateCluster: false,
  customDnsServers: [],
  optionalGroups: [],
  sourceAddresses: SOURCES,
}

const https443 = { protocolType: 'Https', port: 443 }
const http80 = { protocolType: 'Http', port: 80 }

function collectionNamed(collections: readonly WireRuleCollection[], name: string) {
  return collections.find(c => c.name === name)
}

function ruleNames(collection: WireRuleCollection | undefined): string[] {
  return collection?.rules.map(rule => rule.name) ?? []
}

function appRule(collections: readonly WireRuleCollection[], name: string) {
  const rule = collections.flatMap(c => c.rules).find(r => r.name === name)
  return rule?.ruleType === 'ApplicationRule' ? rule : undefined
}

function netRule(collections: readonly WireRuleCollection[], collection: string, name: string) {
  const rule = collectionNamed(collections, collection)?.rules.find(r => r.name === name)
  return rule?.ruleType === 'NetworkRule' ? rule : undefined
}

describe('aksEgressRuleCollections', () => {
  it('GIVEN a public cluster in Azure Global on Standard WHEN built THEN the required collections are exactly the reference lists', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      apiServerIp: '20.10.0.4',
      customDnsServers: ['10.0.0.10', '10.0.0.11'],
    })

    expect(result.ruleCollections).toEqual([
      {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'aks-required-application',
        priority: 200,
        action: { type: 'Allow' },
        rules: [
          {
            ruleType: 'ApplicationRule',
            name: 'aks-fqdn-tag',
            sourceAddresses: SOURCES,
            protocols: [http80, https443],
            fqdnTags: ['AzureKubernetesService'],
          },
          {
            ruleType: 'ApplicationRule',
            name: 'aks-required-fqdns',
            sourceAddresses: SOURCES,
            protocols: [https443],
            targetFqdns: [
              '*.hcp.eastus2.azmk8s.io',
              'mcr.microsoft.com',
              '*.data.mcr.microsoft.com',
              'mcr-0001.mcr-msedge.net',
              'management.azure.com',
              'login.microsoftonline.com',
              'packages.microsoft.com',
              'acs-mirror.azureedge.net',
              'packages.aks.azure.com',
            ],
          },
        ],
      },
      {
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'aks-required-network',
        priority: 210,
        action: { type: 'Allow' },
        rules: [
          {
            ruleType: 'NetworkRule',
            name: 'aks-tunnel-udp-1194',
            ipProtocols: ['UDP'],
            sourceAddresses: SOURCES,
            destinationAddresses: ['AzureCloud.eastus2'],
            destinationPorts: ['1194'],
          },
          {
            ruleType: 'NetworkRule',
            name: 'aks-tunnel-tcp-9000',
            ipProtocols: ['TCP'],
            sourceAddresses: SOURCES,
            destinationAddresses: ['AzureCloud.eastus2'],
            destinationPorts: ['9000'],
          },
          {
            ruleType: 'NetworkRule',
            name: 'aks-ntp',
            ipProtocols: ['UDP'],
            sourceAddresses: SOURCES,
            destinationFqdns: ['ntp.ubuntu.com'],
            destinationPorts: ['123'],
          },
          {
            ruleType: 'NetworkRule',
            name: 'aks-api-server',
            ipProtocols: ['TCP'],
            sourceAddresses: SOURCES,
            destinationAddresses: ['20.10.0.4'],
            destinationPorts: ['443'],
          },
          {
            ruleType: 'NetworkRule',
            name: 'aks-custom-dns',
            ipProtocols: ['UDP', 'TCP'],
            sourceAddresses: SOURCES,
            destinationAddresses: ['10.0.0.10', '10.0.0.11'],
            destinationPorts: ['53'],
          },
        ],
      },
    ])
    expect(result.warnings).toEqual([
      'The API server IP can change during announced maintenance; update the API server rule when it does.',
    ])
  })

  it('GIVEN the minimum options WHEN built THEN no API server or DNS rule and no warning', () => {
    const result = aksEgressRuleCollections(publicCluster)
    expect(result.ruleCollections.map(c => [c.name, c.priority])).toEqual([
      ['aks-required-application', 200],
      ['aks-required-network', 210],
    ])
    expect(ruleNames(collectionNamed(result.ruleCollections, 'aks-required-network'))).toEqual([
      'aks-tunnel-udp-1194',
      'aks-tunnel-tcp-9000',
      'aks-ntp',
    ])
    expect(result.warnings).toEqual([])
  })

  it('GIVEN a placeholder source WHEN built THEN every rule uses it as the only source', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      sourceAddresses: ['<cluster-subnet-prefixes>'],
      optionalGroups: ['azure-monitor'],
    })
    const sources = result.ruleCollections.flatMap(c => c.rules.map(r => r.sourceAddresses))
    expect(new Set(sources.map(s => JSON.stringify(s)))).toEqual(
      new Set([JSON.stringify(['<cluster-subnet-prefixes>'])]),
    )
  })

  it.each([
    ['AzureCloud', ['*.hcp.westus3.azmk8s.io']],
    [
      'AzureChinaCloud',
      ['*.hcp.westus3.cx.prod.service.azk8s.cn', '*.tun.westus3.cx.prod.service.azk8s.cn'],
    ],
    ['AzureUSGovernment', ['*.hcp.westus3.cx.aks.containerservice.azure.us']],
  ] as const)(
    'GIVEN a private cluster in %s WHEN built THEN the tunnel rules and API-server tunnel FQDNs %j are dropped',
    (cloud, tunnelFqdns) => {
      const options = { ...publicCluster, cloud, location: 'westus3' }
      const publicFqdns = appRule(
        aksEgressRuleCollections(options).ruleCollections,
        'aks-required-fqdns',
      )?.targetFqdns
      const result = aksEgressRuleCollections({ ...options, privateCluster: true })

      expect(publicFqdns).toEqual(expect.arrayContaining([...tunnelFqdns]))
      expect(appRule(result.ruleCollections, 'aks-required-fqdns')?.targetFqdns).toEqual(
        publicFqdns?.filter(fqdn => !tunnelFqdns.some(t => t === fqdn)),
      )
      expect(ruleNames(collectionNamed(result.ruleCollections, 'aks-required-network'))).toEqual([
        'aks-ntp',
      ])
      expect(result.warnings).toEqual([])
    },
  )

  it('GIVEN a private cluster on Basic WHEN built THEN the empty network collection is left out', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      privateCluster: true,
      tier: 'Basic',
    })
    expect(result.ruleCollections.map(c => c.name)).toEqual(['aks-required-application'])
  })

  it('GIVEN a private cluster with an API server IP WHEN built THEN the rule is kept with a warning', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      privateCluster: true,
      apiServerIp: '10.1.0.4',
    })
    expect(netRule(result.ruleCollections, 'aks-required-network', 'aks-api-server')).toEqual(
      expect.objectContaining({ destinationAddresses: ['10.1.0.4'], destinationPorts: ['443'] }),
    )
    expect(result.warnings).toEqual([
      "Added the API server rule (TCP 443 to the given API server IP) although private clusters don't need it.",
    ])
  })

  it.each(['Standard', 'Premium'] as const)(
    'GIVEN tier %s WHEN built THEN the NTP rule uses the ntp.ubuntu.com FQDN',
    tier => {
      const result = aksEgressRuleCollections({ ...publicCluster, tier })
      expect(netRule(result.ruleCollections, 'aks-required-network', 'aks-ntp')).toEqual(
        expect.objectContaining({ ipProtocols: ['UDP'], destinationFqdns: ['ntp.ubuntu.com'] }),
      )
      expect(result.warnings).toEqual([])
    },
  )

  it('GIVEN tier Basic WHEN built THEN the NTP rule is left out with a warning saying why', () => {
    const result = aksEgressRuleCollections({ ...publicCluster, tier: 'Basic' })

    expect(ruleNames(collectionNamed(result.ruleCollections, 'aks-required-network'))).toEqual([
      'aks-tunnel-udp-1194',
      'aks-tunnel-tcp-9000',
    ])
    const rules = result.ruleCollections.flatMap(c => c.rules)
    expect(rules.some(r => r.ruleType === 'NetworkRule' && r.destinationFqdns !== undefined)).toBe(
      false,
    )
    expect(result.warnings).toHaveLength(1)
    expect(result.warnings[0]).toMatch(/NTP rule \(UDP 123 to ntp\.ubuntu\.com\)/)
    expect(result.warnings[0]).toMatch(/Basic has no DNS proxy/)
    expect(result.warnings[0]).toMatch(/provisioned after March 2021 don't need it/)
  })

  it('GIVEN Azure China WHEN built THEN the tunnel adds TCP 22 and the 21Vianet FQDNs are used', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      cloud: 'AzureChinaCloud',
      location: 'chinaeast2',
    })

    expect(appRule(result.ruleCollections, 'aks-required-fqdns')?.targetFqdns).toEqual([
      '*.hcp.chinaeast2.cx.prod.service.azk8s.cn',
      '*.tun.chinaeast2.cx.prod.service.azk8s.cn',
      'mcr.microsoft.com',
      '*.data.mcr.microsoft.com',
      'management.chinacloudapi.cn',
      'login.chinacloudapi.cn',
      'packages.microsoft.com',
      '*.azk8s.cn',
      'mcr.azure.cn',
      '*.data.mcr.azure.cn',
    ])
    expect(collectionNamed(result.ruleCollections, 'aks-required-network')?.rules).toEqual([
      expect.objectContaining({ name: 'aks-tunnel-udp-1194', destinationPorts: ['1194'] }),
      expect.objectContaining({ name: 'aks-tunnel-tcp-9000', destinationPorts: ['9000'] }),
      {
        ruleType: 'NetworkRule',
        name: 'aks-tunnel-tcp-22',
        ipProtocols: ['TCP'],
        sourceAddresses: SOURCES,
        destinationAddresses: ['AzureCloud.chinaeast2'],
        destinationPorts: ['22'],
      },
      expect.objectContaining({ name: 'aks-ntp' }),
    ])
  })

  it('GIVEN Azure US Government WHEN built THEN the Gov FQDNs are used and no TCP 22 rule', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      cloud: 'AzureUSGovernment',
      location: 'usgovvirginia',
    })

    expect(appRule(result.ruleCollections, 'aks-required-fqdns')?.targetFqdns).toEqual([
      '*.hcp.usgovvirginia.cx.aks.containerservice.azure.us',
      'mcr.microsoft.com',
      '*.data.mcr.microsoft.com',
      'management.usgovcloudapi.net',
      'login.microsoftonline.us',
      'packages.microsoft.com',
      'acs-mirror.azureedge.net',
      'packages.aks.azure.com',
    ])
    expect(ruleNames(collectionNamed(result.ruleCollections, 'aks-required-network'))).toEqual([
      'aks-tunnel-udp-1194',
      'aks-tunnel-tcp-9000',
      'aks-ntp',
    ])
    expect(
      netRule(result.ruleCollections, 'aks-required-network', 'aks-tunnel-tcp-9000')
        ?.destinationAddresses,
    ).toEqual(['AzureCloud.usgovvirginia'])
  })

  const optionalCases: readonly (readonly [
    OptionalGroup,
    AksEgressOptions['cloud'],
    readonly (readonly [string, readonly object[], readonly string[]])[],
  ])[] = [
    [
      'ubuntu-updates',
      'AzureCloud',
      [
        [
          'ubuntu-updates-http',
          [http80],
          ['security.ubuntu.com', 'azure.archive.ubuntu.com', 'changelogs.ubuntu.com'],
        ],
        ['ubuntu-updates-https', [https443], ['snapshot.ubuntu.com']],
      ],
    ],
    [
      'gpu',
      'AzureCloud',
      [['gpu', [https443], ['nvidia.github.io', 'us.download.nvidia.com', 'download.docker.com']]],
    ],
    [
      'windows',
      'AzureCloud',
      [
        [
          'windows-http',
          [http80],
          ['*.mp.microsoft.com', 'www.msftconnecttest.com', 'ctldl.windowsupdate.com'],
        ],
        ['windows-https', [https443], ['onegetcdn.azureedge.net', 'go.microsoft.com']],
      ],
    ],
    [
      'azure-monitor',
      'AzureCloud',
      [
        [
          'azure-monitor',
          [https443],
          [
            '*.ods.opinsights.azure.com',
            '*.oms.opinsights.azure.com',
            'dc.services.visualstudio.com',
            '*.in.applicationinsights.azure.com',
            '*.monitoring.azure.com',
            'login.microsoftonline.com',
            'global.handler.control.monitor.azure.com',
            '*.ingest.monitor.azure.com',
            '*.metrics.ingest.monitor.azure.com',
            'eastus2.handler.control.monitor.azure.com',
          ],
        ],
      ],
    ],
    [
      'azure-monitor',
      'AzureChinaCloud',
      [
        [
          'azure-monitor',
          [https443],
          [
            '*.ods.opinsights.azure.cn',
            '*.oms.opinsights.azure.cn',
            'dc.services.visualstudio.com',
            '*.in.applicationinsights.azure.com',
            'global.handler.control.monitor.azure.cn',
            'eastus2.handler.control.monitor.azure.cn',
            '*.ingest.monitor.azure.cn',
            '*.metrics.ingest.monitor.azure.cn',
          ],
        ],
      ],
    ],
    [
      'azure-monitor',
      'AzureUSGovernment',
      [
        [
          'azure-monitor',
          [https443],
          [
            '*.ods.opinsights.azure.us',
            '*.oms.opinsights.azure.us',
            'dc.services.visualstudio.com',
            '*.in.applicationinsights.azure.com',
            'global.handler.control.monitor.azure.us',
            'eastus2.handler.control.monitor.azure.us',
            '*.ingest.monitor.azure.us',
            '*.metrics.ingest.monitor.azure.us',
          ],
        ],
      ],
    ],
    [
      'defender',
      'AzureCloud',
      [
        [
          'defender',
          [https443],
          [
            'login.microsoftonline.com',
            '*.ods.opinsights.azure.com',
            '*.oms.opinsights.azure.com',
            '*.cloud.defender.microsoft.com',
          ],
        ],
      ],
    ],
    [
      'defender',
      'AzureUSGovernment',
      [
        [
          'defender',
          [https443],
          [
            'login.microsoftonline.us',
            '*.ods.opinsights.azure.us',
            '*.oms.opinsights.azure.us',
            '*.cloud.defender.microsoft.com',
          ],
        ],
      ],
    ],
    [
      'azure-policy',
      'AzureCloud',
      [
        [
          'azure-policy',
          [https443],
          [
            'data.policy.core.windows.net',
            'store.policy.core.windows.net',
            'dc.services.visualstudio.com',
          ],
        ],
      ],
    ],
    [
      'azure-policy',
      'AzureChinaCloud',
      [['azure-policy', [https443], ['data.policy.azure.cn', 'store.policy.azure.cn']]],
    ],
    [
      'azure-policy',
      'AzureUSGovernment',
      [['azure-policy', [https443], ['data.policy.azure.us', 'store.policy.azure.us']]],
    ],
    [
      'key-vault',
      'AzureCloud',
      [['key-vault', [https443], ['vault.azure.net', '*.vault.azure.net']]],
    ],
    ['key-vault', 'AzureUSGovernment', [['key-vault', [https443], ['*.vault.usgovcloudapi.net']]]],
    [
      'workload-identity',
      'AzureCloud',
      [['workload-identity', [https443], ['login.microsoftonline.com']]],
    ],
    [
      'workload-identity',
      'AzureChinaCloud',
      [['workload-identity', [https443], ['login.chinacloudapi.cn']]],
    ],
    [
      'workload-identity',
      'AzureUSGovernment',
      [['workload-identity', [https443], ['login.microsoftonline.us']]],
    ],
    [
      'cost-analysis',
      'AzureCloud',
      [['cost-analysis', [https443], ['management.azure.com', 'login.microsoftonline.com']]],
    ],
    [
      'cost-analysis',
      'AzureChinaCloud',
      [['cost-analysis', [https443], ['management.chinacloudapi.cn', 'login.microsoftonline.cn']]],
    ],
    [
      'cost-analysis',
      'AzureUSGovernment',
      [['cost-analysis', [https443], ['management.usgovcloudapi.net', 'login.microsoftonline.us']]],
    ],
    [
      'cluster-extensions',
      'AzureCloud',
      [
        [
          'cluster-extensions',
          [https443],
          [
            'eastus2.dp.kubernetesconfiguration.azure.com',
            'mcr.microsoft.com',
            '*.data.mcr.microsoft.com',
            'arcmktplaceprod.azurecr.io',
            'arcmktplaceprod.centralindia.data.azurecr.io',
            'arcmktplaceprod.japaneast.data.azurecr.io',
            'arcmktplaceprod.westus2.data.azurecr.io',
            'arcmktplaceprod.westeurope.data.azurecr.io',
            'arcmktplaceprod.eastus.data.azurecr.io',
            '*.ingestion.msftcloudes.com',
            '*.microsoftmetrics.com',
            'marketplaceapi.microsoft.com',
          ],
        ],
      ],
    ],
    [
      'cluster-extensions',
      'AzureUSGovernment',
      [
        [
          'cluster-extensions',
          [https443],
          [
            'eastus2.dp.kubernetesconfiguration.azure.us',
            'mcr.microsoft.com',
            '*.data.mcr.microsoft.com',
          ],
        ],
      ],
    ],
  ]

  it.each(optionalCases)(
    'GIVEN optional group %s in %s WHEN built THEN the group collection holds its rules',
    (group, cloud, expected) => {
      const result = aksEgressRuleCollections({ ...publicCluster, cloud, optionalGroups: [group] })
      const optional = collectionNamed(result.ruleCollections, 'aks-optional-groups')

      expect(optional).toEqual({
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'aks-optional-groups',
        priority: 220,
        action: { type: 'Allow' },
        rules: expected.map(([name, protocols, targetFqdns]) => ({
          ruleType: 'ApplicationRule',
          name,
          sourceAddresses: SOURCES,
          protocols,
          targetFqdns,
        })),
      })
      expect(result.warnings).toEqual([])
    },
  )

  it.each(['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const)(
    'GIVEN azure-monitor in %s WHEN built THEN a network collection allows TCP 443 to AzureMonitor',
    cloud => {
      const result = aksEgressRuleCollections({
        ...publicCluster,
        cloud,
        optionalGroups: ['azure-monitor'],
      })
      expect(collectionNamed(result.ruleCollections, 'aks-optional-network')).toEqual({
        ruleCollectionType: 'FirewallPolicyFilterRuleCollection',
        name: 'aks-optional-network',
        priority: 230,
        action: { type: 'Allow' },
        rules: [
          {
            ruleType: 'NetworkRule',
            name: 'azure-monitor',
            ipProtocols: ['TCP'],
            sourceAddresses: SOURCES,
            destinationAddresses: ['AzureMonitor'],
            destinationPorts: ['443'],
          },
        ],
      })
    },
  )

  it('GIVEN groups without azure-monitor WHEN built THEN there is no optional network collection', () => {
    const result = aksEgressRuleCollections({ ...publicCluster, optionalGroups: ['gpu'] })
    expect(collectionNamed(result.ruleCollections, 'aks-optional-network')).toBeUndefined()
  })

  it.each([
    ['cluster-extensions', 'AzureChinaCloud', /'cluster-extensions'.*no FQDNs for AzureChinaCloud/],
    ['key-vault', 'AzureChinaCloud', /'key-vault'.*no FQDNs for AzureChinaCloud/],
    ['defender', 'AzureChinaCloud', /'defender'.*21Vianet retired on 2026-08-18/],
  ] as const)(
    'GIVEN %s in %s, which has no entry WHEN built THEN a warning and no rule',
    (group, cloud, warning) => {
      const result = aksEgressRuleCollections({ ...publicCluster, cloud, optionalGroups: [group] })
      expect(collectionNamed(result.ruleCollections, 'aks-optional-groups')).toBeUndefined()
      expect(result.warnings).toEqual([expect.stringMatching(warning)])
    },
  )

  it('GIVEN every group in reverse order WHEN built THEN rules follow OPTIONAL_GROUPS order', () => {
    const result = aksEgressRuleCollections({
      ...publicCluster,
      optionalGroups: [...OPTIONAL_GROUPS].reverse(),
    })
    expect(ruleNames(collectionNamed(result.ruleCollections, 'aks-optional-groups'))).toEqual([
      'ubuntu-updates-http',
      'ubuntu-updates-https',
      'gpu',
      'windows-http',
      'windows-https',
      'azure-monitor',
      'defender',
      'azure-policy',
      'key-vault',
      'workload-identity',
      'cost-analysis',
      'cluster-extensions',
    ])
    expect(result.ruleCollections.map(c => c.priority)).toEqual([200, 210, 220, 230])
  })

  it('GIVEN the same options twice WHEN built THEN the results are equal and independent', () => {
    const first = aksEgressRuleCollections({ ...publicCluster, optionalGroups: ['gpu'] })
    const second = aksEgressRuleCollections({ ...publicCluster, optionalGroups: ['gpu'] })
    expect(second).toEqual(first)
    first.ruleCollections[0]?.rules[0]?.sourceAddresses.push('mutated')
    expect(second.ruleCollections[0]?.rules[0]?.sourceAddresses).toEqual(SOURCES)
  })

  it('GIVEN no source addresses WHEN built THEN it throws', () => {
    expect(() => aksEgressRuleCollections({ ...publicCluster, sourceAddresses: [] })).toThrow(
      'sourceAddresses must not be empty',
    )
  })
})

describe('parseOptionalGroups', () => {
  it.each([
    ['gpu', ['gpu']],
    ['Windows, GPU', ['gpu', 'windows']],
    ['azure-monitor\nKEY-VAULT\n\n', ['azure-monitor', 'key-vault']],
    ['gpu,gpu, gpu', ['gpu']],
    [OPTIONAL_GROUPS.join('\n'), [...OPTIONAL_GROUPS]],
  ])('GIVEN %j WHEN parsed THEN %j in canonical order', (raw, expected) => {
    expect(parseOptionalGroups(raw)).toEqual({ ok: true, value: expected })
  })

  it('GIVEN unknown names WHEN parsed THEN they are reported with the accepted list', () => {
    expect(parseOptionalGroups('gpu, nginx\nmonitoring')).toEqual({
      ok: false,
      message:
        "item 2 'nginx' and item 3 'monitoring': not an accepted value; use one of: ubuntu-updates, gpu, windows, azure-monitor, defender, azure-policy, key-vault, workload-identity, cost-analysis, cluster-extensions",
    })
  })
})

describe('isAksRequiredCollection', () => {
  it.each([
    ['aks-required-application', true],
    ['aks-required-network', true],
    ['aks-optional-groups', true],
    ['aks-optional-network', true],
    ['custom-application', false],
    ['custom-network', false],
    ['AKS-Required-Application', true],
    ['toString', false],
  ])('GIVEN %s WHEN checked THEN %s', (name, expected) => {
    expect(isAksRequiredCollection(name)).toBe(expected)
  })
})
