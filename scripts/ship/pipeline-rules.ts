/**
 * Structural checks of Azure Pipelines YAML: a steps template (typed parameters, tasks of this
 * repository given only inputs they declare and every required one, `$(<step>.<output>)`
 * references (and `variables['<step>.<output>']` in conditions) to outputs an earlier task sets, `${{ parameters.<x> }}` to declared parameters)
 * and a pipeline that uses it (parameters the template declares, of the right type, and
 * `dependencies.<job>.outputs['<step>.<output>']` naming a task step and its output variable).
 */

type Obj = Record<string, unknown>

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface TaskInterface {
  /** Input names and aliases (lower-cased, as task-lib matches them) → required, default. */
  readonly inputs: Readonly<Record<string, { required: boolean; hasDefault: boolean }>>
  readonly outputs: readonly string[]
}

export interface PipelineResolver {
  /** `task: Name@1` → the task, when it is one of this repository's. */
  task(reference: string): TaskInterface | undefined
  /** Whether the task name belongs to this repository (it must then resolve). */
  isOwnTask(reference: string): boolean
  /** `template: path@alias` → the parsed template, when it is this repository's. */
  template(reference: string): unknown
}

export const PARAMETER_TYPES = [
  'string',
  'number',
  'boolean',
  'object',
  'step',
  'stepList',
  'job',
  'jobList',
  'deployment',
  'deploymentList',
  'stage',
  'stageList',
]
/** Predefined variable namespaces a `$(…)` macro may name besides a step's output. */
const PREDEFINED = ['Agent', 'Build', 'Environment', 'Pipeline', 'Release', 'Resources', 'System']
const STEP_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const STEP_KINDS = [
  'task',
  'script',
  'bash',
  'pwsh',
  'powershell',
  'checkout',
  'publish',
  'download',
  'template',
  'getPackage',
  'downloadBuild',
  'reviewApp',
]

const SCRIPT_KINDS = ['script', 'bash', 'pwsh', 'powershell']

/** Output variables a script step sets with `##vso[task.setvariable variable=x;isOutput=true]`. */
function scriptOutputs(step: Obj): string[] | undefined {
  const kind = SCRIPT_KINDS.find(k => typeof step[k] === 'string')
  if (!kind) return undefined
  return [
    ...String(step[kind]).matchAll(
      /##vso\[task\.setvariable variable=([A-Za-z_][A-Za-z0-9_]*);[^\]]*isOutput=true/gi,
    ),
  ].map(m => m[1] ?? '')
}

function compileExpressions(value: unknown): string[] {
  if (typeof value === 'string')
    return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1] ?? '')
  if (Array.isArray(value)) return value.flatMap(compileExpressions)
  if (isObj(value))
    return Object.entries(value).flatMap(([k, v]) => [
      ...compileExpressions(k),
      ...compileExpressions(v),
    ])
  return []
}

function macros(value: unknown): [string, string | undefined][] {
  if (typeof value === 'string')
    return [
      ...value.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)(?:\.([A-Za-z_][A-Za-z0-9_.]*))?\)/g),
    ].map(m => [m[1] ?? '', m[2]])
  if (Array.isArray(value)) return value.flatMap(macros)
  if (isObj(value)) return Object.values(value).flatMap(macros)
  return []
}

/** `variables['<step>.<output>']` in a runtime condition: an output variable of an earlier step. */
function conditionVariables(condition: unknown): [string, string | undefined][] {
  if (typeof condition !== 'string') return []
  return [
    ...condition.matchAll(
      /variables\[\s*'([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_.]*)'\s*\]/g,
    ),
  ].map(m => [m[1] ?? '', m[2]])
}

/** A mapping with compile-time `${{ if }}` / `${{ else }}` keys flattened; `${{ each }}` dropped. */
function flatten(mapping: unknown): Obj {
  if (!isObj(mapping)) return {}
  const out: Obj = {}
  for (const [key, value] of Object.entries(mapping)) {
    if (/^\$\{\{\s*(if|elseif|else)\b/.test(key)) Object.assign(out, flatten(value))
    else if (!key.startsWith('${{')) out[key] = value
  }
  return out
}

/** Steps with compile-time conditional blocks expanded (both branches). */
function expandSteps(steps: unknown): Obj[] {
  if (!Array.isArray(steps)) return []
  return steps.flatMap(step => {
    if (isObj(step)) {
      const keys = Object.keys(step)
      if (keys.length === 1 && keys[0]?.startsWith('${{')) return expandSteps(step[keys[0]])
      return [step]
    }
    return []
  })
}

export interface TemplateInterface {
  readonly parameters: Readonly<Record<string, Obj>>
  /** Task steps by `name:` → the task's output variables. */
  readonly taskSteps: ReadonlyMap<string, readonly string[]>
  /** Object parameters spread into a task's inputs (`${{ each i in parameters.x }}`) → the task. */
  readonly spreads: ReadonlyMap<string, TaskInterface>
}

export function templateInterface(doc: unknown, resolver: PipelineResolver): TemplateInterface {
  const parameters: Record<string, Obj> = {}
  if (isObj(doc) && Array.isArray(doc['parameters']))
    for (const p of doc['parameters'])
      if (isObj(p) && typeof p['name'] === 'string') parameters[p['name']] = p
  const taskSteps = new Map<string, readonly string[]>()
  const spreads = new Map<string, TaskInterface>()
  for (const step of expandSteps(isObj(doc) ? doc['steps'] : undefined)) {
    const task = typeof step['task'] === 'string' ? resolver.task(step['task']) : undefined
    if (task && isObj(step['inputs']))
      for (const key of Object.keys(step['inputs'])) {
        const spread =
          /^\$\{\{\s*each\s+\w+\s+in\s+parameters\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}$/.exec(key)
        if (spread?.[1]) spreads.set(spread[1], task)
      }
    if (typeof step['name'] !== 'string') continue
    const outputs =
      typeof step['task'] === 'string' ? resolver.task(step['task'])?.outputs : scriptOutputs(step)
    if (outputs) taskSteps.set(step['name'], outputs)
  }
  return { parameters, taskSteps, spreads }
}

/** Checks a steps template (`parameters:` and `steps:`). */
export function checkStepsTemplate(
  doc: unknown,
  resolver: PipelineResolver,
  file: string,
): string[] {
  if (!isObj(doc)) return [`${file}: must be a mapping`]
  const problems: string[] = []
  if (!Array.isArray(doc['parameters'])) problems.push(`${file}: parameters must be a list`)
  const { parameters } = templateInterface(doc, resolver)
  for (const [name, p] of Object.entries(parameters)) {
    const where = `${file}: parameter '${name}'`
    if (!PARAMETER_TYPES.includes(String(p['type'])))
      problems.push(`${where}: type must be one of ${PARAMETER_TYPES.join(', ')}`)
    if (p['type'] === 'boolean' && p['default'] !== undefined && typeof p['default'] !== 'boolean')
      problems.push(`${where}: a boolean default must be true or false`)
    if (
      Array.isArray(p['values']) &&
      p['default'] !== undefined &&
      !p['values'].includes(p['default'])
    )
      problems.push(`${where}: default '${JSON.stringify(p['default'])}' is not one of its values`)
  }
  for (const expression of compileExpressions(doc['steps']))
    for (const m of expression.matchAll(/(?<![\w.])parameters\.([A-Za-z_][A-Za-z0-9_]*)/g))
      if (!((m[1] ?? '') in parameters))
        problems.push(`${file}: parameters.${m[1] ?? ''} is not a declared parameter`)

  const earlier = new Map<string, readonly string[]>()
  expandSteps(doc['steps']).forEach((step, index) => {
    const kind = STEP_KINDS.find(k => k in step)
    const where = `${file}: step ${typeof step['name'] === 'string' ? step['name'] : String(index + 1)}`
    if (!kind) problems.push(`${where}: is not a step (task, script, bash, publish, …)`)
    for (const [stepName, output] of [...macros(step), ...conditionVariables(step['condition'])]) {
      if (PREDEFINED.includes(stepName) || output === undefined) continue
      const outputs = earlier.get(stepName)
      if (!outputs)
        problems.push(
          `${where}: $(${stepName}.${output}) names no earlier step that sets output variables`,
        )
      else if (!outputs.includes(output))
        problems.push(`${where}: step '${stepName}' sets no output variable '${output}'`)
    }
    if (typeof step['name'] === 'string') {
      if (!STEP_NAME.test(step['name']))
        problems.push(`${where}: name must be letters, digits and _`)
      if (earlier.has(step['name'])) problems.push(`${where}: the name is used twice`)
    }
    const fromScript = scriptOutputs(step)
    if (fromScript && typeof step['name'] === 'string') earlier.set(step['name'], fromScript)
    if (typeof step['task'] !== 'string') return
    const task = resolver.task(step['task'])
    if (!task) {
      if (resolver.isOwnTask(step['task']))
        problems.push(
          `${where}: task '${step['task']}' is not one of this repository's tasks at that major version`,
        )
      return
    }
    const given = Object.keys(flatten(step['inputs']))
    for (const key of given)
      if (!(key.toLowerCase() in task.inputs))
        problems.push(`${where}: input '${key}' is not an input of ${step['task']}`)
    for (const [name, decl] of Object.entries(task.inputs))
      if (decl.required && !decl.hasDefault && !given.some(k => k.toLowerCase() === name))
        problems.push(`${where}: required input '${name}' of ${step['task']} is not given`)
    if (typeof step['name'] === 'string') earlier.set(step['name'], task.outputs)
  })
  return problems
}

/** Checks a pipeline's uses of this repository's steps templates and their output variables. */
export function checkPipeline(doc: unknown, resolver: PipelineResolver, file: string): string[] {
  if (!isObj(doc)) return [`${file}: must be a mapping`]
  const problems: string[] = []
  const jobs = Array.isArray(doc['jobs']) ? doc['jobs'].filter(isObj) : []
  if (jobs.length === 0) problems.push(`${file}: jobs must not be empty`)
  const taskStepsByJob = new Map<string, Map<string, readonly string[]>>()
  for (const job of jobs) {
    const jobName =
      typeof job['job'] === 'string' ? job['job'] : JSON.stringify(job['deployment'] ?? '')
    const taskSteps = new Map<string, readonly string[]>()
    for (const step of expandSteps(job['steps'])) {
      if (typeof step['template'] === 'string') {
        const template = resolver.template(step['template'])
        if (template === undefined) continue
        const where = `${file}: job '${jobName}' template ${step['template']}`
        const {
          parameters,
          taskSteps: fromTemplate,
          spreads,
        } = templateInterface(template, resolver)
        const given = isObj(step['parameters']) ? step['parameters'] : {}
        for (const [key, value] of Object.entries(given)) {
          const decl = parameters[key]
          if (!decl) {
            problems.push(`${where}: parameter '${key}' is not declared by the template`)
            continue
          }
          const task = spreads.get(key)
          if (task && isObj(value))
            for (const input of Object.keys(value))
              if (!(input.toLowerCase() in task.inputs))
                problems.push(
                  `${where}: parameter '${key}' passes '${input}', which is not an input of the task it is spread into`,
                )
          if (
            decl['type'] === 'boolean' &&
            typeof value !== 'boolean' &&
            !String(value).startsWith('${{')
          )
            problems.push(`${where}: parameter '${key}' must be true or false`)
          if (
            Array.isArray(decl['values']) &&
            typeof value === 'string' &&
            !value.includes('$') &&
            !decl['values'].includes(value)
          )
            problems.push(
              `${where}: parameter '${key}' = '${value}' is not one of ${decl['values'].join(', ')}`,
            )
        }
        for (const [name, decl] of Object.entries(parameters))
          if (decl['default'] === undefined && !(name in given))
            problems.push(`${where}: required parameter '${name}' is not given`)
        for (const [name, outputs] of fromTemplate) taskSteps.set(name, outputs)
      } else if (typeof step['task'] === 'string' && typeof step['name'] === 'string') {
        const task = resolver.task(step['task'])
        if (task) taskSteps.set(step['name'], task.outputs)
      }
    }
    taskStepsByJob.set(jobName, taskSteps)
  }
  const text = JSON.stringify(doc)
  for (const m of text.matchAll(
    /dependencies\.([A-Za-z_][A-Za-z0-9_]*)\.outputs\[\\?'([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)\\?'\]/g,
  )) {
    const [, job = '', step = '', output = ''] = m
    const steps = taskStepsByJob.get(job)
    if (!steps) problems.push(`${file}: dependencies.${job} names no job of the pipeline`)
    else if (!steps.has(step))
      problems.push(`${file}: job '${job}' has no task step named '${step}'`)
    else if (!steps.get(step)?.includes(output))
      problems.push(`${file}: step '${step}' sets no output variable '${output}'`)
  }
  return problems
}
