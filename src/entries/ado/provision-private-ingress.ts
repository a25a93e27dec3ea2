import { loadAzure } from '../../hosts/azure-loader.js'
import { runAdoStep } from '../../hosts/azure-pipelines/run.js'
import { provisionPrivateIngress } from '../../steps/provision-private-ingress/index.js'
await runAdoStep(provisionPrivateIngress, loadAzure)
