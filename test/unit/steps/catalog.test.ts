import { describe, expect, it } from '@jest/globals'
import { PIPELINE_ORDER as CATALOG_ORDER, STEP_CATALOG } from '../../../src/steps/catalog.js'
import { PIPELINE_ORDER, STEPS } from '../../../src/steps/registry.js'

describe('the CLI step catalog', () => {
  it('GIVEN the catalog and the registry THEN they list the same steps in the same order', () => {
    expect(CATALOG_ORDER).toEqual(PIPELINE_ORDER)
  })

  it.each(STEP_CATALOG.map(entry => [entry.name, entry] as const))(
    'GIVEN %s WHEN loaded on demand THEN it is the step the registry ships',
    async (name, entry) => {
      const loaded = await entry.load()
      expect(loaded.manifest.name).toBe(name)
      expect(loaded).toBe(STEPS.find(step => step.manifest.name === name))
    },
  )
})
