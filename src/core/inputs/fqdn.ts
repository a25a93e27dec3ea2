import { isIP } from 'node:net'
import type { Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

export interface FqdnOptions {
  /** Accept one leading `*.` label (`*.blob.core.windows.net`). */
  readonly allowWildcard?: boolean
  /** Accept a bare `*` for any host, as Azure Firewall application rules do. */
  readonly allowStar?: boolean
}

const MAX_LENGTH = 253
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * A parser for fully qualified domain names: RFC 1123 labels (1 to 63 letters, digits or
 * hyphens, no hyphen first or last), at most 253 characters, at least two labels, and a last
 * label that is not all digits. The result is lower case. With `allowWildcard`, one leading
 * `*.` label is accepted and the rest must still be a name of at least two labels.
 */
export function parseFqdn(options: FqdnOptions = {}): Parser<string> {
  const accepted = describeAccepted(options)
  return raw => {
    const name = raw.toLowerCase()
    if (name === '*') {
      return options.allowStar === true ? ok(name) : fail(`'*' is not accepted here; ${accepted}`)
    }
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(name)
    if (scheme !== null) {
      return fail(`a URL, not a host name; drop '${scheme[0]}' and any path, and ${accepted}`)
    }
    if (name.includes('/')) return fail(`contains a path; drop it and ${accepted}`)
    if (isIP(name) !== 0 || isIP(name.replace(/^\[|\]$/g, '')) !== 0) {
      return fail(`an IP address, not a host name; ${accepted}`)
    }
    if (/:[0-9]*$/.test(name)) return fail(`contains a port; drop it and ${accepted}`)
    if (name.endsWith('.')) return fail(`ends with a dot; drop it and ${accepted}`)
    if (/[^\x20-\x7e]/.test(name)) {
      return fail(`contains non-ASCII characters; use the punycode (xn--) form and ${accepted}`)
    }
    const isWildcard = name.startsWith('*.')
    const base = isWildcard ? name.slice(2) : name
    if (base.includes('*')) {
      const rule =
        options.allowWildcard === true
          ? 'only one leading *. label is allowed'
          : 'wildcards are not accepted here'
      return fail(`${rule}; ${accepted}`)
    }
    if (isWildcard && options.allowWildcard !== true) {
      return fail(`wildcards are not accepted here; ${accepted}`)
    }
    if (name.length > MAX_LENGTH) return fail(`longer than ${MAX_LENGTH} characters; ${accepted}`)
    const labels = base.split('.')
    if (labels.length < 2) return fail(`needs at least two labels, like example.com; ${accepted}`)
    const badLabel = labels.find(label => !LABEL.test(label))
    if (badLabel !== undefined) return fail(`${describeBadLabel(badLabel)}; ${accepted}`)
    if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) {
      return fail(`the last label is all digits; ${accepted}`)
    }
    return ok(name)
  }
}

function describeAccepted(options: FqdnOptions): string {
  const forms = ['a host name like example.com']
  if (options.allowWildcard === true) forms.push('a wildcard like *.example.com')
  if (options.allowStar === true) forms.push('* for any host')
  const list =
    forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`
  return `use ${list}`
}

function describeBadLabel(label: string): string {
  if (label === '') return 'has an empty label'
  if (label.length > 63) return 'has a label longer than 63 characters'
  if (label.startsWith('-') || label.endsWith('-')) {
    return `label '${label}' starts or ends with a hyphen`
  }
  return `label '${label}' may contain only letters, digits and hyphens`
}
