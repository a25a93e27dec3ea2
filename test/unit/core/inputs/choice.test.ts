import { describe, expect, it } from '@jest/globals'
import { parseChoice } from '../../../../src/core/inputs/choice.js'

const parseMode = parseChoice(['plan', 'apply'] as const)
const parseCloud = parseChoice(['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const)

describe('parseChoice', () => {
  it.each([
    ['plan', 'plan'],
    ['APPLY', 'apply'],
    ['Plan', 'plan'],
  ])('GIVEN mode %p WHEN parsed THEN the canonical spelling %p is returned', (raw, expected) => {
    expect(parseMode(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    ['azurecloud', 'AzureCloud'],
    ['AZUREUSGOVERNMENT', 'AzureUSGovernment'],
  ])('GIVEN cloud %p WHEN parsed THEN the canonical spelling %p is returned', (raw, expected) => {
    expect(parseCloud(raw)).toEqual({ ok: true, value: expected })
  })

  it.each(['dry-run', 'plan ', 'applied'])(
    'GIVEN mode %p WHEN parsed THEN it fails listing the allowed values',
    raw => {
      expect(parseMode(raw)).toEqual({
        ok: false,
        message: 'not an accepted value; use one of: plan, apply',
      })
    },
  )
})
