import { describe, expect, it } from '@jest/globals'
import { readCommonInputs } from '../../../../src/core/common-inputs.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import {
  internalLoadBalancerAnnotations,
  nginxController,
} from '../../../../src/steps/provision-private-ingress/controller.js'
import { provisionPrivateIngressManifest } from '../../../../src/steps/provision-private-ingress/manifest.js'
import { privateLinkServiceAnnotations } from '../../../../src/steps/provision-private-ingress/private-link.js'
import { parseProvisionPrivateIngressSpec } from '../../../../src/steps/provision-private-ingress/spec.js'
import { inputsOf } from '../../../builders/arm.js'

const SUB = '00000000-0000-4000-8000-0000000000c1'
const VNET = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet`

function spec(values: Record<string, string>) {
  const reader = new SpecReader(
    provisionPrivateIngressManifest,
    inputsOf({
      'subscription-id': SUB,
      'resource-group': 'rg',
      'node-resource-group': 'MC_rg',
      'vnet-id': VNET,
      ...values,
    }),
    'github',
  )
  return parseProvisionPrivateIngressSpec(reader, readCommonInputs(reader))
}

type Values = {
  controller: {
    service: { annotations: Record<string, string> }
    config?: Record<string, string>
    replicaCount: number
  }
}

describe('nginx controller values', () => {
  it.each([
    [{}],
    [{ 'private-link': 'none' }],
    [{ 'load-balancer-ip': '10.240.0.42', 'internal-subnet-name': 'ingress' }],
    [{ 'pls-proxy-protocol': 'true', replicas: '3' }],
  ])(
    'GIVEN inputs %j WHEN the release is built THEN the Service is always internal with the /healthz probe',
    values => {
      const s = spec(values)
      const release = nginxController.release(s, {
        ...internalLoadBalancerAnnotations(s),
        ...privateLinkServiceAnnotations(s),
      })
      const annotations = (release.values as Values).controller.service.annotations
      expect(annotations['service.beta.kubernetes.io/azure-load-balancer-internal']).toBe('true')
      expect(
        annotations['service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path'],
      ).toBe('/healthz')
      expect(release).toMatchObject({
        chart: 'ingress-nginx',
        version: '4.15.1',
        release: 'ingress-nginx',
      })
    },
  )

  it('GIVEN an oci:// chart-repo WHEN the release is built THEN the chart is referenced in the registry and no repository is passed', () => {
    const s = spec({ 'chart-repo': 'oci://registry.example.com/mirror/ingress-nginx/' })
    const release = nginxController.release(s, internalLoadBalancerAnnotations(s))
    expect(release).toMatchObject({
      chart: 'oci://registry.example.com/mirror/ingress-nginx/ingress-nginx',
      repo: '',
      version: '4.15.1',
    })
  })

  it('GIVEN a static IP, an internal subnet and PROXY protocol WHEN built THEN the annotations and NGINX config follow', () => {
    const s = spec({
      'load-balancer-ip': '10.240.0.42',
      'internal-subnet-name': 'ingress',
      'pls-proxy-protocol': 'true',
      'pls-visibility': '*',
      'pls-nat-ip-count': '2',
    })
    const release = nginxController.release(s, {
      ...internalLoadBalancerAnnotations(s),
      ...privateLinkServiceAnnotations(s),
    })
    const values = release.values as Values
    expect(values.controller.service.annotations).toMatchObject({
      'service.beta.kubernetes.io/azure-load-balancer-ipv4': '10.240.0.42',
      'service.beta.kubernetes.io/azure-load-balancer-internal-subnet': 'ingress',
      'service.beta.kubernetes.io/azure-pls-create': 'true',
      'service.beta.kubernetes.io/azure-pls-name': 'pls-ingress-nginx',
      'service.beta.kubernetes.io/azure-pls-proxy-protocol': 'true',
      'service.beta.kubernetes.io/azure-pls-visibility': '*',
      'service.beta.kubernetes.io/azure-pls-ip-configuration-ip-address-count': '2',
    })
    expect(values.controller.config).toEqual({ 'use-proxy-protocol': 'true' })
    expect(nginxController.service(s)).toEqual({
      namespace: 'ingress-nginx',
      name: 'ingress-nginx-controller',
    })
  })
})
