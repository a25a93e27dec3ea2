import { describe, expect, it } from '@jest/globals'
import { bigIntToIpv6, ipv6ToBigInt, parseIpv6 } from '../../../../src/core/inputs/ipv6.js'

describe('parseIpv6', () => {
  it.each([
    ['fd00::1', 'fd00::1'],
    ['FD00:0:0:0:0:0:0:1', 'fd00::1'],
    ['::', '::'],
    ['::1', '::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0000', '2001:db8::'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::ffff:10.0.0.1', '::ffff:a00:1'],
  ])('GIVEN %p WHEN parsed THEN the canonical text is %p', (raw, expected) => {
    expect(parseIpv6(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['fd00::1::2', 'not an IPv6 address; use an IPv6 address like fd00::1'],
    ['10.0.0.1', 'not an IPv6 address; use an IPv6 address like fd00::1'],
    ['gggg::1', 'not an IPv6 address; use an IPv6 address like fd00::1'],
    ['fe80::1%eth0', "zone indexes ('%') are not accepted; use an IPv6 address like fd00::1"],
    ['fd00::/8', 'a CIDR range, not a single address; use an IPv6 address like fd00::1'],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseIpv6(raw)).toEqual({ ok: false, message })
  })

  it('GIVEN the highest address WHEN converted THEN it round-trips', () => {
    const value = ipv6ToBigInt('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')
    expect(value).toBe((1n << 128n) - 1n)
    expect(bigIntToIpv6(value)).toBe('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff')
  })
})
