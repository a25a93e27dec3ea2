import type { CounterSeries, ProxySnapshot } from './proxy-metrics.js'

export interface WindowDelta {
  /** The counters' increase between the two scrapes (series that did not grow are left out). */
  readonly snapshot: ProxySnapshot
  /** The proxy restarted between the scrapes (`process_start_time_seconds` changed). */
  readonly restarted: boolean
  /** Series whose value went down without a restart (dropped as idle, then recreated). */
  readonly resets: number
}

/**
 * The traffic between two scrapes of one proxy, the way Prometheus' `increase()` treats counter
 * resets: after a restart every counter started again from zero inside the window, so the second
 * value is the increase; a series that went down without a restart was dropped (idle series
 * expire after 10 minutes) and recreated, so again the second value is the increase. A series
 * only in the first scrape carried nothing in the window. Never negative.
 */
export function windowDelta(first: ProxySnapshot, second: ProxySnapshot): WindowDelta {
  const restarted =
    first.processStartSeconds !== undefined &&
    second.processStartSeconds !== undefined &&
    first.processStartSeconds !== second.processStartSeconds
  let resets = 0
  const series = new Map<string, CounterSeries>()
  for (const [key, after] of second.series) {
    const before = restarted ? undefined : first.series.get(key)
    let increase = after.value
    if (before !== undefined) {
      if (after.value >= before.value) {
        increase = after.value - before.value
      } else {
        resets++
      }
    }
    if (increase > 0) series.set(key, { ...after, value: increase })
  }
  return { snapshot: { ...second, series }, restarted, resets }
}
