import type { Cluster } from '../../core/cluster.js'
import { AzureRequestError, PreconditionError } from '../../core/errors.js'
import type { Network } from '../../core/network.js'
import { changeKey, type Change, type Plan } from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { agicPods } from './agic.js'
import { observeAppGateway } from './app-gateway-observe.js'
import { planAppGateway } from './app-gateway-plan.js'
import { applyIngressPlan, runIngressChange, waitUntil, type WaitProbe } from './apply.js'
import { allowedIngressFlags } from './opt-ins.js'
import type { ProvisionPrivateIngressSpec } from './spec.js'

const STEP = 'provision-private-ingress'
/** Tries of a conditional write that another writer (AGIC) keeps beating. */
const IF_MATCH_TRIES = 3

/**
 * A conditional write (`If-Match`) that ARM refuses with 412 lost a race with another writer,
 * usually AGIC rewriting the gateway: re-read, plan again (AGIC's new parts are then carried
 * along) and write that, a bounded number of times.
 */
async function runWithRetryOnConflict(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  change: Change,
): Promise<void> {
  let current = change
  for (let attempt = 1; ; attempt++) {
    try {
      await runIngressChange(ctx, current)
      return
    } catch (error) {
      const conflict =
        error instanceof AzureRequestError &&
        error.status === 412 &&
        current.target === 'arm' &&
        current.ifMatch !== undefined
      if (!conflict || attempt >= IF_MATCH_TRIES) throw error
      ctx.log.info(
        `${changeKey(current)} changed since it was read (another writer, such as AGIC); reading it again and planning the change anew (try ${attempt + 1} of ${IF_MATCH_TRIES})`,
      )
      const replanned = planAppGateway(spec, await observeAppGateway(ctx, spec)).changes.find(
        c => changeKey(c).toLowerCase() === changeKey(current).toLowerCase(),
      )
      if (replanned === undefined || replanned.action === 'noop') return
      current = replanned
    }
  }
}

/** Waits, bounded by the run's deadline and with progress in the log, until AGIC is ready. */
async function waitForAgic(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  deadline: number,
): Promise<void> {
  const ag = spec.appGateway
  if (!ag) return
  const { namespace, selector } = agicPods(ag)
  await waitUntil(ctx, deadline, async (): Promise<WaitProbe> => {
    const pods = await ctx.kube.listPods(namespace, selector)
    const ready = pods.filter(p => p.ready)
    if (ready.length > 0) {
      return {
        done: true,
        report: `AGIC is ready: ${ready.map(p => `${namespace}/${p.name}`).join(', ')}`,
      }
    }
    return {
      done: false,
      waitingFor: `AGIC (${pods.length === 0 ? 'no pod yet' : `${pods.length} pod(s), none ready`})`,
      timeout: () =>
        new PreconditionError(
          `${STEP}: AGIC did not become ready within ${spec.waitTimeoutMs / 1000} s (no ready pod '${selector}' in ${namespace}). Check the pods' events and logs (kubectl -n ${namespace} describe pods -l ${selector}); missing roles of AGIC's identity${ag.agic.mode === 'helm' ? ` or a federated credential for system:serviceaccount:${ag.agic.namespace}:ingress-azure` : ''} are the usual causes, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`,
        ),
    }
  })
}

/**
 * `controller: application-gateway`: applies the plan in passes (the add-on's identity, and so
 * its role assignments, exist only after the add-on is enabled; endpoint connections only after
 * the endpoints), waiting for AGIC between passes, then once more at the end.
 */
export function applyAppGateway(
  ctx: StepContext<Network, Cluster>,
  spec: ProvisionPrivateIngressSpec,
  plan: Plan,
): Promise<void> {
  return applyIngressPlan(ctx, spec, plan, {
    allowed: allowedIngressFlags(spec),
    run: change => runWithRetryOnConflict(ctx, spec, change),
    settle: deadline => waitForAgic(ctx, spec, deadline),
    replan: async () => planAppGateway(spec, await observeAppGateway(ctx, spec)),
  })
}
