import { describe, expect, it } from '@jest/globals'
import {
  gatewayApiSupport,
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
    'GIVEN chart %s WHEN mapped THEN it is Linkerd %s (the newest label at or before it)',
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
    ['2025.10.7', 1, 23, true],
    ['2025.10.7', 1, 22, false],
  ])(
    'GIVEN chart %s on Kubernetes %i.%i WHEN checked THEN the minimum is met: %s',
    (text, major, minor, ok) => {
      expect(meetsKubernetesMinimum(linkerdReleaseOf(edge(text)), { major, minor })).toBe(ok)
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
