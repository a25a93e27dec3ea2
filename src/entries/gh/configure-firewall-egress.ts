import { loadAzure } from '../../hosts/azure-loader.js'
import { runGithubStep } from '../../hosts/github/run.js'
import { configureFirewallEgress } from '../../steps/configure-firewall-egress/index.js'
await runGithubStep(configureFirewallEgress, loadAzure)
