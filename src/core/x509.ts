import { webcrypto } from 'node:crypto'
import type * as X509 from '@peculiar/x509'
import { installReflectMetadataShim } from './reflect-metadata-shim.js'

export type X509Library = typeof X509

let x509Module: Promise<X509Library> | undefined
let loaded: X509Library | undefined

/**
 * @peculiar/x509, loaded on first use after the reflect-metadata shim its dependency tsyringe
 * needs. A static import would evaluate tsyringe first (jest links CommonJS dependencies of an
 * ES module before running any module body, and a bundle hoists them), and the library is only
 * needed when a step generates certificates or reads certificate inputs (the host loads it
 * before parsing inputs declared `certificates`).
 */
export function loadX509(): Promise<X509Library> {
  x509Module ??= (async () => {
    installReflectMetadataShim()
    const x509 = await import('@peculiar/x509')
    x509.cryptoProvider.set(webcrypto)
    loaded = x509
    return x509
  })()
  return x509Module
}

/** The library after `loadX509`, for synchronous reads such as an input parser's. */
export function loadedX509(): X509Library {
  if (loaded === undefined) {
    throw new Error('the X.509 library was read before it was loaded (internal error)')
  }
  return loaded
}

/** What a CA certificate's extensions allow; undefined where the extension is absent. */
export interface CaConstraints {
  /** Basic constraints' path length: how many CAs may follow it in a chain. */
  readonly pathLength: number | undefined
  /** Whether key usage allows signing certificates (keyCertSign). */
  readonly mayCertSign: boolean | undefined
}

/** Reads basic constraints and key usage of a DER certificate (after `loadX509`). */
export function caConstraints(der: Uint8Array): CaConstraints {
  const x509 = loadedX509()
  const certificate = new x509.X509Certificate(der)
  const basic = certificate.getExtension(x509.BasicConstraintsExtension)
  const usage = certificate.getExtension(x509.KeyUsagesExtension)
  return {
    pathLength: basic?.pathLength,
    mayCertSign: usage === null ? undefined : (usage.usages & x509.KeyUsageFlags.keyCertSign) !== 0,
  }
}

/**
 * The extensions of a CA certificate: basic constraints CA with the path length, key usage
 * keyCertSign and cRLSign (both critical), and the subject key identifier of its public key.
 */
export async function certificateAuthorityExtensions(
  x509: X509Library,
  publicKey: webcrypto.CryptoKey,
  pathLength: number,
): Promise<X509.Extension[]> {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey),
  ]
}
