import { describe, expect, it } from '@jest/globals'
import { mapWithConcurrency } from '../../../src/kube/concurrency.js'

const tick = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

describe('mapWithConcurrency', () => {
  it('GIVEN 30 items and limit 4 WHEN mapped THEN order is kept and at most 4 run at once', async () => {
    let inFlight = 0
    let maxInFlight = 0
    const items = Array.from({ length: 30 }, (_, i) => i)
    const result = await mapWithConcurrency(items, 4, async item => {
      inFlight += 1
      maxInFlight = Math.max(maxInFlight, inFlight)
      await tick(item % 3)
      inFlight -= 1
      return item * 2
    })
    expect(result).toEqual(items.map(i => i * 2))
    expect(maxInFlight).toBe(4)
  })

  it('GIVEN a failing item WHEN mapped THEN the map rejects and later items do not start', async () => {
    const started: number[] = []
    const run = mapWithConcurrency([0, 1, 2, 3, 4, 5], 1, async item => {
      started.push(item)
      await tick(0)
      if (item === 2) throw new Error('boom')
      return item
    })
    await expect(run).rejects.toThrow('boom')
    expect(started).toEqual([0, 1, 2])
  })

  it('GIVEN no items WHEN mapped THEN the result is empty', async () => {
    await expect(mapWithConcurrency([], 3, () => Promise.resolve(1))).resolves.toEqual([])
  })

  it.each([0, -1, 1.5])('GIVEN limit %p WHEN mapped THEN it rejects', async limit => {
    await expect(mapWithConcurrency([1], limit, () => Promise.resolve(1))).rejects.toThrow(
      RangeError,
    )
  })
})
