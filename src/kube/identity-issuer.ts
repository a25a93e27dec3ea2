import { X509Certificate } from 'node:crypto'
import type { IssuerCertificateRead } from '../core/cluster.js'
import type { Secret } from './kube-types.js'

/**
 * Where the certificate sits, per `identity.issuer.scheme` (mesh.md 2.3): `crt.pem` when the chart
 * renders the Secret (`linkerd.io/tls`), `tls.crt` when cert-manager or another tool owns it
 * (`kubernetes.io/tls`). The keys next to them (`key.pem`, `tls.key`) are never decoded.
 */
const CERTIFICATE_KEYS = ['crt.pem', 'tls.crt'] as const

/** The issuer certificate's expiry, from the Secret's certificate entry only. */
export function issuerFromSecret(secret: Secret, where: string): IssuerCertificateRead {
  const key = CERTIFICATE_KEYS.find(k => secret.data?.[k] !== undefined)
  const encoded = key === undefined ? undefined : secret.data?.[key]
  if (key === undefined || encoded === undefined) {
    return {
      ok: false,
      message: `Secret '${where}' has neither 'crt.pem' nor 'tls.crt', so it holds no issuer certificate this step can read.`,
    }
  }
  const pem = Buffer.from(encoded, 'base64').toString('utf8')
  // The first certificate is the issuer's own (a tls.crt may carry its chain after it).
  const first = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(pem)?.[0]
  try {
    if (first === undefined) throw new Error('no PEM certificate')
    const certificate = new X509Certificate(first)
    return {
      ok: true,
      notAfter: new Date(certificate.validTo),
      source: `Secret '${where}', '${key}'`,
    }
  } catch {
    return {
      ok: false,
      message: `Secret '${where}': '${key}' is not a PEM X.509 certificate.`,
    }
  }
}
