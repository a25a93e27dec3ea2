import { readdirSync, readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { join } from 'node:path'
import { isObject, type JsonObject } from './json-types.js'

/**
 * Every swagger file of a spec folder, keyed by its path relative to that folder: the folder's
 * own files by name (`routeTable.json`), files they reference elsewhere in the
 * azure-rest-api-specs layout by relative path (`../../../../../common-types/…/types.json`).
 */
export type SwaggerFiles = ReadonlyMap<string, JsonObject>

/** The file a `$ref`'s file part names, relative to the spec folder, from `fromFile`. */
function refFile(fromFile: string, filePart: string): string {
  return posix.normalize(posix.join(posix.dirname(fromFile), filePart))
}

function externalRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) externalRefs(item, out)
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'x-ms-examples') continue
      if (key === '$ref' && typeof child === 'string') {
        const filePart = child.split('#')[0]
        if (filePart) out.add(filePart)
      } else {
        externalRefs(child, out)
      }
    }
  }
}

/** Loads the folder's `*.json` files and, transitively, every file their `$ref`s name. */
export function loadSwaggerFiles(dir: string): SwaggerFiles {
  const files = new Map<string, JsonObject>()
  const pending = readdirSync(dir)
    .filter(name => name.endsWith('.json'))
    .sort()
  while (pending.length > 0) {
    const name = pending.shift() ?? ''
    if (files.has(name)) continue
    const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    if (!isObject(parsed)) continue
    files.set(name, parsed)
    const refs = new Set<string>()
    externalRefs(parsed, refs)
    for (const filePart of refs) {
      const file = refFile(name, filePart)
      if (!files.has(file)) pending.push(file)
    }
  }
  return files
}

export interface ResolvedRef {
  file: string
  pointer: string
  value: unknown
}

/** Resolves `./other.json#/definitions/X`, `../x/y.json#/…` or `#/definitions/X` from `fromFile`. */
export function resolveRef(files: SwaggerFiles, fromFile: string, ref: string): ResolvedRef {
  const [filePart, pointerPart = ''] = ref.split('#')
  const file = filePart ? refFile(fromFile, filePart) : fromFile
  let value: unknown = files.get(file)
  if (value === undefined) throw new Error(`unresolvable $ref ${ref} from ${fromFile}`)
  for (const raw of pointerPart.split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    value = isObject(value) ? value[key] : undefined
  }
  if (value === undefined) throw new Error(`unresolvable $ref ${ref} from ${fromFile}`)
  return { file, pointer: pointerPart, value }
}

/** A `$ref` to `file` written as seen from `fromFile`. */
export function refFrom(fromFile: string, file: string): string {
  const relative = posix.relative(posix.dirname(fromFile), file)
  return relative.startsWith('.') ? relative : `./${relative}`
}
