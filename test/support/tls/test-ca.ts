import { webcrypto } from 'node:crypto'
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as X509 from '@peculiar/x509'
import { certificateAuthorityExtensions, loadX509 } from '../../../src/core/x509.js'

/** A per-run certificate authority shared by every jest worker and child process. */
export interface TestCa {
  caCertPem: string
  caCertPath: string
  issueServerCert(hosts?: string[]): Promise<{ certPem: string; keyPem: string }>
}

type CryptoKey = webcrypto.CryptoKey

const crypto = webcrypto

const EC_ALGORITHM: webcrypto.EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' }
const SIGNING_ALGORITHM: webcrypto.EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' }
const DAY_MS = 24 * 60 * 60 * 1000
const DEFAULT_HOSTS = ['127.0.0.1', '::1', 'localhost']
const CA_CERT_FILE = 'ca.crt'
const CA_KEY_FILE = 'ca.key'

/** `<repo>/.tmp/test-ca`, resolved from this file (test/support/tls/). */
export function defaultTestCaDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
  return join(repoRoot, '.tmp', 'test-ca')
}

/** Loads the CA persisted in `dir` while it is valid, or creates (and persists) a new one. */
export async function loadOrCreateTestCa(dir: string = defaultTestCaDir()): Promise<TestCa> {
  const caCertPath = join(dir, CA_CERT_FILE)
  const caKeyPath = join(dir, CA_KEY_FILE)
  const x509 = await loadX509()
  const loaded = await tryLoad(x509, caCertPath, caKeyPath)
  const { cert, key } = loaded ?? (await createAndPersist(x509, dir, caCertPath, caKeyPath))
  const caCertPem = cert.toString('pem')
  return {
    caCertPem,
    caCertPath,
    issueServerCert: hosts => issueServerCert(x509, cert, key, hosts ?? DEFAULT_HOSTS),
  }
}

interface CaMaterial {
  cert: X509.X509Certificate
  key: CryptoKey
}

async function tryLoad(
  x509: typeof X509,
  certPath: string,
  keyPath: string,
): Promise<CaMaterial | undefined> {
  let certPem: string
  let keyPem: string
  try {
    certPem = await readFile(certPath, 'utf8')
    keyPem = await readFile(keyPath, 'utf8')
  } catch {
    return undefined
  }
  try {
    const cert = new x509.X509Certificate(certPem)
    // Keep a margin so a cert does not expire in the middle of a run.
    if (cert.notAfter.getTime() - Date.now() < 60 * 60 * 1000) return undefined
    if (cert.notBefore.getTime() > Date.now() + 60 * 1000) return undefined
    const der = x509.PemConverter.decodeFirst(keyPem)
    const key = await crypto.subtle.importKey('pkcs8', der, EC_ALGORITHM, true, ['sign'])
    return { cert, key }
  } catch {
    return undefined
  }
}

async function createAndPersist(
  x509: typeof X509,
  dir: string,
  certPath: string,
  keyPath: string,
): Promise<CaMaterial> {
  const keys = await crypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify'])
  const now = Date.now()
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=aks-secure-networking test CA ${new Date(now).toISOString()}`,
    notBefore: new Date(now - 5 * 60 * 1000),
    notAfter: new Date(now + DAY_MS),
    keys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: await certificateAuthorityExtensions(x509, keys.publicKey, 0),
  })
  await mkdir(dir, { recursive: true })
  await writeFile(keyPath, await toPkcs8Pem(x509, keys.privateKey), { mode: 0o600 })
  await chmod(keyPath, 0o600)
  await writeFile(certPath, cert.toString('pem'))
  return { cert, key: keys.privateKey }
}

async function issueServerCert(
  x509: typeof X509,
  ca: X509.X509Certificate,
  caKey: CryptoKey,
  hosts: string[],
): Promise<{ certPem: string; keyPem: string }> {
  const keys = await crypto.subtle.generateKey(EC_ALGORITHM, true, ['sign', 'verify'])
  const now = Date.now()
  const names = hosts.map(host =>
    isIpAddress(host)
      ? { type: 'ip' as const, value: host }
      : { type: 'dns' as const, value: host },
  )
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${hosts[0] ?? 'localhost'}`,
    issuer: ca.subject,
    notBefore: new Date(now - 5 * 60 * 1000),
    notAfter: new Date(Math.min(now + DAY_MS, ca.notAfter.getTime())),
    publicKey: keys.publicKey,
    signingKey: caKey,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension(names, false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.publicKey),
    ],
  })
  return { certPem: cert.toString('pem'), keyPem: await toPkcs8Pem(x509, keys.privateKey) }
}

async function toPkcs8Pem(x509: typeof X509, key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key)
  return x509.PemConverter.encode(der, 'PRIVATE KEY')
}

/**
 * A self-signed RSA certificate and key in one PEM, as an Azure Pipelines service connection
 * holds it for the service principal certificate scheme.
 */
export async function createClientCertificatePem(
  subject = 'CN=aks-secure-networking test client',
): Promise<string> {
  const x509 = await loadX509()
  const algorithm: webcrypto.RsaHashedKeyGenParams = {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  }
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
  const now = Date.now()
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: subject,
    notBefore: new Date(now - 5 * 60 * 1000),
    notAfter: new Date(now + DAY_MS),
    keys,
    signingAlgorithm: algorithm,
  })
  return `${await toPkcs8Pem(x509, keys.privateKey)}\n${cert.toString('pem')}\n`
}

function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[0] = (bytes[0] ?? 0) & 0x7f // positive
  return Buffer.from(bytes).toString('hex')
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':')
}
