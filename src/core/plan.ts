/**
 * The plan model: a list of changes, each with a target, an action, the exact body or manifest,
 * a reason and risk flags. Computing a plan is pure; rendering lives in render.ts.
 */

import { apiVersionFor } from './network.js'
import type { SealedSecrets } from './sealed-secrets.js'

export type RiskFlag = 'widens-egress' | 'public-exposure' | 'replaces-resource' | 'waf-detection'

export const RISK_FLAGS: readonly RiskFlag[] = [
  'widens-egress',
  'public-exposure',
  'replaces-resource',
  'waf-detection',
]

export type ArmAction = 'create' | 'update' | 'delete' | 'noop'

export interface ArmChange {
  readonly target: 'arm'
  readonly action: ArmAction
  readonly resourceId: string
  readonly apiVersion: string
  /** Exactly what is sent to ARM (the PUT body); absent for delete and noop. */
  readonly body?: Record<string, unknown>
  /**
   * Offline only, instead of `body`: a body that is the resource as read with one change (a whole
   * managed cluster, a subnet) cannot be known without reading it, so the plan file shows this
   * `<known after apply: …>` string as the `body`, never a partial body that would overwrite what
   * it leaves out. Such a change cannot be applied.
   */
  readonly unknownBody?: string
  /**
   * The ETag the update was planned against, sent as `If-Match`: when another writer changed
   * the resource since it was read, ARM answers 412 instead of the write overwriting that change.
   */
  readonly ifMatch?: string
  readonly reason: string
  readonly flags: readonly RiskFlag[]
  /** Resource IDs of other changes in the plan that must be applied first. */
  readonly dependsOn?: readonly string[]
}

export interface HelmChange {
  readonly target: 'helm'
  readonly action: 'install' | 'upgrade' | 'noop'
  readonly release: string
  readonly namespace: string
  readonly chart: string
  readonly repo: string
  readonly version: string
  readonly values: Record<string, unknown>
  readonly reason: string
  readonly flags: readonly RiskFlag[]
  readonly dependsOn?: readonly string[]
}

export interface KubernetesChange {
  readonly target: 'kubernetes'
  /**
   * `apply`: server-side apply of `manifest`; `restart`: a rollout restart of the workload that
   * `manifest` names (apiVersion, kind and metadata only).
   */
  readonly action: 'apply' | 'restart' | 'delete' | 'noop'
  readonly manifest: Record<string, unknown>
  readonly reason: string
  readonly flags: readonly RiskFlag[]
  readonly dependsOn?: readonly string[]
}

export type Change = ArmChange | HelmChange | KubernetesChange

export interface Plan {
  readonly step: string
  readonly changes: readonly Change[]
  /** Output values as far as they are known before apply. */
  readonly outputs: Readonly<Record<string, string>>
  /** Things the user should know about the plan (logged as warnings; not in the plan file). */
  readonly warnings?: readonly string[]
  /**
   * What the step found, for the reader rather than a warning (such as which pods are meshed):
   * logged and listed in the Markdown summary; not in the plan file. After apply the summary
   * shows the notes of the plan made from the re-observed state.
   */
  readonly notes?: readonly string[]
  /**
   * The secrets behind the markers in the changes (private keys in Helm values). Never rendered;
   * apply fills the markers in with `secrets.unseal(values)`.
   */
  readonly secrets?: SealedSecrets
}

export const KNOWN_AFTER_APPLY_PREFIX = '<known after apply: '

/** The placeholder for a value only known once apply has run (offline plans). */
export function knownAfterApply(what: string): string {
  return `${KNOWN_AFTER_APPLY_PREFIX}${what}>`
}

export function isKnownAfterApply(value: string): boolean {
  return value.startsWith(KNOWN_AFTER_APPLY_PREFIX)
}

/** Whether a body still holds a value only known once another change has been applied. */
export function hasUnknownValues(body: unknown): boolean {
  return JSON.stringify(body ?? null).includes(KNOWN_AFTER_APPLY_PREFIX)
}

/** A change's identity in dependency lists: its resource ID, or `helm:<ns>/<release>`. */
export function changeKey(change: Change): string {
  switch (change.target) {
    case 'arm':
      return change.resourceId
    case 'helm':
      return `helm:${change.namespace}/${change.release}`
    case 'kubernetes':
      return `kubernetes:${changeSubject(change)}`
  }
}

export function isNoop(change: Change): boolean {
  return change.action === 'noop'
}

export function hasWrites(plan: Plan): boolean {
  return plan.changes.some(c => !isNoop(c))
}

/** A short, stable label for a change's target, for logs and tables. */
export function changeSubject(change: Change): string {
  switch (change.target) {
    case 'arm':
      return change.resourceId
    case 'helm':
      return `helm release ${change.namespace}/${change.release} (${change.chart} ${change.version})`
    case 'kubernetes': {
      const meta = change.manifest['metadata'] as { name?: string; namespace?: string } | undefined
      const ns = meta?.namespace ? `${meta.namespace}/` : ''
      return `${String(change.manifest['kind'])} ${ns}${meta?.name ?? '?'}`
    }
  }
}

type Rank = (change: Change) => number

function rankFor(order: readonly string[]): Rank {
  return change => {
    const index = order.indexOf(change.action)
    return index === -1 ? order.length : index
  }
}

function stableSort(changes: readonly Change[], rank: Rank): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => rank(a.change) - rank(b.change) || a.index - b.index)
    .map(entry => entry.change)
}

/** Display order: deletions first, then creates, then updates (cdk's order), no-ops last. */
export function displayOrder(changes: readonly Change[]): Change[] {
  return stableSort(
    changes,
    rankFor(['delete', 'create', 'install', 'apply', 'update', 'upgrade', 'restart']),
  )
}

/**
 * Apply order: make before break. Creates, then updates, then deletions; no-ops are dropped.
 * Within one action the planner's order (its dependency order) is kept.
 */
export function applyOrder(changes: readonly Change[]): Change[] {
  return stableSort(
    changes.filter(c => !isNoop(c)),
    rankFor(['create', 'install', 'apply', 'update', 'upgrade', 'restart', 'delete']),
  )
}

/** Changes carrying a flag that the user has not opted into. */
export function blockedChanges(
  plan: Plan,
  allowed: ReadonlySet<RiskFlag>,
): { change: Change; flags: RiskFlag[] }[] {
  return plan.changes
    .filter(c => !isNoop(c))
    .map(change => ({ change, flags: change.flags.filter(f => !allowed.has(f)) }))
    .filter(entry => entry.flags.length > 0)
}

/** An ARM change with the api-version of its resource's provider and no flags by default. */
export function armChange(
  resourceId: string,
  action: ArmAction,
  reason: string,
  extra: Partial<ArmChange> = {},
): ArmChange {
  return {
    target: 'arm',
    action,
    resourceId,
    apiVersion: apiVersionFor(resourceId),
    reason,
    flags: [],
    ...extra,
  }
}
