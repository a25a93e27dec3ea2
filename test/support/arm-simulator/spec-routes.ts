import { asArray, asString, isObject, type JsonObject } from './json-types.js'
import { refFrom, resolveRef, type SwaggerFiles } from './swagger-files.js'

/** One swagger operation (path template + method). */
export interface SpecOperation {
  file: string
  template: string
  method: string
  operationId: string
  longRunning: boolean
  finalStateVia: string | undefined
  /** The body parameter's (unconverted) schema, if the operation takes a body. */
  bodySchema: unknown
  bodyRequired: boolean
  /** Number of literal segments, to prefer the most specific template. */
  literalCount: number
  pattern: RegExp
  /**
   * Path parameters declared with an `enum` (e.g. Private DNS `recordType`), keyed by regex group
   * name: a value must be one of them (compared case-insensitively) and is rewritten to its casing.
   */
  pathEnums: Record<string, string[]>
}

export interface RouteMatch {
  operation: SpecOperation
  params: Record<string, string>
}

const METHODS = new Set(['get', 'put', 'patch', 'delete', 'post', 'head'])

export class SpecRoutes {
  readonly operations: SpecOperation[] = []

  constructor(files: SwaggerFiles) {
    for (const [file, doc] of files) {
      const paths = isObject(doc.paths) ? doc.paths : {}
      for (const [template, item] of Object.entries(paths)) {
        if (!isObject(item)) continue
        const pathParams = asArray(item.parameters)
        // A template that is only a parameter (`/{roleAssignmentId}`) would match every path.
        if (!template.split('/').some(s => s !== '' && !s.startsWith('{'))) continue
        for (const [method, op] of Object.entries(item)) {
          if (!METHODS.has(method) || !isObject(op)) continue
          this.operations.push(build(files, file, template, method, op, pathParams))
        }
      }
    }
  }

  match(method: string, path: string): RouteMatch | undefined {
    let best: RouteMatch | undefined
    const lower = method.toLowerCase()
    for (const operation of this.operations) {
      if (operation.method !== lower) continue
      const params = matchPath(operation, path)
      if (!params) continue
      if (best && best.operation.literalCount >= operation.literalCount) continue
      best = { operation, params }
    }
    return best
  }

  /** Whether any template (any method) matches the path. */
  knowsPath(path: string): boolean {
    return this.operations.some(op => matchPath(op, path) !== undefined)
  }
}

/** The path's parameters if it matches the operation's template (enum parameters canonicalised). */
function matchPath(operation: SpecOperation, path: string): Record<string, string> | undefined {
  const m = operation.pattern.exec(path)
  if (!m) return undefined
  const params: Record<string, string> = { ...m.groups }
  for (const [group, values] of Object.entries(operation.pathEnums)) {
    const value = params[group]
    if (value === undefined) continue
    const canonical = values.find(v => v.toLowerCase() === value.toLowerCase())
    if (canonical === undefined) return undefined
    params[group] = canonical
  }
  return params
}

function build(
  files: SwaggerFiles,
  file: string,
  template: string,
  method: string,
  op: JsonObject,
  pathParams: unknown[],
): SpecOperation {
  let bodySchema: unknown
  let bodyRequired = false
  const enums = new Map<string, string[]>()
  const multiSegment = new Set<string>()
  for (const raw of [...pathParams, ...asArray(op.parameters)]) {
    let parameter: unknown = raw
    let paramFile = file
    if (isObject(raw) && typeof raw.$ref === 'string') {
      const resolved = resolveRef(files, file, raw.$ref)
      parameter = resolved.value
      paramFile = resolved.file
    }
    if (isObject(parameter) && parameter.in === 'body') {
      bodySchema = qualify(parameter.schema, paramFile, file)
      bodyRequired = parameter.required === true
    }
    if (
      isObject(parameter) &&
      parameter.in === 'path' &&
      typeof parameter.name === 'string' &&
      parameter['x-ms-skip-url-encoding'] === true
    ) {
      multiSegment.add(parameter.name)
    }
    if (isObject(parameter) && parameter.in === 'path' && typeof parameter.name === 'string') {
      const values = asArray(parameter.enum).filter((v): v is string => typeof v === 'string')
      if (values.length > 0) enums.set(parameter.name, values)
    }
  }
  const options = isObject(op['x-ms-long-running-operation-options'])
    ? op['x-ms-long-running-operation-options']
    : {}
  const segments = template.split('/').filter(Boolean)
  const names = new Map<string, number>()
  const pathEnums: Record<string, string[]> = {}
  const source = segments
    .map((segment, index) => {
      const param = /^\{([^}]+)\}$/.exec(segment)
      if (!param?.[1]) return escapeRegExp(segment)
      const base = param[1].replace(/[^A-Za-z0-9_]/g, '_')
      const count = names.get(base) ?? 0
      names.set(base, count + 1)
      const group = count === 0 ? base : `${base}_${count}`
      const values = enums.get(param[1])
      if (values) pathEnums[group] = values
      // A leading unencoded parameter is a scope (`/{scope}/providers/…`): several segments.
      const span = index === 0 && multiSegment.has(param[1]) ? '.+' : '[^/]+'
      return `(?<${group}>${span})`
    })
    .join('/')
  return {
    file,
    template,
    method,
    operationId: asString(op.operationId) ?? `${method} ${template}`,
    longRunning: op['x-ms-long-running-operation'] === true,
    finalStateVia: asString(options['final-state-via']),
    bodySchema,
    bodyRequired,
    literalCount: segments.filter(s => !s.startsWith('{')).length,
    pattern: new RegExp(`^/${source}/?$`, 'i'),
    pathEnums,
  }
}

/** A parameter's schema `$ref` relative to another file is rewritten relative to `targetFile`. */
function qualify(schema: unknown, schemaFile: string, targetFile: string): unknown {
  if (schemaFile === targetFile || !isObject(schema) || typeof schema.$ref !== 'string') {
    return schema
  }
  return schema.$ref.startsWith('#')
    ? { $ref: `${refFrom(targetFile, schemaFile)}${schema.$ref}` }
    : schema
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
