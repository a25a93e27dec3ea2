import { asArray, asString, isObject, type JsonObject } from './json-types.js'
import { resolveRef, type SwaggerFiles } from './swagger-files.js'

/** Custom ajv keyword: a string enum compared case-insensitively, as ARM does. */
export const CI_ENUM_KEYWORD = 'x-ci-enum'

const ID_BASE = 'https://arm-simulator.local/schemas/'
const INT32 = { minimum: -2147483648, maximum: 2147483647 }
const KEPT_FORMATS = new Set(['date-time', 'uuid'])
const KEPT_NUMBERS = ['minimum', 'maximum', 'minItems', 'maxItems', 'minLength', 'maxLength']

/**
 * Converts Swagger 2.0 schemas to JSON Schema (draft-07) for request validation:
 * `$ref`s become ids of per-definition schemas (see `definitionSchemas`), readOnly properties
 * accept anything (ARM ignores them in requests), enums compare case-insensitively, unknown
 * extra properties are allowed, and `discriminator` bases dispatch to their subtypes.
 */
export class SchemaConverter {
  private readonly subtypes = new Map<string, { value: string; key: string }[]>()

  constructor(private readonly files: SwaggerFiles) {
    this.indexSubtypes()
  }

  /** `$id` of the schema a reference to `file#/definitions/name` validates against. */
  idFor(file: string, name: string, polymorphic: boolean): string {
    const key = `${file}/${name}`
    return (
      ID_BASE + encodeURIComponent(key) + (polymorphic && this.subtypes.has(key) ? '/poly' : '')
    )
  }

  /** One schema per definition of every file, plus a `/poly` variant for discriminator bases. */
  definitionSchemas(): JsonObject[] {
    const schemas: JsonObject[] = []
    for (const [file, doc] of this.files) {
      const definitions = isObject(doc.definitions) ? doc.definitions : {}
      for (const [name, definition] of Object.entries(definitions)) {
        schemas.push({ ...this.convert(definition, file), $id: this.idFor(file, name, false) })
        const subs = this.subtypes.get(`${file}/${name}`)
        if (subs && isObject(definition))
          schemas.push(this.polymorphic(file, name, definition, subs))
      }
    }
    return schemas
  }

  /** Converts a schema found in `file` (e.g. an operation's body parameter schema). */
  convert(schema: unknown, file: string, asBase = false): JsonObject {
    if (!isObject(schema)) return {}
    const ref = asString(schema.$ref)
    if (ref !== undefined) return this.convertRef(ref, file, asBase)
    const out: JsonObject = {}
    const type = asString(schema.type)
    if (type !== undefined && type !== 'file') out.type = type
    if (type === 'integer' && schema.format === 'int32') Object.assign(out, INT32)
    const format = asString(schema.format)
    if (type === 'string' && format !== undefined && KEPT_FORMATS.has(format)) out.format = format
    for (const key of KEPT_NUMBERS) if (typeof schema[key] === 'number') out[key] = schema[key]
    if (Array.isArray(schema.enum)) {
      const values = schema.enum
      if (values.every(v => typeof v === 'string')) out[CI_ENUM_KEYWORD] = values
      else out.enum = values
    }
    if (isObject(schema.properties)) {
      const properties: JsonObject = {}
      const readOnly = new Set<string>()
      for (const [name, property] of Object.entries(schema.properties)) {
        if (isObject(property) && property.readOnly === true) {
          readOnly.add(name)
          properties[name] = {}
        } else {
          properties[name] = this.convert(property, file)
        }
      }
      out.properties = properties
      if (out.type === undefined) out.type = 'object'
      const required = asArray(schema.required).filter(
        (r): r is string => typeof r === 'string' && !readOnly.has(r),
      )
      if (required.length > 0) out.required = required
    } else if (Array.isArray(schema.required) && schema.required.length > 0) {
      out.required = schema.required
    }
    if (isObject(schema.additionalProperties)) {
      out.additionalProperties = this.convert(schema.additionalProperties, file)
    }
    if (schema.items !== undefined) out.items = this.convert(schema.items, file)
    if (Array.isArray(schema.allOf)) {
      out.allOf = schema.allOf.map(part => this.convert(part, file, true))
    }
    return out
  }

  private convertRef(ref: string, file: string, asBase: boolean): JsonObject {
    const resolved = resolveRef(this.files, file, ref)
    const match = /^\/definitions\/([^/]+)$/.exec(resolved.pointer)
    if (match?.[1] !== undefined) return { $ref: this.idFor(resolved.file, match[1], !asBase) }
    return this.convert(resolved.value, resolved.file, asBase)
  }

  private polymorphic(
    file: string,
    name: string,
    definition: JsonObject,
    subs: { value: string; key: string }[],
  ): JsonObject {
    const discriminator = asString(definition.discriminator) ?? 'type'
    return {
      $id: this.idFor(file, name, true),
      type: 'object',
      required: [discriminator],
      properties: {
        [discriminator]: { type: 'string', [CI_ENUM_KEYWORD]: subs.map(s => s.value) },
      },
      allOf: subs.map(sub => ({
        if: { properties: { [discriminator]: { [CI_ENUM_KEYWORD]: [sub.value] } } },
        then: { $ref: ID_BASE + encodeURIComponent(sub.key) },
      })),
    }
  }

  /** Finds, for every definition with a `discriminator`, the definitions that extend it. */
  private indexSubtypes(): void {
    const bases = new Set<string>()
    for (const [file, doc] of this.files) {
      for (const [name, def] of Object.entries(isObject(doc.definitions) ? doc.definitions : {})) {
        if (isObject(def) && typeof def.discriminator === 'string') bases.add(`${file}/${name}`)
      }
    }
    for (const base of bases) this.subtypes.set(base, [])
    for (const [file, doc] of this.files) {
      for (const [name, def] of Object.entries(isObject(doc.definitions) ? doc.definitions : {})) {
        if (!isObject(def)) continue
        for (const part of asArray(def.allOf)) {
          const ref = isObject(part) ? asString(part.$ref) : undefined
          if (ref === undefined) continue
          const resolved = resolveRef(this.files, file, ref)
          const baseKey = `${resolved.file}/${resolved.pointer.replace(/^\/definitions\//, '')}`
          const list = this.subtypes.get(baseKey)
          const value = asString(def['x-ms-discriminator-value']) ?? name
          list?.push({ value, key: `${file}/${name}` })
        }
      }
    }
  }
}
