import { runGraph } from './change-graph.js'
import { ConvergenceError, OptInRequiredError } from './errors.js'
import {
  blockedChanges,
  changeKey,
  changeSubject,
  hasUnknownValues,
  type Change,
  type Plan,
  type RiskFlag,
} from './plan.js'

/** The body of a change, where values known only after apply would appear. */
function payload(change: Change): unknown {
  switch (change.target) {
    case 'arm':
      return change.body ?? change.unknownBody
    case 'helm':
      return change.values
    case 'kubernetes':
      return change.manifest
  }
}

/** Changes that can run now: known bodies, and nothing they depend on is waiting. */
export function runnableChanges(changes: readonly Change[]): Change[] {
  const pending = changes.filter(c => c.action !== 'noop')
  const waiting = new Set(
    pending.filter(c => hasUnknownValues(payload(c))).map(c => changeKey(c).toLowerCase()),
  )
  let grew = true
  while (grew) {
    grew = false
    for (const c of pending) {
      const key = changeKey(c).toLowerCase()
      if (!waiting.has(key) && (c.dependsOn ?? []).some(d => waiting.has(d.toLowerCase()))) {
        waiting.add(key)
        grew = true
      }
    }
  }
  return pending.filter(c => !waiting.has(changeKey(c).toLowerCase()))
}

export interface ApplyPassesOptions {
  readonly step: string
  readonly plan: Plan
  readonly allowed: ReadonlySet<RiskFlag>
  /** Applies one change (waits for it to finish). */
  run(change: Change): Promise<void>
  /** Between passes: wait for what the platform does after the writes (an IP, a resource). */
  settle?(): Promise<void>
  /** Re-reads the world and plans again. */
  replan(): Promise<Plan>
  readonly maxPasses?: number
  /**
   * Re-plan even after a pass that applied everything: set when applying can create new work
   * (a Private Endpoint creates a pending connection that is then approved).
   */
  readonly replanAfterFullPass?: boolean
}

/**
 * Applies a plan as a dependency graph, independent changes at the same time. Changes whose
 * bodies need a value that only exists after an earlier change (an IP ARM or the cluster hands
 * out) wait for the next pass, which settles, re-reads and re-plans. Later passes re-check the
 * opt-ins, since a re-plan can show what the first plan could not know.
 */
export async function applyInPasses(options: ApplyPassesOptions): Promise<void> {
  const maxPasses = options.maxPasses ?? 4
  let current = options.plan
  for (let pass = 1; pass <= maxPasses; pass++) {
    const pending = current.changes.filter(c => c.action !== 'noop')
    if (pending.length === 0) return
    if (pass > 1) {
      const blocked = blockedChanges(current, options.allowed)
      if (blocked.length > 0) {
        throw new OptInRequiredError(
          `${options.step}: after the first changes, the plan has ${blocked.map(b => `${changeSubject(b.change)} (${b.flags.join(', ')})`).join('; ')}, which needs its opt-in input; nothing more was changed.`,
        )
      }
    }
    const ready = runnableChanges(current.changes)
    if (ready.length === 0) {
      const unknown = pending
        .map(c => JSON.stringify(payload(c) ?? null).match(/<known after apply: [^>]*>/)?.[0])
        .filter((u): u is string => u !== undefined)
      throw new ConvergenceError(
        `${options.step}: ${pending.map(changeSubject).join(', ')} still need values that are not known (${[...new Set(unknown)].join(', ') || 'none'}); nothing more was changed.`,
      )
    }
    await runGraph(
      ready.map(change => ({
        key: changeKey(change),
        dependsOn: change.dependsOn ?? [],
        run: () => options.run(change),
      })),
    )
    if (ready.length === pending.length && !options.replanAfterFullPass) return
    await options.settle?.()
    current = await options.replan()
    if (current.changes.every(c => c.action === 'noop')) return
  }
  throw new ConvergenceError(
    `${options.step}: the plan did not converge in ${maxPasses} passes; run the step again to see what is left.`,
  )
}
