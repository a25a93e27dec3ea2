import { beforeAll, describe, expect, it } from '@jest/globals'
import { InputError } from '../../../../src/core/errors.js'
import { loadStructuredParser } from '../../../../src/core/inputs/structured.js'
import type { HostKind } from '../../../../src/core/manifest.js'
import { SpecReader } from '../../../../src/core/spec-reader.js'
import { verifyEncryptionManifest } from '../../../../src/steps/verify-encryption/manifest.js'
import { parseVerifyEncryptionSpec } from '../../../../src/steps/verify-encryption/spec.js'

beforeAll(async () => {
  await loadStructuredParser()
})

function parse(inputs: Record<string, string>, host: HostKind = 'github') {
  return parseVerifyEncryptionSpec(
    new SpecReader(verifyEncryptionManifest, { get: id => inputs[id] }, host),
  )
}

function problems(inputs: Record<string, string>, host: HostKind = 'github') {
  try {
    parse(inputs, host)
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseVerifyEncryptionSpec', () => {
  it('GIVEN no inputs WHEN parsed THEN the defaults: every meshed namespace, counters since start, meshed required, 30 days', () => {
    expect(parse({})).toMatchObject({
      namespaces: undefined,
      windowSeconds: 0,
      allow: [],
      requireMeshed: true,
      minValidityDays: 30,
      issuerExpiresAt: undefined,
      readIssuerSecret: false,
      reportFile: 'encryption-report.json',
      scrapeTimeoutMs: 10_000,
    })
  })

  it('GIVEN every input WHEN parsed THEN the spec holds them, the allow list numbered and the time in UTC', () => {
    const spec = parse({
      namespaces: 'shop, data\nshop',
      'window-seconds': '60',
      'allow-plaintext': `
- namespace: ingress-nginx
  workload: ingress-nginx-controller
  port: 443
  direction: inbound
  reason: Azure load balancer health probes
- namespace: shop
  port: 8000-8100
  reason: metrics scraped by the node agent
`,
      'require-meshed': 'false',
      'min-validity-days': '7',
      'issuer-expires-at': '2027-03-01T13:00:00+01:00',
      'report-file': 'out/evidence.json',
      'scrape-timeout': '2s',
    })
    expect(spec).toMatchObject({
      namespaces: ['shop', 'data'],
      windowSeconds: 60,
      requireMeshed: false,
      minValidityDays: 7,
      issuerExpiresAt: '2027-03-01T12:00:00.000Z',
      reportFile: 'out/evidence.json',
      scrapeTimeoutMs: 2000,
      allow: [
        {
          index: 1,
          namespace: 'ingress-nginx',
          workload: 'ingress-nginx-controller',
          ports: { from: 443, to: 443 },
          direction: 'inbound',
          reason: 'Azure load balancer health probes',
        },
        {
          index: 2,
          namespace: 'shop',
          ports: { from: 8000, to: 8100 },
          reason: 'metrics scraped by the node agent',
        },
      ],
    })
  })

  it.each([
    ['read-issuer-secret alone', { 'read-issuer-secret': 'true' }, true, []],
    [
      'read-issuer-secret with issuer-expires-at',
      { 'read-issuer-secret': 'true', 'issuer-expires-at': '2027-03-01T12:00:00Z' },
      false,
      [
        "verify-encryption: 'issuer-expires-at' is set, so 'read-issuer-secret' is ignored: the issuer Secret is not read.",
      ],
    ],
  ])(
    'GIVEN %s WHEN parsed THEN the Secret is read only without the input (readIssuerSecret=%s), and a conflict is a warning',
    (_what, inputs: Record<string, string>, readIssuerSecret, warnings) => {
      const reader = new SpecReader(verifyEncryptionManifest, { get: id => inputs[id] }, 'github')
      expect(parseVerifyEncryptionSpec(reader).readIssuerSecret).toBe(readIssuerSecret)
      expect(reader.warnings).toEqual(warnings)
    },
  )

  it('GIVEN a JSON allow list WHEN parsed THEN it reads like the YAML one', () => {
    const spec = parse({
      'allow-plaintext':
        '[{"namespace":"shop","workload":"legacy","reason":"not meshed until Q3"}]',
    })
    expect(spec.allow).toEqual([
      { index: 1, namespace: 'shop', workload: 'legacy', reason: 'not meshed until Q3' },
    ])
  })

  it('GIVEN an unknown allow-list field, a namespace that is not a DNS label and a negative window WHEN parsed THEN all are reported at once, named as GitHub spells them', () => {
    const found = problems({
      namespaces: 'shop,Bad_Namespace',
      'window-seconds': '-5',
      'allow-plaintext': '- namespace: shop\n  reason: ok\n  protocol: http\n',
    })
    expect(found.map(p => p.input)).toEqual(['namespaces', 'window-seconds', 'allow-plaintext'])
    expect(found[0]?.message).toContain("item 2 'Bad_Namespace': not a namespace name")
    expect(found[1]?.message).toBe(
      'must not be negative; use a whole number from 0 to 3600 (0 judges the series the proxies hold)',
    )
    expect(found[2]?.message).toBe(
      '[0].protocol: unknown key; allowed keys are namespace, workload, port, direction, reason',
    )
  })

  it.each([
    [
      'a missing reason',
      '- namespace: shop\n  port: 80',
      '[0].reason: required; expected a string',
    ],
    [
      'a port out of range',
      '- namespace: shop\n  port: 70000\n  reason: x',
      '[0].port: expected a port from 1 to 65535 or a range like 8000-8100',
    ],
    [
      'a reversed range',
      '- namespace: shop\n  port: 90-80\n  reason: x',
      '[0].port: expected a port from 1 to 65535 or a range like 8000-8100',
    ],
    [
      'an unknown direction',
      '- namespace: shop\n  direction: both\n  reason: x',
      '[0].direction: expected one of: inbound, outbound',
    ],
    [
      'not a list',
      'namespace: shop',
      'expected an array of an object with keys namespace, workload, port, direction, reason',
    ],
    [
      "namespace '*' without a workload or port",
      "- namespace: '*'\n  reason: everything",
      "[0]: namespace '*' needs a workload or a port; an entry that allows every plaintext connection proves nothing",
    ],
  ])(
    'GIVEN an allow list with %s WHEN parsed THEN the problem names the entry',
    (_what, raw, message) => {
      const [problem] = problems({ 'allow-plaintext': raw })
      expect(problem).toMatchObject({ input: 'allow-plaintext', message })
    },
  )

  it.each([
    [
      'issuer-expires-at',
      'next March',
      'not an ISO 8601 date-time; use a form like 2027-03-01T12:00:00Z',
    ],
    [
      'issuer-expires-at',
      '2027-02-30T00:00:00Z',
      'not an ISO 8601 date-time; use a form like 2027-03-01T12:00:00Z',
    ],
    [
      'window-seconds',
      '3601',
      'must be a whole number from 0 to 3600 (0 judges the series the proxies hold)',
    ],
    [
      'window-seconds',
      '1.5',
      'must be a whole number from 0 to 3600 (0 judges the series the proxies hold)',
    ],
    [
      'min-validity-days',
      'ten',
      'must be a whole number from 0 to 3650 (days the issuer certificate must stay valid)',
    ],
    ['require-meshed', 'yes', 'not a boolean; use one of: true, True, TRUE, false, False, FALSE'],
    [
      'scrape-timeout',
      '10m',
      'must be at most 5m; a proxy answers its metrics in well under a second',
    ],
  ])(
    'GIVEN %s = %j WHEN parsed THEN it is rejected with what is accepted',
    (input, value, message) => {
      expect(problems({ [input]: value })).toEqual([{ input, value, message }])
    },
  )

  it('GIVEN bad inputs on Azure Pipelines WHEN parsed THEN the problems use the camelCase names', () => {
    expect(
      problems(
        { 'window-seconds': '-1', 'allow-plaintext': '- namespace: x' },
        'azure-pipelines',
      ).map(p => p.input),
    ).toEqual(['windowSeconds', 'allowPlaintext'])
  })
})
