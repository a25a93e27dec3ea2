import { describe, expect, it } from '@jest/globals'
import { chartSource, parseChartRepository } from '../../../src/core/chart-repository.js'

describe('parseChartRepository', () => {
  it.each([
    ['https://helm.linkerd.io/edge', 'https://helm.linkerd.io/edge'],
    ['https://helm.linkerd.io/edge/', 'https://helm.linkerd.io/edge'],
    ['oci://registry.example.com/charts', 'oci://registry.example.com/charts'],
    [
      'oci://registry.example.com:5000/mirror/linkerd//',
      'oci://registry.example.com:5000/mirror/linkerd',
    ],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parseChartRepository(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['http://charts.example.com', 'must be an https:// repository or an oci:// registry URL'],
    ['charts.example.com', 'must be an https:// repository or an oci:// registry URL'],
    ['oci://', 'names no host'],
    ['https://user:secret@charts.example.com', 'holds credentials'],
    ['https://charts.example.com/?token=x', 'has a query or fragment'],
  ])('GIVEN %p WHEN parsed THEN it fails: %s', (raw, message) => {
    const parsed = parseChartRepository(raw)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toContain(message)
    expect(!parsed.ok && parsed.message).not.toContain('secret')
  })
})

describe('chartSource', () => {
  it.each([
    [
      'a chart repository',
      'https://helm.linkerd.io/edge',
      { chart: 'linkerd-crds', repo: 'https://helm.linkerd.io/edge' },
    ],
    [
      'an OCI registry: the chart reference, and no --repo (Helm refuses oci:// there)',
      'oci://registry.example.com/charts',
      { chart: 'oci://registry.example.com/charts/linkerd-crds', repo: '' },
    ],
  ])('GIVEN %s WHEN the chart is referenced THEN helm gets %j', (_what, repository, expected) => {
    expect(chartSource(repository, 'linkerd-crds')).toEqual(expected)
  })
})
