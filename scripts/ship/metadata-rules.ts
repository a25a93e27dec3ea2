/**
 * The rules the runners, tfx and the Marketplace apply to what this project ships, written as
 * code so tests (and `npm run package`, before tfx) check them without fetching a schema:
 * GitHub's action metadata syntax, the Azure Pipelines task.json schema (and tfx's own task
 * checks), and the Azure DevOps extension manifest. Each check returns every problem it finds,
 * as `<where>: <what is wrong>` lines; an empty list means the document passes.
 */

export type Json = unknown

/** Answers whether a file exists, relative to the folder of the document being checked. */
export type FileExists = (relativePath: string) => boolean

type Obj = Record<string, unknown>

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A value as text for a message or a comparison (JSON for anything but a string). */
function text(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? 'undefined')
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function unknownKeys(doc: Obj, allowed: readonly string[], where: string): string[] {
  return Object.keys(doc)
    .filter(k => !allowed.includes(k))
    .map(k => `${where}: unknown key '${k}' (allowed: ${allowed.join(', ')})`)
}

// ---------------------------------------------------------------------------------------------
// GitHub Actions: action.yml ("Metadata syntax for GitHub Actions")

/** Input and output ids: start with a letter or `_`, then alphanumerics, `-` or `_`. */
export const ACTION_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/
/** `runs.using` values a JavaScript action may declare; this project ships node24 only. */
export const NODE_RUNTIME = 'node24'
export const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark',
] as const
/** Marketplace listings cut the description; GitHub recommends a short one. */
export const ACTION_DESCRIPTION_MAX = 125

export interface ActionRuleOptions {
  /** Whether `runs.main` (and pre/post) must exist; checks the bundle path. */
  readonly exists?: FileExists
  /** The main script the action must run, relative to the action folder. */
  readonly expectedMain?: string
}

/** Checks a parsed action.yml of a JavaScript action. */
export function checkActionMetadata(doc: Json, options: ActionRuleOptions = {}): string[] {
  if (!isObj(doc)) return ['action.yml: must be a mapping']
  const problems = unknownKeys(
    doc,
    ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding'],
    'action.yml',
  )
  for (const key of ['name', 'description'] as const) {
    if (!nonEmptyString(doc[key])) problems.push(`action.yml: '${key}' is required (a string)`)
  }
  if (typeof doc['description'] === 'string' && doc['description'].length > ACTION_DESCRIPTION_MAX)
    problems.push(`action.yml: 'description' is longer than ${ACTION_DESCRIPTION_MAX} characters`)

  const inputs = doc['inputs'] ?? {}
  if (!isObj(inputs)) problems.push("action.yml: 'inputs' must be a mapping")
  else {
    for (const [id, decl] of Object.entries(inputs)) {
      const where = `action.yml: input '${id}'`
      if (!ACTION_ID.test(id))
        problems.push(`${where}: id must start with a letter or _ and hold only A-Z, 0-9, - or _`)
      if (!isObj(decl)) {
        problems.push(`${where}: must be a mapping`)
        continue
      }
      problems.push(
        ...unknownKeys(decl, ['description', 'required', 'default', 'deprecationMessage'], where),
      )
      if (!nonEmptyString(decl['description'])) problems.push(`${where}: 'description' is required`)
      if (decl['required'] !== undefined && typeof decl['required'] !== 'boolean')
        problems.push(`${where}: 'required' must be true or false`)
      if (decl['default'] !== undefined && typeof decl['default'] !== 'string')
        problems.push(`${where}: 'default' must be a string (the runner passes text)`)
    }
    const upper = Object.keys(inputs).map(id => id.toUpperCase())
    const clash = upper.filter((id, i) => upper.indexOf(id) !== i)
    for (const id of new Set(clash))
      problems.push(`action.yml: inputs collide as the variable INPUT_${id}`)
  }

  const outputs = doc['outputs'] ?? {}
  if (!isObj(outputs)) problems.push("action.yml: 'outputs' must be a mapping")
  else {
    for (const [id, decl] of Object.entries(outputs)) {
      const where = `action.yml: output '${id}'`
      if (!ACTION_ID.test(id))
        problems.push(`${where}: id must start with a letter or _ and hold only A-Z, 0-9, - or _`)
      if (!isObj(decl)) {
        problems.push(`${where}: must be a mapping`)
        continue
      }
      // JavaScript actions take a description only; `value` belongs to composite actions.
      problems.push(...unknownKeys(decl, ['description'], where))
      if (!nonEmptyString(decl['description'])) problems.push(`${where}: 'description' is required`)
    }
  }

  const runs = doc['runs']
  if (!isObj(runs)) problems.push("action.yml: 'runs' is required (a mapping)")
  else {
    problems.push(
      ...unknownKeys(
        runs,
        ['using', 'main', 'pre', 'pre-if', 'post', 'post-if'],
        'action.yml: runs',
      ),
    )
    if (runs['using'] !== NODE_RUNTIME)
      problems.push(
        `action.yml: runs.using must be '${NODE_RUNTIME}', not '${String(runs['using'])}'`,
      )
    if (!nonEmptyString(runs['main'])) problems.push('action.yml: runs.main is required')
    else if (options.expectedMain !== undefined && runs['main'] !== options.expectedMain)
      problems.push(
        `action.yml: runs.main must be '${options.expectedMain}', not '${runs['main']}'`,
      )
    for (const key of ['main', 'pre', 'post'] as const) {
      const script = runs[key]
      if (typeof script === 'string' && options.exists && !options.exists(script))
        problems.push(`action.yml: runs.${key} '${script}' does not exist`)
    }
  }

  const branding = doc['branding']
  if (!isObj(branding))
    problems.push("action.yml: 'branding' (icon and color) is required for the Marketplace")
  else {
    problems.push(...unknownKeys(branding, ['icon', 'color'], 'action.yml: branding'))
    if (typeof branding['icon'] !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(branding['icon']))
      problems.push('action.yml: branding.icon must be a Feather icon name (lowercase, kebab-case)')
    if (!BRANDING_COLORS.includes(branding['color'] as (typeof BRANDING_COLORS)[number]))
      problems.push(`action.yml: branding.color must be one of ${BRANDING_COLORS.join(', ')}`)
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Azure Pipelines: task.json (tasks.schema.json, and what tfx validates)

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export const TASK_NAME = /^[A-Za-z0-9-]+$/
export const FRIENDLY_NAME_MAX = 40
/** Handlers this project declares: Node 24 where the agent offers it, Node 20 otherwise. */
export const REQUIRED_HANDLERS = ['Node20_1', 'Node24'] as const
/** End-of-life Node handlers that tfx warns about and agents are removing. */
export const RETIRED_HANDLERS = ['Node', 'Node6', 'Node10', 'Node16'] as const
const INPUT_TYPES = [
  'string',
  'boolean',
  'multiLine',
  'pickList',
  'radio',
  'filePath',
  'int',
  'secureFile',
  'identities',
  'querycontrol',
]
const TASK_CATEGORIES = ['Build', 'Utility', 'Test', 'Package', 'Deploy', 'Tool']
/**
 * User variables: letters, digits, `.` and `_`; output variables are read as `<step>.<name>`, so
 * a `.` is not allowed here. The system reserves the prefixes below.
 */
export const OUTPUT_VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/
const RESERVED_VARIABLE_PREFIXES = ['endpoint', 'input', 'secret', 'path', 'securefile']
/** Operators of a visibleRule clause (`name == value`, joined by && or ||). */
const VISIBLE_RULE =
  /^\s*([A-Za-z][A-Za-z0-9_.]*)\s*(==|!=|<=|>=|<|>|NotEndsWith|EndsWith|NotContains|Contains|NotStartsWith|StartsWith)\s*(.*?)\s*$/

export interface TaskRuleOptions {
  /** When given, each handler's target must exist in the task folder (a packaged task). */
  readonly exists?: FileExists
}

function checkVisibleRule(rule: unknown, names: ReadonlySet<string>, where: string): string[] {
  if (typeof rule !== 'string' || rule.trim() === '')
    return [`${where}: visibleRule must be a non-empty string`]
  if (rule.includes('&&') && rule.includes('||'))
    return [`${where}: visibleRule mixes && and || (the agent evaluates only one kind)`]
  const problems: string[] = []
  for (const clause of rule.split(/&&|\|\|/)) {
    const match = VISIBLE_RULE.exec(clause)
    if (!match) {
      problems.push(
        `${where}: visibleRule clause '${clause.trim()}' is not '<input> <operator> <value>'`,
      )
      continue
    }
    if (!names.has(match[1] ?? ''))
      problems.push(
        `${where}: visibleRule names '${match[1] ?? ''}', which is not an input of the task`,
      )
  }
  return problems
}

/** Checks a parsed task.json. */
export function checkTaskJson(task: Json, options: TaskRuleOptions = {}): string[] {
  if (!isObj(task)) return ['task.json: must be an object']
  const name = typeof task['name'] === 'string' ? task['name'] : '(no name)'
  const at = `task.json ${name}`
  const problems: string[] = []
  if (typeof task['id'] !== 'string' || !GUID.test(task['id']))
    problems.push(`${at}: id must be a GUID`)
  if (typeof task['name'] !== 'string' || !TASK_NAME.test(task['name']))
    problems.push(`${at}: name must match ${TASK_NAME.source}`)
  if (
    typeof task['friendlyName'] !== 'string' ||
    task['friendlyName'].length < 1 ||
    task['friendlyName'].length > FRIENDLY_NAME_MAX
  )
    problems.push(`${at}: friendlyName must be 1 to ${FRIENDLY_NAME_MAX} characters`)
  if (!nonEmptyString(task['instanceNameFormat']))
    problems.push(`${at}: instanceNameFormat is required`)
  if (!nonEmptyString(task['description'])) problems.push(`${at}: description is required`)
  if (!nonEmptyString(task['author'])) problems.push(`${at}: author is required`)
  if (!TASK_CATEGORIES.includes(task['category'] as string))
    problems.push(`${at}: category must be one of ${TASK_CATEGORIES.join(', ')}`)
  const version = task['version']
  if (
    !isObj(version) ||
    !(['Major', 'Minor', 'Patch'] as const).every(
      k => Number.isInteger(version[k]) && (version[k] as number) >= 0,
    )
  )
    problems.push(`${at}: version must hold whole numbers Major, Minor and Patch`)
  if (
    task['minimumAgentVersion'] !== undefined &&
    !/^\d+\.\d+\.\d+$/.test(text(task['minimumAgentVersion']))
  )
    problems.push(`${at}: minimumAgentVersion must be a version such as 3.232.1`)

  const execution = task['execution']
  if (!isObj(execution)) problems.push(`${at}: execution is required`)
  else {
    for (const handler of REQUIRED_HANDLERS) {
      if (!isObj(execution[handler])) problems.push(`${at}: execution.${handler} is required`)
    }
    for (const handler of RETIRED_HANDLERS) {
      if (handler in execution)
        problems.push(`${at}: execution.${handler} is an end-of-life handler`)
    }
    for (const [handler, spec] of Object.entries(execution)) {
      const target = isObj(spec) ? spec['target'] : undefined
      if (!nonEmptyString(target)) {
        problems.push(`${at}: execution.${handler}.target is required`)
        continue
      }
      if (target.includes('..') || target.startsWith('/'))
        problems.push(
          `${at}: execution.${handler}.target '${target}' must stay inside the task folder`,
        )
      else if (options.exists && !options.exists(target))
        problems.push(
          `${at}: execution.${handler}.target '${target}' does not exist in the task folder`,
        )
    }
  }

  const inputs = task['inputs'] ?? []
  if (!Array.isArray(inputs)) problems.push(`${at}: inputs must be a list`)
  else {
    const names = new Set<string>()
    const aliases = new Set<string>()
    const groups = new Set(
      Array.isArray(task['groups']) ? task['groups'].filter(isObj).map(g => String(g['name'])) : [],
    )
    for (const input of inputs) {
      if (!isObj(input) || !nonEmptyString(input['name'])) {
        problems.push(`${at}: every input needs a name`)
        continue
      }
      const where = `${at}: input '${input['name']}'`
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(input['name']))
        problems.push(`${where}: name must be letters, digits and _ (it becomes INPUT_<NAME>)`)
      if (names.has(input['name'].toLowerCase()) || aliases.has(input['name'].toLowerCase()))
        problems.push(
          `${where}: the name is declared twice (names and aliases are case-insensitive)`,
        )
      names.add(input['name'].toLowerCase())
      for (const alias of Array.isArray(input['aliases']) ? input['aliases'] : []) {
        const key = String(alias).toLowerCase()
        if (names.has(key) || aliases.has(key))
          problems.push(`${where}: alias '${String(alias)}' is declared twice`)
        aliases.add(key)
      }
      const type = input['type']
      if (
        typeof type !== 'string' ||
        !(INPUT_TYPES.includes(type) || /^connectedService:[A-Za-z0-9_.-]+$/.test(type))
      )
        problems.push(`${where}: type '${String(type)}' is not a task input type`)
      if (!nonEmptyString(input['label'])) problems.push(`${where}: label is required`)
      if (input['required'] !== undefined && typeof input['required'] !== 'boolean')
        problems.push(`${where}: required must be true or false`)
      const def = input['defaultValue']
      if (def !== undefined && typeof def !== 'string')
        problems.push(`${where}: defaultValue must be a string`)
      if (type === 'boolean' && def !== undefined && !['true', 'false'].includes(text(def)))
        problems.push(`${where}: a boolean's defaultValue must be 'true' or 'false'`)
      if (type === 'pickList' || type === 'radio') {
        const optionsMap = input['options']
        if (!isObj(optionsMap) || Object.keys(optionsMap).length === 0)
          problems.push(`${where}: a ${type} needs options`)
        else if (def !== undefined && def !== '' && !(text(def) in optionsMap))
          problems.push(`${where}: defaultValue '${text(def)}' is not one of its options`)
      }
      if (input['groupName'] !== undefined && !groups.has(text(input['groupName'])))
        problems.push(`${where}: groupName '${text(input['groupName'])}' is not a declared group`)
    }
    const allNames = new Set(inputs.filter(isObj).map(i => String(i['name'])))
    for (const input of inputs.filter(isObj)) {
      if (input['visibleRule'] !== undefined)
        problems.push(
          ...checkVisibleRule(
            input['visibleRule'],
            allNames,
            `${at}: input '${String(input['name'])}'`,
          ),
        )
    }
  }

  const outputs = task['outputVariables'] ?? []
  if (!Array.isArray(outputs)) problems.push(`${at}: outputVariables must be a list`)
  else {
    const seen = new Set<string>()
    for (const out of outputs) {
      const outName = isObj(out) ? out['name'] : undefined
      if (typeof outName !== 'string' || !OUTPUT_VARIABLE.test(outName)) {
        problems.push(
          `${at}: output variable '${String(outName)}' must match ${OUTPUT_VARIABLE.source}`,
        )
        continue
      }
      if (RESERVED_VARIABLE_PREFIXES.some(p => outName.toLowerCase().startsWith(p)))
        problems.push(
          `${at}: output variable '${outName}' starts with a prefix the system reserves`,
        )
      if (seen.has(outName.toLowerCase()))
        problems.push(`${at}: output variable '${outName}' is declared twice`)
      seen.add(outName.toLowerCase())
    }
  }
  return problems
}

// ---------------------------------------------------------------------------------------------
// Azure DevOps extension manifest: vss-extension.json

export const TASK_CONTRIBUTION_TYPE = 'ms.vss-distributed-task.task'
export const TASK_CONTRIBUTION_TARGET = 'ms.vss-distributed-task.tasks'

export interface ExtensionRuleOptions {
  /** Relative to the extension root: files, icons, task folders and their task.json. */
  readonly exists?: FileExists
  /** Reads `<folder>/task.json` under the extension root, for the cross-task checks. */
  readonly readTask?: (folder: string) => Json
}

/** Checks a parsed vss-extension.json with task contributions. */
export function checkExtensionManifest(
  manifest: Json,
  options: ExtensionRuleOptions = {},
): string[] {
  if (!isObj(manifest)) return ['vss-extension.json: must be an object']
  const at = 'vss-extension.json'
  const problems: string[] = []
  if (manifest['manifestVersion'] !== 1) problems.push(`${at}: manifestVersion must be 1`)
  if (typeof manifest['id'] !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(manifest['id']))
    problems.push(`${at}: id must be letters, digits, - and _`)
  if (
    typeof manifest['publisher'] !== 'string' ||
    !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(manifest['publisher'])
  )
    problems.push(`${at}: publisher must be letters, digits, - and _`)
  if (typeof manifest['version'] !== 'string' || !/^\d+\.\d+\.\d+$/.test(manifest['version']))
    problems.push(`${at}: version must be MAJOR.MINOR.PATCH`)
  if (!nonEmptyString(manifest['name'])) problems.push(`${at}: name is required`)
  const targets = manifest['targets']
  if (
    !Array.isArray(targets) ||
    !targets.some(t => isObj(t) && t['id'] === 'Microsoft.VisualStudio.Services')
  )
    problems.push(`${at}: targets must include Microsoft.VisualStudio.Services`)
  if (!Array.isArray(manifest['categories']) || !manifest['categories'].includes('Azure Pipelines'))
    problems.push(`${at}: categories must include 'Azure Pipelines'`)

  const files = Array.isArray(manifest['files']) ? manifest['files'].filter(isObj) : []
  if (files.length === 0) problems.push(`${at}: files must list the task folders`)
  const packaged = new Set<string>()
  for (const file of files) {
    const path = file['path']
    if (!nonEmptyString(path)) {
      problems.push(`${at}: every files entry needs a path`)
      continue
    }
    if (path.split(/[\\/]/).includes('node_modules'))
      problems.push(
        `${at}: files entry '${path}' ships node_modules (tasks are self-contained bundles)`,
      )
    if (options.exists && !options.exists(path))
      problems.push(`${at}: files entry '${path}' does not exist`)
    packaged.add(typeof file['packagePath'] === 'string' ? file['packagePath'] : path)
  }
  const icons = manifest['icons']
  if (!isObj(icons) || !nonEmptyString(icons['default']))
    problems.push(`${at}: icons.default is required`)
  else if (options.exists && !options.exists(icons['default']))
    problems.push(`${at}: icons.default '${icons['default']}' does not exist`)
  const details = isObj(manifest['content']) ? manifest['content']['details'] : undefined
  if (
    isObj(details) &&
    typeof details['path'] === 'string' &&
    options.exists &&
    !options.exists(details['path'])
  )
    problems.push(`${at}: content.details.path '${details['path']}' does not exist`)

  const contributions = Array.isArray(manifest['contributions']) ? manifest['contributions'] : []
  if (contributions.length === 0) problems.push(`${at}: contributions must not be empty`)
  const ids = new Set<string>()
  const taskIds = new Map<string, string>()
  const taskNames = new Map<string, string>()
  for (const contribution of contributions) {
    if (!isObj(contribution) || !nonEmptyString(contribution['id'])) {
      problems.push(`${at}: every contribution needs an id`)
      continue
    }
    const id = contribution['id']
    const where = `${at}: contribution '${id}'`
    if (ids.has(id)) problems.push(`${where}: the id is used twice`)
    ids.add(id)
    if (contribution['type'] !== TASK_CONTRIBUTION_TYPE) continue
    const contributionTargets = contribution['targets']
    if (
      !Array.isArray(contributionTargets) ||
      contributionTargets.length !== 1 ||
      contributionTargets[0] !== TASK_CONTRIBUTION_TARGET
    )
      problems.push(`${where}: targets must be ['${TASK_CONTRIBUTION_TARGET}']`)
    const properties = contribution['properties']
    const folder = isObj(properties) ? properties['name'] : undefined
    if (!nonEmptyString(folder)) {
      problems.push(`${where}: properties.name must name the task folder`)
      continue
    }
    if (![...packaged].some(p => folder === p || folder.startsWith(`${p}/`)))
      problems.push(`${where}: task folder '${folder}' is not in files`)
    if (options.exists && !options.exists(`${folder}/task.json`))
      problems.push(`${where}: '${folder}/task.json' does not exist`)
    if (options.readTask && (!options.exists || options.exists(`${folder}/task.json`))) {
      const task = options.readTask(folder)
      if (isObj(task)) {
        const taskId = String(task['id']).toLowerCase()
        const taskName = String(task['name']).toLowerCase()
        if (taskIds.has(taskId))
          problems.push(
            `${where}: task id ${taskId} is also declared by '${taskIds.get(taskId) ?? ''}'`,
          )
        if (taskNames.has(taskName))
          problems.push(
            `${where}: task name '${String(task['name'])}' is also declared by '${taskNames.get(taskName) ?? ''}'`,
          )
        taskIds.set(taskId, id)
        taskNames.set(taskName, id)
      }
    }
  }
  return problems
}
