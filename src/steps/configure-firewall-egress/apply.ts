import { applyInPasses } from '../../core/apply-passes.js'
import type { Network, WireBody } from '../../core/network.js'
import { changeSubject, type Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { observeConfigureFirewallEgress } from './observe.js'
import { allowedEgressFlags } from './opt-ins.js'
import { planConfigureFirewallEgress } from './plan.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

const STEP = 'configure-firewall-egress'

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

/**
 * Applies the plan as a dependency graph (public IPs with the policy; the firewall with the
 * rule collection group). The route table waits for the firewall's private IP: a second pass
 * re-reads Azure and re-plans.
 */
export async function applyConfigureFirewallEgress(
  ctx: StepContext<Network>,
  spec: ConfigureFirewallEgressSpec,
  plan: Plan,
): Promise<void> {
  await applyInPasses({
    step: STEP,
    plan,
    allowed: allowedEgressFlags(spec),
    run: async change => {
      if (change.target !== 'arm' || change.action === 'delete' || change.body === undefined) {
        throw new Error(`${STEP}: cannot apply ${change.action} of ${changeSubject(change)}`)
      }
      ctx.log.info(`${change.action} ${changeSubject(change)}: ${change.reason}`)
      await writer(ctx.arm, change.resourceId)(change.resourceId, change.body)
    },
    replan: async () =>
      planConfigureFirewallEgress(spec, await observeConfigureFirewallEgress(ctx, spec)),
  })
}
