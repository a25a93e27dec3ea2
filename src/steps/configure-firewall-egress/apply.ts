import type { Network } from '../../core/network.js'
import { applyOrder, changeSubject, type Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'

/** Applies the plan's ARM changes in make-before-break order, one after the other. */
export async function applyConfigureFirewallEgress(
  ctx: StepContext<Network>,
  plan: Plan,
): Promise<void> {
  for (const change of applyOrder(plan.changes)) {
    if (change.target !== 'arm' || change.body === undefined) {
      throw new Error(
        `configure-firewall-egress: cannot apply ${change.action} of ${changeSubject(change)}`,
      )
    }
    ctx.log.info(`${change.action} ${change.resourceId}: ${change.reason}`)
    if (/\/subnets\/[^/]+$/i.test(change.resourceId)) {
      await ctx.arm.putSubnet(change.resourceId, change.body)
    } else {
      await ctx.arm.putRouteTable(change.resourceId, change.body)
    }
  }
}
