import { beforeAll, describe, expect, it } from '@jest/globals'
import { caConstraints, loadX509 } from '../../../../src/core/x509.js'
import {
  generateIssuer,
  generateTrustAnchor,
  isSignedBy,
  keyMatches,
  parseCertificates,
  parsePrivateKey,
  type Certificate,
  type KeyPair,
} from '../../../../src/steps/install-mesh/certificates.js'
import {
  anchorValid,
  asPkcs8,
  daysFromNow,
  opensslAnchor,
  opensslIssuer,
  opensslKeyText,
  opensslLeaf,
  opensslPublicKey,
  opensslText,
  opensslVerify,
  opensslVerifyChain,
} from '../../../builders/pki.js'

const HOUR_MS = 60 * 60 * 1000
const NOW = new Date()

function one(pem: string): Certificate {
  const parsed = parseCertificates(pem)
  if (!parsed.ok || parsed.value[0] === undefined) throw new Error('not a certificate')
  return parsed.value[0]
}

async function generated(): Promise<{ anchor: KeyPair; issuer: KeyPair }> {
  const anchor = await generateTrustAnchor({ now: NOW, validityMs: 87600 * HOUR_MS })
  const issuer = await generateIssuer({
    now: NOW,
    validityMs: 8760 * HOUR_MS,
    anchor: anchor.certificate,
    anchorKey: anchor.key,
  })
  return { anchor, issuer }
}

describe('generated certificates, read back with openssl', () => {
  it('GIVEN a generated trust anchor WHEN openssl reads it THEN it is a self-signed ECDSA P-256 root CA with path length 1, keyCertSign and cRLSign', async () => {
    const { anchor } = await generated()
    const text = opensslText(anchor.certificate.pem)
    expect(text).toContain('Public Key Algorithm: id-ecPublicKey')
    expect(text).toContain('NIST CURVE: P-256')
    expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256')
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:1/)
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign\s/)
    expect(text).toContain('Subject: CN = root.linkerd.cluster.local')
    expect(text).toContain('Issuer: CN = root.linkerd.cluster.local')
    expect(opensslVerify(anchor.certificate.pem, anchor.certificate.pem)).toContain(': OK')
  })

  it('GIVEN a generated issuer WHEN openssl reads it THEN it is an ECDSA P-256 CA with path length 0 that chains to the anchor', async () => {
    const { anchor, issuer } = await generated()
    const text = opensslText(issuer.certificate.pem)
    expect(text).toContain('NIST CURVE: P-256')
    expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:0/)
    expect(text).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign\s/)
    expect(text).toContain('Subject: CN = identity.linkerd.cluster.local')
    expect(text).toContain('Issuer: CN = root.linkerd.cluster.local')
    expect(opensslVerify(anchor.certificate.pem, issuer.certificate.pem)).toContain(': OK')
    // The issuer's authority key id is the anchor's subject key id.
    const anchorSki = /Subject Key Identifier:\s+([0-9A-F:]+)/.exec(
      opensslText(anchor.certificate.pem),
    )?.[1]
    expect(anchorSki).toBeDefined()
    expect(text).toMatch(new RegExp(`Authority Key Identifier:\\s+(keyid:)?${anchorSki ?? 'none'}`))
  })

  it('GIVEN generated keys WHEN openssl reads them THEN they are P-256 keys that match their certificates', async () => {
    const { anchor, issuer } = await generated()
    for (const pair of [anchor, issuer]) {
      expect(pair.key.pem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/)
      const text = opensslKeyText(pair.key.pem)
      expect(text).toContain('Private-Key: (256 bit')
      expect(text).toContain('ASN1 OID: prime256v1')
      expect(text).toContain('NIST CURVE: P-256')
      expect(opensslPublicKey(pair.key.pem)).toBe(opensslPublicKey(pair.certificate.pem))
    }
    expect(opensslPublicKey(anchor.key.pem)).not.toBe(opensslPublicKey(issuer.certificate.pem))
  })

  it('GIVEN validities WHEN generated THEN the anchor lasts trust-anchor-validity and the issuer issuer-validity, both starting a few minutes early', async () => {
    const { anchor, issuer } = await generated()
    const start = NOW.getTime()
    expect(anchor.certificate.notAfter.getTime()).toBeGreaterThan(start + 87599 * HOUR_MS)
    expect(anchor.certificate.notAfter.getTime()).toBeLessThanOrEqual(start + 87600 * HOUR_MS)
    expect(issuer.certificate.notAfter.getTime()).toBeLessThanOrEqual(start + 8760 * HOUR_MS)
    expect(issuer.certificate.notAfter.getTime()).toBeGreaterThan(start + 8759 * HOUR_MS)
    for (const c of [anchor.certificate, issuer.certificate]) {
      expect(c.notBefore.getTime()).toBeLessThan(start)
      expect(c.notBefore.getTime()).toBeGreaterThanOrEqual(start - 6 * 60 * 1000)
    }
  })

  it('GIVEN an anchor ending in 30 days WHEN a 1-year issuer is generated THEN the issuer ends with the anchor, never after it', async () => {
    const short = await anchorValid(daysFromNow(-1), daysFromNow(30))
    const anchor = one(short.cert)
    const key = parsePrivateKey(short.key)
    if (!key.ok) throw new Error(key.message)
    const issuer = await generateIssuer({
      now: NOW,
      validityMs: 8760 * HOUR_MS,
      anchor,
      anchorKey: key.value,
    })
    expect(issuer.certificate.notAfter.getTime()).toBe(anchor.notAfter.getTime())
    expect(isSignedBy(issuer.certificate, anchor)).toBe(true)
  })

  it('GIVEN the key of an earlier anchor WHEN an anchor is generated from it THEN it has the same public key and a new certificate', async () => {
    const { anchor } = await generated()
    const again = await generateTrustAnchor({
      now: NOW,
      validityMs: 87600 * HOUR_MS,
      key: anchor.key,
    })
    expect(again.certificate.publicKeyFingerprint).toBe(anchor.certificate.publicKeyFingerprint)
    expect(again.certificate.fingerprint).not.toBe(anchor.certificate.fingerprint)
    expect(again.key.pem).toBe(anchor.key.pem)
  })
})

describe('reading PEM input', () => {
  it('GIVEN an anchor and issuer made by openssl WHEN read THEN the chain and key checks agree with openssl', () => {
    const anchor = opensslAnchor()
    const issuer = opensslIssuer(anchor)
    const other = opensslAnchor()
    const a = one(anchor.cert)
    const i = one(issuer.cert)
    expect(a.keyAlgorithm).toBe('ECDSA P-256')
    expect(a.isCa).toBe(true)
    expect(isSignedBy(i, a)).toBe(true)
    expect(isSignedBy(i, one(other.cert))).toBe(false)
    expect(opensslVerify(other.cert, issuer.cert)).not.toContain(': OK')
    const key = parsePrivateKey(issuer.key)
    expect(key.ok && keyMatches(i, key.value)).toBe(true)
  })

  it('GIVEN the same key in SEC1 and PKCS#8 WHEN read THEN both name the same public key', () => {
    const anchor = opensslAnchor()
    expect(anchor.key).toContain('BEGIN EC PRIVATE KEY')
    const sec1 = parsePrivateKey(anchor.key)
    const pkcs8 = parsePrivateKey(asPkcs8(anchor.key))
    expect(
      sec1.ok && pkcs8.ok && sec1.value.publicKeyFingerprint === pkcs8.value.publicKeyFingerprint,
    ).toBe(true)
  })

  it('GIVEN a bundle of two anchors WHEN read THEN both are returned in order', () => {
    const first = opensslAnchor()
    const second = opensslAnchor()
    const parsed = parseCertificates(`${first.cert}${second.cert}`)
    expect(parsed.ok && parsed.value.map(c => c.fingerprint)).toEqual([
      one(first.cert).fingerprint,
      one(second.cert).fingerprint,
    ])
  })

  it.each([
    ['plain text', 'hello', 'is not PEM'],
    ['a private key', opensslAnchor().key, 'holds a private key'],
    [
      'a CSR',
      '-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n',
      "holds a 'CERTIFICATE REQUEST' block",
    ],
    [
      'broken base64',
      '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
      'not valid X.509',
    ],
  ])('GIVEN %s as a certificate WHEN read THEN it fails saying why', (_what, text, message) => {
    const parsed = parseCertificates(text)
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.message).toContain(message)
  })

  it.each([
    ['a certificate', opensslAnchor().cert, 'is a certificate, not a private key'],
    ['plain text', 'hello', 'is not a PEM private key'],
    [
      'an encrypted key',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n',
      'encrypted',
    ],
    [
      'a broken key',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      'is not a valid private key',
    ],
  ])(
    'GIVEN %s as a key WHEN read THEN it fails saying why, without echoing it',
    (_what, text, message) => {
      const parsed = parsePrivateKey(text)
      expect(parsed.ok).toBe(false)
      expect(!parsed.ok && parsed.message).toContain(message)
      expect(!parsed.ok && parsed.message).not.toContain('AAAA')
    },
  )
})

describe('CA constraints of certificates made by openssl', () => {
  beforeAll(() => loadX509())
  const anchor = opensslAnchor()

  it.each([
    ['a root CA with pathlen:1', anchor, { pathLength: 1, mayCertSign: true }],
    [
      'a root CA without a path length',
      opensslAnchor(30, 'root', { basicConstraints: 'critical,CA:TRUE' }),
      { pathLength: undefined, mayCertSign: true },
    ],
    [
      'a root CA with pathlen:0',
      opensslAnchor(30, 'root', { basicConstraints: 'critical,CA:TRUE,pathlen:0' }),
      { pathLength: 0, mayCertSign: true },
    ],
    [
      'an issuer without key usage',
      opensslIssuer(anchor, { extensions: { keyUsage: null } }),
      { pathLength: 0, mayCertSign: undefined },
    ],
    [
      'an issuer whose key usage lacks keyCertSign',
      opensslIssuer(anchor, { extensions: { keyUsage: 'critical,digitalSignature' } }),
      { pathLength: 0, mayCertSign: false },
    ],
  ])(
    'GIVEN %s WHEN read THEN its path length and certificate signing are as openssl wrote them',
    (_what, pem, expected) => {
      expect(caConstraints(one(pem.cert).x509.raw)).toEqual(expected)
    },
  )

  it.each([
    ['a pathlen:1 anchor and a keyCertSign issuer', ': OK', anchor, {}],
    [
      'a pathlen:0 anchor',
      'path length constraint exceeded',
      opensslAnchor(30, 'root', { basicConstraints: 'critical,CA:TRUE,pathlen:0' }),
      {},
    ],
    [
      'an issuer without keyCertSign',
      'key usage does not include certificate signing',
      anchor,
      { keyUsage: 'critical,digitalSignature' },
    ],
  ])(
    'GIVEN %s WHEN openssl verifies a proxy certificate through the chain THEN it says %s (why the spec checks these)',
    (_what, verdict, root, issuerExtensions) => {
      const issuer = opensslIssuer(root, { extensions: issuerExtensions })
      expect(opensslVerifyChain(root.cert, issuer.cert, opensslLeaf(issuer).cert)).toContain(
        verdict,
      )
    },
  )
})
