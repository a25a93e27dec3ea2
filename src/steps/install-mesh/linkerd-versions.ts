/**
 * What the step knows about Linkerd's releases (../shared/reference/mesh.md sections 1.1, 1.2
 * and 1.4): the channels, the edge chart versions of each labelled release, the Kubernetes
 * minimum and the Gateway API versions each supports.
 */
import { fail, ok, type Parsed } from '../../core/inputs/parsed.js'

export const CHANNELS = ['edge'] as const
export type Channel = (typeof CHANNELS)[number]

/** The open-source channel: edge releases, chart version `YYYY.M.N` = tag `edge-YY.M.N`. */
export const EDGE_REPO = 'https://helm.linkerd.io/edge'
/** edge-26.8.3 (2026-08-21), after Linkerd 2.20; re-check the releases page before moving it. */
export const DEFAULT_EDGE_CHART_VERSION = '2026.8.3'
/** Frozen since February 2024 at Linkerd 2.14.10 (chart 1.16.11). */
export const STABLE_REPO = 'https://helm.linkerd.io/stable'

export const STABLE_REFUSAL =
  'the open-source stable Helm repository (https://helm.linkerd.io/stable) stopped at Linkerd 2.14.10 in February 2024, so it would install a 2024 Linkerd; stable builds since come from vendors. Use the open-source edge channel (the default) with a pinned chart version'

export interface EdgeVersion {
  readonly year: number
  readonly month: number
  readonly number: number
  /** `2026.8.3`. */
  readonly text: string
}

export interface KubernetesMinimum {
  readonly major: number
  readonly minor: number
  /** Where the minimum comes from, for messages. */
  readonly why: string
}

export interface LinkerdRelease {
  /** `2.20`. */
  readonly name: string
  /** The edge release labelled as this version. */
  readonly firstEdge: EdgeVersion
  /** The Gateway API bundle versions the release supports. */
  readonly gatewayApi: { readonly min: string; readonly max: string }
}

function edge(text: string): EdgeVersion {
  const [year = 0, month = 0, number = 0] = text.split('.').map(Number)
  return { year, month, number, text }
}

/**
 * Newest first. Edges between two labels get the older label's Gateway API range (so only a
 * bundle older than what that label supports stops a run); their Kubernetes floor comes from
 * KUBERNETES_FLOORS, edge by edge.
 */
export const LINKERD_RELEASES: readonly LinkerdRelease[] = [
  {
    name: '2.20',
    firstEdge: edge('2026.6.3'),
    gatewayApi: { min: '1.2.1', max: '1.5.1' },
  },
  {
    name: '2.19',
    firstEdge: edge('2025.10.7'),
    gatewayApi: { min: '1.1.1', max: '1.2.1' },
  },
  {
    name: '2.18',
    firstEdge: edge('2025.4.4'),
    gatewayApi: { min: '1.1.1', max: '1.2.1' },
  },
]

interface KubernetesFloor {
  /** The chart version the floor starts at: with `after`, the first one after it. */
  readonly from: EdgeVersion
  readonly after: boolean
  readonly minor: number
  readonly why: string
}

/**
 * The Kubernetes each chart version needs (../shared/reference/mesh.md sections 1.3 and 1.4).
 * The highest floor that applies wins; among equal ones, the later entry. Helm refuses a chart
 * below its `kubeVersion`; native sidecar proxies need Kubernetes 1.29 (on by default there).
 * The edge at which the charts' floor went from 1.23 to 1.31 is not recorded in the reference,
 * so every edge after 2.19's label is held to 2.20's floor.
 */
const KUBERNETES_FLOORS: readonly KubernetesFloor[] = [
  {
    from: edge('2025.4.4'),
    after: false,
    minor: 23,
    why: "the charts' kubeVersion (>=1.23.0-0) of Linkerd 2.18 and 2.19",
  },
  {
    from: edge('2025.10.7'),
    after: true,
    minor: 31,
    why: 'an edge after Linkerd 2.19 is held to Linkerd 2.20’s chart floor (kubeVersion >=1.31.0-0), since the edge that raised it is not known here; pin a labelled chart version for an older cluster',
  },
  {
    from: edge('2026.5.2'),
    after: false,
    minor: 29,
    why: 'native sidecar proxies, the default since edge-26.5.2, need Kubernetes 1.29',
  },
  {
    from: edge('2026.6.3'),
    after: false,
    minor: 31,
    why: "the charts' kubeVersion (>=1.31.0-0) of Linkerd 2.20",
  },
]

const OLDEST = LINKERD_RELEASES[LINKERD_RELEASES.length - 1]

export function compareEdge(a: EdgeVersion, b: EdgeVersion): number {
  return a.year - b.year || a.month - b.month || a.number - b.number
}

/** An edge chart version `YYYY.M.N`, Linkerd 2.18 (2025.4.4) or later. */
export function parseEdgeChartVersion(raw: string): Parsed<EdgeVersion> {
  const match = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(raw)
  if (match === null) {
    return fail(
      `must be an edge chart version YYYY.M.N (edge-26.8.3 is ${DEFAULT_EDGE_CHART_VERSION}); older '-edge' pre-release versions are not supported`,
    )
  }
  const version = edge(raw)
  if (version.month < 1 || version.month > 12 || version.number < 1) {
    return fail('must be an edge chart version YYYY.M.N with a month from 1 to 12')
  }
  if (OLDEST && compareEdge(version, OLDEST.firstEdge) < 0) {
    return fail(
      `is older than Linkerd ${OLDEST.name} (${OLDEST.firstEdge.text}), the oldest release this step installs`,
    )
  }
  return ok(version)
}

/** The oldest Kubernetes the chart version installs on, and why. */
export function kubernetesMinimumOf(version: EdgeVersion): KubernetesMinimum {
  let floor: KubernetesFloor | undefined
  for (const candidate of KUBERNETES_FLOORS) {
    const order = compareEdge(version, candidate.from)
    const applies = candidate.after ? order > 0 : order >= 0
    if (applies && (floor === undefined || candidate.minor >= floor.minor)) floor = candidate
  }
  if (floor === undefined) throw new Error('no Kubernetes floor for the chart (internal error)')
  return { major: 1, minor: floor.minor, why: floor.why }
}

/** The labelled release an edge version belongs to (the newest label at or before it). */
export function linkerdReleaseOf(version: EdgeVersion): LinkerdRelease {
  const release = LINKERD_RELEASES.find(r => compareEdge(version, r.firstEdge) >= 0) ?? OLDEST
  if (release === undefined) throw new Error('no Linkerd releases are known (internal error)')
  return release
}

/** `v1.2.1` or `1.2.1` as numbers; undefined when not a version. */
function versionNumbers(text: string): number[] | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(text.trim())
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** Where a Gateway API bundle version lies against the release's supported range. */
export type GatewayApiSupport = 'supported' | 'older' | 'newer' | 'unknown'

export function gatewayApiSupport(
  release: LinkerdRelease,
  bundleVersion: string,
): GatewayApiSupport {
  const version = versionNumbers(bundleVersion)
  const min = versionNumbers(release.gatewayApi.min)
  const max = versionNumbers(release.gatewayApi.max)
  if (version === undefined || min === undefined || max === undefined) return 'unknown'
  if (compareNumbers(version, min) < 0) return 'older'
  return compareNumbers(version, max) > 0 ? 'newer' : 'supported'
}

/** Whether a Gateway API bundle version lies in the release's supported range. */
export function supportsGatewayApi(release: LinkerdRelease, bundleVersion: string): boolean {
  return gatewayApiSupport(release, bundleVersion) === 'supported'
}

export function meetsKubernetesMinimum(
  minimum: KubernetesMinimum,
  version: { readonly major: number; readonly minor: number },
): boolean {
  return compareNumbers([version.major, version.minor], [minimum.major, minimum.minor]) >= 0
}
