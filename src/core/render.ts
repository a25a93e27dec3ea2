import { compareCodeUnits } from './json.js'
import { changeSubject, displayOrder, isNoop, type Change, type Plan } from './plan.js'
import type { Mode } from './ports.js'

export const TOOL_NAME = 'aks-secure-networking'
export const PLAN_SCHEMA_VERSION = 1

export interface PlanContext {
  readonly mode: Mode
  readonly offline: boolean
}

/** Recursively sorts object keys so the same plan always serialises to the same bytes. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareCodeUnits(a, b))
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]))
  }
  return value
}

/** A change with its keys in the documented order; bodies and manifests in canonical order. */
function changeRecord(change: Change): Record<string, unknown> {
  switch (change.target) {
    case 'arm':
      return {
        target: change.target,
        action: change.action,
        resourceId: change.resourceId,
        apiVersion: change.apiVersion,
        ...(change.body !== undefined
          ? { body: canonical(change.body) }
          : change.unknownBody !== undefined
            ? { body: change.unknownBody }
            : {}),
        ...(change.ifMatch === undefined ? {} : { ifMatch: change.ifMatch }),
        reason: change.reason,
        flags: [...change.flags],
        ...(change.dependsOn && change.dependsOn.length > 0
          ? { dependsOn: [...change.dependsOn] }
          : {}),
      }
    case 'helm':
      return {
        target: change.target,
        action: change.action,
        release: change.release,
        namespace: change.namespace,
        chart: change.chart,
        repo: change.repo,
        version: change.version,
        values: canonical(change.values),
        reason: change.reason,
        flags: [...change.flags],
        ...(change.dependsOn && change.dependsOn.length > 0
          ? { dependsOn: [...change.dependsOn] }
          : {}),
      }
    case 'kubernetes':
      return {
        target: change.target,
        action: change.action,
        manifest: canonical(change.manifest),
        reason: change.reason,
        flags: [...change.flags],
        ...(change.dependsOn && change.dependsOn.length > 0
          ? { dependsOn: [...change.dependsOn] }
          : {}),
      }
  }
}

/** The plan file (DESIGN.md section 3): a contract read by reviewers and other tools. */
export function planFileObject(plan: Plan, context: PlanContext): Record<string, unknown> {
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    tool: TOOL_NAME,
    step: plan.step,
    mode: context.mode,
    offline: context.offline,
    changes: plan.changes.map(changeRecord),
    outputs: canonical(plan.outputs),
  }
}

export function renderPlanJson(plan: Plan, context: PlanContext): string {
  return `${JSON.stringify(planFileObject(plan, context), null, 2)}\n`
}

const ACTION_MARK: Record<Change['action'], string> = {
  create: '+ create',
  install: '+ install',
  apply: '~ apply',
  update: '~ update',
  upgrade: '~ upgrade',
  restart: '~ restart',
  delete: '- delete',
  noop: '  no change',
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** A value for the outputs table; a multi-line one (a PEM) shows its first line and its size. */
function outputCell(value: string): string {
  const lines = value.trimEnd().split(/\r?\n/)
  if (lines.length === 1) return `\`${escapeCell(value)}\``
  return `\`${escapeCell(lines[0] ?? '')}\` … (${lines.length} lines)`
}

export function countActions(plan: Plan): { writes: number; noops: number } {
  const noops = plan.changes.filter(isNoop).length
  return { writes: plan.changes.length - noops, noops }
}

/** The plan as Markdown: job summary, ADO summary attachment and CLI output. */
export function renderPlanMarkdown(plan: Plan, context: PlanContext): string {
  const { writes, noops } = countActions(plan)
  const where = context.offline ? 'offline plan' : context.mode === 'plan' ? 'plan' : 'apply'
  const lines = [
    `### ${plan.step}: ${where}`,
    '',
    writes === 0
      ? `No changes: ${noops} resource(s) already as desired.`
      : `${writes} change(s), ${noops} unchanged.`,
    '',
    '| action | target | reason | flags |',
    '| --- | --- | --- | --- |',
    ...displayOrder(plan.changes).map(
      c =>
        `| ${ACTION_MARK[c.action]} | \`${escapeCell(changeSubject(c))}\` | ${escapeCell(c.reason)} | ${c.flags.join(', ')} |`,
    ),
  ]
  const outputs = Object.entries(plan.outputs)
  if (outputs.length > 0) {
    lines.push('', '| output | value |', '| --- | --- |')
    for (const [name, value] of outputs) lines.push(`| ${name} | ${outputCell(value)} |`)
  }
  if (plan.notes !== undefined && plan.notes.length > 0) {
    lines.push('', ...plan.notes.map(note => `- ${note.replace(/\r?\n/g, ' ')}`))
  }
  return `${lines.join('\n')}\n`
}

/** One line per change for the log. */
export function renderPlanText(plan: Plan): string[] {
  return displayOrder(plan.changes).map(c => {
    const flags = c.flags.length > 0 ? ` [${c.flags.join(', ')}]` : ''
    return `${ACTION_MARK[c.action].padEnd(11)} ${changeSubject(c)}: ${c.reason}${flags}`
  })
}
