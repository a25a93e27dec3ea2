import type { connectNetwork } from '../azure/connect.js'

/**
 * Loads the Azure SDKs (a separate chunk, after the inputs are valid). Only the entries of steps
 * that sign in to Azure pass one to their host, so the bundles of cluster-only steps carry no
 * Azure SDK at all.
 */
export type AzureLoader = () => Promise<{ readonly connectNetwork: typeof connectNetwork }>

export const loadAzure: AzureLoader = () => import('../azure/connect.js')
