import { describe, expect, it } from '@jest/globals'
import { parseFqdn } from '../../../../src/core/inputs/fqdn.js'

const HOST = 'use a host name like example.com'
const ANY = 'use a host name like example.com, a wildcard like *.example.com or * for any host'
const strict = parseFqdn()
const wildcard = parseFqdn({ allowWildcard: true })
const firewall = parseFqdn({ allowWildcard: true, allowStar: true })

describe('parseFqdn', () => {
  it.each([
    ['example.com', 'example.com'],
    ['MCR.Microsoft.com', 'mcr.microsoft.com'],
    ['a.b', 'a.b'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
    ['my-host-1.privatelink.eastus2.azmk8s.io', 'my-host-1.privatelink.eastus2.azmk8s.io'],
    ['1password.com', '1password.com'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('GIVEN %p WHEN parsed strictly THEN the result is %p', (raw, expected) => {
    expect(strict(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['https://example.com', `a URL, not a host name; drop 'https://' and any path, and ${HOST}`],
    ['http://example.com/path', `a URL, not a host name; drop 'http://' and any path, and ${HOST}`],
    ['example.com/path', `contains a path; drop it and ${HOST}`],
    ['example.com:443', `contains a port; drop it and ${HOST}`],
    ['example.com.', `ends with a dot; drop it and ${HOST}`],
    ['10.0.0.1', `an IP address, not a host name; ${HOST}`],
    ['fd00::1', `an IP address, not a host name; ${HOST}`],
    ['localhost', `needs at least two labels, like example.com; ${HOST}`],
    ['-bad.example.com', `label '-bad' starts or ends with a hyphen; ${HOST}`],
    ['bad-.example.com', `label 'bad-' starts or ends with a hyphen; ${HOST}`],
    [
      'under_score.example.com',
      `label 'under_score' may contain only letters, digits and hyphens; ${HOST}`,
    ],
    ['a..com', `has an empty label; ${HOST}`],
    [`${'a'.repeat(64)}.com`, `has a label longer than 63 characters; ${HOST}`],
    [`${'a.'.repeat(126)}com`, `longer than 253 characters; ${HOST}`],
    ['example.123', `the last label is all digits; ${HOST}`],
    ['bücher.example', `contains non-ASCII characters; use the punycode (xn--) form and ${HOST}`],
    ['*.example.com', `wildcards are not accepted here; ${HOST}`],
    ['*', `'*' is not accepted here; ${HOST}`],
  ])('GIVEN %p WHEN parsed strictly THEN it fails with %p', (raw, message) => {
    expect(strict(raw)).toEqual({ ok: false, message })
  })

  it.each([
    ['*.blob.core.windows.net', '*.blob.core.windows.net'],
    ['*.Example.COM', '*.example.com'],
    ['example.com', 'example.com'],
  ])('GIVEN %p WHEN wildcards are allowed THEN the result is %p', (raw, expected) => {
    expect(wildcard(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    [
      '*.com',
      'needs at least two labels, like example.com; use a host name like example.com or a wildcard like *.example.com',
    ],
    [
      'foo.*.com',
      'only one leading *. label is allowed; use a host name like example.com or a wildcard like *.example.com',
    ],
    [
      '*foo.example.com',
      'only one leading *. label is allowed; use a host name like example.com or a wildcard like *.example.com',
    ],
    [
      '*.*.example.com',
      'only one leading *. label is allowed; use a host name like example.com or a wildcard like *.example.com',
    ],
    [
      '*',
      "'*' is not accepted here; use a host name like example.com or a wildcard like *.example.com",
    ],
  ])('GIVEN %p WHEN wildcards are allowed THEN it fails with %p', (raw, message) => {
    expect(wildcard(raw)).toEqual({ ok: false, message })
  })

  it.each([
    ['*', '*'],
    ['*.ubuntu.com', '*.ubuntu.com'],
  ])('GIVEN %p WHEN a bare star is allowed THEN the result is %p', (raw, expected) => {
    expect(firewall(raw)).toEqual({ ok: true, value: expected })
  })

  it('GIVEN a URL WHEN every form is allowed THEN the message lists every accepted form', () => {
    expect(firewall('https://x.example.com')).toEqual({
      ok: false,
      message: `a URL, not a host name; drop 'https://' and any path, and ${ANY}`,
    })
  })
})
