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

/** X.509 v3 extensions as openssl's config spells them. */
export interface OpensslExtensions {
  readonly basicConstraints?: string
  /** Omit the extension with `null`. */
  readonly keyUsage?: string | null
}

function extensionLines(
  extensions: OpensslExtensions,
  defaults: Required<OpensslExtensions>,
): string {
  const basic = extensions.basicConstraints ?? defaults.basicConstraints
  const usage = extensions.keyUsage === undefined ? defaults.keyUsage : extensions.keyUsage
  return [`basicConstraints=${basic}`, ...(usage === null ? [] : [`keyUsage=${usage}`])]
    .map(line => `${line}\n`)
    .join('')
}

const CA_USAGE = 'critical,keyCertSign,cRLSign'

/**
 * A P-256 root CA made by openssl: pathlen 1, keyCertSign + cRLSign, SEC1 key (other
 * extensions on request).
 */
export function opensslAnchor(
  days = 3650,
  commonName = 'root.linkerd.cluster.local',
  extensions: OpensslExtensions = {},
): Pem {
  return scratch(dir => {
    writeFileSync(
      join(dir, 'ext.cnf'),
      extensionLines(extensions, {
        basicConstraints: 'critical,CA:TRUE,pathlen:1',
        keyUsage: CA_USAGE,
      }),
    )
    run(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key'])
    run(dir, ['req', '-new', '-key', 'ca.key', '-subj', `/CN=${commonName}`, '-out', 'ca.csr'])
    run(dir, [
      'x509',
      '-req',
      '-in',
      'ca.csr',
      '-key',
      'ca.key',
      '-days',
      String(days),
      '-extfile',
      'ext.cnf',
      '-out',
      'ca.crt',
    ])
    return readPem(dir, 'ca')
  })
}

interface SignedOptions {
  readonly commonName: string
  readonly extensions: string
  readonly days: number
  readonly rsa: boolean
}

/** A certificate for a new key, signed by `signer` with openssl. */
function opensslSigned(signer: Pem, options: SignedOptions): Pem {
  return scratch(dir => {
    writeFileSync(join(dir, 'ca.crt'), signer.cert)
    writeFileSync(join(dir, 'ca.key'), signer.key)
    writeFileSync(join(dir, 'ext.cnf'), options.extensions)
    if (options.rsa) run(dir, ['genrsa', '-out', 'out.key', '2048'])
    else run(dir, ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'out.key'])
    run(dir, [
      'req',
      '-new',
      '-key',
      'out.key',
      '-subj',
      `/CN=${options.commonName}`,
      '-out',
      'out.csr',
    ])
    run(dir, [
      'x509',
      '-req',
      '-in',
      'out.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      String(options.days),
      '-extfile',
      'ext.cnf',
      '-out',
      'out.crt',
    ])
    return readPem(dir, 'out')
  })
}

/**
 * An intermediate CA signed by `anchor` with openssl: P-256 (or RSA 2048), pathlen 0,
 * keyCertSign + cRLSign (other extensions on request).
 */
export function opensslIssuer(
  anchor: Pem,
  options: { days?: number; rsa?: boolean; extensions?: OpensslExtensions } = {},
): Pem {
  return opensslSigned(anchor, {
    commonName: 'identity.linkerd.cluster.local',
    extensions: extensionLines(options.extensions ?? {}, {
      basicConstraints: 'critical,CA:TRUE,pathlen:0',
      keyUsage: CA_USAGE,
    }),
    days: options.days ?? 365,
    rsa: options.rsa ?? false,
  })
}

/** A proxy's end-entity certificate signed by `issuer`, as Linkerd's identity controller makes. */
export function opensslLeaf(issuer: Pem): Pem {
  return opensslSigned(issuer, {
    commonName: 'web.shop.serviceaccount.identity.linkerd.cluster.local',
    extensions: extensionLines(
      {},
      { basicConstraints: 'critical,CA:FALSE', keyUsage: 'critical,digitalSignature' },
    ),
    days: 1,
    rsa: false,
  })
}

/** `openssl verify` of a leaf through the issuer to the anchor: the output or the error text. */
export function opensslVerifyChain(anchor: string, issuer: string, leaf: string): string {
  return scratch(dir => {
    writeFileSync(join(dir, 'ca.crt'), anchor)
    writeFileSync(join(dir, 'issuer.crt'), issuer)
    writeFileSync(join(dir, 'leaf.crt'), leaf)
    const args = ['verify', '-CAfile', 'ca.crt', '-untrusted', 'issuer.crt', 'leaf.crt']
    try {
      return execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string }
      return `${e.stdout ?? ''}${e.stderr ?? ''}`
    }
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
