/**
 * Every example under examples/ is checked: CLI configs plan offline through the CLI (every step
 * section, exit 0, one plan file per step); the workflow and pipeline examples are covered by
 * test/ship/workflows.test.ts. Every step in the registry has an example to run.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { STEPS } from '../../src/steps/registry.js'
import { ROOT } from '../support/bundles.js'
import { exampleConfigs, plansOffline } from '../support/examples.js'

const configs = await exampleConfigs()

describe('example CLI configs', () => {
  it.each(configs.map(c => [c.file, c.config] as const))(
    'GIVEN %s WHEN planned offline by the CLI THEN every step section plans, exit 0, with its plan file',
    async (file, config) => {
      const dir = mkdtempSync(join(tmpdir(), 'asn-example-'))
      const out: string[] = []
      const err: string[] = []
      const io = {
        stdout: (t: string) => void out.push(t),
        stderr: (t: string) => void err.push(t),
        cwd: ROOT,
      }
      const code = await runCli(['plan', '--config', file, '--offline', '--plan-dir', dir], io)
      expect(err.join('')).not.toMatch(/error|is not an input of this step/)
      expect(code).toBe(0)
      const steps = Object.keys(config.steps)
      expect(readdirSync(dir).sort()).toEqual(steps.map(s => `${s}.plan.json`).sort())
      for (const step of steps) {
        expect(out.join('')).toContain(`### ${step}: offline plan`)
        const plan = JSON.parse(readFileSync(join(dir, `${step}.plan.json`), 'utf8'))
        expect(plan).toMatchObject({ schemaVersion: 1, step, offline: true })
        expect(plan.changes.length).toBeGreaterThan(0)
      }
    },
  )

  it.each(STEPS.filter(s => plansOffline(s.manifest)).map(s => s.manifest.name))(
    'GIVEN %s THEN an example config has a section for it (the packaged task, the root action and the docs run it)',
    name => {
      expect(configs.filter(c => name in c.config.steps).map(c => c.file)).not.toEqual([])
    },
  )

  it('GIVEN examples/ THEN it holds a GitHub workflow, an Azure Pipelines pipeline and the hub-and-spoke config', () => {
    const files = readdirSync(join(ROOT, 'examples'))
    expect(files).toEqual(
      expect.arrayContaining(['github-workflow.yml', 'azure-pipelines.yml', 'hub-and-spoke.yaml']),
    )
    expect(configs.map(c => c.file)).toContain('examples/hub-and-spoke.yaml')
  })
})
