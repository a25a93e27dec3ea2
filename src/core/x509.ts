import { webcrypto } from 'node:crypto'
import type * as X509 from '@peculiar/x509'
import { installReflectMetadataShim } from './reflect-metadata-shim.js'

export type X509Library = typeof X509

let x509Module: Promise<X509Library> | undefined

/**
 * @peculiar/x509, loaded on first use after the reflect-metadata shim its dependency tsyringe
 * needs. A static import would evaluate tsyringe first (jest links CommonJS dependencies of an
 * ES module before running any module body, and a bundle hoists them), and the library is only
 * needed when a step generates certificates.
 */
export function loadX509(): Promise<X509Library> {
  x509Module ??= (async () => {
    installReflectMetadataShim()
    const x509 = await import('@peculiar/x509')
    x509.cryptoProvider.set(webcrypto)
    return x509
  })()
  return x509Module
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
