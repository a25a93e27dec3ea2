import type { PodRef, ProxyScrape, ScrapeOptions } from '../core/cluster.js'
import type { Clock } from '../core/ports.js'
import { mapWithConcurrency } from './concurrency.js'
import type { KubeApi } from './kube-api.js'
import {
  KubeAccessDeniedError,
  KubeApiError,
  KubeTransportError,
  retryAfterMs,
} from './kube-api-error.js'

/** The Linkerd proxy's admin port and its metrics path. */
export const PROXY_ADMIN_PORT = 4191
export const PROXY_METRICS_PATH = 'metrics'

/** Requests in flight at once; the Kubernetes API client keeps as many connections open. */
export const SCRAPE_CONCURRENCY = 16

/**
 * 429 (API priority and fairness) is retried this many times, waiting what `Retry-After` asks
 * (at most 10 s, so a scrape stays near its timeout), else 0.5 s, 1 s, then 2 s.
 */
const THROTTLE_RETRIES = 3
const MAX_RETRY_AFTER_MS = 10_000

function failure(
  problem: Exclude<ProxyScrape, { ok: true }>['problem'],
  error: Error,
): ProxyScrape {
  return { ok: false, problem, message: error.message }
}

/** What a failed pod-proxy GET means for verification. */
export function classifyScrapeError(error: unknown): ProxyScrape {
  if (error instanceof KubeAccessDeniedError) {
    return failure(error.deniedBy === 'pod' ? 'forbidden-by-pod' : 'forbidden-by-rbac', error)
  }
  if (error instanceof KubeTransportError) return failure(error.kind, error)
  if (error instanceof KubeApiError) {
    // The API server's own 404 is a Status (reason NotFound): the pod is gone. A 404 without
    // one came from the pod: something on port 4191 answered, but not a proxy's /metrics.
    if (error.status === 404) {
      return error.reason === 'NotFound'
        ? failure('not-found', new Error(`the pod no longer exists (${error.message})`))
        : failure(
            'not-served',
            new Error(
              "the pod's port 4191 answered 404 for /metrics: what listens there is not a Linkerd proxy's admin server",
            ),
          )
    }
    // 502/503: the API server could not dial the pod's admin port (proxy down, pod not ready).
    if (error.status === 502 || error.status === 503) return failure('unreachable', error)
  }
  return failure('failed', error instanceof Error ? error : new Error(String(error)))
}

async function scrapeOne(
  api: KubeApi,
  target: PodRef,
  options: ScrapeOptions,
  clock: Clock,
): Promise<ProxyScrape> {
  for (let attempt = 0; ; attempt++) {
    try {
      const text = await api.proxyPod(
        target.namespace,
        target.name,
        PROXY_ADMIN_PORT,
        PROXY_METRICS_PATH,
        { timeoutMs: options.timeoutMs },
      )
      return { ok: true, text }
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 429 && attempt < THROTTLE_RETRIES) {
        const asked = retryAfterMs(error.retryAfter, clock.now())
        await clock.sleep(Math.min(asked ?? 500 * 2 ** attempt, MAX_RETRY_AFTER_MS))
        continue
      }
      return classifyScrapeError(error)
    }
  }
}

/** Scrapes every target's proxy, at most SCRAPE_CONCURRENCY at a time, in the targets' order. */
export async function scrapeProxies(
  api: KubeApi,
  targets: readonly PodRef[],
  options: ScrapeOptions,
  onScrape: (target: PodRef, scrape: ProxyScrape) => void,
  clock: Clock,
): Promise<void> {
  await mapWithConcurrency(targets, SCRAPE_CONCURRENCY, async target => {
    onScrape(target, await scrapeOne(api, target, options, clock))
  })
}
