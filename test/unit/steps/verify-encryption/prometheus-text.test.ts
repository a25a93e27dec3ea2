import { describe, expect, it } from '@jest/globals'
import {
  forgetKeptText,
  KEPT_TEXT_LIMIT,
  keptTextCount,
  parsePrometheusText,
} from '../../../../src/steps/verify-encryption/prometheus-text.js'
import { linkerdFixture } from './fixtures.js'

describe('parsePrometheusText', () => {
  it('GIVEN the real 2022 proxy scrape WHEN parsed THEN every sample line is read and none is malformed', () => {
    const text = linkerdFixture('sampleMetrics.txt')
    const sampleLines = text.split('\n').filter(l => l.trim() !== '' && !l.startsWith('#'))
    const parsed = parsePrometheusText(text)
    expect(parsed.malformedLines).toBe(0)
    expect(parsed.samples).toHaveLength(sampleLines.length)
    expect(parsed.samples).toContainEqual({
      name: 'tcp_open_total',
      labels: {
        direction: 'inbound',
        peer: 'src',
        target_addr: '0.0.0.0:4191',
        target_ip: '0.0.0.0',
        target_port: '4191',
        tls: 'no_identity',
        no_tls_reason: 'no_tls_from_remote',
        srv_kind: 'default',
        srv_name: 'all-unauthenticated',
      },
      value: 30,
    })
    expect(parsed.samples).toContainEqual({
      name: 'process_start_time_seconds',
      labels: {},
      value: 1650967123,
    })
  })

  it.each([
    [
      'escaped quote, backslash and newline',
      'm{a="x\\"y",b="c\\\\d",n="1\\n2"} 3',
      { a: 'x"y', b: 'c\\d', n: '1\n2' },
      3,
    ],
    ['a comma and braces inside a value', 'm{a="x,}{y"} 1', { a: 'x,}{y' }, 1],
    ['a trailing comma', 'm{a="x",} 2', { a: 'x' }, 2],
    ['a timestamp after the value', 'm{a="x"} 5 1650967123000', { a: 'x' }, 5],
    ['an exponent', 'm 1.5e3', {}, 1500],
    ['+Inf', 'm{le="+Inf"} +Inf', { le: '+Inf' }, Infinity],
  ])('GIVEN %s WHEN parsed THEN labels and value are exact', (_what, text, labels, value) => {
    const parsed = parsePrometheusText(text)
    expect(parsed.malformedLines).toBe(0)
    expect(parsed.samples).toEqual([{ name: 'm', labels, value }])
  })

  it('GIVEN NaN WHEN parsed THEN the value is NaN', () => {
    expect(parsePrometheusText('m NaN').samples[0]?.value).toBeNaN()
  })

  it.each([
    ['an unterminated label value', 'm{a="x} 1'],
    ['a label without quotes', 'm{a=x} 1'],
    ['no value', 'm{a="x"}'],
    ['a word for a value', 'm{a="x"} many'],
    ['three fields', 'm 1 2 3'],
    ['no metric name', '{a="x"} 1'],
    [
      'a label name given twice (which value wins is undefined)',
      'm{tls="no_identity",tls="true"} 5',
    ],
    ['a space between the name and its labels', 'm {a="x"} 5'],
    ['a hexadecimal value', 'm{a="x"} 0x5'],
  ])(
    'GIVEN %s WHEN parsed THEN the line is counted as malformed, shown and skipped',
    (_what, bad) => {
      const parsed = parsePrometheusText(`ok 1\n${bad}\nok 2\n`)
      expect(parsed.malformedLines).toBe(1)
      expect(parsed.firstMalformed).toBe(bad)
      expect(parsed.samples.map(s => s.value)).toEqual([1, 2])
    },
  )

  it('GIVEN a filter WHEN a line of another family is malformed THEN it is skipped unread; a line without a readable name is counted, since it may belong to a kept family', () => {
    const parsed = parsePrometheusText('a 1\nb{x="1",x="2"} 2\n{x="1"} 3\n', name => name === 'a')
    expect(parsed.samples).toEqual([{ name: 'a', labels: {}, value: 1 }])
    expect(parsed.malformedLines).toBe(1)
    expect(parsed.firstMalformed).toBe('{x="1"} 3')
  })

  it('GIVEN a long malformed line WHEN parsed THEN only its start is kept for the message', () => {
    const parsed = parsePrometheusText(`m{a="${'x'.repeat(600)}`)
    expect(parsed.firstMalformed).toHaveLength(501)
    expect(parsed.firstMalformed?.endsWith('…')).toBe(true)
  })

  it('GIVEN a rule that rejects samples WHEN parsed THEN a rejected sample counts as a malformed line', () => {
    const parsed = parsePrometheusText('a 1\na -2\n', undefined, sample => sample.value < 0)
    expect(parsed.samples).toEqual([{ name: 'a', labels: {}, value: 1 }])
    expect(parsed.malformedLines).toBe(1)
    expect(parsed.firstMalformed).toBe('a -2')
  })

  it('GIVEN a filter WHEN parsed THEN only the kept families are returned', () => {
    const parsed = parsePrometheusText(
      'a{x="1"} 1\nb{y="2"} 2\n# a comment\na 3',
      name => name === 'a',
    )
    expect(parsed.samples).toEqual([
      { name: 'a', labels: { x: '1' }, value: 1 },
      { name: 'a', labels: {}, value: 3 },
    ])
  })
})

describe('the texts kept for sharing between scrapes', () => {
  it('GIVEN more distinct label values than the limit WHEN parsed THEN the kept texts never exceed the limit, and every sample still has its own value', () => {
    forgetKeptText()
    const count = KEPT_TEXT_LIMIT + 10
    const lines = Array.from({ length: count }, (_, i) => `tcp_open_total{dst_pod="p-${i}"} 1`)
    const parsed = parsePrometheusText(lines.join('\n'))
    expect(parsed.samples).toHaveLength(count)
    expect(parsed.samples[count - 1]?.labels['dst_pod']).toBe(`p-${count - 1}`)
    expect(keptTextCount()).toBeGreaterThan(0)
    expect(keptTextCount()).toBeLessThanOrEqual(KEPT_TEXT_LIMIT)
  })

  it('GIVEN a parsed scrape WHEN the kept texts are forgotten THEN none is kept, and the samples are unchanged', () => {
    const parsed = parsePrometheusText('tcp_open_total{direction="inbound",peer="src"} 3\n')
    expect(keptTextCount()).toBeGreaterThan(0)
    forgetKeptText()
    expect(keptTextCount()).toBe(0)
    expect(parsed.samples).toEqual([
      { name: 'tcp_open_total', labels: { direction: 'inbound', peer: 'src' }, value: 3 },
    ])
  })
})
