import { applyInPasses } from '../../core/apply-passes.js'
import { applyArmChange } from '../../core/arm-writes.js'
import { helmInstallOf, type Cluster } from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import type { Network } from '../../core/network.js'
import { changeSubject, type Change, type Plan, type RiskFlag } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { controllerFor } from './controller.js'
import { observeNginxIngress } from './observe.js'
import { planNginxIngress } from './plan.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'
const POLL_MS = 5000

/** Applies one change: a Helm release, Kubernetes manifests, or an ARM write. */
export async function runIngressChange(
  ctx: StepContext<Network, Cluster>,
  change: Change,
): Promise<void> {
  ctx.log.info(`${change.action} ${changeSubject(change)}: ${change.reason}`)
  switch (change.target) {
    case 'helm':
      await ctx.kube.helmUpgradeInstall(helmInstallOf(change))
      return
    case 'kubernetes':
      if (change.action !== 'apply') {
        throw new Error(`${STEP}: cannot ${change.action} ${changeSubject(change)}`)
      }
      await ctx.kube.applyManifests([change.manifest])
      return
    case 'arm':
      await applyArmChange(ctx.arm, change)
  }
}

/** One look at what the step waits for: done (with a line for the log), or still waiting. */
export type WaitProbe =
  | { readonly done: true; readonly report: string }
  | { readonly done: false; readonly waitingFor: string; readonly timeout: () => Error }

/**
 * Looks until the probe reports done, logging what it waits for and the time left, sleeping
 * between looks; past the deadline it throws the probe's timeout error.
 */
export async function waitUntil(
  ctx: StepContext<Network, Cluster>,
  deadline: number,
  probe: () => Promise<WaitProbe>,
): Promise<void> {
  for (;;) {
    const seen = await probe()
    if (seen.done) {
      ctx.log.info(seen.report)
      return
    }
    const left = deadline - ctx.clock.now().getTime()
    if (left <= 0) throw seen.timeout()
    ctx.log.info(`waiting for ${seen.waitingFor} (${Math.ceil(left / 1000)} s left)`)
    await ctx.clock.sleep(Math.min(POLL_MS, left))
  }
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
  await waitUntil(ctx, deadline, async (): Promise<WaitProbe> => {
    const service = await ctx.kube.getService(svc.namespace, svc.name)
    const ip = service?.loadBalancerIps[0]
    const pls =
      ip && spec.privateLink === 'service'
        ? await ctx.arm.getPrivateLinkService(spec.plsId)
        : undefined
    if (ip && (spec.privateLink !== 'service' || pls)) {
      return {
        done: true,
        report: `${svc.namespace}/${svc.name} has private IP ${ip}${pls ? ` and Private Link Service ${spec.plsName}` : ''}`,
      }
    }
    return {
      done: false,
      waitingFor: ip
        ? `Private Link Service ${spec.plsName}`
        : `the private IP of ${svc.namespace}/${svc.name}`,
      timeout: () =>
        new PreconditionError(
          ip
            ? `${STEP}: the cloud provider did not create Private Link Service '${spec.plsId}' within ${spec.waitTimeoutMs / 1000} s. Check the Service's events (kubectl describe service -n ${svc.namespace} ${svc.name}) and the cluster identity's rights on the PLS subnet, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`
            : `${STEP}: Service ${svc.namespace}/${svc.name} got no private IP within ${spec.waitTimeoutMs / 1000} s. Check its events (kubectl describe service -n ${svc.namespace} ${svc.name}): a taken or out-of-subnet '${spec.inputNames['load-balancer-ip'] ?? 'load-balancer-ip'}', or missing rights of the cluster identity on the subnet, are the usual causes.`,
        ),
    }
  })
}

export interface IngressApplyOptions {
  readonly allowed: ReadonlySet<RiskFlag>
  readonly run: (change: Change) => Promise<void>
  /** Waits (until the deadline) for what the platform does after the writes. */
  readonly settle: (deadline: number) => Promise<void>
  readonly replan: () => Promise<Plan>
}

/**
 * Applies a plan in passes (later passes see what earlier ones created), settling between
 * passes and once more at the end: the controller's IP or pod is awaited even when nothing
 * waited on it. One `wait-timeout` bounds all the waiting of the run.
 */
export async function applyIngressPlan(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  plan: Plan,
  options: IngressApplyOptions,
): Promise<void> {
  const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs
  await applyInPasses({
    step: STEP,
    plan,
    allowed: options.allowed,
    replanAfterFullPass: true,
    maxPasses: 5,
    run: options.run,
    settle: () => options.settle(deadline),
    replan: options.replan,
  })
  await options.settle(deadline)
}

/** `controller: nginx`: applies the plan, waiting for the Service's IP (and the cloud's PLS). */
export function applyNginxIngress(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  plan: Plan,
): Promise<void> {
  return applyIngressPlan(ctx, spec, plan, {
    allowed: new Set(),
    run: change => runIngressChange(ctx, change),
    settle: deadline => settle(ctx, spec, deadline),
    replan: async () => planNginxIngress(spec, await observeNginxIngress(ctx, spec)),
  })
}
