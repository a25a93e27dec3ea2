import {
  podWorkload,
  helmInstallOf,
  type Cluster,
  type WorkloadKind,
  type WorkloadRef,
} from '../../core/cluster.js'
import { PreconditionError } from '../../core/errors.js'
import type { Network } from '../../core/network.js'
import {
  changeSubject,
  type HelmChange,
  type KubernetesChange,
  type Plan,
} from '../../core/plan.js'
import type { StepContext } from '../../core/ports.js'
import { SealedSecrets } from '../../core/sealed-secrets.js'
import { activePods, isMeshed, sameWorkload, workloadOfManifest } from './injection.js'
import { installMeshManifest } from './manifest.js'
import { isInstallMeshPlan, type AnchorKeyHandling } from './plan.js'
import { CNI, CNI_DAEMONSET, CONTROL_PLANE, CONTROL_PLANE_DEPLOYMENTS } from './releases.js'
import type { InstallMeshSpec } from './spec.js'

const STEP = installMeshManifest.name
const POLL_MS = 5000

type Context = StepContext<Network, Cluster>

function secondsLeft(ctx: Context, deadline: number): number {
  return Math.max(0, Math.ceil((deadline - ctx.clock.now().getTime()) / 1000))
}

/**
 * Writes or discards the key of a trust anchor generated in this run, before anything is
 * installed: a failed install leaves the key where a re-run finds it.
 */
async function handleAnchorKey(
  ctx: Context,
  spec: InstallMeshSpec,
  handling: AnchorKeyHandling,
  secrets: SealedSecrets,
): Promise<void> {
  const anchor = `sha256:${handling.anchor.fingerprint.slice(0, 16)}…, valid until ${handling.anchor.notAfter.toISOString()}`
  if (handling.action === 'discard' || handling.path === undefined) {
    ctx.log.warn(
      `${STEP}: generated trust anchor ${anchor}; its private key is discarded and never left this run. Without it the step cannot sign a new issuer for this anchor: set '${spec.inputNames['trust-anchor-key-file'] ?? 'trust-anchor-key-file'}' on the first run to keep it.`,
    )
    return
  }
  const path = ctx.files.resolve(handling.path)
  const created = await ctx.files.create(handling.path, secrets.reveal(handling.marker))
  if (!created) {
    throw new PreconditionError(
      `${STEP}: '${path}' appeared while the step ran and was not overwritten; run the step again to use the key in it.`,
    )
  }
  ctx.log.info(
    `${STEP}: generated trust anchor ${anchor}; its private key was written to '${path}' (mode 0600) and nowhere else. Keep that file in a secret store: it signs the next issuers.`,
  )
}

/** Polls the workloads until each exists and is rolled out, bounded by the deadline. */
async function waitForWorkloads(
  ctx: Context,
  spec: InstallMeshSpec,
  namespace: string,
  kind: WorkloadKind,
  names: readonly string[],
  what: string,
  deadline: number,
): Promise<void> {
  for (;;) {
    const workloads = (await ctx.kube.listWorkloads(namespace)).filter(w => w.kind === kind)
    const status = names.map(n => {
      const w = workloads.find(x => x.name === n)
      return {
        name: n,
        ready: w?.rolledOut === true,
        text: w ? `${w.ready}/${w.desired}` : 'absent',
      }
    })
    const progress = status.map(s => `${s.name} ${s.text}`).join(', ')
    if (status.every(s => s.ready)) {
      ctx.log.info(`${STEP}: ${what} is ready (${progress}).`)
      return
    }
    const left = secondsLeft(ctx, deadline)
    if (left <= 0) {
      throw new PreconditionError(
        `${STEP}: ${what} was not ready within ${Math.round(spec.waitTimeoutMs / 1000)} s (${progress}). Look at 'kubectl get pods -n ${namespace}' and their events${spec.ha ? ' (HA needs 3 schedulable nodes)' : ''}, or raise '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}'.`,
      )
    }
    ctx.log.info(`${STEP}: waiting for ${what}: ${progress} ready (${left} s left)`)
    await ctx.clock.sleep(Math.min(POLL_MS, left * 1000))
  }
}

function waitForControlPlane(ctx: Context, spec: InstallMeshSpec, deadline: number): Promise<void> {
  return waitForWorkloads(
    ctx,
    spec,
    CONTROL_PLANE.namespace,
    'Deployment',
    CONTROL_PLANE_DEPLOYMENTS,
    'the Linkerd control plane',
    deadline,
  )
}

async function installRelease(
  ctx: Context,
  spec: InstallMeshSpec,
  change: HelmChange,
  secrets: SealedSecrets,
  deadline: number,
): Promise<void> {
  ctx.log.info(`${STEP}: ${change.action} ${changeSubject(change)}: ${change.reason}`)
  // The plan's values with the markers filled in: what is installed is what was planned.
  await ctx.kube.helmUpgradeInstall(helmInstallOf(change, secrets.unseal(change.values)))
  if (change.release === CNI.release) {
    await waitForWorkloads(
      ctx,
      spec,
      CNI.namespace,
      'DaemonSet',
      [CNI_DAEMONSET],
      'the Linkerd CNI plugin',
      deadline,
    )
  }
  if (change.release === CONTROL_PLANE.release) await waitForControlPlane(ctx, spec, deadline)
}

async function restartWorkloads(
  ctx: Context,
  spec: InstallMeshSpec,
  changes: readonly KubernetesChange[],
  deadline: number,
  controlPlaneAwaited: boolean,
): Promise<void> {
  // New pods are only meshed while the injector runs.
  if (!controlPlaneAwaited) await waitForControlPlane(ctx, spec, deadline)
  const workloads: WorkloadRef[] = changes.map(c => workloadOfManifest(c.manifest))
  for (const [i, change] of changes.entries()) {
    ctx.log.info(`${STEP}: restart ${changeSubject(change)}: ${change.reason}`)
    await ctx.kube.restartWorkload(workloads[i] as WorkloadRef)
  }
  for (const workload of workloads) {
    const subject = `${workload.kind} ${workload.namespace}/${workload.name}`
    const left = secondsLeft(ctx, deadline)
    try {
      if (left <= 0) throw new Error('no time left')
      await ctx.kube.waitForRollout(workload, left)
    } catch (error) {
      throw new PreconditionError(
        `${STEP}: ${subject} did not finish its restart within '${spec.inputNames['wait-timeout'] ?? 'wait-timeout'}' (${error instanceof Error ? error.message : String(error)}). Check 'kubectl rollout status ${workload.kind.toLowerCase()}/${workload.name} -n ${workload.namespace}' and the pods' events.`,
      )
    }
    ctx.log.info(`${STEP}: ${subject} restarted (${secondsLeft(ctx, deadline)} s left).`)
  }
  const namespaces = [...new Set(workloads.map(w => w.namespace))]
  const pods = activePods((await Promise.all(namespaces.map(ns => ctx.kube.listPods(ns)))).flat())
  const still = workloads.flatMap(w =>
    pods
      .filter(p => sameWorkload(podWorkload(p), w) && !isMeshed(p))
      .map(p => `${p.namespace}/${p.name}`),
  )
  if (still.length > 0) {
    throw new PreconditionError(
      `${STEP}: after the restart, ${still.length} pod(s) still have no Linkerd proxy: ${still.join(', ')}. The proxy injector did not act on them: check that their namespace has no 'control-plane' label (AKS keeps webhooks away from such namespaces) and the injector's logs ('kubectl logs -n ${CONTROL_PLANE.namespace} deploy/linkerd-proxy-injector').`,
    )
  }
}

/**
 * Runs the plan in its order (CNI, CRDs, control plane, namespaces, restarts), waiting for the
 * CNI plugin and the control plane after each install and for every restart, all within one
 * `wait-timeout`.
 */
export async function applyInstallMesh(
  ctx: Context,
  spec: InstallMeshSpec,
  plan: Plan,
): Promise<void> {
  if (!isInstallMeshPlan(plan))
    throw new Error(`${STEP}: not an install-mesh plan (internal error)`)
  const secrets = plan.secrets ?? new SealedSecrets()
  const deadline = ctx.clock.now().getTime() + spec.waitTimeoutMs
  if (plan.anchorKey) await handleAnchorKey(ctx, spec, plan.anchorKey, secrets)
  const pending = plan.changes.filter(c => c.action !== 'noop')
  for (const change of pending) {
    if (change.target === 'helm') await installRelease(ctx, spec, change, secrets, deadline)
  }
  const namespaces = pending.filter(
    (c): c is KubernetesChange => c.target === 'kubernetes' && c.action === 'apply',
  )
  if (namespaces.length > 0) {
    for (const change of namespaces) {
      ctx.log.info(`${STEP}: apply ${changeSubject(change)}: ${change.reason}`)
    }
    await ctx.kube.applyManifests(namespaces.map(c => c.manifest))
  }
  const restarts = pending.filter(
    (c): c is KubernetesChange => c.target === 'kubernetes' && c.action === 'restart',
  )
  if (restarts.length > 0) {
    const awaited = pending.some(c => c.target === 'helm' && c.release === CONTROL_PLANE.release)
    await restartWorkloads(ctx, spec, restarts, deadline, awaited)
  }
}
