/**
 * Certificates for the install-mesh tests. The ordinary ones are made by the `openssl` command
 * line, independently of the code under test (SEC1 `EC PRIVATE KEY` keys, as `openssl ecparam`
 * writes them, and RSA ones); those with odd validity windows (long expired, ending before they
 * start) with the step's own generator, which takes any window.
 */
import { execFileSync } from 'node:child_process'
import { createPrivateKey } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Parsed } from '../../src/core/inputs/parsed.js'
import {
  generateIssuer,
  generateTrustAnchor,
  parseCertificates,
  parsePrivateKey,
  type KeyPair,
} from '../../src/steps/install-mesh/certificates.js'

export interface Pem {
  readonly cert: string
  readonly key: string
}

const DAY_MS = 24 * 60 * 60 * 1000

function scratch<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pki-'))
  try {
    return fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readPem(dir: string, name: string): Pem {
  return {
    cert: readFileSync(join(dir, `${name}.crt`), 'utf8'),
    key: readFileSync(join(dir, `${name}.key`), 'utf8'),
  }
}

function run(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
}

/** A P-256 root CA made by openssl: pathlen 1, keyCertSign + cRLSign, SEC1 key. */
export function opensslAnchor(days = 3650, commonName = 'root.linkerd.cluster.local'): Pem {
  return scratch(dir => {
    run(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'])
    run(dir, [
      'req',
      '-x509',
      '-new',
      '-key',
      'ca.key',
      '-subj',
      `/CN=${commonName}`,
      '-days',
      String(days),
      '-addext',
      'basicConstraints=critical,CA:TRUE,pathlen:1',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      'ca.crt',
    ])
    return readPem(dir, 'ca')
  })
}

/** An intermediate CA signed by `anchor` with openssl: P-256 (or RSA 2048), pathlen 0. */
export function opensslIssuer(anchor: Pem, options: { days?: number; rsa?: boolean } = {}): Pem {
  return scratch(dir => {
    writeFileSync(join(dir, 'ca.crt'), anchor.cert)
    writeFileSync(join(dir, 'ca.key'), anchor.key)
    writeFileSync(
      join(dir, 'ext.cnf'),
      'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n',
    )
    if (options.rsa) run(dir, ['genrsa', '-out', 'issuer.key', '2048'])
    else run(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'issuer.key'])
    run(dir, [
      'req',
      '-new',
      '-key',
      'issuer.key',
      '-subj',
      '/CN=identity.linkerd.cluster.local',
      '-out',
      'issuer.csr',
    ])
    run(dir, [
      'x509',
      '-req',
      '-in',
      'issuer.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      String(options.days ?? 365),
      '-extfile',
      'ext.cnf',
      '-out',
      'issuer.crt',
    ])
    return readPem(dir, 'issuer')
  })
}

/** Runs openssl on the PEM (written to `in.pem`, mode 0600) and returns its stdout. */
function opensslOn(pem: string, args: readonly string[]): string {
  return scratch(dir => {
    writeFileSync(join(dir, 'in.pem'), pem, { mode: 0o600 })
    return execFileSync('openssl', [...args, '-in', 'in.pem'], { cwd: dir, encoding: 'utf8' })
  })
}

/** `openssl x509 -text` of a certificate, for assertions. */
export function opensslText(cert: string): string {
  return opensslOn(cert, ['x509', '-noout', '-text'])
}

/** `openssl pkey -text` of a private key, for assertions (curve, key size). */
export function opensslKeyText(key: string): string {
  return opensslOn(key, ['pkey', '-noout', '-text'])
}

/** The public key, as openssl derives it from a private key or reads it from a certificate. */
export function opensslPublicKey(pem: string): string {
  return opensslOn(
    pem,
    pem.includes('BEGIN CERTIFICATE') ? ['x509', '-noout', '-pubkey'] : ['pkey', '-pubout'],
  )
}

/**
 * The base64 lines between a PEM key's armour lines: a leak scan looks for each of them, so a
 * key printed without its `-----BEGIN` line is caught too.
 */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('-----'))
}

/** `openssl verify`: the output, or the error text when the chain does not verify. */
export function opensslVerify(anchor: string, cert: string): string {
  return scratch(dir => {
    writeFileSync(join(dir, 'ca.crt'), anchor)
    writeFileSync(join(dir, 'c.crt'), cert)
    try {
      return execFileSync('openssl', ['verify', '-CAfile', 'ca.crt', 'c.crt'], {
        cwd: dir,
        encoding: 'utf8',
        stdio: 'pipe',
      })
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string }
      return `${e.stdout ?? ''}${e.stderr ?? ''}`
    }
  })
}

/** The key re-encoded as PKCS#8 (`BEGIN PRIVATE KEY`): the same key, other bytes. */
export function asPkcs8(keyPem: string): string {
  return createPrivateKey(keyPem).export({ type: 'pkcs8', format: 'pem' }).toString()
}

function pair(generated: KeyPair): Pem {
  return { cert: generated.certificate.pem, key: generated.key.pem }
}

function read<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

/**
 * A P-256 root CA valid from `notBefore` to `notAfter`, whatever they are: long expired, or
 * ending before it starts.
 */
export async function anchorValid(notBefore: Date, notAfter: Date): Promise<Pem> {
  // The generator starts certificates 5 minutes before `now`.
  const now = new Date(notBefore.getTime() + 5 * 60 * 1000)
  return pair(await generateTrustAnchor({ now, validityMs: notAfter.getTime() - now.getTime() }))
}

/** An issuer signed by `anchor`, valid from `notBefore` to `notAfter` (within the anchor's). */
export async function issuerValid(anchor: Pem, notBefore: Date, notAfter: Date): Promise<Pem> {
  const now = new Date(notBefore.getTime() + 5 * 60 * 1000)
  const certificate = read(parseCertificates(anchor.cert))[0]
  if (certificate === undefined) throw new Error('no anchor certificate')
  return pair(
    await generateIssuer({
      now,
      validityMs: notAfter.getTime() - now.getTime(),
      anchor: certificate,
      anchorKey: read(parsePrivateKey(anchor.key)),
    }),
  )
}

export function daysFromNow(days: number, now = Date.now()): Date {
  return new Date(now + days * DAY_MS)
}
