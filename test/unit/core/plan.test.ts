import { describe, expect, it } from '@jest/globals'
import {
  applyOrder,
  blockedChanges,
  displayOrder,
  hasWrites,
  isKnownAfterApply,
  knownAfterApply,
  type ArmChange,
  type Plan,
} from '../../../src/core/plan.js'

function change(
  action: ArmChange['action'],
  id: string,
  flags: ArmChange['flags'] = [],
): ArmChange {
  return { target: 'arm', action, resourceId: id, apiVersion: '2026-01-01', reason: id, flags }
}

const mixed = [
  change('update', 'u1'),
  change('delete', 'd1'),
  change('create', 'c1'),
  change('noop', 'n1'),
  change('create', 'c2'),
  change('update', 'u2'),
]

describe('plan ordering', () => {
  it('GIVEN mixed changes WHEN ordered for display THEN deletions, creates, updates, then no-ops, each in planner order', () => {
    expect(displayOrder(mixed).map(c => (c as ArmChange).resourceId)).toEqual([
      'd1',
      'c1',
      'c2',
      'u1',
      'u2',
      'n1',
    ])
  })

  it('GIVEN mixed changes WHEN ordered for apply THEN make before break: creates, updates, deletions, no-ops dropped', () => {
    expect(applyOrder(mixed).map(c => (c as ArmChange).resourceId)).toEqual([
      'c1',
      'c2',
      'u1',
      'u2',
      'd1',
    ])
  })
})

describe('risk flags', () => {
  const plan: Plan = {
    step: 's',
    changes: [
      change('create', 'a', ['widens-egress']),
      change('update', 'b', ['replaces-resource', 'public-exposure']),
      change('noop', 'c', ['widens-egress']),
    ],
    outputs: {},
  }

  it.each([
    [[], ['a:widens-egress', 'b:replaces-resource,public-exposure']],
    [['widens-egress'], ['b:replaces-resource,public-exposure']],
    [['widens-egress', 'public-exposure'], ['b:replaces-resource']],
    [['widens-egress', 'public-exposure', 'replaces-resource'], []],
  ] as const)(
    'GIVEN opt-ins %j WHEN checked THEN blocked changes are %j (no-ops never block)',
    (allowed, expected) => {
      const blocked = blockedChanges(plan, new Set(allowed))
      expect(
        blocked.map(b => `${(b.change as ArmChange).resourceId}:${b.flags.join(',')}`),
      ).toEqual(expected)
    },
  )
})

describe('plan helpers', () => {
  it('GIVEN a value known only after apply WHEN rendered THEN it uses the contract placeholder', () => {
    expect(knownAfterApply('firewall private IP')).toBe('<known after apply: firewall private IP>')
    expect(isKnownAfterApply(knownAfterApply('x'))).toBe(true)
    expect(isKnownAfterApply('10.0.0.4')).toBe(false)
  })

  it('GIVEN only no-ops WHEN asked for writes THEN there are none', () => {
    expect(hasWrites({ step: 's', changes: [change('noop', 'a')], outputs: {} })).toBe(false)
    expect(
      hasWrites({ step: 's', changes: [change('noop', 'a'), change('update', 'b')], outputs: {} }),
    ).toBe(true)
  })
})
