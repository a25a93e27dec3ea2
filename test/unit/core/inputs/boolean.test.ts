import { describe, expect, it } from '@jest/globals'
import { parseBoolean } from '../../../../src/core/inputs/boolean.js'

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parseBoolean(raw)).toEqual({ ok: true, value: expected })
  })

  it.each(['yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'y', 'truee'])(
    'GIVEN %p WHEN parsed THEN it fails listing the YAML 1.2 core spellings',
    raw => {
      expect(parseBoolean(raw)).toEqual({
        ok: false,
        message: 'not a boolean; use one of: true, True, TRUE, false, False, FALSE',
      })
    },
  )
})
