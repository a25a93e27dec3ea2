import { applyInPasses } from '../../core/apply-passes.js'
import { applyArmChange } from '../../core/arm-writes.js'
import type { Network } from '../../core/network.js'
import { changeSubject, type Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { observeConfigureFirewallEgress } from './observe.js'
import { allowedEgressFlags } from './opt-ins.js'
import { planConfigureFirewallEgress } from './plan.js'
import type { ConfigureFirewallEgressSpec } from './spec.js'

const STEP = 'configure-firewall-egress'

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
      if (change.target !== 'arm') {
        throw new Error(`${STEP}: cannot apply ${changeSubject(change)}`)
      }
      ctx.log.info(`${change.action} ${changeSubject(change)}: ${change.reason}`)
      await applyArmChange(ctx.arm, change)
    },
    replan: async () =>
      planConfigureFirewallEgress(spec, await observeConfigureFirewallEgress(ctx, spec)),
  })
}
