import { describe, expect, it } from '@jest/globals'
import type { Cidr } from '../../../../src/core/inputs/cidr.js'
import { cidrContains, cidrsOverlap, parseCidr } from '../../../../src/core/inputs/cidr.js'

const ACCEPTED = 'use an address and prefix length like 10.0.0.0/16 or fd00::/64'

function cidr(text: string): Cidr {
  const parsed = parseCidr(text)
  if (!parsed.ok) throw new Error(`test setup: ${text}: ${parsed.message}`)
  return parsed.value
}

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', { address: '10.0.0.0', prefixLength: 16, version: 4, text: '10.0.0.0/16' }],
    ['0.0.0.0/0', { address: '0.0.0.0', prefixLength: 0, version: 4, text: '0.0.0.0/0' }],
    ['10.1.2.3/32', { address: '10.1.2.3', prefixLength: 32, version: 4, text: '10.1.2.3/32' }],
    [
      '172.16.0.0/12',
      { address: '172.16.0.0', prefixLength: 12, version: 4, text: '172.16.0.0/12' },
    ],
    ['FD00::/8', { address: 'fd00::', prefixLength: 8, version: 6, text: 'fd00::/8' }],
    ['::/0', { address: '::', prefixLength: 0, version: 6, text: '::/0' }],
    [
      '2001:db8:0:0::/64',
      { address: '2001:db8::', prefixLength: 64, version: 6, text: '2001:db8::/64' },
    ],
  ])('GIVEN %p WHEN parsed THEN it is %p', (raw, expected) => {
    expect(parseCidr(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['10.0.5.0/16', 'host bits are set; did you mean 10.0.0.0/16?'],
    ['10.0.0.1/8', 'host bits are set; did you mean 10.0.0.0/8?'],
    ['fd00::1/64', 'host bits are set; did you mean fd00::/64?'],
    ['10.0.0.0/33', `the prefix length must be a whole number from 0 to 32; ${ACCEPTED}`],
    ['10.0.0.0/016', `the prefix length must be a whole number from 0 to 32; ${ACCEPTED}`],
    ['10.0.0.0/', `the prefix length must be a whole number from 0 to 32; ${ACCEPTED}`],
    ['10.0.0.0/-1', `the prefix length must be a whole number from 0 to 32; ${ACCEPTED}`],
    ['fd00::/129', `the prefix length must be a whole number from 0 to 128; ${ACCEPTED}`],
    ['10.0.0.1', `missing the prefix length; write 10.0.0.1/32 for one address, or ${ACCEPTED}`],
    ['fd00::1', `missing the prefix length; write fd00::1/128 for one address, or ${ACCEPTED}`],
    ['010.0.0.0/8', `not a CIDR range; ${ACCEPTED}`],
    ['10.0.0/8', `not a CIDR range; ${ACCEPTED}`],
    ['10.0.0.0/8/8', `not a CIDR range; ${ACCEPTED}`],
    ['vnet', `not a CIDR range; ${ACCEPTED}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseCidr(raw)).toEqual({ ok: false, message })
  })
})

describe('cidrContains', () => {
  it.each([
    ['10.0.0.0/16', '10.0.1.0/24', true],
    ['10.0.0.0/16', '10.0.0.0/16', true],
    ['10.0.0.0/16', '10.1.0.0/24', false],
    ['10.0.1.0/24', '10.0.0.0/16', false],
    ['0.0.0.0/0', '192.168.1.1/32', true],
    ['fd00::/8', 'fd12:3456::/32', true],
    ['fd00::/8', '10.0.0.0/8', false],
  ])('GIVEN %p and %p WHEN checked THEN contains is %p', (outer, inner, expected) => {
    expect(cidrContains(cidr(outer), cidr(inner))).toBe(expected)
  })
})

describe('cidrsOverlap', () => {
  it.each([
    ['10.0.0.0/16', '10.0.128.0/17', true],
    ['10.0.128.0/17', '10.0.0.0/16', true],
    ['10.0.0.0/16', '10.1.0.0/16', false],
    ['10.0.0.0/24', '10.0.1.0/24', false],
    ['10.0.0.0/8', '10.0.0.0/8', true],
    ['172.16.0.0/12', '172.31.255.0/24', true],
    ['10.0.0.0/8', 'fd00::/8', false],
  ])('GIVEN %p and %p WHEN checked THEN overlap is %p', (a, b, expected) => {
    expect(cidrsOverlap(cidr(a), cidr(b))).toBe(expected)
  })
})
