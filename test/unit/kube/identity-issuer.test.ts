import { describe, expect, it } from '@jest/globals'
import { issuerFromSecret } from '../../../src/kube/identity-issuer.js'

const b64 = (text: string): string => Buffer.from(text).toString('base64')

describe('issuerFromSecret', () => {
  it.each([
    [
      'no certificate entry',
      { 'key.pem': b64('-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----\n') },
      "has neither 'crt.pem' nor 'tls.crt'",
    ],
    [
      'a certificate entry that is not PEM',
      { 'crt.pem': b64('not a certificate') },
      "'crt.pem' is not a PEM X.509 certificate",
    ],
    [
      'PEM armour around garbage',
      { 'tls.crt': b64('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n') },
      "'tls.crt' is not a PEM X.509 certificate",
    ],
  ])(
    'GIVEN a Secret with %s WHEN read THEN it says why, without a certificate',
    (_what, data, message) => {
      const read = issuerFromSecret(
        { metadata: { name: 'linkerd-identity-issuer' }, data },
        'linkerd/linkerd-identity-issuer',
      )
      expect(read).toEqual({ ok: false, message: expect.stringContaining(message) })
    },
  )
})
