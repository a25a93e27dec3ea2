import { beforeAll, describe, expect, it } from '@jest/globals'
import { readCommonInputs } from '../../../../src/core/common-inputs.js'
import { InputError, PreconditionError } from '../../../../src/core/errors.js'
import { loadStructuredParser } from '../../../../src/core/inputs/structured.js'
import type { WireBody } from '../../../../src/core/network.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import {
  clusterAddonBody,
  planAgicRelease,
  planRoleAssignments,
  ROLES,
} from '../../../../src/steps/provision-private-ingress/agic.js'
import {
  gatewayDifferences,
  gatewayUpdateBody,
  publicIpBody,
  wafPolicyBody,
  wafPolicyDifferences,
} from '../../../../src/steps/provision-private-ingress/app-gateway.js'
import { planAppGateway } from '../../../../src/steps/provision-private-ingress/app-gateway-plan.js'
import type { AppGatewayState } from '../../../../src/steps/provision-private-ingress/app-gateway-observe.js'
import type { ProvisionPrivateIngressState } from '../../../../src/steps/provision-private-ingress/observe.js'
import { otherSubnetUsers } from '../../../../src/steps/provision-private-ingress/app-gateway-resolve.js'
import {
  isPrivateIngress,
  parseWafRuleSet,
} from '../../../../src/steps/provision-private-ingress/app-gateway-spec.js'
import { provisionPrivateIngressManifest } from '../../../../src/steps/provision-private-ingress/manifest.js'
import {
  parseProvisionPrivateIngressSpec,
  type ProvisionPrivateIngressSpec,
} from '../../../../src/steps/provision-private-ingress/spec.js'
import { inputsOf } from '../../../builders/arm.js'

const SUB = '00000000-0000-4000-8000-0000000000f1'
const VNET = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet`
const GATEWAY = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw-aks`
const LINK_SUBNET = `${VNET}/subnets/link`

beforeAll(async () => {
  await loadStructuredParser()
})

const PRIVATE_INGRESS =
  '- {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: a, namespace: b, annotations: {appgw.ingress.kubernetes.io/use-private-ip: "true"}}, spec: {defaultBackend: {service: {name: a, port: {number: 80}}}}}'
const HELM = {
  'agic-mode': 'helm',
  'agic-identity-client-id': '0c8e0f39-3a7e-4b0a-8f4e-7d2e8b6f5c02',
  'agic-identity-principal-id': '6b1f6a2e-5d5c-4d1e-9a59-2f6c7c9e1a01',
}

function read(
  values: Record<string, string>,
  hostKind: 'github' | 'azure-pipelines' = 'github',
): {
  reader: SpecReader
  spec: () => ProvisionPrivateIngressSpec
} {
  const reader = new SpecReader(
    provisionPrivateIngressManifest,
    inputsOf({
      'subscription-id': SUB,
      'resource-group': 'rg',
      'cluster-name': 'aks',
      controller: 'application-gateway',
      'application-gateway-subnet-id': `${VNET}/subnets/appgw`,
      'private-frontend-ip': '10.1.0.10',
      'pls-subnet-id': LINK_SUBNET,
      ...values,
    }),
    hostKind,
  )
  return { reader, spec: () => parseProvisionPrivateIngressSpec(reader, readCommonInputs(reader)) }
}

function spec(
  values: Record<string, string> = {},
  hostKind: 'github' | 'azure-pipelines' = 'github',
) {
  const s = read(values, hostKind).spec()
  if (!s.appGateway) throw new Error('not an application-gateway spec')
  return { spec: s, ag: s.appGateway }
}

function problems(values: Record<string, string>): string {
  try {
    read(values).spec()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an InputError')
}

describe('waf-rule-set', () => {
  it.each([
    ['Microsoft_DefaultRuleSet/2.1', { type: 'Microsoft_DefaultRuleSet', version: '2.1' }],
    ['microsoft_defaultruleset 2.2', { type: 'Microsoft_DefaultRuleSet', version: '2.2' }],
    ['OWASP/3.2', { type: 'OWASP', version: '3.2' }],
  ])('GIVEN %s WHEN parsed THEN it is the offered rule set %j', (raw, expected) => {
    expect(parseWafRuleSet(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    'OWASP/3.1',
    'OWASP/3.0',
    'Microsoft_DefaultRuleSet/2.0',
    'Microsoft_BotManagerRuleSet/1.1',
    'DRS',
  ])('GIVEN %s WHEN parsed THEN it is refused with the offered versions listed', raw => {
    expect(parseWafRuleSet(raw)).toEqual({
      ok: false,
      message: expect.stringContaining(
        'Microsoft_DefaultRuleSet/2.2, Microsoft_DefaultRuleSet/2.1, OWASP/3.2',
      ),
    })
  })
})

describe('application-gateway inputs', () => {
  it('GIVEN the minimal inputs WHEN parsed THEN the defaults are Prevention, DRS 2.1, 2–10 instances, the add-on, names from the cluster', () => {
    const { ag } = spec()
    expect(ag).toMatchObject({
      name: 'agw-aks',
      id: GATEWAY,
      minCapacity: 2,
      maxCapacity: 10,
      privateOnly: false,
      privateLink: true,
      agic: { mode: 'add-on' },
      clusterId: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks`,
      waf: {
        name: 'agw-aks-waf',
        mode: 'Prevention',
        ruleSetType: 'Microsoft_DefaultRuleSet',
        ruleSetVersion: '2.1',
      },
    })
  })

  it.each([
    [
      {
        'waf-custom-rules':
          '- {name: a, priority: 5, ruleType: MatchRule, action: Block, matchConditions: [{matchVariables: [{variableName: RemoteAddr}], operator: IPMatch, matchValues: [10.0.0.0/8]}]}\n- {name: b, priority: 5, ruleType: RateLimitRule, action: Block, matchConditions: [{matchVariables: [{variableName: RemoteAddr}], operator: Any, matchValues: []}]}',
      },
      ['priorities must be unique; repeated: 5', 'a RateLimitRule needs rateLimitThreshold'],
    ],
    [
      {
        'waf-exclusions':
          '- {matchVariable: RequestHeaderNames, selectorMatchOperator: Equals, selector: x-token, enabled: true}',
      },
      ['enabled: unknown key'],
    ],
    [{ 'agic-mode': 'helm' }, ["'agic-identity-client-id'", "'agic-identity-principal-id'"]],
    [{ 'cluster-name': '' }, ["'cluster-name'", 'agic-mode: add-on']],
    [
      { 'private-link': 'arm', 'pls-subnet-id': '' },
      ["'pls-subnet-id'", 'Private Link configuration'],
    ],
    [
      {
        'pls-subnet-id': `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/other/subnets/link`,
      },
      ["must be in the gateway's virtual network"],
    ],
    [
      {
        'application-gateway-private-only': 'true',
        ingresses:
          '- {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: a, namespace: b}, spec: {defaultBackend: {service: {name: a, port: {number: 80}}}}}',
      },
      ['b/a would need a public listener'],
    ],
    [
      {
        ingresses:
          '- {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: a}, spec: {}}',
      },
      ['[0].metadata.namespace: required'],
    ],
  ])('GIVEN %j WHEN parsed THEN the error says %j', (values, parts) => {
    const message = problems(values)
    for (const part of parts) expect(message).toContain(part)
  })

  it('GIVEN NGINX-only inputs set with the gateway WHEN parsed THEN they are ignored with a warning, defaults are not mentioned', () => {
    const { reader, spec: build } = read({ 'load-balancer-ip': '10.240.0.9', replicas: '2' })
    build()
    expect(reader.warnings).toEqual([
      expect.stringContaining(
        "'load-balancer-ip' does not apply with 'controller: application-gateway'",
      ),
    ])
  })

  it('GIVEN gateway inputs set with nginx WHEN parsed THEN they are ignored with a warning', () => {
    const reader = new SpecReader(
      provisionPrivateIngressManifest,
      inputsOf({
        'subscription-id': SUB,
        'resource-group': 'rg',
        'node-resource-group': 'MC_rg',
        'vnet-id': VNET,
        'waf-mode': 'Detection',
      }),
      'github',
    )
    parseProvisionPrivateIngressSpec(reader, readCommonInputs(reader))
    expect(reader.warnings).toEqual([
      expect.stringContaining("'waf-mode' does not apply with 'controller: nginx'"),
    ])
  })

  it('GIVEN an Ingress without a class WHEN parsed THEN the gateway’s class is filled in', () => {
    const { ag } = spec({
      ingresses:
        '- {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: a, namespace: b}, spec: {defaultBackend: {service: {name: a, port: {number: 80}}}}}',
    })
    expect(ag.ingresses[0]?.['spec']).toMatchObject({
      ingressClassName: 'azure-application-gateway',
    })
  })
})

/** A gateway the step created, as ARM returns it after AGIC synced. */
function observedGateway(overrides: Record<string, unknown> = {}): WireBody {
  const { ag } = spec()
  return {
    id: GATEWAY,
    name: 'agw-aks',
    type: 'Microsoft.Network/applicationGateways',
    etag: 'W/"7"',
    location: 'eastus2',
    tags: { 'managed-by': 'aks-secure-networking', team: 'web' },
    identity: {
      type: 'UserAssigned',
      principalId: 'p',
      userAssignedIdentities: { '/subscriptions/x/id-kv': { principalId: 'p', clientId: 'c' } },
    },
    properties: {
      provisioningState: 'Succeeded',
      resourceGuid: 'g',
      operationalState: 'Running',
      privateEndpointConnections: [{ name: 'pe' }],
      sku: { name: 'WAF_v2', tier: 'WAF_v2', family: 'Generation_2' },
      autoscaleConfiguration: { minCapacity: 2, maxCapacity: 10 },
      gatewayIPConfigurations: [
        {
          name: 'appGatewayIpConfig',
          etag: 'W/"7"',
          type: 'Microsoft.Network/applicationGateways/gatewayIPConfigurations',
          properties: { subnet: { id: ag.subnet.id }, provisioningState: 'Succeeded' },
        },
      ],
      frontendIPConfigurations: [
        {
          name: 'appGwPrivateFrontendIp',
          id: `${GATEWAY}/frontendIPConfigurations/appGwPrivateFrontendIp`,
          properties: {
            privateIPAddress: '10.1.0.10',
            privateIPAllocationMethod: 'Static',
            subnet: { id: ag.subnet.id },
            privateLinkConfiguration: { id: `${GATEWAY}/privateLinkConfigurations/private-link` },
          },
        },
        { name: 'appGwPublicFrontendIp', properties: { publicIPAddress: { id: ag.publicIpId } } },
      ],
      privateLinkConfigurations: [
        {
          name: 'private-link',
          properties: {
            ipConfigurations: [
              {
                name: 'private-link-ip-1',
                properties: {
                  privateIPAddress: '10.1.1.4',
                  privateIPAllocationMethod: 'Dynamic',
                  subnet: { id: LINK_SUBNET },
                  primary: true,
                },
              },
            ],
          },
        },
      ],
      httpListeners: [{ name: 'fl-agic', properties: { protocol: 'Https' } }],
      sslCertificates: [{ name: 'cert', properties: { keyVaultSecretId: 'https://kv/secrets/c' } }],
      backendAddressPools: [
        { name: 'pool-agic', properties: { backendIPConfigurations: [{ id: 'x' }] } },
      ],
      firewallPolicy: { id: ag.waf.id },
      enableHttp2: true,
      ...overrides,
    },
  }
}

interface Foreign {
  gateway?: { tags?: Record<string, string>; autoscale?: WireBody; zones?: string[] }
  wafPolicy?: { tags?: Record<string, string> }
  publicIp?: { tags?: Record<string, string>; sku?: WireBody; zones?: string[] }
}

/** What a converged run reads back: the step's own gateway, WAF policy, public IP and add-on. */
function convergedState(
  s: ProvisionPrivateIngressSpec,
  change: Foreign,
): ProvisionPrivateIngressState {
  const ag = s.appGateway
  if (!ag) throw new Error('not an application-gateway spec')
  const ours = { 'managed-by': 'aks-secure-networking' }
  const gateway = observedGateway({
    ...(change.gateway?.autoscale ? { autoscaleConfiguration: change.gateway.autoscale } : {}),
  })
  const policy = wafPolicyBody(ag, 'eastus2', undefined)
  return {
    vnetLocation: 'eastus2',
    release: undefined,
    service: undefined,
    loadBalancer: undefined,
    plsSubnet: undefined,
    pls: undefined,
    endpoints: new Map(),
    strayEndpoints: [],
    dnsZone: undefined,
    records: new Map(),
    strayRecords: [],
    appGateway: {
      plSubnet: { properties: { privateLinkServiceNetworkPolicies: 'Disabled' } },
      wafPolicy: { ...policy, tags: change.wafPolicy?.tags ?? ours },
      publicIp: {
        ...publicIpBody(ag, 'eastus2'),
        tags: change.publicIp?.tags ?? ours,
        ...(change.publicIp?.sku ? { sku: change.publicIp.sku } : {}),
        ...(change.publicIp?.zones ? { zones: change.publicIp.zones } : {}),
      },
      gateway: {
        ...gateway,
        tags: change.gateway?.tags ?? ours,
        ...(change.gateway?.zones ? { zones: change.gateway.zones } : {}),
      },
      cluster: {
        location: 'eastus2',
        properties: {
          provisioningState: 'Succeeded',
          addonProfiles: {
            ingressApplicationGateway: {
              enabled: true,
              config: { applicationGatewayId: ag.id },
              identity: { objectId: 'p-1' },
            },
          },
        },
      },
      principalId: undefined,
      roleAssignments: new Map(),
      agicRelease: undefined,
      agicPods: [],
      ingresses: new Map(),
    },
  }
}

describe('what the step owns in the gateway', () => {
  it('GIVEN a gateway AGIC has rewritten WHEN compared THEN nothing differs: listeners, pools and certificates are AGIC’s', () => {
    const { ag } = spec()
    expect(gatewayDifferences(ag, observedGateway(), LINK_SUBNET, 1)).toEqual([])
  })

  it.each([
    [{ autoscaleConfiguration: { minCapacity: 1, maxCapacity: 10 } }, 'autoscale 1–10 → 2–10'],
    [{ sku: { name: 'Standard_v2', tier: 'Standard_v2' } }, 'SKU Standard_v2 → WAF_v2'],
    [{ firewallPolicy: undefined }, 'WAF policy link'],
    [{ privateLinkConfigurations: [] }, 'Private Link configuration'],
  ])('GIVEN %j WHEN compared THEN it reports %s', (overrides, difference) => {
    const { ag } = spec()
    expect(gatewayDifferences(ag, observedGateway(overrides), LINK_SUBNET, 1)).toEqual([difference])
  })

  it('GIVEN new autoscale bounds WHEN the update is built THEN it is the gateway as read with the bounds changed, AGIC’s parts, other settings and the identity kept, read-only values left out', () => {
    const { ag } = spec({ 'autoscale-max-capacity': '20' })
    const body = gatewayUpdateBody(ag, observedGateway(), LINK_SUBNET, 1)
    const props = body['properties'] as Record<string, unknown>
    expect(props['autoscaleConfiguration']).toEqual({ minCapacity: 2, maxCapacity: 20 })
    expect(props['httpListeners']).toEqual([{ name: 'fl-agic', properties: { protocol: 'Https' } }])
    expect(props['sslCertificates']).toEqual([
      { name: 'cert', properties: { keyVaultSecretId: 'https://kv/secrets/c' } },
    ])
    expect(props['enableHttp2']).toBe(true)
    expect(body['identity']).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { '/subscriptions/x/id-kv': {} },
    })
    expect(body['tags']).toEqual({ 'managed-by': 'aks-secure-networking', team: 'web' })
    for (const key of [
      'provisioningState',
      'resourceGuid',
      'operationalState',
      'privateEndpointConnections',
    ]) {
      expect(props[key]).toBeUndefined()
    }
    expect(JSON.stringify(body)).not.toContain('"etag"')
    expect((props['gatewayIPConfigurations'] as WireBody[])[0]).toEqual({
      name: 'appGatewayIpConfig',
      properties: { subnet: { id: ag.subnet.id } },
    })
    expect((props['privateLinkConfigurations'] as WireBody[])[0]).toMatchObject({
      properties: { ipConfigurations: [{ properties: { privateIPAddress: '10.1.1.4' } }] },
    })
  })

  it.each([
    ['a gateway that matches what the step owns', { gateway: { tags: {} } }, 'Application Gateway'],
    [
      'a gateway that needs an update',
      { gateway: { tags: {}, autoscale: { minCapacity: 1, maxCapacity: 3 } } },
      'Application Gateway',
    ],
    ['a WAF policy that matches the inputs', { wafPolicy: { tags: {} } }, 'WAF policy'],
    ['a public IP', { publicIp: { tags: {} } }, 'Public IP address'],
  ])(
    'GIVEN %s, not created by the step (no managed-by tag) WHEN planned THEN it stops instead of taking it over or pointing AGIC at it',
    (_what, foreign, kind) => {
      const { spec: s } = spec()
      const plan = (): unknown => planAppGateway(s, convergedState(s, foreign))
      expect(plan).toThrow(PreconditionError)
      expect(plan).toThrow(`${kind} '`)
      expect(plan).toThrow('was not created by this step')
    },
  )

  it('GIVEN what the step created, unchanged WHEN planned THEN the gateway, WAF policy and public IP are noops', () => {
    const { spec: s } = spec()
    const plan = planAppGateway(s, convergedState(s, {}))
    const ag = s.appGateway
    expect(
      plan.changes
        .filter(c => c.target === 'arm')
        .filter(c => [ag?.id, ag?.waf.id, ag?.publicIpId].includes(c.resourceId))
        .map(c => c.action),
    ).toEqual(['noop', 'noop', 'noop'])
  })

  it.each([
    [{ sku: { name: 'Basic' } }, 'is Basic in zones ["1","2","3"]'],
    [{ zones: ['1'] }, 'in zones ["1","2","3"]'],
  ])(
    'GIVEN the step’s public IP with %j WHEN planned with zones 1,2,3 THEN it stops: SKU and zones cannot change',
    (ip, message) => {
      const { spec: s } = spec({ zones: '1,2,3' })
      expect(() =>
        planAppGateway(s, convergedState(s, { publicIp: ip, gateway: { zones: ['1', '2', '3'] } })),
      ).toThrow(message)
    },
  )

  it('GIVEN a gateway whose SKU as read has a family and a fixed capacity WHEN the update is built THEN the SKU keeps its family, is WAF_v2, and drops the capacity the autoscale bounds replace', () => {
    const { ag } = spec({ 'autoscale-max-capacity': '20' })
    const body = gatewayUpdateBody(
      ag,
      observedGateway({
        sku: { name: 'Standard_v2', tier: 'Standard_v2', family: 'Generation_2', capacity: 2 },
      }),
      LINK_SUBNET,
      1,
    )
    expect((body['properties'] as Record<string, unknown>)['sku']).toEqual({
      name: 'WAF_v2',
      tier: 'WAF_v2',
      family: 'Generation_2',
    })
  })

  it('GIVEN zones the gateway was not created in WHEN compared THEN it stops: zones cannot change', () => {
    const { ag } = spec({ zones: '1,2,3' })
    expect(() =>
      gatewayDifferences(ag, { ...observedGateway(), zones: ['1'] }, LINK_SUBNET, 1),
    ).toThrow('zones are set when a gateway is created')
  })
})

describe('messages name inputs in the host’s spelling', () => {
  const ADO = 'azure-pipelines' as const
  const other = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw-legacy`

  const otherAddon = {
    location: 'eastus2',
    properties: {
      provisioningState: 'Succeeded',
      addonProfiles: {
        ingressApplicationGateway: { enabled: true, config: { applicationGatewayId: other } },
      },
    },
  }

  it.each([
    ['the add-on serves another gateway', "'agicMode: helm'", { cluster: otherAddon }],
    ['the cluster cannot be read', "'clusterName' and 'resourceGroup'", { cluster: undefined }],
  ])('GIVEN Azure Pipelines and %s WHEN planned THEN the message says %s', (_what, name, patch) => {
    const { spec: s } = spec({}, ADO)
    const base = convergedState(s, {})
    const state = {
      ...base,
      appGateway: { ...(base.appGateway as AppGatewayState), ...patch },
    }
    expect(() => planAppGateway(s, state)).toThrow(name)
  })

  it.each([
    ['the gateway is someone else’s', "'applicationGatewayName'", { gateway: { tags: {} } }],
    ['the WAF policy is someone else’s', "'wafPolicyName'", { wafPolicy: { tags: {} } }],
    ['the public IP is someone else’s', "'applicationGatewayName'", { publicIp: { tags: {} } }],
  ])(
    'GIVEN Azure Pipelines and %s WHEN planned THEN the message says %s',
    (_what, name, foreign) => {
      const { spec: s } = spec({}, ADO)
      expect(() => planAppGateway(s, convergedState(s, foreign))).toThrow(name)
    },
  )

  it('GIVEN Azure Pipelines and a new public IP WHEN planned THEN the public frontend notice names applicationGatewayPrivateOnly and agicMode', () => {
    const { spec: s } = spec({}, ADO)
    const state = convergedState(s, {})
    const plan = planAppGateway(s, {
      ...state,
      appGateway: { ...(state.appGateway as AppGatewayState), publicIp: undefined },
    })
    const notice = plan.warnings?.find(w => w.includes('public frontend IP')) ?? ''
    expect(notice).toContain("'applicationGatewayPrivateOnly: true'")
    expect(notice).toContain("'agicMode: helm'")
    expect(notice).not.toMatch(/'application-gateway-private-only|'agic-mode/)
  })
})

describe('the gateway subnet', () => {
  const OTHER = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw-other`
  const NIC = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/vm1-nic/ipConfigurations/ipconfig1`

  it.each([
    [
      'its own gateway, with the private frontend ARM lists among ipConfigurations',
      [],
      {
        ipConfigurations: [{ id: `${GATEWAY}/frontendIPConfigurations/appGwPrivateFrontendIp` }],
        applicationGatewayIPConfigurations: [
          { id: `${GATEWAY}/gatewayIPConfigurations/appGatewayIpConfig` },
        ],
      },
    ],
    [
      'another gateway with a private frontend',
      [],
      {
        ipConfigurations: [{ id: `${OTHER}/frontendIPConfigurations/private` }],
        applicationGatewayIPConfigurations: [{ id: `${OTHER}/gatewayIPConfigurations/ip` }],
        delegations: [{ properties: { serviceName: 'Microsoft.Network/applicationGateways' } }],
      },
    ],
    [
      'a NIC and a delegation to another service',
      [NIC, 'a delegation to Microsoft.Web/serverFarms'],
      {
        ipConfigurations: [
          { id: `${GATEWAY}/frontendIPConfigurations/appGwPrivateFrontendIp` },
          { id: NIC },
        ],
        delegations: [{ properties: { serviceName: 'Microsoft.Web/serverFarms' } }],
      },
    ],
  ])(
    'GIVEN a subnet holding %s WHEN its other users are listed THEN they are %j',
    (_what, users, props) => {
      expect(otherSubnetUsers({ properties: props })).toEqual(users)
    },
  )
})

describe('the private-IP annotation', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['1', true],
    ['t', true],
    ['false', false],
    ['no', false],
    [undefined, false],
  ])(
    'GIVEN use-private-ip %j WHEN read as AGIC reads it (Go strconv.ParseBool) THEN private is %s',
    (value, expected) => {
      const ingress = {
        metadata: {
          annotations:
            value === undefined ? {} : { 'appgw.ingress.kubernetes.io/use-private-ip': value },
        },
      }
      expect(isPrivateIngress(ingress)).toBe(expected)
    },
  )
})

describe('the WAF policy', () => {
  it('GIVEN custom rules in input order and ARM returning them sorted by priority WHEN compared THEN nothing differs, and the body lists them by priority', () => {
    const rule = (name: string, priority: number) =>
      `{name: ${name}, priority: ${priority}, ruleType: MatchRule, action: Block, matchConditions: [{matchVariables: [{variableName: RemoteAddr}], operator: IPMatch, matchValues: [10.0.0.0/8]}]}`
    const { ag } = spec({ 'waf-custom-rules': `- ${rule('late', 50)}\n- ${rule('early', 5)}` })
    const body = wafPolicyBody(ag, 'eastus2', undefined)
    const rules = (body['properties'] as { customRules: WireBody[] }).customRules
    expect(rules.map(r => r['name'])).toEqual(['early', 'late'])
    const asRead = {
      ...body,
      properties: {
        ...(body['properties'] as Record<string, unknown>),
        customRules: rules.map(r => ({ ...r, state: 'Enabled' })),
      },
    }
    expect(wafPolicyDifferences(ag, asRead)).toEqual([])
    const reversed = {
      ...asRead,
      properties: {
        ...asRead.properties,
        customRules: [...asRead.properties.customRules].reverse(),
      },
    }
    expect(wafPolicyDifferences(ag, reversed)).toEqual([])
  })

  it('GIVEN a policy ARM returns with defaults added to the custom rules WHEN compared THEN nothing differs, and tuned overrides of the same rule set stay on an update', () => {
    const { ag } = spec({
      'waf-custom-rules':
        '- {name: a, priority: 5, ruleType: MatchRule, action: Block, matchConditions: [{matchVariables: [{variableName: RemoteAddr}], operator: IPMatch, matchValues: [10.0.0.0/8]}]}',
    })
    const created = wafPolicyBody(ag, 'eastus2', undefined)
    const props = created['properties'] as Record<string, unknown>
    const asRead: WireBody = {
      ...created,
      properties: {
        ...props,
        customRules: (props['customRules'] as WireBody[]).map(r => ({
          ...r,
          etag: 'W/"1"',
          state: 'Enabled',
        })),
        managedRules: {
          ...(props['managedRules'] as Record<string, unknown>),
          managedRuleSets: [
            {
              ruleSetType: 'Microsoft_DefaultRuleSet',
              ruleSetVersion: '2.1',
              ruleGroupOverrides: [{ ruleGroupName: 'SQLI', rules: [{ ruleId: '942100' }] }],
            },
          ],
        },
      },
    }
    expect(wafPolicyDifferences(ag, asRead)).toEqual([])
    const detection = spec({ 'waf-mode': 'Detection' }).ag
    expect(wafPolicyDifferences(detection, asRead)).toEqual([
      'mode Prevention → Detection',
      'custom rules',
    ])
    const update = wafPolicyBody(detection, 'eastus2', asRead)
    expect(
      (update['properties'] as { managedRules: { managedRuleSets: unknown } }).managedRules
        .managedRuleSets,
    ).toEqual([
      {
        ruleSetType: 'Microsoft_DefaultRuleSet',
        ruleSetVersion: '2.1',
        ruleGroupOverrides: [{ ruleGroupName: 'SQLI', rules: [{ ruleId: '942100' }] }],
      },
    ])
  })
})

describe('AGIC', () => {
  it.each([
    [{}, ['public-exposure'], true],
    [{ 'application-gateway-private-only': 'true' }, [], false],
  ])(
    'GIVEN %j WHEN the add-on is planned for a cluster without it THEN its change carries %j: the add-on puts its default listener on the public frontend when there is one',
    (values, flags, saysPublic) => {
      const { spec: s } = spec(values)
      const state = convergedState(s, {})
      const cluster = { location: 'eastus2', properties: { provisioningState: 'Succeeded' } }
      const plan = planAppGateway(s, {
        ...state,
        appGateway: { ...(state.appGateway as AppGatewayState), cluster },
      })
      const addon = plan.changes.find(
        c => c.target === 'arm' && c.resourceId === s.appGateway?.clusterId,
      )
      expect(addon).toMatchObject({ action: 'update', flags })
      expect(addon?.reason.includes('PUBLIC frontend')).toBe(saysPublic)
    },
  )

  it.each([
    [{}, 'usePrivateIP: true', []],
    [{ 'allow-public-exposure': 'true' }, 'usePrivateIP: false', ['public-exposure']],
  ])(
    'GIVEN agic-mode helm and %j WHEN the release is planned THEN its values say %s and it carries %j: with usePrivateIP false every Ingress without the annotation is public, the step’s or not',
    (values, _said, flags) => {
      const { ag } = spec({ ...HELM, ...values })
      const release = planAgicRelease(ag, undefined, [])
      expect(release).toMatchObject({ action: 'install', flags })
      expect((release?.values['appgw'] as Record<string, unknown>)['usePrivateIP']).toBe(
        flags.length === 0,
      )
    },
  )

  it.each([
    ['add-on, endpoints and no private Ingress', 1, {}],
    ['add-on, endpoints and a private Ingress', 0, { ingresses: PRIVATE_INGRESS }],
    ['helm, endpoints and no private Ingress', 0, HELM],
  ])(
    'GIVEN %s WHEN parsed THEN %d warning(s) say that endpoints need a listener on the private frontend',
    (_what, count, values) => {
      const { reader, spec: build } = read({
        'private-endpoints': `- subnet-id: ${VNET}/subnets/consumers`,
        ...values,
      })
      build()
      expect(reader.warnings.filter(w => w.includes('Private Endpoints connect'))).toHaveLength(
        count,
      )
    },
  )

  it('GIVEN a cluster with secrets and read-only values WHEN the add-on PUT is built THEN they are left out and only the add-on profile changes', () => {
    const body = clusterAddonBody(
      {
        id: 'c',
        location: 'eastus2',
        identity: { type: 'SystemAssigned', principalId: 'p', tenantId: 't' },
        properties: {
          provisioningState: 'Succeeded',
          fqdn: 'x',
          enableRBAC: true,
          servicePrincipalProfile: { clientId: 'app', secret: 'sp-secret' },
          windowsProfile: { adminUsername: 'azureuser', adminPassword: 'win-secret' },
          aadProfile: { managed: true, serverAppSecret: 'aad-secret' },
          addonProfiles: { azurepolicy: { enabled: true, identity: { objectId: 'o' } } },
          agentPoolProfiles: [{ name: 'system', count: 3, powerState: { code: 'Running' } }],
        },
      },
      GATEWAY,
    )
    expect(JSON.stringify(body)).not.toMatch(
      /secret|win-secret|"fqdn"|provisioningState|powerState|principalId/,
    )
    expect(body).toEqual({
      location: 'eastus2',
      identity: { type: 'SystemAssigned' },
      properties: {
        enableRBAC: true,
        servicePrincipalProfile: { clientId: 'app' },
        windowsProfile: { adminUsername: 'azureuser' },
        aadProfile: { managed: true },
        addonProfiles: {
          azurepolicy: { enabled: true },
          ingressApplicationGateway: { enabled: true, config: { applicationGatewayId: GATEWAY } },
        },
        agentPoolProfiles: [{ name: 'system', count: 3 }],
      },
    })
  })

  it('GIVEN a cluster with a user-assigned identity, an autoscaled and a fixed pool and read-only values deep inside WHEN the add-on PUT is built THEN the identity is sent as type and keys only, the autoscaled pool’s count is left to the autoscaler, and every value the 2026-06-01 spec marks readOnly is left out', () => {
    const uami =
      '/subscriptions/s/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-aks'
    const body = clusterAddonBody(
      {
        location: 'eastus2',
        identity: {
          type: 'UserAssigned',
          userAssignedIdentities: { [uami]: { principalId: 'p', clientId: 'c' } },
        },
        properties: {
          provisioningState: 'Succeeded',
          kubernetesVersion: '1.33',
          agentPoolProfiles: [
            {
              name: 'system',
              count: 3,
              enableAutoScaling: true,
              minCount: 2,
              maxCount: 6,
              vmSize: 'Standard_D4ds_v5',
              orchestratorVersion: '1.33',
              eTag: 'e',
              status: { provisioningError: { code: 'x' } },
            },
            { name: 'user', count: 2, enableAutoScaling: false, vmSize: 'Standard_D8ds_v5' },
          ],
          networkProfile: {
            networkPlugin: 'azure',
            loadBalancerProfile: {
              managedOutboundIPs: { count: 1 },
              effectiveOutboundIPs: [{ id: 'pip-1' }],
            },
            natGatewayProfile: { idleTimeoutInMinutes: 4, effectiveOutboundIPs: [{ id: 'pip-2' }] },
          },
          privateLinkResources: [
            { name: 'management', groupId: 'management', privateLinkServiceID: 'pls' },
          ],
          podIdentityProfile: {
            enabled: true,
            userAssignedIdentities: [
              {
                name: 'a',
                namespace: 'b',
                identity: { resourceId: uami },
                provisioningState: 'Assigned',
                provisioningInfo: { error: {} },
              },
            ],
          },
          ingressProfile: { webAppRouting: { enabled: true, identity: { objectId: 'o' } } },
        },
      },
      GATEWAY,
    )
    const props = body['properties'] as Record<string, unknown>
    expect(body['identity']).toEqual({
      type: 'UserAssigned',
      userAssignedIdentities: { [uami]: {} },
    })
    expect(props['agentPoolProfiles']).toEqual([
      {
        name: 'system',
        enableAutoScaling: true,
        minCount: 2,
        maxCount: 6,
        vmSize: 'Standard_D4ds_v5',
        orchestratorVersion: '1.33',
      },
      { name: 'user', count: 2, enableAutoScaling: false, vmSize: 'Standard_D8ds_v5' },
    ])
    expect(props['networkProfile']).toEqual({
      networkPlugin: 'azure',
      loadBalancerProfile: { managedOutboundIPs: { count: 1 } },
      natGatewayProfile: { idleTimeoutInMinutes: 4 },
    })
    expect(props['privateLinkResources']).toEqual([{ name: 'management', groupId: 'management' }])
    expect(props['podIdentityProfile']).toEqual({
      enabled: true,
      userAssignedIdentities: [{ name: 'a', namespace: 'b', identity: { resourceId: uami } }],
    })
    expect(props['ingressProfile']).toEqual({ webAppRouting: { enabled: true } })
    expect(props['provisioningState']).toBeUndefined()
  })

  it.each(['Updating', 'Failed', undefined])(
    'GIVEN a cluster whose provisioningState is %s WHEN the add-on is planned THEN it stops before the whole-cluster PUT',
    state => {
      const { spec: s } = spec()
      const plan = (): unknown =>
        planAppGateway(s, {
          ...convergedState(s, {}),
          appGateway: {
            ...(convergedState(s, {}).appGateway as AppGatewayState),
            cluster: {
              location: 'eastus2',
              properties: state === undefined ? {} : { provisioningState: state },
            },
          },
        })
      expect(plan).toThrow(PreconditionError)
      expect(plan).toThrow(`is '${state ?? 'unknown'}', not Succeeded`)
    },
  )

  it.each([
    ['Owner', ['noop', 'noop', 'noop']],
    ['Contributor', ['noop', 'noop', 'noop']],
    ['Network Contributor', ['create', 'create', 'noop']],
  ])(
    'GIVEN AGIC’s identity already has %s on the resource group WHEN its roles are planned THEN the roles that one includes are not assigned again',
    (role, actions) => {
      const { ag } = spec()
      const roleIds: Record<string, string> = {
        Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
        Contributor: ROLES.Contributor,
        'Network Contributor': ROLES['Network Contributor'],
      }
      const assignment = {
        properties: {
          scope: `/subscriptions/${SUB}/resourceGroups/rg`,
          roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${roleIds[role] ?? ''}`,
          principalId: 'p-1',
        },
      }
      const grants = new Map(
        [GATEWAY, `/subscriptions/${SUB}/resourceGroups/rg`, `${VNET}/subnets/appgw`].map(scope => [
          scope,
          [assignment],
        ]),
      )
      expect(planRoleAssignments(ag, SUB, 'p-1', grants, []).map(c => c.action)).toEqual(actions)
    },
  )

  it('GIVEN the same principal on two runs WHEN its role assignments are planned THEN their names are the same GUIDs, and a Contributor inherited from the resource group satisfies the gateway grant', () => {
    const { ag } = spec()
    const first = planRoleAssignments(ag, SUB, 'p-1', new Map(), [])
    const second = planRoleAssignments(ag, SUB, 'p-1', new Map(), [])
    expect(first.map(c => c.resourceId)).toEqual(second.map(c => c.resourceId))
    expect(first.map(c => c.action)).toEqual(['create', 'create', 'create'])
    const inherited = new Map([
      [
        GATEWAY,
        [
          {
            properties: {
              scope: `/subscriptions/${SUB}/resourceGroups/rg`,
              roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${ROLES.Contributor}`,
              principalId: 'p-1',
            },
          },
        ],
      ],
    ])
    expect(planRoleAssignments(ag, SUB, 'p-1', inherited, []).map(c => c.action)).toEqual([
      'noop',
      'create',
      'create',
    ])
  })
})
