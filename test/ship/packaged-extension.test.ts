/**
 * Builds the Azure DevOps extension with `npm run package` (needs dist/, as CI has it), unpacks
 * both .vsix files and runs every task from its unpacked folder the way the agent's Node handler
 * does: `node <execution target>` with INPUT_* and a fake AzureRM service connection (ENDPOINT_*),
 * offline, so no Azure is needed. Slow (tfx packs about 13 MB twice), hence one file.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { usesAzure } from '../../src/core/common-inputs.js'
import { adoOutputName, type StepManifest } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'
import {
  EXTENSION_IDS,
  FLAVOURS,
  PUBLISHER,
  taskFolder,
  type Flavour,
} from '../../scripts/ship/extension-manifest.js'
import { checkExtensionManifest, checkTaskJson } from '../../scripts/ship/metadata-rules.js'
import { endpointEnv, ROOT, runAdoTask } from '../support/bundles.js'
import { exampleOfflineInputs, plansOffline } from '../support/examples.js'
import { invalidInputs } from '../support/invalid-inputs.js'
import { extractZip } from '../support/zip.js'

const VERSION = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const CONNECTION = {
  id: '6f1c2b8e-9a51-4d1e-9c1e-5d7b1f0a2c3d',
  scheme: 'WorkloadIdentityFederation',
  url: 'https://management.azure.com/',
  auth: {
    serviceprincipalid: '11111111-2222-4333-8444-555555555555',
    tenantid: '99999999-8888-4777-8666-555555555555',
  },
  data: {
    subscriptionid: '00000000-0000-4000-8000-000000000000',
    environment: 'AzureCloud',
  },
}

const unpacked = new Map<Flavour, string>()
const packOutput: string[] = []

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? allFiles(path) : [path]
  })
}

beforeAll(() => {
  const run = spawnSync('npm', ['run', 'package'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 240_000,
  })
  packOutput.push(run.stdout, run.stderr)
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`)
  for (const flavour of FLAVOURS) {
    const vsix = join(ROOT, '.tmp/vsix', `${PUBLISHER}.${EXTENSION_IDS[flavour]}-${VERSION}.vsix`)
    const target = mkdtempSync(join(tmpdir(), `asn-vsix-${flavour}-`))
    extractZip(vsix, target)
    unpacked.set(flavour, target)
  }
}, 300_000)

function folderOf(flavour: Flavour, manifest: StepManifest): string {
  return join(unpacked.get(flavour) ?? '', taskFolder(manifest))
}

function readTask(flavour: Flavour, manifest: StepManifest) {
  return JSON.parse(readFileSync(join(folderOf(flavour, manifest), 'task.json'), 'utf8'))
}

/** The agent runs the highest Node handler it has; both must start the same bundle. */
function targets(flavour: Flavour, manifest: StepManifest): string[] {
  const task = readTask(flavour, manifest)
  return [...new Set(['Node24', 'Node20_1'].map(h => task.execution[h].target as string))].map(t =>
    join(folderOf(flavour, manifest), t),
  )
}

function connectionInputs(manifest: StepManifest): Record<string, string> {
  return usesAzure(manifest) ? { azureSubscription: CONNECTION.id } : {}
}

const cases = FLAVOURS.flatMap(flavour =>
  STEPS.map(s => [flavour, s.manifest.name, s.manifest] as const),
)
const offlineCases = cases.filter(([, , manifest]) => plansOffline(manifest))

describe('npm run package', () => {
  it('GIVEN dist/ WHEN packaged THEN a prod and a test .vsix are written, without a tfx warning', () => {
    for (const flavour of FLAVOURS) {
      expect(packOutput.join('')).toContain(
        `packaged .tmp/vsix/${PUBLISHER}.${EXTENSION_IDS[flavour]}-${VERSION}.vsix (${STEPS.length} tasks)`,
      )
    }
    expect(packOutput.join('')).not.toMatch(/warn/i)
    expect([...unpacked.keys()]).toEqual([...FLAVOURS])
  })

  it.each(FLAVOURS)(
    'GIVEN the unpacked %s .vsix THEN its manifests carry the flavour id and the package.json version',
    flavour => {
      const root = unpacked.get(flavour) ?? ''
      const vsixManifest = readFileSync(join(root, 'extension.vsixmanifest'), 'utf8')
      expect(vsixManifest).toMatch(
        new RegExp(`<Identity[^>]*Id="${EXTENSION_IDS[flavour]}"[^>]*Version="${VERSION}"`),
      )
      const contributions = JSON.parse(
        readFileSync(join(root, 'extension.vsomanifest'), 'utf8'),
      ).contributions
      expect(
        contributions.map((c: { id: string; properties: { name: string } }) => [
          c.id,
          c.properties.name,
        ]),
      ).toEqual(STEPS.map(s => [s.manifest.name, taskFolder(s.manifest)]))
      expect(allFiles(root).filter(f => f.split(/[\\/]/).includes('node_modules'))).toEqual([])
    },
  )

  it.each(cases)(
    'GIVEN the %s extension WHEN %s is unpacked THEN its folder is self-contained and passes the task rules',
    (flavour, _name, manifest) => {
      const folder = folderOf(flavour, manifest)
      const task = readTask(flavour, manifest)
      expect(checkTaskJson(task, { exists: p => existsSync(join(folder, p)) })).toEqual([])
      expect(task.id).toBe(manifest.taskIds[flavour])
      expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(VERSION)
      for (const file of ['icon.png', 'package.json', 'index.js'])
        expect(existsSync(join(folder, file))).toBe(true)
      expect(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'))).toEqual({
        type: 'module',
      })
      // Every chunk the bundle loads is in the folder: same file list as dist/ado/<step>.
      const bundle = join(ROOT, 'dist/ado', manifest.name)
      for (const file of allFiles(bundle))
        expect(existsSync(join(folder, relative(bundle, file)))).toBe(true)
    },
  )

  it.each(FLAVOURS)(
    'GIVEN the unpacked %s extension THEN its vss-extension rules hold against the packed files',
    flavour => {
      const root = unpacked.get(flavour) ?? ''
      const manifest = JSON.parse(
        readFileSync(join(ROOT, '.tmp/package', flavour, 'vss-extension.json'), 'utf8'),
      )
      expect(
        checkExtensionManifest(manifest, {
          exists: p => existsSync(join(root, p)),
          readTask: folder => JSON.parse(readFileSync(join(root, folder, 'task.json'), 'utf8')),
        }),
      ).toEqual([])
    },
  )
})

describe('tasks run from the unpacked extension the way the agent runs them', () => {
  it.each(cases)(
    'GIVEN the %s %s task with an invalid input (a pick-list or boolean value, required inputs left out) WHEN its execution targets run THEN each stops at input validation naming the camelCase inputs',
    async (flavour, _name, manifest) => {
      const invalid = invalidInputs(manifest, 'azure-pipelines')
      const inputs = { ...connectionInputs(manifest), ...invalid.inputs }
      for (const script of targets(flavour, manifest)) {
        const run = await runAdoTask(script, inputs, endpointEnv(CONNECTION))
        expect(run.result).toBe('Failed')
        expect(run.exitCode).toBe(1)
        expect(run.errors).toHaveLength(1)
        for (const text of invalid.expected) expect(run.errors[0]).toContain(text)
        expect(run.outputVariables).toEqual({})
      }
    },
    60_000,
  )

  it.each(offlineCases)(
    'GIVEN the %s %s task with its example inputs and a service connection WHEN run offline THEN it succeeds with the plan, the summary and every output variable',
    async (flavour, name, manifest) => {
      const example = await exampleOfflineInputs(manifest, 'azure-pipelines')
      if (!example) {
        throw new Error(
          `no example config under examples/ has a '${name}' section: add one, so the packaged task is run offline`,
        )
      }
      const planFile = `plans/${name}.plan.json`
      const run = await runAdoTask(
        targets(flavour, manifest)[0] ?? '',
        { ...example.inputs, ...connectionInputs(manifest), planFile },
        endpointEnv(CONNECTION),
      )
      expect(run.errors).toEqual([])
      expect(run.result).toBe('Succeeded')
      expect(run.summaries.join('')).toContain(`### ${name}: offline plan`)
      expect(Object.keys(run.outputVariables).sort()).toEqual(
        manifest.outputs.map(adoOutputName).sort(),
      )
      const plan = JSON.parse(readFileSync(join(run.workdir, planFile), 'utf8'))
      expect(plan).toMatchObject({ schemaVersion: 1, step: name, mode: 'plan', offline: true })
    },
    60_000,
  )
})
