import { loadAzure } from '../../hosts/azure-loader.js'
import { runAdoStep } from '../../hosts/azure-pipelines/run.js'
import { configureFirewallEgress } from '../../steps/configure-firewall-egress/index.js'
await runAdoStep(configureFirewallEgress, loadAzure)
