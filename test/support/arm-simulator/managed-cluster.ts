import { asObject, asString, isObject, type JsonObject } from './json-types.js'
import { parseResourceId, sameId } from './resource-id.js'
import type { ResourceStore } from './resource-store.js'
import { deterministicGuid } from './server-assigned.js'

const MANAGED_CLUSTER = 'Microsoft.ContainerService/managedClusters'
const AGIC_ADDON = 'ingressApplicationGateway'

/**
 * A managed cluster PUT as AKS answers it for the AGIC add-on: an enabled
 * `ingressApplicationGateway` with an `applicationGatewayId` gets its user-assigned identity
 * `ingressapplicationgateway-<cluster>` in the node resource group (readonly `identity`, kept
 * across writes) and `effectiveApplicationGatewayId` in its config. Other types pass through.
 */
export function applyManagedClusterWrite(
  store: ResourceStore,
  id: string,
  type: string,
  body: unknown,
): unknown {
  if (!sameId(type, MANAGED_CLUSTER) || !isObject(body)) return body
  const props = asObject(body.properties)
  const addons = asObject(props.addonProfiles)
  const existingAddon = asObject(
    asObject(asObject(store.read(id)?.properties).addonProfiles)[AGIC_ADDON],
  )
  const addon = addons[AGIC_ADDON]
  if (!isObject(addon)) return body
  const config = asObject(addon.config)
  const gatewayId = asString(config.applicationGatewayId)
  if (addon.enabled !== true || gatewayId === undefined) {
    delete addon.identity
    return body
  }
  const parsed = parseResourceId(id)
  const nodeResourceGroup =
    asString(props.nodeResourceGroup) ??
    `MC_${parsed?.resourceGroup ?? ''}_${parsed?.name ?? ''}_${asString(body.location) ?? ''}`
  const identityName = `ingressapplicationgateway-${parsed?.name ?? ''}`
  addon.config = { ...config, effectiveApplicationGatewayId: gatewayId }
  addon.identity = isObject(existingAddon.identity)
    ? existingAddon.identity
    : {
        resourceId: `/subscriptions/${parsed?.subscriptionId ?? ''}/resourcegroups/${nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${identityName}`,
        clientId: deterministicGuid(`client:${id}`),
        objectId: deterministicGuid(`object:${id}`),
      }
  props.addonProfiles = addons
  body.properties = props
  return body
}

/** Whether a stored resource is a managed cluster (for callers that seed them). */
export function isManagedCluster(resource: JsonObject | undefined): boolean {
  return sameId(asString(resource?.type), MANAGED_CLUSTER)
}
