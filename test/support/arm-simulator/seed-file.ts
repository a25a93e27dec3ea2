import { readFileSync } from 'node:fs'
import { asArray, asObject, asString } from './json-types.js'
import type { ArmSimulator } from './types.js'

/**
 * Seeds a simulator from a JSON file:
 * `{ "resourceGroups": [{ "subscriptionId", "name", "location" }], "resources": [{ "id", "body" }],
 * "features": [{ "subscriptionId", "name" }] }` (registered subscription features, like
 * `Microsoft.Network/EnableApplicationGatewayNetworkIsolation`). Parents must come before their
 * children (a VNet before a subnet PUT on it).
 */
export function seedFromFile(
  sim: ArmSimulator,
  file: string,
): { resourceGroups: number; resources: number } {
  const parsed = asObject(JSON.parse(readFileSync(file, 'utf8')) as unknown)
  const groups = asArray(parsed.resourceGroups).map(asObject)
  for (const rg of groups) {
    const subscriptionId = asString(rg.subscriptionId)
    const name = asString(rg.name)
    if (!subscriptionId || !name)
      throw new Error(`${file}: a resource group needs subscriptionId and name`)
    sim.seedResourceGroup(subscriptionId, name, asString(rg.location) ?? 'westeurope')
  }
  for (const feature of asArray(parsed.features).map(asObject)) {
    const subscriptionId = asString(feature.subscriptionId)
    const name = asString(feature.name)
    if (!subscriptionId || !name)
      throw new Error(`${file}: a feature needs subscriptionId and name`)
    sim.registerFeature(subscriptionId, name)
  }
  const resources = asArray(parsed.resources).map(asObject)
  for (const resource of resources) {
    const id = asString(resource.id)
    if (!id) throw new Error(`${file}: a resource needs an id`)
    sim.seed(id, resource.body ?? {})
  }
  return { resourceGroups: groups.length, resources: resources.length }
}
