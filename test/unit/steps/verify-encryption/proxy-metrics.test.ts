import { describe, expect, it } from '@jest/globals'
import {
  notAProxyScrape,
  readProxySnapshot,
} from '../../../../src/steps/verify-encryption/proxy-metrics.js'
import {
  adminScrapes,
  identity,
  inboundConnections,
  proxyInfo,
  scrape,
} from '../../../builders/proxy-metrics.js'
import { linkerdFixture } from './fixtures.js'

const IP = '10.244.1.7'

describe('notAProxyScrape', () => {
  it.each([
    ['an empty body (what a failed `kubectl get --raw > file` leaves)', ''],
    ['an HTML page', '<html><body>Login required</body></html>\n'],
    ['only comments', '# HELP tcp_open_total Total count of opened connections\n'],
    [
      'connection counters without the process or build information',
      scrape(inboundConnections(IP, 8080, { clientId: identity('api', 'shop') }, 4)),
    ],
    ['the process information without any connection counter', scrape(proxyInfo())],
  ])('GIVEN %s WHEN checked THEN it is not a proxy scrape, and says why', (_what, text) => {
    const why = notAProxyScrape(readProxySnapshot(text), text)
    expect(why).toMatch(
      /^the answer \(\d+ bytes?(, starting '.*')?\) is not a Linkerd proxy's metrics: /,
    )
  })

  it('GIVEN an HTML page WHEN checked THEN the message quotes the start of the answer', () => {
    const text = '<html><body>Login required</body></html>\n'
    expect(notAProxyScrape(readProxySnapshot(text), text)).toBe(
      "the answer (41 bytes, starting '<html><body>Login required</body></html>') is not a Linkerd proxy's metrics: it has neither 'proxy_build_info' nor 'process_start_time_seconds', and no connection or request counter (tcp_open_total, request_total, inbound_*_authz_*_total).",
    )
  })

  it.each([
    ['the real 2022 proxy scrape', linkerdFixture('sampleMetrics.txt')],
    [
      'a scrape with its admin-port series and process information',
      scrape(adminScrapes(1), proxyInfo()),
    ],
  ])('GIVEN %s WHEN checked THEN it is a proxy scrape', (_what, text) => {
    expect(notAProxyScrape(readProxySnapshot(text), text)).toBeUndefined()
  })
})
