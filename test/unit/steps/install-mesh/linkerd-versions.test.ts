import { describe, expect, it } from '@jest/globals'
import {
  gatewayApiSupport,
  kubernetesMinimumOf,
  linkerdReleaseOf,
  meetsKubernetesMinimum,
  parseEdgeChartVersion,
  supportsGatewayApi,
  type EdgeVersion,
} from '../../../../src/steps/install-mesh/linkerd-versions.js'

function edge(text: string): EdgeVersion {
  const parsed = parseEdgeChartVersion(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

describe('Linkerd edge versions', () => {
  it.each([
    ['2026.8.3', '2.20'],
    ['2026.6.3', '2.20'],
    ['2026.5.2', '2.19'],
    ['2025.10.7', '2.19'],
    ['2025.10.6', '2.18'],
    ['2025.4.4', '2.18'],
  ])(
    'GIVEN chart %s WHEN mapped to a label THEN it is Linkerd %s (the newest label at or before it; its Kubernetes floor may be newer, below)',
    (text, name) => {
      expect(linkerdReleaseOf(edge(text)).name).toBe(name)
    },
  )

  it.each([
    ['1.16.11', 'must be an edge chart version YYYY.M.N'],
    ['2024.11.8', 'older than Linkerd 2.18'],
    ['2026.13.1', 'month from 1 to 12'],
    ['edge-26.8.3', 'must be an edge chart version'],
  ])('GIVEN chart version %s WHEN parsed THEN it is refused: %s', (text, message) => {
    const parsed = parseEdgeChartVersion(text)
    expect(!parsed.ok && parsed.message).toContain(message)
  })

  it.each([
    ['2026.8.3', 1, 31, true],
    ['2026.8.3', 1, 30, false],
    ['2026.6.3', 1, 30, false],
    // Between the 2.19 and 2.20 labels: native sidecars by default from 2026.5.2 (1.29), and
    // 2.20's chart floor (1.31), raised at an edge not recorded here.
    ['2026.5.2', 1, 30, false],
    ['2026.5.2', 1, 31, true],
    ['2025.11.1', 1, 30, false],
    ['2025.10.7', 1, 23, true],
    ['2025.10.7', 1, 22, false],
    ['2025.4.4', 1, 23, true],
  ])(
    'GIVEN chart %s on Kubernetes %i.%i WHEN checked THEN the minimum is met: %s',
    (text, major, minor, ok) => {
      expect(meetsKubernetesMinimum(kubernetesMinimumOf(edge(text)), { major, minor })).toBe(ok)
    },
  )

  it.each([
    ['2026.8.3', 31, "the charts' kubeVersion (>=1.31.0-0) of Linkerd 2.20"],
    ['2026.5.2', 31, 'held to Linkerd 2.20’s chart floor'],
    ['2025.12.1', 31, 'held to Linkerd 2.20’s chart floor'],
    ['2025.10.7', 23, "the charts' kubeVersion (>=1.23.0-0) of Linkerd 2.18 and 2.19"],
  ])(
    'GIVEN chart %s WHEN its Kubernetes minimum is asked THEN it is 1.%i, saying why',
    (text, minor, why) => {
      expect(kubernetesMinimumOf(edge(text))).toEqual({
        major: 1,
        minor,
        why: expect.stringContaining(why) as unknown,
      })
    },
  )

  it.each([
    ['2026.8.3', 'v1.2.1', true],
    ['2026.8.3', 'v1.5.1', true],
    ['2026.8.3', 'v1.6.0', false],
    ['2026.8.3', 'v1.1.1', false],
    ['2025.10.7', 'v1.2.1', true],
    ['2025.10.7', 'v1.3.0', false],
    ['2026.8.3', 'not-a-version', false],
  ])('GIVEN chart %s and Gateway API %s WHEN checked THEN supported: %s', (text, version, ok) => {
    expect(supportsGatewayApi(linkerdReleaseOf(edge(text)), version)).toBe(ok)
  })

  it.each([
    ['2026.8.3', 'v1.1.1', 'older'],
    ['2026.8.3', 'v1.2.1', 'supported'],
    ['2026.8.3', '1.5.1', 'supported'],
    ['2026.8.3', 'v1.6.0', 'newer'],
    ['2025.10.7', 'v1.0.0', 'older'],
    ['2026.8.3', 'experimental', 'unknown'],
  ])(
    'GIVEN chart %s and Gateway API %s WHEN placed against the supported range THEN it is %s',
    (text, version, expected) => {
      expect(gatewayApiSupport(linkerdReleaseOf(edge(text)), version)).toBe(expected)
    },
  )
})
