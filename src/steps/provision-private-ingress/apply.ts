import { applyInPasses } from '../../core/apply-passes.js'
import { applyArmChange } from '../../core/arm-writes.js'
import type { Cluster } from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import type { Network } from '../../core/network.js'
import { changeSubject, type Change, type Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { controllerFor } from './controller.js'
import { observeProvisionPrivateIngress } from './observe.js'
import { planProvisionPrivateIngress } from './plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'
const POLL_MS = 5000

async function runChange(ctx: StepContext<Network, Cluster>, change: Change): Promise<void> {
  ctx.log.info(`${change.action} ${changeSubject(change)}: ${change.reason}`)
  if (change.target === 'helm') {
    await ctx.kube.helmUpgradeInstall({
      release: change.release,
      namespace: change.namespace,
      chart: change.chart,
      repo: change.repo,
      version: change.version,
      values: change.values,
    })
    return
  }
  if (change.target !== 'arm') throw new Error(`${STEP}: cannot apply ${changeSubject(change)}`)
  await applyArmChange(ctx.arm, change)
}

/**
 * Waits, bounded by `wait-timeout`, for what the platform does after the release is applied:
 * the Service's private IP, and with `private-link: service` the Private Link Service the cloud
 * provider creates.
 */
async function settle(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  deadline: number,
): Promise<void> {
  const svc = controllerFor(spec).service(spec)
  for (;;) {
    const service = await ctx.kube.getService(svc.namespace, svc.name)
    const ip = service?.loadBalancerIps[0]
    const pls =
      ip && spec.privateLink === 'service'
        ? await ctx.arm.getPrivateLinkService(spec.plsId)
        : undefined
    if (ip && (spec.privateLink !== 'service' || pls)) {
      ctx.log.info(
        `${svc.namespace}/${svc.name} has private IP ${ip}${pls ? ` and Private Link Service ${spec.plsName}` : ''}`,
      )
      return
    }
    const left = deadline - ctx.clock.now().getTime()
    if (left <= 0) {
      throw new PreconditionError(
        ip
          ? `${STEP}: the cloud provider did not create Private Link Service '${spec.plsId}' within ${spec.waitTimeoutMs / 1000} s. Check the Service's events (kubectl describe service -n ${svc.namespace} ${svc.name}) and the cluster identity's rights on the PLS subnet, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`
          : `${STEP}: Service ${svc.namespace}/${svc.name} got no private IP within ${spec.waitTimeoutMs / 1000} s. Check its events (kubectl describe service -n ${svc.namespace} ${svc.name}): a taken or out-of-subnet '${spec.inputNames['load-balancer-ip'] ?? 'load-balancer-ip'}', or missing rights of the cluster identity on the subnet, are the usual causes.`,
      )
    }
    ctx.log.info(
      `waiting for ${ip ? `Private Link Service ${spec.plsName}` : `the private IP of ${svc.namespace}/${svc.name}`} (${Math.ceil(left / 1000)} s left)`,
    )
    await ctx.clock.sleep(Math.min(POLL_MS, left))
  }
}

export async function applyProvisionPrivateIngress(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  plan: Plan,
): Promise<void> {
  // One bound for all the waiting of this run, however many passes it takes.
  const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs
  await applyInPasses({
    step: STEP,
    plan,
    allowed: new Set(),
    replanAfterFullPass: true,
    maxPasses: 5,
    run: change => runChange(ctx, change),
    settle: () => settle(ctx, spec, deadline),
    replan: async () =>
      planProvisionPrivateIngress(spec, await observeProvisionPrivateIngress(ctx, spec)),
  })
  // The Service's IP (and the cloud provider's PLS) is awaited even when nothing waited on it.
  await settle(ctx, spec, deadline)
}
