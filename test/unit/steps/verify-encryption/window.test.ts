import { describe, expect, it } from '@jest/globals'
import { readProxySnapshot } from '../../../../src/steps/verify-encryption/proxy-metrics.js'
import { windowDelta } from '../../../../src/steps/verify-encryption/window.js'
import { identity, inboundConnections, proxyInfo, scrape } from '../../../builders/proxy-metrics.js'

const IP = '10.244.1.7'
const MTLS = { clientId: identity('api', 'shop') }
const PLAIN = { plaintext: 'no_tls_from_remote' }

function values(first: string, second: string) {
  const delta = windowDelta(readProxySnapshot(first), readProxySnapshot(second))
  return {
    restarted: delta.restarted,
    resets: delta.resets,
    values: [...delta.snapshot.series.values()].map(s => [s.labels['tls'], s.value]),
  }
}

describe('windowDelta', () => {
  it('GIVEN counters that grew WHEN subtracted THEN only the increase remains, and series that did not grow drop out', () => {
    expect(
      values(
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
    ).toEqual({ restarted: false, resets: 0, values: [['true', 30]] })
  })

  it('GIVEN a series that first appears in the second scrape WHEN subtracted THEN all of it is in the window', () => {
    expect(
      values(
        scrape(inboundConnections(IP, 8080, MTLS, 100), proxyInfo()),
        scrape(
          inboundConnections(IP, 8080, MTLS, 100),
          inboundConnections(IP, 8080, PLAIN, 2),
          proxyInfo(),
        ),
      ),
    ).toEqual({ restarted: false, resets: 0, values: [['no_identity', 2]] })
  })

  it('GIVEN a proxy restart between the scrapes WHEN subtracted THEN the second values count whole and nothing is negative', () => {
    expect(
      values(
        scrape(
          inboundConnections(IP, 8080, MTLS, 900),
          inboundConnections(IP, 8080, PLAIN, 50),
          proxyInfo({ startSeconds: 1000 }),
        ),
        scrape(
          inboundConnections(IP, 8080, MTLS, 4),
          inboundConnections(IP, 8080, PLAIN, 60),
          proxyInfo({ startSeconds: 2000 }),
        ),
      ),
    ).toEqual({
      restarted: true,
      resets: 0,
      values: [
        ['true', 4],
        ['no_identity', 60],
      ],
    })
  })

  it('GIVEN a counter that went down without a restart (an idle series dropped and recreated) WHEN subtracted THEN its second value counts, never a negative delta', () => {
    expect(
      values(
        scrape(inboundConnections(IP, 8080, PLAIN, 50), proxyInfo()),
        scrape(inboundConnections(IP, 8080, PLAIN, 3), proxyInfo()),
      ),
    ).toEqual({ restarted: false, resets: 1, values: [['no_identity', 3]] })
  })

  it('GIVEN a series gone from the second scrape WHEN subtracted THEN it carried nothing in the window', () => {
    expect(
      values(scrape(inboundConnections(IP, 8080, PLAIN, 50), proxyInfo()), scrape(proxyInfo())),
    ).toEqual({ restarted: false, resets: 0, values: [] })
  })
})
