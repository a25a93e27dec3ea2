import { describe, expect, it } from '@jest/globals'
import { parseBoolean } from '../../../../src/core/inputs/boolean.js'
import { parseList, parseListOf } from '../../../../src/core/inputs/list.js'
import { parsePort } from '../../../../src/core/inputs/port.js'

describe('parseList', () => {
  it.each([
    ['a', ['a']],
    ['a,b', ['a', 'b']],
    ['a\nb', ['a', 'b']],
    ['a\r\nb\r\n', ['a', 'b']],
    [' a , b ,\n c ', ['a', 'b', 'c']],
    ['a,,b,\n\n,c', ['a', 'b', 'c']],
    [',,\n', []],
  ])('GIVEN %p WHEN split THEN the items are %p', (raw, expected) => {
    expect(parseList(raw)).toEqual(expected)
  })
})

describe('parseListOf', () => {
  it.each([
    ['true, False', [true, false]],
    ['TRUE\nfalse\n', [true, false]],
    [',', []],
  ])('GIVEN %p WHEN every item is parsed as a boolean THEN the values are %p', (raw, expected) => {
    expect(parseListOf(raw, parseBoolean)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['true, yes', "item 2 'yes': not a boolean; use one of: true, True, TRUE, false, False, FALSE"],
    [
      'on, true, off',
      "item 1 'on' and item 3 'off': not a boolean; use one of: true, True, TRUE, false, False, FALSE",
    ],
    [
      'a, b, c',
      "item 1 'a', item 2 'b' and item 3 'c': not a boolean; use one of: true, True, TRUE, false, False, FALSE",
    ],
  ])(
    'GIVEN %p WHEN some items are not booleans THEN every bad item is reported once',
    (raw, message) => {
      expect(parseListOf(raw, parseBoolean)).toEqual({ ok: false, message })
    },
  )

  it('GIVEN items with different problems WHEN parsed THEN each problem is reported with its items', () => {
    const parseBooleanStrict = (raw: string): ReturnType<typeof parseBoolean> =>
      raw === 'x' ? { ok: false, message: 'x is reserved; use something else' } : parseBoolean(raw)
    expect(parseListOf('x, 1, true', parseBooleanStrict)).toEqual({
      ok: false,
      message:
        "item 1 'x': x is reserved; use something else; item 2 '1': not a boolean; use one of: true, True, TRUE, false, False, FALSE",
    })
  })

  it('GIVEN a list of ports WHEN all are valid THEN the numbers keep their order', () => {
    expect(parseListOf('443,80\n8443', parsePort)).toEqual({ ok: true, value: [443, 80, 8443] })
  })
})
