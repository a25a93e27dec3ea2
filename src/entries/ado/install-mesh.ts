import { runAdoStep } from '../../hosts/azure-pipelines/run.js'
import { installMesh } from '../../steps/install-mesh/index.js'
await runAdoStep(installMesh)
