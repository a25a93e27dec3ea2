import { beforeAll, describe, expect, it } from '@jest/globals'
import { loadStructuredParser, parseStructured } from '../../../../src/core/inputs/structured.js'

const ACCEPTED = 'give one JSON or YAML document'

beforeAll(async () => {
  await loadStructuredParser()
})

describe('parseStructured', () => {
  it.each([
    ['{"name": "web", "ports": [80, 443]}', { name: 'web', ports: [80, 443] }],
    ['[1, "two", true, null]', [1, 'two', true, null]],
    ['{\n  "nested": { "a": [] }\n}', { nested: { a: [] } }],
  ])('GIVEN JSON %p WHEN parsed THEN the value is %p', (raw, expected) => {
    expect(parseStructured(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['name: web\nports:\n  - 80\n  - 443', { name: 'web', ports: [80, 443] }],
    ['- name: a\n  fqdns: [a.example.com]', [{ name: 'a', fqdns: ['a.example.com'] }]],
    ['enabled: true\nvalue: TRUE\nempty:', { enabled: true, value: true, empty: null }],
    ['legacy: yes\nport: "443"', { legacy: 'yes', port: '443' }],
    ['base: &b [1]\ncopy: *b', { base: [1], copy: [1] }],
    ['forced: !!str 1', { forced: '1' }],
    ['---\na: 1', { a: 1 }],
    ['# only a comment', null],
  ])('GIVEN YAML %p WHEN parsed THEN the value is %p', (raw, expected) => {
    expect(parseStructured(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    [
      '{"a":1,}',
      `invalid JSON at line 1, column 8: Expected double-quoted property name; ${ACCEPTED}`,
    ],
    [
      '[1,\n2',
      `invalid JSON at line 2, column 2: Expected ',' or ']' after array element; ${ACCEPTED}`,
    ],
    [
      '{"a":1} x',
      `invalid JSON at line 1, column 9: Unexpected non-whitespace character after JSON; ${ACCEPTED}`,
    ],
    ['{\n  "a": 1,\n  "a": 2\n}', `invalid JSON at line 3, column 3: duplicate key; ${ACCEPTED}`],
    ['{a: 1}', `invalid JSON at line 1, column 2: Expected property name or '}'; ${ACCEPTED}`],
  ])('GIVEN bad JSON %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseStructured(raw)).toEqual({ ok: false, message })
  })

  it('GIVEN JSON whose error has no position WHEN parsed THEN the message quotes none of the input', () => {
    expect(parseStructured('{"secret": tru}')).toEqual({
      ok: false,
      message: `invalid JSON: Unexpected token '}'; ${ACCEPTED}`,
    })
  })

  it.each([
    ['a: 1\na: 2', `invalid YAML at line 2, column 1: duplicate key; ${ACCEPTED}`],
    [
      '---\na: 1\n---\nb: 2',
      `invalid YAML at line 3, column 1: more than one document; ${ACCEPTED}`,
    ],
    [
      'a: !foo bar',
      `invalid YAML at line 1, column 4: tags other than the YAML core ones are not accepted; ${ACCEPTED}`,
    ],
    [
      'a: !!binary aGVsbG8=',
      `invalid YAML at line 1, column 4: tags other than the YAML core ones are not accepted; ${ACCEPTED}`,
    ],
    [
      'a: !!set {x}',
      `invalid YAML at line 1, column 4: tags other than the YAML core ones are not accepted; ${ACCEPTED}`,
    ],
    [
      'a: [1, 2\nb: 3',
      `invalid YAML at line 2, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]; ${ACCEPTED}`,
    ],
    ['- a\nb: c', `invalid YAML at line 2, column 1: Unexpected scalar at node end; ${ACCEPTED}`],
    [
      'a: *missing',
      `invalid YAML: Unresolved alias (the anchor must be set before the alias); ${ACCEPTED}`,
    ],
  ])('GIVEN bad YAML %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseStructured(raw)).toEqual({ ok: false, message })
  })
})
