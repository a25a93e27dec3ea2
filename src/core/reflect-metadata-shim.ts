/**
 * The small part of the `reflect-metadata` API that tsyringe (used by @peculiar/x509) needs.
 * The polyfill @peculiar/x509 expects is not installed (nor bundled), so this one is installed
 * before the library is loaded (see x509.ts).
 */
type MetadataKey = unknown
type Target = object

interface ReflectWithMetadata {
  getMetadata?: (key: MetadataKey, target: Target, property?: string | symbol) => unknown
  getOwnMetadata?: (key: MetadataKey, target: Target, property?: string | symbol) => unknown
  defineMetadata?: (
    key: MetadataKey,
    value: unknown,
    target: Target,
    property?: string | symbol,
  ) => void
  hasMetadata?: (key: MetadataKey, target: Target, property?: string | symbol) => boolean
  metadata?: (
    key: MetadataKey,
    value: unknown,
  ) => (target: Target, property?: string | symbol) => void
}

const store = new WeakMap<Target, Map<string | symbol | undefined, Map<MetadataKey, unknown>>>()

function ownMap(
  target: Target,
  property: string | symbol | undefined,
  create: boolean,
): Map<MetadataKey, unknown> | undefined {
  let byProperty = store.get(target)
  if (!byProperty) {
    if (!create) return undefined
    byProperty = new Map()
    store.set(target, byProperty)
  }
  let map = byProperty.get(property)
  if (!map && create) {
    map = new Map()
    byProperty.set(property, map)
  }
  return map
}

/** Installs the shim on the global `Reflect` unless a metadata polyfill is already there. */
export function installReflectMetadataShim(): void {
  const reflect = Reflect as unknown as ReflectWithMetadata
  if (typeof reflect.getMetadata === 'function') return
  reflect.getOwnMetadata = (key, target, property) => ownMap(target, property, false)?.get(key)
  reflect.getMetadata = (key, target, property) => {
    let current: Target | null = target
    while (current) {
      const map = ownMap(current, property, false)
      if (map?.has(key)) return map.get(key)
      current = Object.getPrototypeOf(current) as Target | null
    }
    return undefined
  }
  reflect.hasMetadata = (key, target, property) =>
    reflect.getMetadata?.(key, target, property) !== undefined
  reflect.defineMetadata = (key, value, target, property) => {
    ownMap(target, property, true)?.set(key, value)
  }
  reflect.metadata = (key, value) => (target, property) => {
    ownMap(target, property, true)?.set(key, value)
  }
}
