import { describe, expect, it } from '@jest/globals'
import { armScope, cloudForEndpoint, knownCloud } from '../../../src/azure/clouds.js'
import { toSdkModel } from '../../../src/azure/wire-model.js'

describe('clouds', () => {
  it.each([
    [
      'AzureCloud',
      'https://management.azure.com/.default',
      'api://AzureADTokenExchange',
      'https://login.microsoftonline.com',
    ],
    [
      'AzureUSGovernment',
      'https://management.usgovcloudapi.net/.default',
      'api://AzureADTokenExchangeUSGov',
      'https://login.microsoftonline.us',
    ],
    [
      'AzureChinaCloud',
      'https://management.chinacloudapi.cn/.default',
      'api://AzureADTokenExchangeChina',
      'https://login.chinacloudapi.cn',
    ],
  ] as const)(
    'GIVEN %s WHEN asked THEN the ARM scope, OIDC audience and authority are that cloud’s',
    (name, scope, audience, authority) => {
      const cloud = knownCloud(name)
      expect(armScope(cloud)).toBe(scope)
      expect(cloud.tokenExchangeAudience).toBe(audience)
      expect(cloud.authorityHost).toBe(authority)
      expect(cloud.isCustom).toBe(false)
    },
  )

  it('GIVEN a known ARM URL with a trailing slash WHEN resolved THEN it is that cloud', () => {
    expect(cloudForEndpoint('https://management.usgovcloudapi.net/').name).toBe('AzureUSGovernment')
  })

  it('GIVEN a custom ARM endpoint WHEN resolved THEN the scope is built from it and instance discovery is off', () => {
    const cloud = cloudForEndpoint(
      'https://management.local.azurestack.external/',
      'https://login.stack.example/',
    )
    expect(cloud).toMatchObject({
      name: 'Custom',
      isCustom: true,
      authorityHost: 'https://login.stack.example',
    })
    expect(armScope(cloud)).toBe('https://management.local.azurestack.external/.default')
  })
})

describe('wire JSON to SDK model', () => {
  it('GIVEN nested properties bags WHEN flattened THEN every level is flattened and tags are left alone', () => {
    const wire = {
      location: 'eastus2',
      tags: { properties: 'kept' },
      properties: {
        routes: [
          {
            name: 'r',
            properties: { addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance' },
          },
        ],
        routeTable: { id: '/x' },
      },
    }
    expect(toSdkModel(wire)).toEqual({
      location: 'eastus2',
      tags: { properties: 'kept' },
      routes: [{ name: 'r', addressPrefix: '0.0.0.0/0', nextHopType: 'VirtualAppliance' }],
      routeTable: { id: '/x' },
    })
  })
})
