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

describe('readProxySnapshot: counters it cannot read', () => {
  const base =
    'direction="inbound",peer="src",target_addr="10.0.0.1:9000",target_ip="10.0.0.1",target_port="9000"'
  const plain = 'tls="no_identity",no_tls_reason="no_tls_from_remote"'

  it.each([
    ['a space before the labels', `tcp_open_total {${base},${plain}} 5`],
    [
      'the tls label twice',
      `tcp_open_total{${base},${plain},tls="true",client_id="x.y.serviceaccount.identity.linkerd.cluster.local"} 5`,
    ],
    ['+Inf', `tcp_open_total{${base},${plain}} +Inf`],
    ['NaN', `request_total{${base},${plain}} NaN`],
    ['a negative count', `tcp_open_total{${base},${plain}} -3`],
    ['a hexadecimal count', `tcp_open_total{${base},${plain}} 0x5`],
    ['no direction label', `tcp_open_total{peer="src",target_addr="10.0.0.1:9000",${plain}} 5`],
    ['a line without a readable name', `"tcp_open_total{${base},${plain}} 5`],
    ['a malformed process start time', 'process_start_time_seconds 17x'],
  ])('GIVEN %s WHEN read THEN it is counted as unreadable, with the line', (_what, bad) => {
    const snapshot = readProxySnapshot(scrape(adminScrapes(1), bad, proxyInfo()))
    expect(snapshot.unreadable).toEqual({ count: 1, example: bad })
  })

  it('GIVEN a whole proxy scrape WHEN read THEN nothing is unreadable', () => {
    expect(readProxySnapshot(linkerdFixture('sampleMetrics.txt')).unreadable).toEqual({
      count: 0,
      example: undefined,
    })
  })

  it('GIVEN one series written twice WHEN read THEN its values add up on one series', () => {
    const line = inboundConnections(IP, 9000, { plaintext: 'no_tls_from_remote' }, 2)
    const snapshot = readProxySnapshot(scrape(line, line.replace(/ 2$/, ' 3')))
    expect([...snapshot.series.values()].map(s => s.value)).toEqual([5])
  })
})
