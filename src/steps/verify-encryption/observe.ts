import type {
  ClusterSource,
  IssuerCertificateRead,
  IssuerReader,
  PodReader,
  PodRef,
  PodView,
  ScrapeProblem,
} from '../../core/cluster.js'
import { createHash } from 'node:crypto'
import { compareCodeUnits } from '../../core/json.js'
import type { StepContext } from '../../core/ports.js'
import { describePod, podKey, proxyPlacement, type PodInfo } from './pods.js'
import { forgetKeptText } from './prometheus-text.js'
import { notAProxyScrape, readProxySnapshot, type ProxySnapshot } from './proxy-metrics.js'
import type { VerifyEncryptionSpec } from './spec.js'
import { scrapeSchedule, windowTraffic, type Restart, type TimedSnapshot } from './window.js'

/**
 * Why a pod stays unverified: the scrape failed (the cluster port's problems), or its answer
 * was not a Linkerd proxy's metrics.
 */
export type VerifyProblem = ScrapeProblem | 'not-a-proxy-scrape' | 'unreadable-metrics'

export type ScrapeOutcome =
  | {
      readonly ok: true
      /** The counters (in window mode: their increase over the window). */
      readonly snapshot: ProxySnapshot
      /** Window mode: restarts between two scrapes (their traffic before it is unobserved). */
      readonly restarts: readonly Restart[]
      /** Window mode: series that went down without a restart. */
      readonly resets: number
      /** Window mode: series with a count that vanished between two scrapes (expired idle). */
      readonly expiredSeries: number
    }
  | {
      readonly ok: false
      readonly problem: VerifyProblem
      readonly message: string
      /** Which scrape failed, from 1 (window mode takes several). */
      readonly scrape: number
      /** Lines of the counters read that could not be read (`unreadable-metrics`), else 0. */
      readonly unreadableLines: number
    }

export interface PodScrape {
  readonly pod: PodInfo
  /** ISO 8601 times of the scrapes taken (one, or several in window mode). */
  readonly scrapedAt: readonly string[]
  /** The sha256 (hex) of each scrape's raw answer, in the same order; null when none came. */
  readonly sha256: readonly (string | null)[]
  readonly outcome: ScrapeOutcome
}

export interface VerifyEncryptionState {
  readonly source: ClusterSource
  /** `named`: the `namespaces` input; `meshed-namespaces`: every namespace with a meshed pod. */
  readonly scope: 'named' | 'meshed-namespaces'
  /** The namespaces judged (those with pods), sorted. */
  readonly namespaces: readonly string[]
  /** Namespaces the input named that hold no pod (or do not exist). */
  readonly emptyNamespaces: readonly string[]
  /** Default scope: namespaces with pods but none meshed, left out; undefined when named. */
  readonly outOfScopeNamespaces: readonly string[] | undefined
  /** Every pod of those namespaces. */
  readonly pods: readonly PodInfo[]
  /** One per meshed, running pod. */
  readonly scrapes: readonly PodScrape[]
  /** `read-issuer-secret`: where the issuer certificate was read, and what came back. */
  readonly issuer?: { readonly namespace: string; readonly read: IssuerCertificateRead }
  readonly startedAt: string
  readonly finishedAt: string
}

/** The label Linkerd puts on meshed pods, naming the control plane's namespace (mesh.md 3.1). */
const CONTROL_PLANE_NS_LABEL = 'linkerd.io/control-plane-ns'

/** The control plane's namespace: the one most meshed pods name, else `linkerd`. */
export function controlPlaneNamespace(views: readonly PodView[]): string {
  const counts = new Map<string, number>()
  for (const view of views) {
    const ns = view.labels[CONTROL_PLANE_NS_LABEL]
    if (ns !== undefined && ns !== '') counts.set(ns, (counts.get(ns) ?? 0) + 1)
  }
  const [best] = [...counts].sort(([a, x], [b, y]) => y - x || compareCodeUnits(a, b))
  return best?.[0] ?? 'linkerd'
}

/** The pods in scope, and (default scope) the namespaces left out for having no meshed pod. */
async function listPods(
  kube: PodReader,
  namespaces: readonly string[] | undefined,
): Promise<{ views: PodView[]; outOfScope: string[] | undefined }> {
  if (namespaces === undefined) {
    const all = await kube.listPods()
    const meshed = new Set(all.filter(p => proxyPlacement(p) !== undefined).map(p => p.namespace))
    const outOfScope = [...new Set(all.map(p => p.namespace))].filter(ns => !meshed.has(ns))
    return { views: all.filter(p => meshed.has(p.namespace)), outOfScope: outOfScope.sort() }
  }
  // One list call per named namespace, issued together.
  const lists = await Promise.all(namespaces.map(ns => kube.listPods(ns)))
  return { views: lists.flat(), outOfScope: undefined }
}

interface Taken {
  readonly at: string
  /** Of the raw answer, for the audit trail; undefined when no answer came. */
  readonly sha256?: string
  readonly snapshot?: ProxySnapshot
  readonly failure?: {
    readonly problem: VerifyProblem
    readonly message: string
    readonly unreadableLines?: number
  }
}

/** One answer, parsed; an answer that is not a proxy's metrics is a failure, never a clean pod. */
function read(at: string, text: string): Taken {
  const sha256 = createHash('sha256').update(text).digest('hex')
  const snapshot = readProxySnapshot(text)
  const why = notAProxyScrape(snapshot, text)
  if (why !== undefined) {
    return { at, sha256, failure: { problem: 'not-a-proxy-scrape', message: why } }
  }
  const { count, example } = snapshot.unreadable
  if (count === 0) return { at, sha256, snapshot }
  return {
    at,
    sha256,
    failure: {
      unreadableLines: count,
      problem: 'unreadable-metrics',
      message: `${count} line(s) of the counters this check reads could not be read (malformed, a label given twice, a value that is no count, or no direction), so they might hide plaintext; the first: '${example ?? ''}'`,
    },
  }
}

/** Scrapes every target once; parses each answer as it arrives and keeps only the parse. */
async function scrapeAll(
  ctx: StepContext<unknown, PodReader>,
  spec: VerifyEncryptionSpec,
  targets: readonly PodRef[],
): Promise<Map<string, Taken>> {
  const taken = new Map<string, Taken>()
  await ctx.kube.scrapeProxies(targets, { timeoutMs: spec.scrapeTimeoutMs }, (target, scrape) => {
    const at = (
      scrape.ok && scrape.scrapedAt !== undefined ? scrape.scrapedAt : ctx.clock.now()
    ).toISOString()
    taken.set(podKey(target), scrape.ok ? read(at, scrape.text) : { at, failure: scrape })
  })
  return taken
}

function failed(taken: Taken | undefined, scrape: number): ScrapeOutcome {
  return {
    ok: false,
    problem: taken?.failure?.problem ?? 'failed',
    message: taken?.failure?.message ?? 'no answer was recorded for this pod',
    scrape,
    unreadableLines: taken?.failure?.unreadableLines ?? 0,
  }
}

/**
 * Lists the pods of the chosen namespaces (default: every namespace with a meshed pod), then
 * scrapes every meshed, running pod's proxy. In window mode it scrapes again every few minutes
 * until `window-seconds` have passed (never further apart than half the proxies' retention of
 * idle series, so nothing expires unseen) and keeps only the increase. Reads only.
 */
export async function observeVerifyEncryption(
  ctx: StepContext<unknown, PodReader & IssuerReader>,
  spec: VerifyEncryptionSpec,
): Promise<VerifyEncryptionState> {
  const startedAt = ctx.clock.now().toISOString()
  const source = await ctx.kube.describeSource()
  const { views, outOfScope } = await listPods(ctx.kube, spec.namespaces)
  const pods = views.map(describePod).sort((a, b) => compareCodeUnits(podKey(a), podKey(b)))
  const namespaces = [...new Set(pods.map(p => p.namespace))].sort()
  const emptyNamespaces = (spec.namespaces ?? []).filter(ns => !namespaces.includes(ns)).sort()
  const targets = pods.filter(p => p.proxy !== undefined && p.phase === 'Running')
  ctx.log.info(
    `verify-encryption: ${pods.length} pod(s) in ${namespaces.length} namespace(s); scraping ${targets.length} meshed, running pod(s).`,
  )

  const began = ctx.clock.now().getTime()
  // Per pod: its scrapes so far, or the first failure and which scrape it was.
  const history = new Map<string, TimedSnapshot[]>()
  const failures = new Map<string, { readonly taken: Taken; readonly scrape: number }>()
  const times = new Map<string, string[]>()
  const digests = new Map<string, (string | null)[]>()
  const record = (taken: Map<string, Taken>, scrape: number): void => {
    for (const [key, t] of taken) {
      times.set(key, [...(times.get(key) ?? []), t.at])
      digests.set(key, [...(digests.get(key) ?? []), t.sha256 ?? null])
      if (t.snapshot === undefined) {
        failures.set(key, { taken: t, scrape })
        history.delete(key)
      } else {
        history.set(key, [...(history.get(key) ?? []), { at: t.at, snapshot: t.snapshot }])
      }
    }
  }
  record(await scrapeAll(ctx, spec, targets), 1)
  if (spec.windowSeconds > 0) {
    const { intervals, intervalMs } = scrapeSchedule(spec.windowSeconds)
    ctx.log.info(
      `verify-encryption: window mode: ${intervals + 1} scrapes, ${(intervalMs / 1000).toFixed(0)} s apart, over ${spec.windowSeconds} s.`,
    )
    for (let i = 1; i <= intervals; i++) {
      await ctx.clock.sleep(intervalMs)
      record(
        await scrapeAll(
          ctx,
          spec,
          targets.filter(t => history.has(podKey(t))),
        ),
        i + 1,
      )
    }
  }

  // Every scrape is read: the texts kept to share between them are no longer needed.
  forgetKeptText()

  const scrapes = targets.map((pod): PodScrape => {
    const key = podKey(pod)
    const scrapedAt = times.get(key) ?? []
    const sha256 = digests.get(key) ?? []
    const failure = failures.get(key)
    const taken = history.get(key)
    if (failure !== undefined || taken === undefined) {
      return { pod, scrapedAt, sha256, outcome: failed(failure?.taken, failure?.scrape ?? 1) }
    }
    const window = windowTraffic(taken)
    return {
      pod,
      scrapedAt,
      sha256,
      outcome: {
        ok: true,
        // One scrape: its counters as they are; several: the increase over the window.
        snapshot: taken.length === 1 ? (taken[0]?.snapshot ?? window.snapshot) : window.snapshot,
        restarts: window.restarts,
        resets: window.resets,
        expiredSeries: window.expiredSeries,
      },
    }
  })
  const issuer = spec.readIssuerSecret
    ? await readIssuer(ctx.kube, controlPlaneNamespace(views))
    : undefined
  const unverified = scrapes.filter(s => !s.outcome.ok).length
  ctx.log.info(
    `verify-encryption: scraped ${scrapes.length - unverified} of ${scrapes.length} proxies in ${((ctx.clock.now().getTime() - began) / 1000).toFixed(1)} s${unverified > 0 ? ` (${unverified} failed)` : ''}.`,
  )
  return {
    source,
    scope: spec.namespaces === undefined ? 'meshed-namespaces' : 'named',
    namespaces,
    emptyNamespaces,
    outOfScopeNamespaces: outOfScope,
    pods,
    scrapes,
    ...(issuer !== undefined ? { issuer } : {}),
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
  }
}

async function readIssuer(
  kube: IssuerReader,
  namespace: string,
): Promise<{ readonly namespace: string; readonly read: IssuerCertificateRead }> {
  return { namespace, read: await kube.readIdentityIssuer(namespace) }
}
