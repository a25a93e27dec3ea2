import type {
  ClusterSource,
  PodReader,
  PodRef,
  PodView,
  ScrapeProblem,
} from '../../core/cluster.js'
import type { StepContext } from '../../core/ports.js'
import { describePod, podKey, type PodInfo } from './pods.js'
import { notAProxyScrape, readProxySnapshot, type ProxySnapshot } from './proxy-metrics.js'
import type { VerifyEncryptionSpec } from './spec.js'
import { windowDelta } from './window.js'

/**
 * Why a pod stays unverified: the scrape failed (the cluster port's problems), or its answer
 * was not a Linkerd proxy's metrics.
 */
export type VerifyProblem = ScrapeProblem | 'not-a-proxy-scrape' | 'unreadable-metrics'

export type ScrapeOutcome =
  | {
      readonly ok: true
      /** The counters (in window mode: their increase between the two scrapes). */
      readonly snapshot: ProxySnapshot
      /** Window mode: the proxy restarted between the scrapes. */
      readonly restarted: boolean
      readonly resets: number
    }
  | {
      readonly ok: false
      readonly problem: VerifyProblem
      readonly message: string
      /** Which scrape failed (window mode takes two). */
      readonly scrape: 1 | 2
    }

export interface PodScrape {
  readonly pod: PodInfo
  /** ISO 8601 times of the scrapes taken (one, or two in window mode). */
  readonly scrapedAt: readonly string[]
  readonly outcome: ScrapeOutcome
}

export interface VerifyEncryptionState {
  readonly source: ClusterSource
  /** The namespaces judged, sorted. */
  readonly namespaces: readonly string[]
  /** Namespaces the input named that hold no pod. */
  readonly emptyNamespaces: readonly string[]
  /** Every pod of those namespaces. */
  readonly pods: readonly PodInfo[]
  /** One per meshed, running pod. */
  readonly scrapes: readonly PodScrape[]
  readonly startedAt: string
  readonly finishedAt: string
}

async function listPods(
  kube: PodReader,
  namespaces: readonly string[] | undefined,
): Promise<PodView[]> {
  if (namespaces === undefined) {
    const all = await kube.listPods()
    const meshed = new Set(
      all.filter(p => describePod(p).proxy !== undefined).map(p => p.namespace),
    )
    return all.filter(p => meshed.has(p.namespace))
  }
  const lists = await Promise.all(namespaces.map(ns => kube.listPods(ns)))
  return lists.flat()
}

interface Taken {
  readonly at: string
  readonly snapshot?: ProxySnapshot
  readonly failure?: { readonly problem: VerifyProblem; readonly message: string }
}

/** One answer, parsed; an answer that is not a proxy's metrics is a failure, never a clean pod. */
function read(at: string, text: string): Taken {
  const snapshot = readProxySnapshot(text)
  const why = notAProxyScrape(snapshot, text)
  if (why !== undefined) return { at, failure: { problem: 'not-a-proxy-scrape', message: why } }
  const { count, example } = snapshot.unreadable
  if (count === 0) return { at, snapshot }
  return {
    at,
    failure: {
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

function failed(taken: Taken | undefined, scrape: 1 | 2): ScrapeOutcome {
  return {
    ok: false,
    problem: taken?.failure?.problem ?? 'failed',
    message: taken?.failure?.message ?? 'no answer was recorded for this pod',
    scrape,
  }
}

/**
 * Lists the pods of the chosen namespaces (default: every namespace with a meshed pod), then
 * scrapes every meshed, running pod's proxy; in window mode twice, `window-seconds` apart,
 * keeping only the increase. Reads only.
 */
export async function observeVerifyEncryption(
  ctx: StepContext<unknown, PodReader>,
  spec: VerifyEncryptionSpec,
): Promise<VerifyEncryptionState> {
  const startedAt = ctx.clock.now().toISOString()
  const source = await ctx.kube.describeSource()
  const views = await listPods(ctx.kube, spec.namespaces)
  const pods = views.map(describePod).sort((a, b) => podKey(a).localeCompare(podKey(b)))
  const namespaces = [
    ...new Set([...(spec.namespaces ?? []), ...pods.map(p => p.namespace)]),
  ].sort()
  const emptyNamespaces = (spec.namespaces ?? []).filter(ns => !pods.some(p => p.namespace === ns))
  const targets = pods.filter(p => p.proxy !== undefined && p.phase === 'Running')
  ctx.log.info(
    `verify-encryption: ${pods.length} pod(s) in ${namespaces.length} namespace(s); scraping ${targets.length} meshed, running pod(s).`,
  )

  const began = ctx.clock.now().getTime()
  const first = await scrapeAll(ctx, spec, targets)
  let second: Map<string, Taken> | undefined
  if (spec.windowSeconds > 0) {
    ctx.log.info(`verify-encryption: window mode: scraping again in ${spec.windowSeconds} s.`)
    await ctx.clock.sleep(spec.windowSeconds * 1000)
    second = await scrapeAll(
      ctx,
      spec,
      targets.filter(t => first.get(podKey(t))?.snapshot !== undefined),
    )
  }

  const scrapes = targets.map((pod): PodScrape => {
    const one = first.get(podKey(pod))
    const two = second?.get(podKey(pod))
    const scrapedAt = [one?.at, two?.at].filter((t): t is string => t !== undefined)
    if (one?.snapshot === undefined) return { pod, scrapedAt, outcome: failed(one, 1) }
    if (second === undefined) {
      return {
        pod,
        scrapedAt,
        outcome: { ok: true, snapshot: one.snapshot, restarted: false, resets: 0 },
      }
    }
    if (two?.snapshot === undefined) return { pod, scrapedAt, outcome: failed(two, 2) }
    const delta = windowDelta(one.snapshot, two.snapshot)
    return { pod, scrapedAt, outcome: { ok: true, ...delta } }
  })
  const failures = scrapes.filter(s => !s.outcome.ok).length
  ctx.log.info(
    `verify-encryption: scraped ${scrapes.length - failures} of ${scrapes.length} proxies in ${((ctx.clock.now().getTime() - began) / 1000).toFixed(1)} s${failures > 0 ? ` (${failures} failed)` : ''}.`,
  )
  return {
    source,
    namespaces,
    emptyNamespaces,
    pods,
    scrapes,
    startedAt,
    finishedAt: ctx.clock.now().toISOString(),
  }
}
