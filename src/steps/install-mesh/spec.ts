import { parseChartRepository } from '../../core/chart-repository.js'
import type { CommonSpec } from '../../core/common-inputs.js'
import { parseBoolean } from '../../core/inputs/boolean.js'
import { parseCidr, type Cidr } from '../../core/inputs/cidr.js'
import { parseIntegerIn } from '../../core/inputs/integer.js'
import { isDnsLabel } from '../../core/inputs/kubernetes-names.js'
import { formatDuration, parseDuration } from '../../core/inputs/duration.js'
import { parseListOf } from '../../core/inputs/list.js'
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'
import type { SpecReader } from '../../core/spec-reader.js'
import { caConstraints } from '../../core/x509.js'
import {
  keyMatches,
  P256,
  parseCertificates,
  parsePrivateKey,
  signerOf,
  type Certificate,
  type KeyPair,
  type PrivateKey,
} from './certificates.js'
import {
  CHANNELS,
  kubernetesMinimumOf,
  linkerdReleaseOf,
  parseEdgeChartVersion,
  STABLE_REFUSAL,
  STABLE_REPO,
  type Channel,
  type EdgeVersion,
  type KubernetesMinimum,
  type LinkerdRelease,
} from './linkerd-versions.js'
import { CNI, CONTROL_PLANE } from './releases.js'

export interface InstallMeshSpec {
  readonly offline: boolean
  /**
   * `mode: plan`: nothing is applied, so what apply would generate (an anchor, an issuer) is
   * shown as known after apply rather than as certificates made for the plan alone.
   */
  readonly planOnly: boolean
  readonly channel: Channel
  readonly chartRepo: string
  readonly chartVersion: EdgeVersion
  readonly linkerd: LinkerdRelease
  /** The oldest Kubernetes `chart-version` installs on. */
  readonly minKubernetes: KubernetesMinimum
  /** `trust-anchor-certificate`: one anchor or a bundle. */
  readonly anchors: readonly Certificate[] | undefined
  /** `trust-anchor-key`: matches one of `anchors` when both are given. */
  readonly anchorKey: PrivateKey | undefined
  readonly anchorKeyFile: string | undefined
  /** `issuer-certificate` with `issuer-key`. */
  readonly issuer: KeyPair | undefined
  readonly anchorValidityMs: number
  readonly issuerValidityMs: number
  readonly minValidityDays: number
  readonly ha: boolean
  readonly cni: boolean
  readonly injectNamespaces: readonly string[]
  readonly requireMtls: boolean
  /** `metrics-scrape-networks`, without repeats; empty: no scrape policy. */
  readonly scrapeNetworks: readonly Cidr[]
  readonly restartWorkloads: boolean
  readonly waitTimeoutMs: number
  /** Input names in the host's spelling, for messages after parsing. */
  readonly inputNames: Readonly<Record<string, string>>
}

export const DAY_MS = 24 * 60 * 60 * 1000

/** Namespaces Linkerd's injector never acts on, or that the step's own releases own. */
const NOT_INJECTABLE: Readonly<Record<string, string>> = {
  'kube-system': 'Linkerd never injects kube-system',
  'cert-manager': 'Linkerd never injects cert-manager',
  [CONTROL_PLANE.namespace]: 'the control plane namespace is meshed by the chart itself',
  [CNI.namespace]: 'the CNI plugin runs on the host network and is never meshed',
}

function parseChannel(raw: string): Parsed<Channel> {
  const wanted = raw.toLowerCase()
  if (wanted === 'stable') return fail(`is refused: ${STABLE_REFUSAL}`)
  const match = CHANNELS.find(c => c === wanted)
  return match ? ok(match) : fail(`is not a known channel; use one of: ${CHANNELS.join(', ')}`)
}

function parseChartRepo(raw: string): Parsed<string> {
  const parsed = parseChartRepository(raw)
  if (parsed.ok && parsed.value.toLowerCase() === STABLE_REPO) {
    return fail(`is refused: ${STABLE_REFUSAL}`)
  }
  return parsed
}

/** Longer names are refused by the file systems runners use (NAME_MAX). */
const MAX_NAME_LENGTH = 255

/**
 * `trust-anchor-key-file`: a path, never key material. A key pasted here (as happens with
 * `trust-anchor-key-file: \${{ secrets.KEY }}`) must not be taken for a path, echoed or used to
 * name folders; its problems never quote the value.
 */
function parseKeyFilePath(raw: string): Parsed<string> {
  if (raw.includes('-----BEGIN')) {
    return fail(
      "holds PEM text, not a path; give the key in 'trust-anchor-key' (a secret input) and here the path of a file",
    )
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) {
    return fail('is not a file path: it spans several lines or holds control characters')
  }
  if (raw.split(/[\\/]/).some(name => name.length > MAX_NAME_LENGTH)) {
    return fail(`is not a file path: a name in it is longer than ${MAX_NAME_LENGTH} characters`)
  }
  return ok(raw)
}

/** A namespace name: a DNS-1123 label. */
function parseNamespace(raw: string): Parsed<string> {
  if (!isDnsLabel(raw)) {
    return fail(
      "is not a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit, at most 63 characters",
    )
  }
  const why = NOT_INJECTABLE[raw]
  return why ? fail(`cannot be meshed by this step: ${why}`) : ok(raw)
}

function describe(certificate: Certificate): string {
  return `${certificate.subject.replace(/\n/g, ', ')} (sha256:${certificate.fingerprint.slice(0, 16)}…)`
}

interface Role {
  /** `trust anchor`, `identity issuer`. */
  readonly name: string
  /** What it signs: named when its key usage does not allow it. */
  readonly signs: string
  /** How many CAs follow it in the chain to a proxy (the issuer, for the anchor). */
  readonly casBelow: number
}

const ANCHOR_ROLE: Role = { name: 'trust anchor', signs: 'the identity issuer', casBelow: 1 }
const ISSUER_ROLE: Role = {
  name: 'identity issuer',
  signs: "the proxies' certificates",
  casBelow: 0,
}

/** Problems of one certificate that no clock is needed for. */
function certificateProblems(certificate: Certificate, role: Role): string[] {
  const problems: string[] = []
  const constraints = caConstraints(certificate.x509.raw)
  if (certificate.keyAlgorithm !== P256) {
    problems.push(
      `${describe(certificate)} has an ${certificate.keyAlgorithm} key; Linkerd's ${role.name} must be ${P256}`,
    )
  }
  if (!certificate.isCa) {
    problems.push(`${describe(certificate)} is not a CA certificate (basic constraints CA:TRUE)`)
  } else if (constraints.pathLength !== undefined && constraints.pathLength < role.casBelow) {
    problems.push(
      `${describe(certificate)} has path length ${constraints.pathLength} (basic constraints pathlen:${constraints.pathLength}), but the identity issuer, itself a CA, comes between it and the proxies' certificates, which proxies would then reject ('path length constraint exceeded'); give a ${role.name} with pathlen:${role.casBelow} or more, or none`,
    )
  }
  if (constraints.mayCertSign === false) {
    problems.push(
      `${describe(certificate)} has a key usage without keyCertSign (Certificate Sign), so it cannot sign ${role.signs}; give a ${role.name} whose key usage includes keyCertSign`,
    )
  }
  if (certificate.notAfter.getTime() <= certificate.notBefore.getTime()) {
    problems.push(
      `${describe(certificate)} ends (${certificate.notAfter.toISOString()}) before it starts (${certificate.notBefore.toISOString()})`,
    )
  }
  return problems
}

/**
 * An input that may hold key material (PEM, or a key pasted where a path belongs): parsed like
 * any other, but a problem never echoes the value, so a private key never reaches the log.
 */
function unechoedInput<T>(
  reader: SpecReader,
  id: string,
  parse: (raw: string) => Parsed<T>,
): T | undefined {
  const raw = reader.raw(id)
  if (raw === undefined) return undefined
  const parsed = parse(raw)
  if (parsed.ok) return parsed.value
  reader.problem(id, undefined, `${parsed.message}.`)
  return undefined
}

/** Every input checked before any call; every problem reported together. */
export function parseInstallMeshSpec(reader: SpecReader, common: CommonSpec): InstallMeshSpec {
  const channel = reader.withDefault('channel', parseChannel)
  const chartRepo = reader.withDefault('chart-repo', parseChartRepo)
  const chartVersion = reader.withDefault('chart-version', parseEdgeChartVersion)
  const anchors = unechoedInput(reader, 'trust-anchor-certificate', parseCertificates)
  const anchorKey = unechoedInput(reader, 'trust-anchor-key', parsePrivateKey)
  const anchorKeyFile = unechoedInput(reader, 'trust-anchor-key-file', parseKeyFilePath)
  const issuerCertificates = unechoedInput(reader, 'issuer-certificate', parseCertificates)
  const issuerKey = unechoedInput(reader, 'issuer-key', parsePrivateKey)
  const anchorValidityMs = reader.withDefault('trust-anchor-validity', parseDuration)
  const issuerValidityMs = reader.withDefault('issuer-validity', parseDuration)
  const minValidityDays = reader.withDefault('min-validity-days', parseIntegerIn(1, 3650))
  const ha = reader.withDefault('ha', parseBoolean)
  const cni = reader.withDefault('cni', parseBoolean)
  const injectNamespaces = reader.optional('inject-namespaces', raw =>
    parseListOf(raw, parseNamespace),
  )
  const requireMtls = reader.withDefault('require-mtls', parseBoolean)
  const scrapeNetworks = reader.optional('metrics-scrape-networks', raw =>
    parseListOf(raw, parseCidr),
  )
  const restartWorkloads = reader.withDefault('restart-workloads', parseBoolean)
  const waitTimeoutMs = reader.withDefault('wait-timeout', parseDuration)

  for (const certificate of anchors ?? []) {
    for (const problem of certificateProblems(certificate, ANCHOR_ROLE)) {
      reader.problem('trust-anchor-certificate', undefined, problem)
    }
  }
  if (anchorKey && anchorKey.keyAlgorithm !== P256) {
    reader.problem(
      'trust-anchor-key',
      undefined,
      `is an ${anchorKey.keyAlgorithm} key; the trust anchor's key must be ${P256}.`,
    )
  } else if (anchorKey && anchors && !anchors.some(a => keyMatches(a, anchorKey))) {
    reader.problem(
      'trust-anchor-key',
      undefined,
      `does not match the certificate in '${reader.name('trust-anchor-certificate')}' (its public key is sha256:${anchorKey.publicKeyFingerprint.slice(0, 16)}…); give the key of that anchor.`,
    )
  }

  let issuer: KeyPair | undefined
  if (issuerCertificates && issuerCertificates.length !== 1) {
    reader.problem(
      'issuer-certificate',
      undefined,
      `holds ${issuerCertificates.length} certificates; give the issuer certificate alone.`,
    )
  }
  const issuerCertificate = issuerCertificates?.length === 1 ? issuerCertificates[0] : undefined
  if (issuerCertificate) {
    for (const problem of certificateProblems(issuerCertificate, ISSUER_ROLE)) {
      reader.problem('issuer-certificate', undefined, problem)
    }
    if (anchors && !signerOf(issuerCertificate, anchors)) {
      reader.problem(
        'issuer-certificate',
        undefined,
        `${describe(issuerCertificate)} was not signed by the trust anchor in '${reader.name('trust-anchor-certificate')}'; give the issuer that anchor signed.`,
      )
    }
  }
  if (reader.isSet('issuer-certificate') !== reader.isSet('issuer-key')) {
    const missing = reader.isSet('issuer-certificate') ? 'issuer-key' : 'issuer-certificate'
    const given = missing === 'issuer-key' ? 'issuer-certificate' : 'issuer-key'
    reader.problem(missing, undefined, `is required with '${reader.name(given)}'.`)
  }
  if (issuerKey && issuerCertificate) {
    if (!keyMatches(issuerCertificate, issuerKey)) {
      reader.problem(
        'issuer-key',
        undefined,
        `does not match '${reader.name('issuer-certificate')}' (the key's public key is sha256:${issuerKey.publicKeyFingerprint.slice(0, 16)}…, the certificate's sha256:${issuerCertificate.publicKeyFingerprint.slice(0, 16)}…).`,
      )
    } else {
      issuer = { certificate: issuerCertificate, key: issuerKey }
    }
  }

  const minValidityMs = (minValidityDays ?? 60) * DAY_MS
  const generatesAnchor = !reader.isSet('trust-anchor-certificate')
  if (
    generatesAnchor &&
    anchorValidityMs !== undefined &&
    issuerValidityMs !== undefined &&
    issuerValidityMs > anchorValidityMs
  ) {
    reader.problem(
      'issuer-validity',
      reader.raw('issuer-validity'),
      `is longer than '${reader.name('trust-anchor-validity')}' (${formatDuration(anchorValidityMs)}): an issuer never outlives the trust anchor that signed it.`,
    )
  }
  for (const [id, validity] of [
    ['issuer-validity', issuerValidityMs],
    ['trust-anchor-validity', generatesAnchor ? anchorValidityMs : undefined],
  ] as const) {
    if (validity !== undefined && minValidityDays !== undefined && validity <= minValidityMs) {
      reader.problem(
        id,
        reader.raw(id),
        `is not longer than '${reader.name('min-validity-days')}' (${minValidityDays} days): a certificate this short would be due for replacement as soon as it is made.`,
      )
    }
  }

  const namespaces = [...new Set(injectNamespaces ?? [])]
  const networks = [...new Map((scrapeNetworks ?? []).map(n => [n.text, n])).values()]
  if (namespaces.length === 0) {
    if (networks.length > 0) {
      reader.warn(
        `'${reader.name('metrics-scrape-networks')}' is ignored: '${reader.name('inject-namespaces')}' names no namespace.`,
      )
    }
    for (const id of ['require-mtls', 'restart-workloads']) {
      if (reader.isSet(id) && reader.raw(id)?.toLowerCase() === 'true') {
        reader.warn(
          `'${reader.name(id)}' is ignored: '${reader.name('inject-namespaces')}' names no namespace.`,
        )
      }
    }
  }
  if (namespaces.length > 0 && requireMtls === true && networks.length === 0) {
    reader.warn(
      `'${reader.name('require-mtls')}' makes the proxies refuse unauthenticated clients, including the API server's pod proxy on their admin port: verify-encryption will get 403s; set '${reader.name('metrics-scrape-networks')}' to the API server's source range, or run verify-encryption with its scrapes from a meshed client.`,
    )
  }
  for (const network of namespaces.length > 0 ? networks.filter(n => n.prefixLength === 0) : []) {
    reader.warn(
      `'${reader.name('metrics-scrape-networks')}' holds ${network.text}: any address may read the proxies' metrics in ${namespaces.join(', ')}.`,
    )
  }
  if (reader.isSet('trust-anchor-certificate') && reader.isSet('trust-anchor-validity')) {
    reader.warn(
      `'${reader.name('trust-anchor-validity')}' is ignored: the trust anchor comes from '${reader.name('trust-anchor-certificate')}'.`,
    )
  }
  if (issuer && reader.isSet('issuer-validity')) {
    reader.warn(
      `'${reader.name('issuer-validity')}' is ignored: the issuer comes from '${reader.name('issuer-certificate')}'.`,
    )
  }

  return reader.finish(() => {
    const version = chartVersion as EdgeVersion
    return {
      offline: common.offline,
      planOnly: common.mode === 'plan',
      channel: channel ?? 'edge',
      chartRepo: chartRepo ?? '',
      chartVersion: version,
      linkerd: linkerdReleaseOf(version),
      minKubernetes: kubernetesMinimumOf(version),
      anchors,
      anchorKey,
      anchorKeyFile,
      issuer,
      anchorValidityMs: anchorValidityMs ?? 0,
      issuerValidityMs: issuerValidityMs ?? 0,
      minValidityDays: minValidityDays ?? 60,
      ha: ha ?? false,
      cni: cni ?? false,
      injectNamespaces: namespaces,
      requireMtls: requireMtls ?? false,
      scrapeNetworks: networks,
      restartWorkloads: restartWorkloads ?? false,
      waitTimeoutMs: waitTimeoutMs ?? 600_000,
      inputNames: Object.fromEntries(reader.manifest.inputs.map(i => [i.id, reader.name(i.id)])),
    }
  })
}
