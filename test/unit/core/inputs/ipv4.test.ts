import { describe, expect, it } from '@jest/globals'
import {
  ipv4ToNumber,
  isPrivateIpv4,
  numberToIpv4,
  parseIpv4,
} from '../../../../src/core/inputs/ipv4.js'

const ACCEPTED = 'use four numbers from 0 to 255 separated by dots, like 10.0.0.1'

describe('parseIpv4', () => {
  it.each(['10.0.0.1', '0.0.0.0', '255.255.255.255', '192.168.100.200', '100.64.0.0'])(
    'GIVEN %p WHEN parsed THEN it is accepted unchanged',
    raw => {
      expect(parseIpv4(raw)).toEqual({ ok: true, value: raw })
    },
  )

  it.each([
    ['10.0.0', `not an IPv4 address; ${ACCEPTED}`],
    ['10.0.0.0.1', `not an IPv4 address; ${ACCEPTED}`],
    ['10.0.0.a', `not an IPv4 address; ${ACCEPTED}`],
    ['10.0.0.-1', `not an IPv4 address; ${ACCEPTED}`],
    ['10..0.1', `not an IPv4 address; ${ACCEPTED}`],
    ['fd00::1', `not an IPv4 address; ${ACCEPTED}`],
    ['10.0.0.256', `octet '256' is above 255; ${ACCEPTED}`],
    ['010.0.0.1', `octet '010' has a leading zero, which some tools read as octal; ${ACCEPTED}`],
    ['10.0.0.00', `octet '00' has a leading zero, which some tools read as octal; ${ACCEPTED}`],
    ['10.0.0.0/8', `a CIDR range, not a single address; ${ACCEPTED}`],
  ])('GIVEN %p WHEN parsed THEN it fails with %p', (raw, message) => {
    expect(parseIpv4(raw)).toEqual({ ok: false, message })
  })
})

describe('isPrivateIpv4', () => {
  it.each([
    ['10.0.0.1', true],
    ['10.255.255.255', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.0', false],
    ['172.15.255.255', false],
    ['192.168.1.1', true],
    ['192.169.0.0', false],
    ['100.64.0.0', true],
    ['100.127.255.255', true],
    ['100.128.0.0', false],
    ['100.63.255.255', false],
    ['8.8.8.8', false],
    ['not-an-ip', false],
  ])('GIVEN %p WHEN checked THEN private is %p', (ip, expected) => {
    expect(isPrivateIpv4(ip)).toBe(expected)
  })
})

describe('ipv4ToNumber / numberToIpv4', () => {
  it.each([
    ['0.0.0.0', 0],
    ['10.0.0.1', 167772161],
    ['255.255.255.255', 4294967295],
  ])('GIVEN %p WHEN converted THEN the number is %p and converts back', (ip, value) => {
    expect(ipv4ToNumber(ip)).toBe(value)
    expect(numberToIpv4(value)).toBe(ip)
  })
})
