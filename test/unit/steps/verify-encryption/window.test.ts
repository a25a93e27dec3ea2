import { describe, expect, it } from '@jest/globals'
import { readProxySnapshot } from '../../../../src/steps/verify-encryption/proxy-metrics.js'
import {
  MAX_SCRAPE_INTERVAL_SECONDS,
  scrapeSchedule,
  windowTraffic,
} from '../../../../src/steps/verify-encryption/window.js'
import { identity, inboundConnections, proxyInfo, scrape } from '../../../builders/proxy-metrics.js'

const IP = '10.244.1.7'
const MTLS = { clientId: identity('api', 'shop') }
const PLAIN = { plaintext: 'no_tls_from_remote' }
const T = ['2026-12-01T12:00:00.000Z', '2026-12-01T12:05:00.000Z', '2026-12-01T12:10:00.000Z']

function traffic(...texts: string[]) {
  const result = windowTraffic(
    texts.map((text, i) => ({ at: T[i] ?? '', snapshot: readProxySnapshot(text) })),
  )
  return {
    restarts: result.restarts,
    resets: result.resets,
    expiredSeries: result.expiredSeries,
    values: [...result.snapshot.series.values()].map(s => [s.labels['tls'], s.value]),
  }
}

describe('windowTraffic', () => {
  it('GIVEN counters that grew WHEN accumulated THEN only the increase remains, and series that did not grow drop out', () => {
    expect(
      traffic(
        scrape(
          inboundConnections(IP, 8080, MTLS, 100),
          inboundConnections(IP, 8080, PLAIN, 5),
          proxyInfo(),
        ),
        scrape(
          inboundConnections(IP, 8080, MTLS, 130),
          inboundConnections(IP, 8080, PLAIN, 5),
          proxyInfo(),
        ),
      ),
    ).toEqual({ restarts: [], resets: 0, expiredSeries: 0, values: [['true', 30]] })
  })

  it('GIVEN a series that first appears in the second scrape WHEN accumulated THEN all of it is in the window', () => {
    expect(
      traffic(
        scrape(inboundConnections(IP, 8080, MTLS, 100), proxyInfo()),
        scrape(
          inboundConnections(IP, 8080, MTLS, 100),
          inboundConnections(IP, 8080, PLAIN, 2),
          proxyInfo(),
        ),
      ),
    ).toEqual({ restarts: [], resets: 0, expiredSeries: 0, values: [['no_identity', 2]] })
  })

  it('GIVEN plaintext early in a long window that expired before its end WHEN accumulated over the scrapes in between THEN the plaintext is still in the window', () => {
    expect(
      traffic(
        scrape(inboundConnections(IP, 8080, MTLS, 100), proxyInfo()),
        scrape(
          inboundConnections(IP, 8080, MTLS, 110),
          inboundConnections(IP, 8080, PLAIN, 2),
          proxyInfo(),
        ),
        // The plaintext series went idle and the proxy dropped it before the last scrape.
        scrape(inboundConnections(IP, 8080, MTLS, 130), proxyInfo()),
      ),
    ).toEqual({
      restarts: [],
      resets: 0,
      expiredSeries: 1,
      values: [
        ['true', 30],
        ['no_identity', 2],
      ],
    })
  })

  it('GIVEN a series with a count in one scrape and gone from the next WHEN accumulated THEN it is reported as expired, not dropped silently', () => {
    expect(
      traffic(scrape(inboundConnections(IP, 8080, PLAIN, 50), proxyInfo()), scrape(proxyInfo())),
    ).toEqual({ restarts: [], resets: 0, expiredSeries: 1, values: [] })
  })

  it('GIVEN a proxy restart between two scrapes WHEN accumulated THEN the new values count whole, nothing is negative, and the span nobody saw is named', () => {
    expect(
      traffic(
        scrape(
          inboundConnections(IP, 8080, MTLS, 900),
          inboundConnections(IP, 8080, PLAIN, 50),
          proxyInfo({ startSeconds: 1_780_000_000 }),
        ),
        scrape(
          inboundConnections(IP, 8080, MTLS, 4),
          inboundConnections(IP, 8080, PLAIN, 60),
          proxyInfo({ startSeconds: Date.parse('2026-12-01T12:03:20Z') / 1000 }),
        ),
      ),
    ).toEqual({
      restarts: [{ after: T[0], before: T[1], startedAt: '2026-12-01T12:03:20.000Z' }],
      resets: 0,
      expiredSeries: 0,
      values: [
        ['true', 4],
        ['no_identity', 60],
      ],
    })
  })

  it('GIVEN a counter that went down without a restart (an idle series dropped and recreated) WHEN accumulated THEN its new value counts, never a negative delta', () => {
    expect(
      traffic(
        scrape(inboundConnections(IP, 8080, PLAIN, 50), proxyInfo()),
        scrape(inboundConnections(IP, 8080, PLAIN, 3), proxyInfo()),
      ),
    ).toEqual({ restarts: [], resets: 1, expiredSeries: 0, values: [['no_identity', 3]] })
  })

  it('GIVEN three scrapes WHEN accumulated THEN the certificate and version come from the last one', () => {
    const result = windowTraffic(
      [
        scrape(inboundConnections(IP, 8080, MTLS, 1), proxyInfo({ certExpirySeconds: 100 })),
        scrape(inboundConnections(IP, 8080, MTLS, 2), proxyInfo({ certExpirySeconds: 200 })),
        scrape(
          inboundConnections(IP, 8080, MTLS, 3),
          proxyInfo({ certExpirySeconds: 300, version: 'v2.367.0' }),
        ),
      ].map((text, i) => ({ at: T[i] ?? '', snapshot: readProxySnapshot(text) })),
    )
    expect(result.snapshot.certExpiry?.seconds).toBe(300)
    expect(result.snapshot.proxyVersion).toBe('v2.367.0')
    expect([...result.snapshot.series.values()].map(s => s.value)).toEqual([2])
  })
})

describe('scrapeSchedule', () => {
  it.each([
    [30, 1, 30_000],
    [MAX_SCRAPE_INTERVAL_SECONDS, 1, 300_000],
    [301, 2, 150_500],
    [1800, 6, 300_000],
    [3600, 12, 300_000],
  ])(
    'GIVEN a window of %s s WHEN scheduled THEN %s interval(s) of %s ms, never longer than half the proxies’ 10-minute retention',
    (windowSeconds, intervals, intervalMs) => {
      expect(scrapeSchedule(windowSeconds)).toEqual({ intervals, intervalMs })
    },
  )
})
