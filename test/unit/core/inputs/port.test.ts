import { describe, expect, it } from '@jest/globals'
import { formatPortRange, parsePort, parsePortRange } from '../../../../src/core/inputs/port.js'

const RANGE_ACCEPTED = 'use a port like 443, a range like 1000-2000, or * for all ports'

describe('parsePort', () => {
  it.each([
    ['1', 1],
    ['443', 443],
    ['65535', 65535],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parsePort(raw)).toEqual({ ok: true, value: expected })
  })

  it.each(['0', '65536', '-1', '+443', '443.0', '1e3', '0443', 'https', '*', '80-90', '99999999'])(
    'GIVEN %p WHEN parsed THEN it fails naming the accepted range',
    raw => {
      expect(parsePort(raw)).toEqual({
        ok: false,
        message: 'not a port; use a whole number from 1 to 65535, like 443',
      })
    },
  )
})

describe('parsePortRange', () => {
  it.each([
    ['443', { from: 443, to: 443 }],
    ['1000-2000', { from: 1000, to: 2000 }],
    ['1000 - 2000', { from: 1000, to: 2000 }],
    ['80-80', { from: 80, to: 80 }],
    ['*', { from: 1, to: 65535 }],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parsePortRange(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['2000-1000', 'the range is reversed; put the lower port first, like 1000-2000'],
    ['0-100', `not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`],
    [
      '100-70000',
      `not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`,
    ],
    ['-100', `not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`],
    ['100-', `not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`],
    ['http', `not a port range; ports are whole numbers from 1 to 65535, so ${RANGE_ACCEPTED}`],
    ['1-2-3', `not a port range; ${RANGE_ACCEPTED}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parsePortRange(raw)).toEqual({ ok: false, message })
  })
})

describe('formatPortRange', () => {
  it.each([
    [{ from: 443, to: 443 }, '443'],
    [{ from: 1000, to: 2000 }, '1000-2000'],
    [{ from: 1, to: 65535 }, '*'],
    [{ from: 1, to: 1024 }, '1-1024'],
  ])('GIVEN %p WHEN formatted THEN it is %p and parses back', (range, expected) => {
    expect(formatPortRange(range)).toBe(expected)
    expect(parsePortRange(expected)).toEqual({ ok: true, value: range })
  })
})
