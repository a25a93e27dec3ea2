/**
 * The root action (the Marketplace listing) run as the runner runs it: `node <runs.main>` from a
 * copy of the repository that holds only the root action, the dispatcher and the chosen step's
 * bundle, so the run also proves the dispatcher loads that bundle and no other.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { inputOnHost, type StepManifest } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'
import { ROOT, runGithubAction } from '../support/bundles.js'
import { exampleOfflineInputs, plansOffline } from '../support/examples.js'
import { invalidInputs } from '../support/invalid-inputs.js'

const rootAction = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8'))

/** A checkout with the root action and only `steps`' bundles; returns the main script's path. */
function checkoutWith(steps: readonly string[]): string {
  const repo = mkdtempSync(join(tmpdir(), 'asn-root-action-'))
  cpSync(join(ROOT, 'action.yml'), join(repo, 'action.yml'))
  cpSync(join(ROOT, 'actions/dispatch.mjs'), join(repo, 'actions/dispatch.mjs'))
  cpSync(join(ROOT, 'actions/steps.json'), join(repo, 'actions/steps.json'))
  for (const step of steps) {
    mkdirSync(join(repo, 'dist/gh'), { recursive: true })
    cpSync(join(ROOT, 'dist/gh', step), join(repo, 'dist/gh', step), { recursive: true })
  }
  return join(repo, rootAction.runs.main as string)
}

/** A GitHub input another step declares and this one does not. */
function foreignInput(manifest: StepManifest): string | undefined {
  const own = new Set(manifest.inputs.filter(i => inputOnHost(i, 'github')).map(i => i.id))
  return STEPS.flatMap(s => s.manifest.inputs)
    .filter(i => inputOnHost(i, 'github'))
    .map(i => i.id)
    .find(id => !own.has(id))
}

const ALL = STEPS.map(s => [s.manifest.name, s.manifest] as const)

describe('the root action dispatches on the step input', () => {
  it.each(ALL)(
    'GIVEN step=%s with an invalid input (a pick-list or boolean value, required inputs left out) WHEN the root action runs THEN that step stops at its input validation',
    async (name, manifest) => {
      const invalid = invalidInputs(manifest, 'github')
      const run = await runGithubAction(checkoutWith([name]), { step: name, ...invalid.inputs })
      expect(run.exitCode).toBe(1)
      expect(run.errors).toHaveLength(1)
      for (const text of invalid.expected) expect(run.errors[0]).toContain(text)
    },
  )

  it.each(ALL.filter(([, manifest]) => plansOffline(manifest)))(
    'GIVEN step=%s and its example inputs offline WHEN the root action runs THEN that step plans with every output, loading only its bundle',
    async (name, manifest) => {
      const example = await exampleOfflineInputs(manifest, 'github')
      if (!example) throw new Error(`no example config under examples/ has a '${name}' section`)
      const run = await runGithubAction(checkoutWith([name]), {
        step: name,
        ...example.inputs,
        'plan-file': `${name}.plan.json`,
      })
      expect(run.errors).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.summary).toContain(`### ${name}: offline plan`)
      expect(Object.keys(run.outputs).sort()).toEqual(manifest.outputs.map(o => o.id).sort())
      const plan = JSON.parse(readFileSync(join(run.workspace, `${name}.plan.json`), 'utf8'))
      expect(plan).toMatchObject({ schemaVersion: 1, step: name, offline: true })
    },
  )

  it.each(ALL)(
    'GIVEN step=%s and an input only another step takes WHEN run THEN a warning names it as ignored',
    async (name, manifest) => {
      const foreign = foreignInput(manifest)
      if (foreign === undefined) return
      const example = await exampleOfflineInputs(manifest, 'github')
      const run = await runGithubAction(checkoutWith([name]), {
        step: name,
        ...example?.inputs,
        [foreign]: 'x',
      })
      expect(run.warnings).toContain(
        `${name}: input '${foreign}' is not an input of this step and is ignored.`,
      )
    },
  )

  it.each([
    ['no step', {}, "input 'step' is required and was not given"],
    [
      'an unknown step',
      { step: 'install-everything' },
      "input 'step' = 'install-everything' is not a step",
    ],
  ])(
    'GIVEN %s WHEN the root action runs THEN it fails listing the steps',
    async (_what, inputs, message) => {
      const run = await runGithubAction(checkoutWith([]), inputs)
      expect(run.exitCode).toBe(1)
      expect(run.errors).toEqual([
        `aks-secure-networking: ${message}. Use one of: ${STEPS.map(s => s.manifest.name).join(', ')}.`,
      ])
    },
  )
})
