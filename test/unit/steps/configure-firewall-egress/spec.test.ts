import { beforeAll, describe, expect, it } from '@jest/globals'
import { readCommonInputs } from '../../../../src/core/common-inputs.js'
import { InputError } from '../../../../src/core/errors.js'
import { loadStructuredParser } from '../../../../src/core/inputs/structured.js'
import type { HostKind } from '../../../../src/core/manifest.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import { configureFirewallEgressManifest } from '../../../../src/steps/configure-firewall-egress/manifest.js'
import { parseConfigureFirewallEgressSpec } from '../../../../src/steps/configure-firewall-egress/spec.js'
import { inputsOf } from '../../../builders/arm.js'
import { SUB, SUBNET_ID, VNET_ID } from '../../../builders/ids.js'

beforeAll(async () => {
  await loadStructuredParser()
})

function parse(values: Record<string, string>, host: HostKind = 'github') {
  const reader = new SpecReader(configureFirewallEgressManifest, inputsOf(values), host)
  const common = readCommonInputs(reader)
  return { spec: () => parseConfigureFirewallEgressSpec(reader, common), reader }
}

function problems(values: Record<string, string>, host: HostKind = 'github'): string {
  try {
    parse(values, host).spec()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an InputError')
}

const base = {
  'subscription-id': SUB,
  'resource-group': 'rg-spoke',
  'cluster-subnet-id': SUBNET_ID,
}
const FW_SUBNET = `${VNET_ID}/subnets/AzureFirewallSubnet`
const HUB_FW =
  '/subscriptions/00000000-0000-4000-8000-0000000000bb/resourceGroups/rg-hub/providers/Microsoft.Network/azureFirewalls/fw-hub'

describe('parseConfigureFirewallEgressSpec', () => {
  it('GIVEN hub mode without a group name WHEN parsed THEN the group is named after the cluster subnet, so spokes sharing a policy do not collide', () => {
    const spec = parse({ ...base, 'firewall-id': HUB_FW }).spec()
    expect(spec.ruleCollectionGroupName).toBe('aks-egress-vnet-spoke-aks')
    expect(spec.firewall).toEqual({ kind: 'hub', firewallId: HUB_FW })
  })

  it('GIVEN create mode WHEN parsed THEN resources are named in the resource group with the documented defaults', () => {
    const spec = parse({ ...base, 'firewall-subnet-id': FW_SUBNET }).spec()
    expect(spec.ruleCollectionGroupName).toBe('aks-egress')
    expect(spec.firewall).toMatchObject({
      kind: 'create',
      tier: 'Standard',
      threatIntelMode: 'Alert',
      dnsProxy: true,
    })
  })

  it.each([
    ['neither firewall input', {}, "'firewall-subnet-id': or 'firewall-id' is required"],
    [
      'both firewall inputs',
      { 'firewall-subnet-id': FW_SUBNET, 'firewall-id': HUB_FW },
      "'firewall-id': cannot be combined",
    ],
    [
      'a cluster subnet in another subscription',
      {
        'firewall-subnet-id': FW_SUBNET,
        'cluster-subnet-id': SUBNET_ID.replace(SUB, '00000000-0000-4000-8000-00000000ffff'),
      },
      'a route table can only be associated with subnets in its own subscription',
    ],
    [
      'Basic without a management subnet',
      { 'firewall-subnet-id': FW_SUBNET, 'firewall-sku': 'Basic' },
      "'firewall-management-subnet-id': is required with 'firewall-sku: Basic'",
    ],
    [
      'Basic with Deny',
      {
        'firewall-subnet-id': FW_SUBNET,
        'firewall-sku': 'Basic',
        'threat-intel-mode': 'Deny',
        'firewall-management-subnet-id': `${VNET_ID}/subnets/AzureFirewallManagementSubnet`,
      },
      "'threat-intel-mode' = 'Deny': must be Alert",
    ],
    [
      'FQDN network rules on Basic',
      {
        'firewall-subnet-id': FW_SUBNET,
        'firewall-sku': 'Basic',
        'firewall-management-subnet-id': `${VNET_ID}/subnets/AzureFirewallManagementSubnet`,
        'extra-network-rules':
          '- name: ntp\n  protocols: [UDP]\n  destination-fqdns: [time.example.com]\n  destination-ports: ["123"]\n',
      },
      'a Basic firewall cannot use in network rules',
    ],
    [
      'FQDN network rules without DNS proxy',
      {
        'firewall-subnet-id': FW_SUBNET,
        'dns-proxy': 'false',
        'extra-network-rules':
          '- name: ntp\n  protocols: [UDP]\n  destination-fqdns: [time.example.com]\n  destination-ports: ["123"]\n',
      },
      "set 'dns-proxy: true'",
    ],
  ])('GIVEN %s WHEN parsed THEN the problem is reported', (_name, values, message) => {
    expect(problems({ ...base, ...values })).toContain(message)
  })

  it('GIVEN Azure Pipelines WHEN a cross-input problem is reported THEN the inputs are named in camelCase', () => {
    const message = problems(
      { ...base, 'firewall-subnet-id': FW_SUBNET, 'firewall-id': HUB_FW },
      'azure-pipelines',
    )
    expect(message).toContain("'firewallId': cannot be combined with 'firewallSubnetId'")
  })

  it('GIVEN hub mode and create-only inputs WHEN parsed THEN they are named in a warning, not an error', () => {
    const { spec, reader } = parse({ ...base, 'firewall-id': HUB_FW, 'firewall-sku': 'Premium' })
    spec()
    expect(reader.warnings.join('\n')).toContain(
      "'firewall-sku' only apply when the step creates its firewall",
    )
  })
})
