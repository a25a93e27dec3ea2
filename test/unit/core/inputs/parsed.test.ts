import { describe, expect, it } from '@jest/globals'
import { fail, ok } from '../../../../src/core/inputs/parsed.js'

describe('ok / fail', () => {
  it('GIVEN a value WHEN wrapped with ok THEN the result is a success carrying it', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 })
  })

  it('GIVEN a message WHEN wrapped with fail THEN the result is a failure carrying it', () => {
    expect(fail('not a number; use digits')).toEqual({
      ok: false,
      message: 'not a number; use digits',
    })
  })
})
