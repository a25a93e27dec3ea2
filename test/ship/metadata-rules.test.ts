import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import { adoOutputName, inputOnHost } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'
import {
  renderExtensionManifest,
  taskFolder,
  TASK_MAJOR,
} from '../../scripts/ship/extension-manifest.js'
import {
  checkActionMetadata,
  checkExtensionManifest,
  checkTaskJson,
} from '../../scripts/ship/metadata-rules.js'
import { ROOT } from '../support/bundles.js'

const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'))
const readYaml = (path: string) => parseYaml(readFileSync(join(ROOT, path), 'utf8'))
const clone = <T>(value: T): T => structuredClone(value)
const STEP_NAMES = STEPS.map(s => s.manifest.name)

describe('every committed action.yml passes the Actions metadata rules', () => {
  it.each(STEP_NAMES)(
    'GIVEN actions/%s/action.yml THEN it runs node24 from the step bundle, with valid ids and branding',
    name => {
      const dir = join(ROOT, 'actions', name)
      const problems = checkActionMetadata(readYaml(`actions/${name}/action.yml`), {
        expectedMain: `../../dist/gh/${name}/index.js`,
        exists: path => existsSync(join(dir, path)),
      })
      expect(problems).toEqual([])
    },
  )

  it('GIVEN the root action.yml THEN it passes the rules and its main is the dispatcher', () => {
    const problems = checkActionMetadata(readYaml('action.yml'), {
      expectedMain: 'actions/dispatch.mjs',
      exists: path => existsSync(join(ROOT, path)),
    })
    expect(problems).toEqual([])
  })
})

describe('the action.yml rules catch what the runner or the Marketplace rejects', () => {
  const valid = {
    name: 'n',
    description: 'd',
    branding: { icon: 'shield', color: 'blue' },
    inputs: { 'cluster-subnet-id': { description: 'x', required: true } },
    outputs: { 'route-table-id': { description: 'y' } },
    runs: { using: 'node24', main: 'index.js' },
  }

  it('GIVEN a valid document THEN there is no problem', () => {
    expect(checkActionMetadata(valid)).toEqual([])
  })

  type ActionDoc = Record<string, unknown> & {
    description?: string
    runs?: { using: string; main: string }
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
    branding?: { icon: string; color: string }
  }
  const cases: [string, (d: ActionDoc) => void, string][] = [
    [
      'no name',
      d => {
        delete d['name']
      },
      "'name' is required",
    ],
    [
      'no description',
      d => {
        delete d.description
      },
      "'description' is required",
    ],
    [
      'no runs',
      d => {
        delete d.runs
      },
      "'runs' is required",
    ],
    [
      'node20',
      d => {
        d.runs!.using = 'node20'
      },
      "runs.using must be 'node24'",
    ],
    [
      'an input id with a dot',
      d => {
        d.inputs = { 'a.b': { description: 'x' } }
      },
      "input 'a.b': id must start",
    ],
    [
      'an input id starting with a digit',
      d => {
        d.inputs = { '1a': { description: 'x' } }
      },
      "input '1a': id must start",
    ],
    [
      'an input without description',
      d => {
        d.inputs = { a: { required: false } }
      },
      "input 'a': 'description' is required",
    ],
    [
      'a non-string default',
      d => {
        d.inputs = { a: { description: 'x', default: true } }
      },
      "'default' must be a string",
    ],
    [
      'inputs that collide when upper-cased',
      d => {
        d.inputs = { a: { description: 'x' }, A: { description: 'y' } }
      },
      'collide as the variable INPUT_A',
    ],
    [
      'a composite-style output value',
      d => {
        d.outputs = { o: { description: 'x', value: 'v' } }
      },
      "output 'o': unknown key 'value'",
    ],
    [
      'no branding',
      d => {
        delete d.branding
      },
      "'branding' (icon and color) is required",
    ],
    [
      'an unknown branding colour',
      d => {
        d.branding!.color = 'pink'
      },
      'branding.color must be one of',
    ],
    [
      'an unknown top-level key',
      d => {
        d['env'] = {}
      },
      "unknown key 'env'",
    ],
    [
      'a description over 125 characters',
      d => {
        d.description = 'x'.repeat(126)
      },
      'longer than 125',
    ],
  ]
  it.each(cases)('GIVEN %s THEN a problem is reported', (_what, mutate, message) => {
    const doc = clone(valid) as unknown as ActionDoc
    mutate(doc)
    expect(checkActionMetadata(doc).join('\n')).toContain(message)
  })

  it('GIVEN a main that does not exist THEN the missing bundle is reported', () => {
    expect(checkActionMetadata(valid, { exists: () => false })).toEqual([
      "action.yml: runs.main 'index.js' does not exist",
    ])
  })
})

describe('every committed task.json passes the task schema rules', () => {
  it.each(STEPS.map(s => [taskFolder(s.manifest), s.manifest] as const))(
    'GIVEN %s/task.json THEN it passes, and its output variables are the manifest outputs',
    (folder, manifest) => {
      const task = readJson(`${folder}/task.json`)
      expect(checkTaskJson(task)).toEqual([])
      expect(task.name).toBe(manifest.taskName)
      expect(task.version.Major).toBe(TASK_MAJOR)
      expect(task.outputVariables.map((o: { name: string }) => o.name)).toEqual(
        manifest.outputs.map(adoOutputName),
      )
    },
  )
})

describe('the task.json rules catch what tfx or the agent rejects', () => {
  const valid = {
    id: '488e1813-8013-4f12-a6af-9a3e0dc1a900',
    name: 'ConfigureFirewallEgress',
    friendlyName: 'AKS: configure firewall egress',
    description: 'd',
    author: 'a',
    category: 'Deploy',
    version: { Major: 1, Minor: 0, Patch: 0 },
    minimumAgentVersion: '3.232.1',
    instanceNameFormat: 'egress',
    inputs: [
      {
        name: 'mode',
        type: 'pickList',
        label: 'Mode',
        defaultValue: 'apply',
        options: { apply: 'apply', plan: 'plan' },
      },
      { name: 'offline', type: 'boolean', label: 'Offline', defaultValue: 'false' },
      {
        name: 'planFile',
        type: 'string',
        label: 'Plan file',
        visibleRule: 'offline == true && mode != apply',
      },
      {
        name: 'azureSubscription',
        type: 'connectedService:AzureRM',
        label: 'Connection',
        aliases: ['connectedServiceNameARM'],
      },
    ],
    outputVariables: [{ name: 'routeTableId', description: 'x' }],
    execution: { Node20_1: { target: 'index.js' }, Node24: { target: 'index.js' } },
  }
  interface Task {
    id: string
    name: string
    friendlyName: string
    instanceNameFormat: string
    category: string
    version: Record<string, unknown>
    inputs: Record<string, unknown>[]
    outputVariables: Record<string, unknown>[]
    execution: Record<string, unknown>
  }

  it('GIVEN a valid task THEN there is no problem', () => {
    expect(checkTaskJson(valid)).toEqual([])
  })

  const cases: [string, (t: Task) => void, string][] = [
    [
      'an id that is not a GUID',
      t => {
        t.id = 'egress'
      },
      'id must be a GUID',
    ],
    [
      'a name with a space',
      t => {
        t.name = 'Configure Egress'
      },
      'name must match',
    ],
    [
      'a friendly name over 40 characters',
      t => {
        t.friendlyName = 'x'.repeat(41)
      },
      'friendlyName must be 1 to 40',
    ],
    [
      'no instanceNameFormat',
      t => {
        t.instanceNameFormat = ''
      },
      'instanceNameFormat is required',
    ],
    [
      'no Node24 handler',
      t => {
        delete t.execution['Node24']
      },
      'execution.Node24 is required',
    ],
    [
      'no Node20_1 handler',
      t => {
        delete t.execution['Node20_1']
      },
      'execution.Node20_1 is required',
    ],
    [
      'a Node16 handler',
      t => {
        t.execution['Node16'] = { target: 'index.js' }
      },
      'end-of-life handler',
    ],
    [
      'a target outside the folder',
      t => {
        t.execution['Node24'] = { target: '../dist/index.js' }
      },
      'must stay inside the task folder',
    ],
    [
      'a version that is not numeric',
      t => {
        t.version = { Major: 1, Minor: 0, Patch: '0' }
      },
      'version must hold whole numbers',
    ],
    [
      'an unknown input type',
      t => {
        t.inputs[2]!['type'] = 'text'
      },
      "type 'text' is not a task input type",
    ],
    [
      'a pickList default outside its options',
      t => {
        t.inputs[0]!['defaultValue'] = 'destroy'
      },
      "defaultValue 'destroy' is not one of its options",
    ],
    [
      'a boolean default that is not true/false',
      t => {
        t.inputs[1]!['defaultValue'] = 'yes'
      },
      "a boolean's defaultValue must be 'true' or 'false'",
    ],
    [
      'a visibleRule naming no input',
      t => {
        t.inputs[2]!['visibleRule'] = 'offlineMode == true'
      },
      "names 'offlineMode', which is not an input",
    ],
    [
      'a visibleRule mixing && and ||',
      t => {
        t.inputs[2]!['visibleRule'] = 'offline == true && mode == plan || mode == apply'
      },
      'mixes && and ||',
    ],
    [
      'two inputs with one name',
      t => {
        t.inputs.push({ name: 'Mode', type: 'string', label: 'x' })
      },
      "input 'Mode': the name is declared twice",
    ],
    [
      'an output variable with a dot',
      t => {
        t.outputVariables[0]!['name'] = 'route.table'
      },
      "output variable 'route.table' must match",
    ],
    [
      'an output variable with a reserved prefix',
      t => {
        t.outputVariables[0]!['name'] = 'secretValue'
      },
      'prefix the system reserves',
    ],
    [
      'a category tfx does not know',
      t => {
        t.category = 'Network'
      },
      'category must be one of',
    ],
  ]
  it.each(cases)('GIVEN %s THEN a problem is reported', (_what, mutate, message) => {
    const task = clone(valid) as unknown as Task
    mutate(task)
    expect(checkTaskJson(task).join('\n')).toContain(message)
  })

  it('GIVEN a packaged folder without the target THEN the missing file is reported for each handler', () => {
    expect(checkTaskJson(valid, { exists: () => false })).toEqual([
      "task.json ConfigureFirewallEgress: execution.Node20_1.target 'index.js' does not exist in the task folder",
      "task.json ConfigureFirewallEgress: execution.Node24.target 'index.js' does not exist in the task folder",
    ])
  })
})

describe('vss-extension.json', () => {
  const manifest = readJson('vss-extension.json')

  it('GIVEN the committed manifest THEN it passes the manifest rules against the repository tree', () => {
    expect(
      checkExtensionManifest(manifest, {
        exists: path => existsSync(join(ROOT, path)),
        readTask: folder => readJson(`${folder}/task.json`),
      }),
    ).toEqual([])
  })

  it('GIVEN the registry THEN there is exactly one task contribution per step, naming its task folder', () => {
    const tasks = manifest.contributions.filter(
      (c: { type: string }) => c.type === 'ms.vss-distributed-task.task',
    )
    expect(
      tasks.map((c: { id: string; properties: { name: string } }) => [c.id, c.properties.name]),
    ).toEqual(STEPS.map(s => [s.manifest.name, taskFolder(s.manifest)]))
    for (const step of STEPS)
      expect(manifest.files).toContainEqual({ path: taskFolder(step.manifest) })
  })

  it('GIVEN package.json THEN the manifest carries its version', () => {
    expect(manifest.version).toBe(readJson('package.json').version)
  })

  it('GIVEN the test flavour THEN it has its own extension id, is private, and lists the same tasks', () => {
    const test = renderExtensionManifest('test', '1.2.3')
    expect(test).toMatchObject({
      id: 'aks-secure-networking-test',
      public: false,
      version: '1.2.3',
    })
    expect(test['id']).not.toBe(manifest.id)
    expect(test['contributions']).toEqual(manifest.contributions)
  })

  interface ManifestDoc {
    contributions: { targets: string[]; properties: { name?: string } }[]
    files: { path: string }[]
    categories: string[]
    version: string
  }
  const valid = renderExtensionManifest('prod', '1.0.0')
  const cases: [string, (m: ManifestDoc) => void, string][] = [
    [
      'two contributions with one id',
      m => {
        m.contributions.push(clone(m.contributions[0]!))
      },
      'the id is used twice',
    ],
    [
      'a task contribution with another target',
      m => {
        m.contributions[0]!.targets = ['ms.vss-web.hub']
      },
      "targets must be ['ms.vss-distributed-task.tasks']",
    ],
    [
      'a task folder missing from files',
      m => {
        m.files = m.files.slice(1)
      },
      'is not in files',
    ],
    [
      'node_modules in files',
      m => {
        m.files.push({ path: 'tasks/X/node_modules' })
      },
      'ships node_modules',
    ],
    [
      'no Azure Pipelines category',
      m => {
        m.categories = ['Other']
      },
      "categories must include 'Azure Pipelines'",
    ],
    [
      'a version with a suffix',
      m => {
        m.version = '1.0.0-beta'
      },
      'version must be MAJOR.MINOR.PATCH',
    ],
    [
      'a contribution without properties.name',
      m => {
        delete m.contributions[0]!.properties.name
      },
      'properties.name must name the task folder',
    ],
  ]
  it.each(cases)('GIVEN %s THEN a problem is reported', (_what, mutate, message) => {
    const doc = clone(valid) as unknown as ManifestDoc
    mutate(doc)
    expect(checkExtensionManifest(doc).join('\n')).toContain(message)
  })

  it('GIVEN two task folders declaring one task id THEN the clash is reported (Azure DevOps would ignore one)', () => {
    const task = readJson(`${taskFolder(STEPS[0]!.manifest)}/task.json`)
    const problems = checkExtensionManifest(valid, { readTask: () => task })
    expect(problems.join('\n')).toContain(`task id ${task.id as string} is also declared by`)
  })
})

describe('GitHub inputs reach every host surface', () => {
  it.each(STEP_NAMES)(
    'GIVEN %s THEN the root action declares each of its GitHub inputs and outputs',
    name => {
      const root = readYaml('action.yml')
      const manifest = STEPS.find(s => s.manifest.name === name)!.manifest
      for (const decl of manifest.inputs.filter(i => inputOnHost(i, 'github')))
        expect(root.inputs[decl.id]).toMatchObject({ required: false })
      for (const out of manifest.outputs) expect(root.outputs).toHaveProperty([out.id])
      expect(root.inputs.step.description).toContain(name)
    },
  )
})
