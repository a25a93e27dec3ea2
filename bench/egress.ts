/**
 * configure-firewall-egress against the ARM simulator with realistic relative durations
 * (the firewall the longest): the wall time of a fresh apply divided by its critical path,
 * the same for the documented az sequence (every operation one after another), and the ARM
 * calls of a no-change re-run.
 *   npx tsx bench/egress.ts
 */
import { runStep } from '../src/hosts/run-step.js'
import { configureFirewallEgress } from '../src/steps/configure-firewall-egress/index.js'
import { loadOrCreateTestCa } from '../test/support/tls/test-ca.js'
import { startArmSimulator } from '../test/support/arm-simulator/index.js'
import { CREATE_INPUTS, hostFor, IDS, SUBNET_ID, seedSpoke } from '../test/support/egress-fixture.js'
import type { RequestLogEntry } from '../test/support/arm-simulator/types.js'

// Polls of 1 s (ARM's Retry-After); the firewall takes the longest, as it does in Azure.
const DURATIONS: Record<string, number> = {
  'Microsoft.Network/publicIPAddresses': 1,
  'Microsoft.Network/firewallPolicies': 2,
  'Microsoft.Network/firewallPolicies/ruleCollectionGroups': 3,
  'Microsoft.Network/azureFirewalls': 8,
  'Microsoft.Network/routeTables': 1,
  'Microsoft.Network/virtualNetworks/subnets': 1,
}

await loadOrCreateTestCa()
const sim = await startArmSimulator({ latencyMs: 20, pollRetryAfterSeconds: 1 })
for (const [type, polls] of Object.entries(DURATIONS)) sim.setDuration(type, polls)
seedSpoke(sim)

const at = (entry: RequestLogEntry): number => Date.parse(entry.time)
const start = Date.now()
const result = await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)
const wall = Date.now() - start
if (result.status !== 'succeeded') throw new Error(`apply failed: ${result.status}`)

/** One operation: from its PUT to the read-back GET after the long-running operation ended. */
function duration(id: string): number {
  const log = sim.requests
  const put = log.findIndex(r => r.method === 'PUT' && r.path.toLowerCase() === id.toLowerCase())
  const back = log.findIndex((r, i) => i > put && r.method === 'GET' && r.path.toLowerCase() === id.toLowerCase())
  if (put < 0 || back < 0) throw new Error(`no PUT and read-back for ${id}`)
  return at(log[back]!) - at(log[put]!)
}
const d = {
  pip: duration(IDS.publicIp),
  policy: duration(IDS.policy),
  rcg: duration(IDS.rcg),
  firewall: duration(IDS.firewall),
  routeTable: duration(IDS.routeTable),
  subnet: duration(SUBNET_ID),
}
// The longest chain of dependent operations (the plan's dependsOn).
const firewallDone = Math.max(d.pip, d.policy) + d.firewall
const rcgDone = d.policy + d.rcg
const criticalPath = Math.max(firewallDone, rcgDone) + d.routeTable + d.subnet
const sequential = Object.values(d).reduce((a, b) => a + b, 0)

const before = sim.requests.length
const again = await runStep(hostFor(sim, CREATE_INPUTS), configureFirewallEgress)
const rerun = sim.requests.slice(before).filter(r => r.path.startsWith('/subscriptions/'))
const reads = new Map<string, number>()
for (const r of rerun) if (r.method === 'GET') reads.set(r.path.toLowerCase(), (reads.get(r.path.toLowerCase()) ?? 0) + 1)
await sim.stop()

console.log(`operation durations (ms): ${JSON.stringify(d)}`)
console.log(`| measure | value |`)
console.log(`| --- | --- |`)
console.log(`| fresh apply wall time | ${wall} ms |`)
console.log(`| critical path (pip/policy -> firewall & rules -> route table -> subnet) | ${criticalPath} ms |`)
console.log(`| wall / critical path | ${(wall / criticalPath).toFixed(3)} |`)
console.log(`| documented az sequence (all one after another) / critical path | ${(sequential / criticalPath).toFixed(3)} |`)
console.log(`| no-change re-run: status | ${again.status} |`)
console.log(`| no-change re-run: ARM writes | ${rerun.filter(r => r.method !== 'GET').length} |`)
console.log(`| no-change re-run: ARM reads | ${rerun.length} over ${reads.size} resources, at most ${Math.max(...reads.values())} per resource |`)
