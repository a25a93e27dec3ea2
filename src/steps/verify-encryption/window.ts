import type { CounterSeries, ProxySnapshot } from './proxy-metrics.js'

/**
 * How long a proxy keeps a series nobody updates: `LINKERD2_PROXY_METRICS_RETAIN_IDLE`, 10
 * minutes by default (linkerd2-proxy `DEFAULT_METRICS_RETAIN_IDLE`; mesh.md 4.5).
 */
export const PROXY_RETAIN_IDLE_SECONDS = 600

/**
 * The longest time between two scrapes of a window: half the retention. A series that carried
 * traffic after one scrape is then still there at the next, so no traffic expires unseen; and a
 * series that vanishes between two scrapes was idle since before the first of them.
 */
export const MAX_SCRAPE_INTERVAL_SECONDS = PROXY_RETAIN_IDLE_SECONDS / 2

/** How a window is scraped: `intervals + 1` scrapes, `intervalMs` apart. */
export function scrapeSchedule(windowSeconds: number): {
  readonly intervals: number
  readonly intervalMs: number
} {
  const intervals = Math.max(1, Math.ceil(windowSeconds / MAX_SCRAPE_INTERVAL_SECONDS))
  return { intervals, intervalMs: (windowSeconds * 1000) / intervals }
}

/** One scrape of a proxy and when it was taken (ISO 8601). */
export interface TimedSnapshot {
  readonly at: string
  readonly snapshot: ProxySnapshot
}

/** A proxy restart between two scrapes: what it carried from `after` until it restarted is lost. */
export interface Restart {
  /** The scrape before the restart. */
  readonly after: string
  /** The scrape after it. */
  readonly before: string
  /** When the new proxy process started (`process_start_time_seconds`), when it says. */
  readonly startedAt: string | undefined
}

export interface WindowTraffic {
  /** The counters' increase over the window (series that did not grow are left out). */
  readonly snapshot: ProxySnapshot
  readonly restarts: readonly Restart[]
  /** Series whose value went down without a restart (dropped as idle, then recreated). */
  readonly resets: number
  /** Series with a count in one scrape and gone from the next: expired as idle. */
  readonly expiredSeries: number
}

/**
 * The traffic a proxy carried over the window, from its scrapes in order, summing the increase
 * between each two the way Prometheus' `increase()` treats counter resets: after a restart every
 * counter started again from zero, so its new value is the increase; a series that went down
 * without a restart was dropped as idle and recreated, so again its new value is the increase.
 * Never negative. A series that vanished between two scrapes expired: with scrapes at most half
 * the retention apart it carried nothing in between, and it is counted, not dropped silently.
 */
export function windowTraffic(scrapes: readonly TimedSnapshot[]): WindowTraffic {
  const series = new Map<string, CounterSeries>()
  const restarts: Restart[] = []
  let resets = 0
  let expiredSeries = 0
  for (let i = 1; i < scrapes.length; i++) {
    const before = scrapes[i - 1]
    const after = scrapes[i]
    if (before === undefined || after === undefined) continue
    const first = before.snapshot
    const second = after.snapshot
    const restarted =
      first.processStartSeconds !== undefined &&
      second.processStartSeconds !== undefined &&
      first.processStartSeconds !== second.processStartSeconds
    if (restarted) {
      const start = second.processStartSeconds ?? NaN
      restarts.push({
        after: before.at,
        before: after.at,
        startedAt: Number.isFinite(start) ? new Date(start * 1000).toISOString() : undefined,
      })
    }
    for (const [key, now] of second.series) {
      const was = restarted ? undefined : first.series.get(key)
      let increase = now.value
      if (was !== undefined) {
        if (now.value >= was.value) increase = now.value - was.value
        else resets++
      }
      if (increase <= 0) continue
      const sum = series.get(key)
      series.set(key, { ...now, value: (sum?.value ?? 0) + increase })
    }
    if (!restarted) {
      for (const [key, was] of first.series) {
        if (was.value > 0 && !second.series.has(key)) expiredSeries++
      }
    }
  }
  const last = scrapes[scrapes.length - 1]?.snapshot
  if (last === undefined) throw new Error('windowTraffic needs at least one scrape')
  const counters = new Set(scrapes.flatMap(s => [...s.snapshot.counters]))
  return { snapshot: { ...last, series, counters }, restarts, resets, expiredSeries }
}
