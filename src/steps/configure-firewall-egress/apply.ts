import { runGraph } from '../../core/change-graph.js'
import { ConvergenceError, OptInRequiredError } from '../../core/errors.js'
import type { Network, WireBody } from '../../core/network.js'
import {
  blockedChanges,
  changeSubject,
  hasUnknownValues,
  type ArmChange,
  type Change,
  type Plan,
} from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { allowedEgressFlags } from './opt-ins.js'
import { observeConfigureFirewallEgress } from './observe.js'
import { planConfigureFirewallEgress } from './plan.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

const STEP = 'configure-firewall-egress'
/** A fresh apply needs two passes: the route table waits for the firewall's private IP. */
const MAX_PASSES = 3

function writer(
  arm: Network,
  resourceId: string,
): (id: string, body: WireBody) => Promise<WireBody> {
  const type = resourceId.toLowerCase()
  if (/\/virtualnetworks\/[^/]+\/subnets\/[^/]+$/.test(type)) return (id, b) => arm.putSubnet(id, b)
  if (/\/routetables\/[^/]+$/.test(type)) return (id, b) => arm.putRouteTable(id, b)
  if (/\/publicipaddresses\/[^/]+$/.test(type)) return (id, b) => arm.putPublicIpAddress(id, b)
  if (/\/rulecollectiongroups\/[^/]+$/.test(type))
    return (id, b) => arm.putRuleCollectionGroup(id, b)
  if (/\/firewallpolicies\/[^/]+$/.test(type)) return (id, b) => arm.putFirewallPolicy(id, b)
  if (/\/azurefirewalls\/[^/]+$/.test(type)) return (id, b) => arm.putAzureFirewall(id, b)
  throw new Error(`${STEP}: no writer for ${resourceId}`)
}

/** Changes that can run now: known bodies, and nothing they depend on is waiting. */
function runnable(changes: readonly Change[]): ArmChange[] {
  const arm = changes.filter((c): c is ArmChange => c.target === 'arm' && c.action !== 'noop')
  const waiting = new Set(
    arm.filter(c => hasUnknownValues(c.body)).map(c => c.resourceId.toLowerCase()),
  )
  let grew = true
  while (grew) {
    grew = false
    for (const c of arm) {
      const key = c.resourceId.toLowerCase()
      if (!waiting.has(key) && (c.dependsOn ?? []).some(d => waiting.has(d.toLowerCase()))) {
        waiting.add(key)
        grew = true
      }
    }
  }
  return arm.filter(c => !waiting.has(c.resourceId.toLowerCase()))
}

/**
 * Applies the plan as a dependency graph, independent changes at the same time (public IPs
 * with the policy; the firewall with the rule collection group). Changes whose bodies need a
 * value that only exists after an earlier change (the firewall's private IP) wait for the next
 * pass, which re-reads Azure and re-plans.
 */
export async function applyConfigureFirewallEgress(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
  plan: Plan,
): Promise<void> {
  let current = plan
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const pending = current.changes.filter(c => c.action !== 'noop')
    if (pending.length === 0) return
    if (pass > 1) {
      // A re-plan may flag what the first plan could not know; it needs the same opt-in.
      const blocked = blockedChanges(current, allowedEgressFlags(spec))
      if (blocked.length > 0) {
        throw new OptInRequiredError(
          `${STEP}: after the first changes, the plan has ${blocked.map(b => `${changeSubject(b.change)} (${b.flags.join(', ')})`).join('; ')}, which needs its opt-in input; nothing more was changed.`,
        )
      }
    }
    const ready = runnable(current.changes)
    if (ready.length === 0) {
      throw new ConvergenceError(
        `${STEP}: ${pending.map(changeSubject).join(', ')} still need values that are not known (${pending
          .filter(c => c.target === 'arm' && hasUnknownValues(c.body))
          .map(
            c =>
              (JSON.stringify(c.target === 'arm' ? c.body : {}).match(
                /<known after apply: [^>]*>/,
              ) ?? ['?'])[0],
          )
          .join(', ')}); nothing more was changed.`,
      )
    }
    await runGraph(
      ready.map(change => ({
        key: change.resourceId,
        dependsOn: change.dependsOn ?? [],
        run: async () => {
          if (change.action === 'delete') {
            throw new Error(
              `${STEP}: deleting ${change.resourceId} is not something this step plans`,
            )
          }
          ctx.log.info(`${change.action} ${changeSubject(change)}: ${change.reason}`)
          await writer(ctx.arm, change.resourceId)(change.resourceId, change.body ?? {})
        },
      })),
    )
    if (ready.length === pending.length) return
    current = planConfigureFirewallEgress(spec, await observeConfigureFirewallEgress(ctx, spec))
  }
  throw new ConvergenceError(
    `${STEP}: the plan did not converge in ${MAX_PASSES} passes; run the step again to see what is left.`,
  )
}
