import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isObject, type JsonObject } from './json-types.js'

/** Every swagger file of the spec folder, keyed by file name (e.g. `routeTable.json`). */
export type SwaggerFiles = ReadonlyMap<string, JsonObject>

export function loadSwaggerFiles(dir: string): SwaggerFiles {
  const files = new Map<string, JsonObject>()
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue
    const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    if (isObject(parsed)) files.set(name, parsed)
  }
  return files
}

export interface ResolvedRef {
  file: string
  pointer: string
  value: unknown
}

/** Resolves `./other.json#/definitions/X` or `#/definitions/X` relative to `fromFile`. */
export function resolveRef(files: SwaggerFiles, fromFile: string, ref: string): ResolvedRef {
  const [filePart, pointerPart = ''] = ref.split('#')
  const file = filePart ? filePart.replace(/^\.\//, '') : fromFile
  let value: unknown = files.get(file)
  if (value === undefined) throw new Error(`unresolvable $ref ${ref} from ${fromFile}`)
  for (const raw of pointerPart.split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    value = isObject(value) ? value[key] : undefined
  }
  if (value === undefined) throw new Error(`unresolvable $ref ${ref} from ${fromFile}`)
  return { file, pointer: pointerPart, value }
}
