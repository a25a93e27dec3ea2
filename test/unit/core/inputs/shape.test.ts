import { describe, expect, it } from '@jest/globals'
import { parseCidr } from '../../../../src/core/inputs/cidr.js'
import { parseFqdn } from '../../../../src/core/inputs/fqdn.js'
import type { Infer } from '../../../../src/core/inputs/shape.js'
import {
  array,
  boolean,
  integer,
  object,
  oneOf,
  optional,
  string,
  validateShape,
} from '../../../../src/core/inputs/shape.js'

const RuleShape = object({
  name: string({
    pattern: { regex: /^[a-z][a-z0-9-]*$/, description: 'lower-case letters, digits and hyphens' },
  }),
  port: optional(integer({ min: 1, max: 65535 })),
  protocol: oneOf(['Http', 'Https'] as const),
  fqdns: array(string({ parse: parseFqdn({ allowWildcard: true }) }), { minItems: 1 }),
  enabled: optional(boolean()),
})
type Rule = Infer<typeof RuleShape>
const RulesShape = array(RuleShape)

describe('validateShape', () => {
  it('GIVEN valid rules WHEN validated THEN the typed value has normalised strings and no absent keys', () => {
    const value: unknown = [
      { name: 'aks', protocol: 'https', fqdns: ['MCR.microsoft.com', ' *.azurecr.io '] },
      { name: 'web', port: 443, protocol: 'Http', fqdns: ['example.com'], enabled: false },
      { name: 'nulls', port: null, protocol: 'HTTP', fqdns: ['a.example.com'] },
    ]
    const expected: readonly Rule[] = [
      { name: 'aks', protocol: 'Https', fqdns: ['mcr.microsoft.com', '*.azurecr.io'] },
      { name: 'web', port: 443, protocol: 'Http', fqdns: ['example.com'], enabled: false },
      { name: 'nulls', protocol: 'Http', fqdns: ['a.example.com'] },
    ]
    expect(validateShape(RulesShape, value)).toEqual({ ok: true, value: expected })
  })

  it('GIVEN many problems WHEN validated THEN every one is reported with its path', () => {
    const value: unknown = [
      { name: 'ok', protocol: 'Https', fqdns: ['example.com'] },
      'not-an-object',
      { name: 'Bad Name', port: 0, protocol: 'ftp', fqdns: [42, 'https://x.com'], extra: 1 },
      { protocol: 'Http', fqdns: [] },
    ]
    expect(validateShape(RulesShape, value)).toEqual({
      ok: false,
      message: [
        '[1]: expected an object with keys name, port, protocol, fqdns, enabled',
        '[2].extra: unknown key; allowed keys are name, port, protocol, fqdns, enabled',
        '[2].name: expected a string of lower-case letters, digits and hyphens',
        '[2].port: expected an integer from 1 to 65535',
        '[2].protocol: expected one of: Http, Https',
        '[2].fqdns[0]: expected a string',
        "[2].fqdns[1]: a URL, not a host name; drop 'https://' and any path, and use a host name like example.com or a wildcard like *.example.com",
        '[3].name: required; expected a string of lower-case letters, digits and hyphens',
        '[3].fqdns: expected at least 1 item(s)',
      ].join('; '),
    })
  })

  it.each([
    [string(), 'text', 'text'],
    [string(), '', ''],
    [
      string({ parse: parseCidr }),
      ' 10.0.0.0/8 ',
      { address: '10.0.0.0', prefixLength: 8, version: 4, text: '10.0.0.0/8' },
    ],
    [integer(), -5, -5],
    [integer({ min: 0 }), 0, 0],
    [boolean(), true, true],
    [oneOf([1, 2, 'three'] as const), 2, 2],
    [oneOf(['Allow', 'Deny'] as const), 'deny', 'Deny'],
    [array(integer(), { maxItems: 2 }), [1, 2], [1, 2]],
    [object({}), {}, {}],
  ])(
    'GIVEN shape %# and value %p WHEN validated THEN the result is %p',
    (shape, value, expected) => {
      expect(validateShape<unknown>(shape, value)).toEqual({ ok: true, value: expected })
    },
  )

  it.each([
    [string(), 1, 'expected a string'],
    [string({ parse: parseCidr }), '  ', 'expected a non-empty string'],
    [string({ parse: parseCidr }), '10.0.0.1/8', 'host bits are set; did you mean 10.0.0.0/8?'],
    [integer(), 1.5, 'expected an integer'],
    [integer(), '1', 'expected an integer'],
    [integer({ min: 1 }), 0, 'expected an integer of at least 1'],
    [integer({ max: 9 }), 10, 'expected an integer of at most 9'],
    [boolean(), 'true', 'expected a boolean'],
    [oneOf([1, 2] as const), '1', 'expected one of: 1, 2'],
    [array(integer()), { length: 1 }, 'expected an array of an integer'],
    [array(integer(), { maxItems: 1 }), [1, 2], 'expected at most 1 item(s)'],
    [object({ a: integer() }), null, 'expected an object with keys a'],
    [object({ a: integer() }), [], 'expected an object with keys a'],
    [object({ a: integer() }), { a: null }, 'a: expected an integer'],
    [object({ a: integer() }), { 'b c': 1, a: 1 }, '["b c"]: unknown key; allowed keys are a'],
    [
      object({ inner: object({ a: integer() }) }),
      { inner: { a: 'x' } },
      'inner.a: expected an integer',
    ],
  ])(
    'GIVEN shape %# and value %p WHEN validated THEN it fails with %p',
    (shape, value, message) => {
      expect(validateShape<unknown>(shape, value)).toEqual({ ok: false, message })
    },
  )
})
