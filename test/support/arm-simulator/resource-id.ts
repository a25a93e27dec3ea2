/** Parsed ARM resource id: `/subscriptions/S/resourceGroups/RG/providers/NS/type/name[/child/name]`. */
export interface ResourceId {
  id: string
  subscriptionId: string
  resourceGroup: string | undefined
  /** e.g. `Microsoft.Network/virtualNetworks/subnets` */
  type: string
  name: string
  /** The parent resource's id for a child resource. */
  parentId: string | undefined
}

export function parseResourceId(path: string): ResourceId | undefined {
  const segments = path.split('/').filter(Boolean)
  if (segments[0]?.toLowerCase() !== 'subscriptions' || !segments[1]) return undefined
  const subscriptionId = segments[1]
  const rgIndex = segments[2]?.toLowerCase() === 'resourcegroups' ? 3 : -1
  const resourceGroup = rgIndex > 0 ? segments[rgIndex] : undefined
  const providers = segments.map(s => s.toLowerCase()).lastIndexOf('providers')
  if (providers < 0) return undefined
  const namespace = segments[providers + 1]
  const rest = segments.slice(providers + 2)
  if (!namespace || rest.length < 2 || rest.length % 2 !== 0) return undefined
  const types: string[] = []
  for (let i = 0; i < rest.length; i += 2) types.push(rest[i] ?? '')
  const name = rest[rest.length - 1] ?? ''
  const id = '/' + segments.join('/')
  const parentId = rest.length > 2 ? '/' + segments.slice(0, -2).join('/') : undefined
  return {
    id,
    subscriptionId,
    resourceGroup,
    type: `${namespace}/${types.join('/')}`,
    name,
    parentId,
  }
}

export function resourceGroupId(subscriptionId: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${name}`
}

export function sameId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()
}
