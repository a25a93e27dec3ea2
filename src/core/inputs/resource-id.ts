import { parseResourceGroupName, parseSubscriptionId } from './azure-names.js'
import type { Parsed, Parser } from './parsed.js'
import { fail, ok } from './parsed.js'

/** The parts that make up an ARM resource ID. */
export interface ResourceIdParts {
  readonly subscriptionId: string
  readonly resourceGroup: string
  /** The resource provider namespace, like `Microsoft.Network`. */
  readonly provider: string
  /** Resource types from the top-level resource down: `['virtualNetworks', 'subnets']`. */
  readonly types: readonly string[]
  /** Names matching `types`: `['vnet-hub', 'snet-aks']`. */
  readonly names: readonly string[]
}

export interface ResourceId extends ResourceIdParts {
  /** The canonical ID: keywords spelled `subscriptions`, `resourceGroups`, `providers`. */
  readonly id: string
  /** The full type, like `Microsoft.Network/virtualNetworks/subnets`. */
  readonly type: string
  /** The last name. */
  readonly name: string
  /** The parent resource, for child resources only. */
  readonly parent?: ResourceId
}

const GENERIC_EXAMPLE =
  '/subscriptions/<id>/resourceGroups/<rg>/providers/<Namespace>/<type>/<name>'
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/
const TYPE = /^[A-Za-z][A-Za-z0-9]*$/
const PLACEHOLDERS: Readonly<Record<string, string>> = { virtualnetworks: 'vnet' }

/**
 * A parser for ARM resource IDs of the form
 * `/subscriptions/{guid}/resourceGroups/{rg}/providers/{Namespace}/{type}/{name}[/{type}/{name}...]`.
 * Keywords match in any case. With `expectedType` (`Microsoft.Network/virtualNetworks/subnets`),
 * the type must match it, ignoring case.
 */
export function parseResourceId(expectedType?: string): Parser<ResourceId> {
  const accepted =
    expectedType === undefined
      ? `use ${GENERIC_EXAMPLE}`
      : `expected a ${expectedType} resource ID, like ${exampleFor(expectedType)}`
  return raw => {
    const parsed = parseParts(raw)
    if (!parsed.ok) return fail(`${parsed.message}; ${accepted}`)
    const resourceId = build(parsed.value)
    if (expectedType !== undefined && !sameText(resourceId.type, expectedType)) {
      return fail(`${accepted}; got a ${resourceId.type} ID`)
    }
    return ok(resourceId)
  }
}

/** The canonical ID text for `parts`. Throws when `types` and `names` differ in length. */
export function formatResourceId(parts: ResourceIdParts): string {
  if (parts.types.length !== parts.names.length || parts.types.length === 0) {
    throw new RangeError('formatResourceId: types and names must be non-empty and of equal length')
  }
  const pairs = parts.types.map((type, index) => `${type}/${parts.names[index] ?? ''}`)
  return [
    `/subscriptions/${parts.subscriptionId}`,
    `resourceGroups/${parts.resourceGroup}`,
    `providers/${parts.provider}`,
    ...pairs,
  ].join('/')
}

/** Compares two resource IDs ignoring case (ARM IDs are case-insensitive). */
export function resourceIdEquals(a: ResourceId | string, b: ResourceId | string): boolean {
  return sameText(canonical(a), canonical(b))
}

function canonical(id: ResourceId | string): string {
  if (typeof id !== 'string') return id.id
  const parsed = parseParts(id)
  return parsed.ok ? formatResourceId(parsed.value) : id
}

function sameText(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function parseParts(raw: string): Parsed<ResourceIdParts> {
  if (!raw.startsWith('/')) return fail('not a resource ID, which starts with /subscriptions/')
  if (raw.length > 1 && raw.endsWith('/')) return fail("ends with '/'; drop it")
  const segments = raw.slice(1).split('/')
  if (segments.includes('')) return fail("has an empty segment ('//')")
  const [subKeyword, subscription, rgKeyword, resourceGroup, providersKeyword, provider, ...rest] =
    segments
  if (!sameText(subKeyword ?? '', 'subscriptions') || subscription === undefined) {
    return fail('does not start with /subscriptions/<id>')
  }
  if (!parseSubscriptionId(subscription).ok) return fail('the subscription is not a GUID')
  if (!sameText(rgKeyword ?? '', 'resourceGroups') || resourceGroup === undefined) {
    return fail('missing the resourceGroups/<rg> segment')
  }
  if (!parseResourceGroupName(resourceGroup).ok) {
    return fail(`resource group '${resourceGroup}' is not a valid resource group name`)
  }
  if (!sameText(providersKeyword ?? '', 'providers') || provider === undefined) {
    return fail(
      'a resource group ID, not a resource ID; it lacks providers/<Namespace>/<type>/<name>',
    )
  }
  if (!NAMESPACE.test(provider)) {
    return fail(`'${provider}' is not a provider namespace like Microsoft.Network`)
  }
  if (rest.some(segment => sameText(segment, 'providers'))) {
    return fail("extension resources (a second 'providers' segment) are not supported")
  }
  if (rest.length === 0) return fail(`missing the resource type and name after '${provider}'`)
  const types = rest.filter((_, index) => index % 2 === 0)
  const names = rest.filter((_, index) => index % 2 === 1)
  const badType = types.find(type => !TYPE.test(type))
  if (badType !== undefined) return fail(`'${badType}' is not a resource type`)
  if (types.length !== names.length) {
    return fail(`missing the name after '${types[types.length - 1] ?? ''}'`)
  }
  const badName = names.find(name => /[\s?#]/.test(name))
  if (badName !== undefined) return fail(`name '${badName}' contains whitespace, '?' or '#'`)
  return ok({
    subscriptionId: subscription.toLowerCase(),
    resourceGroup,
    provider,
    types,
    names,
  })
}

function build(parts: ResourceIdParts): ResourceId {
  const { types, names } = parts
  const parent =
    types.length > 1
      ? build({ ...parts, types: types.slice(0, -1), names: names.slice(0, -1) })
      : undefined
  const resourceId: ResourceId = {
    ...parts,
    id: formatResourceId(parts),
    type: [parts.provider, ...types].join('/'),
    name: names[names.length - 1] ?? '',
  }
  return parent === undefined ? resourceId : { ...resourceId, parent }
}

function exampleFor(expectedType: string): string {
  const [provider = '<Namespace>', ...types] = expectedType.split('/')
  const pairs = types.map(type => `${type}/<${placeholderFor(type)}>`)
  return [`/subscriptions/<id>/resourceGroups/<rg>/providers/${provider}`, ...pairs].join('/')
}

function placeholderFor(type: string): string {
  const known = PLACEHOLDERS[type.toLowerCase()]
  if (known !== undefined) return known
  if (type.endsWith('ies')) return `${type.slice(0, -3)}y`
  if (/(ss|x|ch|sh)es$/.test(type)) return type.slice(0, -2)
  if (type.endsWith('s')) return type.slice(0, -1)
  return type
}
