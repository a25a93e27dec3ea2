import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseDuration } from '../../../../src/core/inputs/duration.js'

const ACCEPTED = 'accepted units are h, m, s, ms, e.g. 8760h, 30m, 1h30m or 500ms'

describe('parseDuration', () => {
  it.each([
    ['87600h', 87600 * 3_600_000],
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    ['90s', 90_000],
    ['500ms', 500],
    ['1.5h', 5_400_000],
    ['1.1h', 3_960_000],
    ['.5s', 500],
    ['1m1h', 3_660_000],
    ['2h45m30s250ms', 9_930_250],
    ['+5m', 300_000],
    ['0h1ms', 1],
  ])('GIVEN %p WHEN parsed THEN it is %p milliseconds', (raw, expected) => {
    expect(parseDuration(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['8760', `has no unit; ${ACCEPTED}`],
    ['1.5', `has no unit; ${ACCEPTED}`],
    ['-5m', `negative durations are not accepted; ${ACCEPTED}`],
    ['0s', `must be longer than zero; ${ACCEPTED}`],
    ['0h0m', `must be longer than zero; ${ACCEPTED}`],
    ['0.5ms', `finer than a millisecond; ${ACCEPTED}`],
    ['365d', `days are not a unit; use hours (720h is 30 days), as ${ACCEPTED}`],
    ['1H', `not a duration; ${ACCEPTED}`],
    ['1h 30m', `not a duration; ${ACCEPTED}`],
    ['10us', `not a duration; ${ACCEPTED}`],
    ['h', `not a duration; ${ACCEPTED}`],
    ['1.2.3s', `not a duration; ${ACCEPTED}`],
    ['+', `not a duration; ${ACCEPTED}`],
    ['99999999999999999h', `too long; ${ACCEPTED}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseDuration(raw)).toEqual({ ok: false, message })
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [500, '500ms'],
    [1_500, '1s500ms'],
    [90_000, '1m30s'],
    [5_400_000, '1h30m'],
    [87600 * 3_600_000, '87600h'],
    [3_600_500, '1h500ms'],
    [-90_000, '-1m30s'],
    [1.4, '1ms'],
  ])('GIVEN %p ms WHEN formatted THEN it is %p', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected)
  })

  it.each([1, 999, 61_000, 3_661_001, 315_360_000_000])(
    'GIVEN %p ms WHEN formatted and parsed back THEN the value is unchanged',
    ms => {
      expect(parseDuration(formatDuration(ms))).toEqual({ ok: true, value: ms })
    },
  )
})
