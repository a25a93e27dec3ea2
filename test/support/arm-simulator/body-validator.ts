import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { isObject, withoutNulls } from './json-types.js'
import { CI_ENUM_KEYWORD, SchemaConverter } from './schema-converter.js'
import type { SpecOperation } from './spec-routes.js'
import type { SwaggerFiles } from './swagger-files.js'

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

export type ValidationResult = { ok: true } | { ok: false; message: string }

/** Validates request bodies against the operation's swagger body schema (compiled once, cached). */
export class BodyValidator {
  private readonly ajv: Ajv
  private readonly converter: SchemaConverter
  private readonly cache = new Map<SpecOperation, ValidateFunction>()

  constructor(files: SwaggerFiles) {
    this.converter = new SchemaConverter(files)
    this.ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false })
    addFormats(this.ajv)
    this.ajv.addKeyword({
      keyword: CI_ENUM_KEYWORD,
      type: 'string',
      schemaType: 'array',
      errors: true,
      validate: ciEnum,
    })
    for (const schema of this.converter.definitionSchemas()) this.ajv.addSchema(schema)
  }

  validate(operation: SpecOperation, body: unknown): ValidationResult {
    if (operation.bodySchema === undefined) return { ok: true }
    if (body === undefined) {
      return operation.bodyRequired
        ? { ok: false, message: 'The request content was invalid and could not be deserialized.' }
        : { ok: true }
    }
    let validate = this.cache.get(operation)
    if (!validate) {
      validate = this.ajv.compile(this.converter.convert(operation.bodySchema, operation.file))
      this.cache.set(operation, validate)
    }
    if (validate(withoutNulls(body))) return { ok: true }
    return { ok: false, message: describe(validate.errors ?? []) }
  }
}

interface CiEnumValidate {
  (schema: unknown[], data: string): boolean
  errors?: Partial<ErrorObject>[]
}

const ciEnum: CiEnumValidate = (schema, data) => {
  const lower = data.toLowerCase()
  if (schema.some(v => typeof v === 'string' && v.toLowerCase() === lower)) return true
  ciEnum.errors = [
    {
      keyword: CI_ENUM_KEYWORD,
      message: `value '${data}' is not one of the allowed values: ${schema.join(', ')}`,
      params: { allowedValues: schema },
    },
  ]
  return false
}

function describe(errors: ErrorObject[]): string {
  const error = errors.find(e => e.keyword !== 'if') ?? errors[0]
  if (!error) return 'The request content was invalid.'
  let path = toArmPath(error.instancePath)
  let what = error.message ?? 'is invalid'
  if (error.keyword === 'required' && isObject(error.params)) {
    const missing = String(error.params.missingProperty)
    path = path ? `${path}.${missing}` : missing
    what = 'required property is missing'
  } else if (error.keyword === 'type' && isObject(error.params)) {
    what = `must be of type ${String(error.params.type)}`
  }
  return `${path || '(body)'}: ${what}`
}

function toArmPath(instancePath: string): string {
  return instancePath
    .split('/')
    .filter(Boolean)
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part),
      '',
    )
}
