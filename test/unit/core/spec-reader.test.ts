import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../../src/core/errors.js'
import { fail, ok } from '../../../src/core/inputs/parsed.js'
import type { StepManifest } from '../../../src/core/manifest.js'
import { SpecReader } from '../../../src/core/spec-reader.js'
import { inputsOf } from '../../builders/arm.js'

const manifest: StepManifest = {
  name: 'demo-step',
  taskName: 'DemoStep',
  taskIds: {
    prod: '00000000-0000-4000-8000-000000000000',
    test: '00000000-0000-4000-8000-000000000001',
  },
  friendlyName: 'Demo',
  summary: 'demo',
  description: 'demo',
  inputs: [
    { id: 'cluster-subnet-id', required: true, description: 'subnet' },
    { id: 'next-hop-ip', required: true, description: 'ip' },
    { id: 'client-secret', required: false, secret: true, description: 'secret' },
    { id: 'route-table-name', required: false, default: 'rt-default', description: 'name' },
    {
      id: 'mode',
      required: false,
      default: 'apply',
      hostDefaults: { cli: 'plan' },
      description: 'mode',
    },
    { id: 'github-only', required: false, hosts: ['github'], default: 'x', description: 'gh' },
  ],
  outputs: [],
}

const digits = (raw: string) =>
  /^\d+$/.test(raw) ? ok(Number(raw)) : fail<number>('must be digits, like 42.')
const text = (raw: string) => ok(raw)

function problemsOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('SpecReader', () => {
  it.each([
    ['github', "'cluster-subnet-id'", "'next-hop-ip' = 'abc'"],
    ['azure-pipelines', "'clusterSubnetId'", "'nextHopIp' = 'abc'"],
    ['cli', "'cluster-subnet-id'", "'next-hop-ip' = 'abc'"],
  ] as const)(
    'GIVEN two bad inputs on %s WHEN finished THEN one error names both in the host spelling',
    (host, missing, bad) => {
      const reader = new SpecReader(manifest, inputsOf({ 'next-hop-ip': 'abc' }), host)
      reader.required('cluster-subnet-id', text)
      reader.required('next-hop-ip', digits)
      const error = problemsOf(() => reader.finish(() => 'built'))
      expect(error.problems).toHaveLength(2)
      expect(error.message).toContain(`${missing}: is required and was not given.`)
      expect(error.message).toContain(`${bad}: must be digits, like 42.`)
      expect(error.message).toMatch(/^demo-step: 2 inputs are invalid; nothing was changed\./)
    },
  )

  it('GIVEN a bad secret input WHEN reported THEN its value is never echoed', () => {
    const reader = new SpecReader(manifest, inputsOf({ 'client-secret': 's3cr3t-value' }), 'github')
    reader.optional('client-secret', digits)
    const error = problemsOf(() => reader.finish(() => 0))
    expect(error.message).not.toContain('s3cr3t-value')
    expect(error.message).toContain("'client-secret': must be digits")
  })

  it('GIVEN unset inputs WHEN read THEN manifest and per-host defaults apply, and inputs absent on the host read as unset', () => {
    const cli = new SpecReader(manifest, inputsOf({}), 'cli')
    expect(cli.withDefault('route-table-name', text)).toBe('rt-default')
    expect(cli.raw('mode')).toBe('plan')
    expect(cli.raw('github-only')).toBeUndefined()
    expect(new SpecReader(manifest, inputsOf({}), 'github').raw('mode')).toBe('apply')
    expect(cli.isSet('mode')).toBe(false)
  })

  it('GIVEN valid inputs WHEN finished THEN the builder runs once and whitespace is trimmed', () => {
    const reader = new SpecReader(
      manifest,
      inputsOf({ 'cluster-subnet-id': '  /x  ', 'next-hop-ip': '7' }),
      'github',
    )
    const subnet = reader.required('cluster-subnet-id', text)
    const n = reader.required('next-hop-ip', digits)
    expect(reader.finish(() => ({ subnet, n }))).toEqual({ subnet: '/x', n: 7 })
  })
})
