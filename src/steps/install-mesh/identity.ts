/**
 * Which trust anchor and which issuer the control plane gets: pure decisions over the inputs,
 * the installed release's values and the key file. observe uses them to know what to generate,
 * plan to build the values, so both always agree.
 */
import {
  keyMatches,
  parseCertificates,
  parsePrivateKey,
  signerOf,
  type Certificate,
  type KeyPair,
  type PrivateKey,
} from './certificates.js'
import { DAY_MS, type InstallMeshSpec } from './spec.js'

export interface InstalledIdentity {
  readonly anchors: readonly Certificate[] | undefined
  /** `identityTrustAnchorsPEM` as installed: the text the proxies' trust-root hash is of. */
  readonly anchorsPem: string | undefined
  readonly issuer: KeyPair | undefined
  /** Set when the release's identity is not one this step can manage (an external CA). */
  readonly external: string | undefined
}

export const NO_IDENTITY: InstalledIdentity = {
  anchors: undefined,
  anchorsPem: undefined,
  issuer: undefined,
  external: undefined,
}

function at(values: unknown, ...path: string[]): unknown {
  let node = values
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** The anchors and issuer in `linkerd-control-plane`'s user-supplied values. */
export function readInstalledIdentity(
  values: Readonly<Record<string, unknown>> | undefined,
): InstalledIdentity {
  if (values === undefined) return NO_IDENTITY
  const scheme = at(values, 'identity', 'issuer', 'scheme')
  const externalCA = at(values, 'identity', 'externalCA') === true
  if (externalCA || scheme === 'kubernetes.io/tls') {
    return {
      ...NO_IDENTITY,
      external: `identity.externalCA is ${String(externalCA)} and identity.issuer.scheme is ${typeof scheme === 'string' ? scheme : 'unset'}`,
    }
  }
  const anchorsPem = at(values, 'identityTrustAnchorsPEM')
  const crtPem = at(values, 'identity', 'issuer', 'tls', 'crtPEM')
  const keyPem = at(values, 'identity', 'issuer', 'tls', 'keyPEM')
  const anchors = typeof anchorsPem === 'string' ? parseCertificates(anchorsPem) : undefined
  const certificates = typeof crtPem === 'string' ? parseCertificates(crtPem) : undefined
  const key = typeof keyPem === 'string' ? parsePrivateKey(keyPem) : undefined
  const certificate = certificates?.ok ? certificates.value[0] : undefined
  return {
    anchors: anchors?.ok ? anchors.value : undefined,
    anchorsPem: anchors?.ok && typeof anchorsPem === 'string' ? anchorsPem : undefined,
    issuer:
      certificate && key?.ok && keyMatches(certificate, key.value)
        ? { certificate, key: key.value }
        : undefined,
    external: undefined,
  }
}

/** `existing-key`: a new certificate for a key from `trust-anchor-key` or the key file. */
export type AnchorSource = 'input' | 'installed' | 'existing-key' | 'generated'

export interface AnchorChoice {
  readonly anchors: readonly Certificate[]
  readonly source: AnchorSource
  /** The anchor that signs a new issuer, with its key, when the key is at hand. */
  readonly signer: KeyPair | undefined
}

/** A trust anchor made for this run: from scratch, or for a key the run was given. */
export interface CandidateAnchor extends KeyPair {
  /** Where its key came from. */
  readonly keyFrom: 'new' | 'input' | 'key-file'
}

/** Whether the control plane needs a trust anchor that neither the inputs nor the release has. */
export function needsNewAnchor(spec: InstallMeshSpec, installed: InstalledIdentity): boolean {
  return spec.anchors === undefined && installed.anchors === undefined
}

function signerAmong(
  anchors: readonly Certificate[],
  keys: readonly (PrivateKey | undefined)[],
): KeyPair | undefined {
  for (const key of keys) {
    const certificate = key ? anchors.find(a => keyMatches(a, key)) : undefined
    if (certificate && key) return { certificate, key }
  }
  return undefined
}

/**
 * The anchors in use: the input, else the installed ones, else the candidate. Undefined only
 * when no candidate was made (offline).
 */
export function chooseAnchors(
  spec: InstallMeshSpec,
  installed: InstalledIdentity,
  keyFileKey: PrivateKey | undefined,
  candidate: CandidateAnchor | undefined,
): AnchorChoice | undefined {
  const keys = [spec.anchorKey, keyFileKey]
  if (spec.anchors) {
    return { anchors: spec.anchors, source: 'input', signer: signerAmong(spec.anchors, keys) }
  }
  if (installed.anchors) {
    return {
      anchors: installed.anchors,
      source: 'installed',
      signer: signerAmong(installed.anchors, keys),
    }
  }
  if (candidate) {
    return {
      anchors: [candidate.certificate],
      source: candidate.keyFrom === 'new' ? 'generated' : 'existing-key',
      signer: candidate,
    }
  }
  return undefined
}

export type IssuerChoice =
  | { readonly kind: 'input'; readonly issuer: KeyPair }
  | { readonly kind: 'installed'; readonly issuer: KeyPair }
  | {
      readonly kind: 'new'
      readonly reason: string
      /**
       * Set when the installed issuer could stay but the run signs with another anchor in use:
       * the issuer moves to it (step 3 of Linkerd's anchor rotation).
       */
      readonly movesTo?: Certificate
    }

/** The date part of an ISO timestamp, for messages. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** A certificate's short fingerprint, for messages. */
export function short(certificate: Certificate): string {
  return `sha256:${certificate.fingerprint.slice(0, 16)}…`
}

/**
 * The issuer: the input; else the installed one while it is signed by an anchor in use, valid,
 * signed by the anchor this run signs with (`signer`, when it has one's key), and more than
 * `min-validity-days` from its end or already ending with its anchor (a new one could not last
 * longer: the anchor's own expiry is warned about); else a new one, with the reason.
 */
export function chooseIssuer(
  spec: InstallMeshSpec,
  installed: InstalledIdentity,
  anchors: readonly Certificate[] | undefined,
  signer: Certificate | undefined,
  now: Date,
): IssuerChoice {
  if (spec.issuer) return { kind: 'input', issuer: spec.issuer }
  const current = installed.issuer
  if (current === undefined) return { kind: 'new', reason: 'no issuer is installed' }
  const certificate = current.certificate
  const issuedBy = anchors ? signerOf(certificate, anchors) : undefined
  if (anchors && !issuedBy) {
    return { kind: 'new', reason: 'the installed issuer was not signed by the trust anchor in use' }
  }
  const left = certificate.notAfter.getTime() - now.getTime()
  if (left <= 0) {
    return { kind: 'new', reason: `the installed issuer expired on ${day(certificate.notAfter)}` }
  }
  if (certificate.notBefore.getTime() > now.getTime()) {
    return { kind: 'new', reason: 'the installed issuer is not valid yet' }
  }
  if (signer && issuedBy && signer.fingerprint !== issuedBy.fingerprint) {
    return {
      kind: 'new',
      reason: `the issuer moves to the trust anchor whose key this run has (${short(signer)}), away from the one that signed it (${short(issuedBy)})`,
      movesTo: signer,
    }
  }
  const endsWithAnchor =
    issuedBy !== undefined && certificate.notAfter.getTime() >= issuedBy.notAfter.getTime()
  if (left <= spec.minValidityDays * DAY_MS && !endsWithAnchor) {
    return {
      kind: 'new',
      reason: `the installed issuer expires on ${day(certificate.notAfter)}, within ${spec.minValidityDays} days ('${spec.inputNames['min-validity-days'] ?? 'min-validity-days'}')`,
    }
  }
  return { kind: 'installed', issuer: current }
}
