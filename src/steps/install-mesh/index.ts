import type { Cluster } from '../../core/cluster.js'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import { applyInstallMesh } from './apply.js'
import { installMeshManifest } from './manifest.js'
import { observeInstallMesh, offlineInstallMeshState, type InstallMeshState } from './observe.js'
import { installMeshOutputs, planInstallMesh } from './plan.js'
import { parseInstallMeshSpec, type InstallMeshSpec } from './spec.js'

export const installMesh: StepDefinition<InstallMeshSpec, InstallMeshState, Network, Cluster> = {
  manifest: installMeshManifest,
  parseSpec: parseInstallMeshSpec,
  azureTarget: () => undefined,
  needsCluster: () => true,
  observe: observeInstallMesh,
  offlineState: offlineInstallMeshState,
  plan: planInstallMesh,
  allowedFlags: () => new Set(),
  optInInput: () => undefined,
  apply: applyInstallMesh,
  outputs: installMeshOutputs,
}
