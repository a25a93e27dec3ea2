/** Resource ids used across tests. */
export const SUB = '00000000-0000-4000-8000-000000000001'
export const RG = 'rg-spoke'
export const VNET_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/virtualNetworks/vnet-spoke`
export const SUBNET_ID = `${VNET_ID}/subnets/aks`
export const ROUTE_TABLE_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables/rt-aks-egress`
export const OTHER_ROUTE_TABLE_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables/rt-legacy`
export const NSG_ID = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/networkSecurityGroups/nsg-aks`
