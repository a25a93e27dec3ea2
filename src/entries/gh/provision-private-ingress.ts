import { loadAzure } from '../../hosts/azure-loader.js'
import { runGithubStep } from '../../hosts/github/run.js'
import { provisionPrivateIngress } from '../../steps/provision-private-ingress/index.js'
await runGithubStep(provisionPrivateIngress, loadAzure)
