/**
 * X.509 for Linkerd's identity: reading and checking PEM certificates and keys with Node's
 * crypto (OpenSSL), and creating the trust anchor and the issuer with @peculiar/x509. No ASN.1
 * is written by hand here.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  webcrypto,
  X509Certificate,
  type KeyObject,
} from 'node:crypto'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import { certificateAuthorityExtensions, loadX509 } from '../../core/x509.js'

export interface Certificate {
  /** The certificate alone, as PEM. */
  readonly pem: string
  /** SHA-256 of the DER certificate, lower-case hex. */
  readonly fingerprint: string
  /** SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex: names the key pair. */
  readonly publicKeyFingerprint: string
  /** `ECDSA P-256`, `RSA 2048`, ... */
  readonly keyAlgorithm: string
  /** The subject as OpenSSL prints it, one attribute per line. */
  readonly subject: string
  readonly notBefore: Date
  readonly notAfter: Date
  readonly isCa: boolean
  readonly x509: X509Certificate
}

export interface PrivateKey {
  /** As given or generated (PKCS#8 or SEC1 PEM). Secret: never logged or planned. */
  readonly pem: string
  readonly publicKeyFingerprint: string
  readonly keyAlgorithm: string
  readonly keyObject: KeyObject
}

export interface KeyPair {
  readonly certificate: Certificate
  readonly key: PrivateKey
}

export const P256 = 'ECDSA P-256'
export const ANCHOR_COMMON_NAME = 'root.linkerd.cluster.local'
export const ISSUER_COMMON_NAME = 'identity.linkerd.cluster.local'

/** Certificates start a few minutes early so a runner clock ahead of the cluster's is harmless. */
const BACKDATE_MS = 5 * 60 * 1000
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/g
const KEY_LABELS = ['PRIVATE KEY', 'EC PRIVATE KEY', 'RSA PRIVATE KEY']

interface PemBlock {
  readonly label: string
  readonly text: string
}

function pemBlocks(text: string): PemBlock[] {
  return [...text.matchAll(PEM_BLOCK)].map(m => ({ label: m[1] ?? '', text: m[0] }))
}

function sha256Hex(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

function publicKeyFingerprint(key: KeyObject): string {
  return sha256Hex(key.export({ type: 'spki', format: 'der' }))
}

function describeKey(key: KeyObject): string {
  const details = key.asymmetricKeyDetails
  if (key.asymmetricKeyType === 'ec') {
    return details?.namedCurve === 'prime256v1' ? P256 : `ECDSA ${details?.namedCurve ?? '?'}`
  }
  if (key.asymmetricKeyType === 'rsa') return `RSA ${details?.modulusLength ?? '?'}`
  return key.asymmetricKeyType ?? 'unknown'
}

function toCertificate(x509: X509Certificate): Certificate {
  return {
    pem: x509.toString().trim() + '\n',
    fingerprint: sha256Hex(x509.raw),
    publicKeyFingerprint: publicKeyFingerprint(x509.publicKey),
    keyAlgorithm: describeKey(x509.publicKey),
    subject: x509.subject,
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    isCa: x509.ca,
    x509,
  }
}

/** One or more PEM certificates (a bundle). Fails on anything else in the text. */
export function parseCertificates(text: string): Parsed<Certificate[]> {
  const blocks = pemBlocks(text)
  if (blocks.length === 0) {
    return fail("is not PEM: expected '-----BEGIN CERTIFICATE-----' blocks")
  }
  if (blocks.some(b => KEY_LABELS.includes(b.label) || b.label.endsWith('PRIVATE KEY'))) {
    return fail('holds a private key: give certificates only (private keys have their own inputs)')
  }
  const other = blocks.find(b => b.label !== 'CERTIFICATE')
  if (other) return fail(`holds a '${other.label}' block, not a certificate`)
  const certificates: Certificate[] = []
  for (const [index, block] of blocks.entries()) {
    try {
      certificates.push(toCertificate(new X509Certificate(block.text)))
    } catch {
      return fail(
        `${blocks.length > 1 ? `certificate ${index + 1}` : 'the certificate'} is not valid X.509 DER inside its PEM armour`,
      )
    }
  }
  return ok(certificates)
}

/** One unencrypted PEM private key (PKCS#8, SEC1 or PKCS#1). */
export function parsePrivateKey(text: string): Parsed<PrivateKey> {
  const blocks = pemBlocks(text)
  const keys = blocks.filter(b => b.label.endsWith('PRIVATE KEY'))
  if (keys.length === 0) {
    return fail(
      blocks.some(b => b.label === 'CERTIFICATE')
        ? "is a certificate, not a private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'"
        : "is not a PEM private key: expected '-----BEGIN PRIVATE KEY-----' or '-----BEGIN EC PRIVATE KEY-----'",
    )
  }
  if (keys.length > 1) return fail('holds more than one private key; give exactly one')
  const [block] = keys
  if (block === undefined || block.label === 'ENCRYPTED PRIVATE KEY') {
    return fail('is an encrypted private key; give it unencrypted (the input is masked)')
  }
  let keyObject: KeyObject
  try {
    keyObject = createPrivateKey({ key: block.text, format: 'pem' })
  } catch {
    return fail('is not a valid private key')
  }
  return ok({
    pem: block.text.trim() + '\n',
    publicKeyFingerprint: publicKeyFingerprint(createPublicKey(keyObject)),
    keyAlgorithm: describeKey(keyObject),
    keyObject,
  })
}

/** The certificate names `issuer` as its issuer and carries its valid signature. */
export function isSignedBy(certificate: Certificate, issuer: Certificate): boolean {
  return certificate.x509.checkIssued(issuer.x509) && certificate.x509.verify(issuer.x509.publicKey)
}

/** The first of `anchors` that signed the certificate. */
export function signerOf(
  certificate: Certificate,
  anchors: readonly Certificate[],
): Certificate | undefined {
  return anchors.find(anchor => isSignedBy(certificate, anchor))
}

export function keyMatches(certificate: Certificate, key: PrivateKey): boolean {
  return certificate.publicKeyFingerprint === key.publicKeyFingerprint
}

/** The certificates as one PEM bundle. */
export function bundlePem(certificates: readonly Certificate[]): string {
  return certificates.map(c => c.pem).join('')
}

const EC_ALGORITHM: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' }
const SIGNING_ALGORITHM: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' }

function randomSerial(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16))
  // Positive, and 16 significant bytes.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40
  return Buffer.from(bytes).toString('hex')
}

async function importKeyPair(key: PrivateKey): Promise<webcrypto.CryptoKeyPair> {
  const pkcs8 = key.keyObject.export({ type: 'pkcs8', format: 'der' })
  const spki = createPublicKey(key.keyObject).export({ type: 'spki', format: 'der' })
  const [privateKey, publicKey] = await Promise.all([
    webcrypto.subtle.importKey('pkcs8', pkcs8, EC_ALGORITHM, true, ['sign']),
    webcrypto.subtle.importKey('spki', spki, EC_ALGORITHM, true, ['verify']),
  ])
  return { privateKey, publicKey }
}

async function exportKey(
  x509: Awaited<ReturnType<typeof loadX509>>,
  key: webcrypto.CryptoKey,
): Promise<PrivateKey> {
  const pem = x509.PemConverter.encode(
    await webcrypto.subtle.exportKey('pkcs8', key),
    'PRIVATE KEY',
  )
  const parsed = parsePrivateKey(pem)
  if (!parsed.ok) throw new Error(`a generated key does not read back: ${parsed.message}`)
  return parsed.value
}

function readBack(pem: string): Certificate {
  const parsed = parseCertificates(pem)
  if (!parsed.ok || parsed.value.length !== 1 || parsed.value[0] === undefined) {
    throw new Error('a generated certificate does not read back')
  }
  return parsed.value[0]
}

export interface AnchorOptions {
  readonly now: Date
  readonly validityMs: number
  /** Re-use this key (e.g. one kept in the trust anchor key file); default: a new P-256 key. */
  readonly key?: PrivateKey
}

/**
 * A self-signed ECDSA P-256 root CA: basic constraints CA with path length 1, key usage
 * keyCertSign and cRLSign (both critical), subject key identifier; CN root.linkerd.cluster.local.
 */
export async function generateTrustAnchor(options: AnchorOptions): Promise<KeyPair> {
  const x509 = await loadX509()
  const keys = options.key
    ? await importKeyPair(options.key)
    : await webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify'])
  const now = options.now.getTime()
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=${ANCHOR_COMMON_NAME}`,
    notBefore: new Date(now - BACKDATE_MS),
    notAfter: new Date(now + options.validityMs),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: await certificateAuthorityExtensions(x509, keys.publicKey, 1),
  })
  return {
    certificate: readBack(certificate.toString('pem')),
    key: options.key ?? (await exportKey(x509, keys.privateKey)),
  }
}

export interface IssuerOptions {
  readonly now: Date
  readonly validityMs: number
  readonly anchor: Certificate
  readonly anchorKey: PrivateKey
}

/**
 * An ECDSA P-256 intermediate CA signed by the anchor: CA with path length 0, keyCertSign and
 * cRLSign, never valid before or after the anchor; CN identity.linkerd.cluster.local.
 */
export async function generateIssuer(options: IssuerOptions): Promise<KeyPair> {
  if (!keyMatches(options.anchor, options.anchorKey)) {
    throw new Error('the key given to sign the issuer is not the trust anchor’s (internal error)')
  }
  const x509 = await loadX509()
  const anchor = new x509.X509Certificate(options.anchor.pem)
  const signer = await importKeyPair(options.anchorKey)
  const keys = await webcrypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify'])
  const now = options.now.getTime()
  // The issuer's authority key identifier is the anchor's subject key identifier, when it has one.
  const anchorKeyId = anchor.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${ISSUER_COMMON_NAME}`,
    issuer: anchor.subjectName,
    notBefore: new Date(Math.max(now - BACKDATE_MS, options.anchor.notBefore.getTime())),
    notAfter: new Date(Math.min(now + options.validityMs, options.anchor.notAfter.getTime())),
    publicKey: keys.publicKey,
    signingKey: signer.privateKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      ...(await certificateAuthorityExtensions(x509, keys.publicKey, 0)),
      anchorKeyId !== undefined
        ? new x509.AuthorityKeyIdentifierExtension(anchorKeyId)
        : await x509.AuthorityKeyIdentifierExtension.create(signer.publicKey),
    ],
  })
  return {
    certificate: readBack(certificate.toString('pem')),
    key: await exportKey(x509, keys.privateKey),
  }
}
