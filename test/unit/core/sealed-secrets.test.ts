import { describe, expect, it } from '@jest/globals'
import { inspect } from 'node:util'
import {
  isPrivateKeyMarker,
  privateKeyMarker,
  SealedSecrets,
} from '../../../src/core/sealed-secrets.js'

const SECRET = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAsecret\n-----END PRIVATE KEY-----\n'
const MARKER = privateKeyMarker('ab'.repeat(32))

describe('SealedSecrets', () => {
  it('GIVEN a sealed key WHEN values holding its marker are unsealed THEN the marker is replaced deep inside, the input left as it was', () => {
    const secrets = new SealedSecrets()
    const values = { a: { b: [secrets.seal(MARKER, SECRET), 'plain'] }, n: 3 }
    expect(secrets.unseal(values)).toEqual({ a: { b: [SECRET, 'plain'] }, n: 3 })
    expect(values.a.b[0]).toBe(MARKER)
  })

  it('GIVEN a marker the plan holds no key for WHEN unsealed THEN it throws instead of sending the marker', () => {
    const secrets = new SealedSecrets()
    expect(() => secrets.unseal({ keyPEM: MARKER })).toThrow('holds no secret')
  })

  it('GIVEN a sealed key WHEN serialised, inspected or compared THEN the secret is not visible', () => {
    const secrets = new SealedSecrets()
    secrets.seal(MARKER, SECRET)
    expect(JSON.stringify({ secrets })).toBe('{"secrets":"<1 sealed secret(s)>"}')
    expect(inspect(secrets, { showHidden: true, depth: 5 })).not.toContain('MIGHAgEA')
    expect(Object.keys(secrets)).toEqual([])
  })

  it.each([
    [MARKER, true],
    ['<private key: not shown>', true],
    ['<known after apply: x>', false],
    ['private key', false],
  ])('GIVEN %j WHEN checked THEN isPrivateKeyMarker is %s', (text, expected) => {
    expect(isPrivateKeyMarker(text)).toBe(expected)
  })
})
