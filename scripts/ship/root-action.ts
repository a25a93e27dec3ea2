/**
 * The root action.yml (the one the GitHub Marketplace lists) and `actions/steps.json`, the step
 * table its dispatcher (`actions/dispatch.mjs`) reads. Both come from the step registry, so a new
 * step is reachable through the root action as soon as it is registered and bundled.
 */
import { inputOnHost, type StepManifest } from '../../src/core/manifest.js'
import { STEPS } from '../../src/steps/registry.js'

interface Declared {
  description: string
  steps: string[]
}

/** One entry per id across the steps, in first-seen order; descriptions merged where they differ. */
function union(
  manifests: readonly StepManifest[],
  pick: (m: StepManifest) => readonly { id: string; description: string }[],
): Map<string, string> {
  const seen = new Map<string, Map<string, Declared>>()
  for (const manifest of manifests) {
    for (const decl of pick(manifest)) {
      const byText = seen.get(decl.id) ?? new Map<string, Declared>()
      const entry = byText.get(decl.description) ?? { description: decl.description, steps: [] }
      entry.steps.push(manifest.name)
      byText.set(decl.description, entry)
      seen.set(decl.id, byText)
    }
  }
  const all = manifests.length
  return new Map(
    [...seen].map(([id, byText]) => {
      const entries = [...byText.values()]
      const users = entries.flatMap(e => e.steps)
      const only = users.length === all ? '' : ` (${users.join(', ')})`
      const text =
        entries.length === 1
          ? `${entries[0]?.description ?? ''}${only}`
          : entries.map(e => `${e.steps.join(', ')}: ${e.description}`).join(' ')
      return [id, text]
    }),
  )
}

export function renderRootAction(
  manifests: readonly StepManifest[] = STEPS.map(s => s.manifest),
): Record<string, unknown> {
  const names = manifests.map(m => m.name)
  const inputs: Record<string, Record<string, unknown>> = {
    step: {
      description: `The step to run: ${names.join(', ')}. The other inputs are that step's (see actions/<step>/action.yml); each step applies its own defaults.`,
      required: true,
    },
  }
  for (const [id, description] of union(manifests, m =>
    m.inputs.filter(i => inputOnHost(i, 'github')),
  )) {
    // No defaults here: a default would reach every step, and steps differ in theirs.
    inputs[id] = { description, required: false }
  }
  const outputs = Object.fromEntries(
    [...union(manifests, m => m.outputs)].map(([id, description]) => [id, { description }]),
  )
  return {
    name: 'AKS secure networking',
    description:
      'AKS network rules: firewall-only egress, private ingress, Linkerd mutual TLS and proof of it. Pick the step with `step`.',
    author: 'aks-secure-networking',
    branding: { icon: 'shield', color: 'blue' },
    inputs,
    outputs,
    runs: { using: 'node24', main: 'actions/dispatch.mjs' },
  }
}

/** `actions/steps.json`: step name → its GitHub input and output ids, for the dispatcher. */
export function renderStepTable(
  manifests: readonly StepManifest[] = STEPS.map(s => s.manifest),
): Record<string, { inputs: string[]; outputs: string[] }> {
  return Object.fromEntries(
    manifests.map(m => [
      m.name,
      {
        inputs: m.inputs.filter(i => inputOnHost(i, 'github')).map(i => i.id),
        outputs: m.outputs.map(o => o.id),
      },
    ]),
  )
}
