import { describe, expect, it } from '@jest/globals'
import { runGraph, type GraphTask } from '../../../src/core/change-graph.js'

function recorder() {
  const events: string[] = []
  let active = 0
  let maxActive = 0
  const task = (key: string, dependsOn: string[] = [], fail = false): GraphTask => ({
    key,
    dependsOn,
    run: async () => {
      events.push(`start ${key}`)
      active++
      maxActive = Math.max(maxActive, active)
      await new Promise(resolve => setTimeout(resolve, 5))
      active--
      events.push(`end ${key}`)
      if (fail) throw new Error(`${key} failed`)
    },
  })
  return { events, task, max: () => maxActive }
}

describe('runGraph', () => {
  it('GIVEN independent tasks WHEN run THEN they overlap, and a dependent starts only after all its dependencies end', async () => {
    const r = recorder()
    await runGraph([
      r.task('fw', ['pip', 'policy']),
      r.task('pip'),
      r.task('policy'),
      r.task('rcg', ['policy']),
    ])
    expect(r.max()).toBe(2)
    expect(r.events.indexOf('start fw')).toBeGreaterThan(r.events.indexOf('end pip'))
    expect(r.events.indexOf('start fw')).toBeGreaterThan(r.events.indexOf('end policy'))
    expect(r.events.indexOf('start rcg')).toBeGreaterThan(r.events.indexOf('end policy'))
    expect(r.events.filter(e => e.startsWith('end'))).toHaveLength(4)
  })

  it('GIVEN a dependency outside the graph WHEN run THEN it is treated as already done', async () => {
    const r = recorder()
    await runGraph([r.task('a', ['/not/in/graph'])])
    expect(r.events).toEqual(['start a', 'end a'])
  })

  it('GIVEN a failing task WHEN run THEN its dependents never start, running ones finish, and the error is thrown', async () => {
    const r = recorder()
    await expect(
      runGraph([r.task('pip', [], true), r.task('policy'), r.task('fw', ['pip'])]),
    ).rejects.toThrow('pip failed')
    expect(r.events).not.toContain('start fw')
    expect(r.events).toContain('end policy')
  })

  it('GIVEN a cycle WHEN run THEN it is reported instead of hanging', async () => {
    const r = recorder()
    await expect(runGraph([r.task('a', ['b']), r.task('b', ['a'])])).rejects.toThrow(
      /dependency cycle/,
    )
  })
})
