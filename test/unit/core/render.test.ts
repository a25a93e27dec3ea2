import { describe, expect, it } from '@jest/globals'
import { runnableChanges } from '../../../src/core/apply-passes.js'
import { knownAfterApply, type Plan } from '../../../src/core/plan.js'
import {
  planFileObject,
  renderPlanJson,
  renderPlanMarkdown,
  renderPlanText,
} from '../../../src/core/render.js'

const plan: Plan = {
  step: 'configure-firewall-egress',
  changes: [
    {
      target: 'arm',
      action: 'create',
      resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt',
      apiVersion: '2026-01-01',
      body: {
        tags: { b: '2', a: '1' },
        location: 'eastus2',
        properties: {
          routes: [
            {
              name: 'r',
              properties: { nextHopType: 'VirtualAppliance', addressPrefix: '0.0.0.0/0' },
            },
          ],
        },
      },
      reason: 'route | egress',
      flags: [],
    },
    {
      target: 'helm',
      action: 'install',
      release: 'ingress-nginx',
      namespace: 'ingress-nginx',
      chart: 'ingress-nginx',
      repo: 'https://example.invalid/charts',
      version: '4.15.1',
      values: { z: 1, a: { y: 2, b: 3 } },
      reason: 'install the controller',
      flags: ['public-exposure'],
    },
    {
      target: 'kubernetes',
      action: 'noop',
      manifest: { kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'apps' } },
      reason: 'already annotated',
      flags: [],
    },
  ],
  outputs: { 'route-table-id': '<known after apply: id>' },
}

describe('plan file (DESIGN.md section 3 contract)', () => {
  it('GIVEN a plan WHEN written as the plan file THEN the top-level keys and each change keep the documented order', () => {
    const file = planFileObject(plan, { mode: 'plan', offline: true })
    expect(Object.keys(file)).toEqual([
      'schemaVersion',
      'tool',
      'step',
      'mode',
      'offline',
      'changes',
      'outputs',
    ])
    expect(file).toMatchObject({
      schemaVersion: 1,
      tool: 'aks-secure-networking',
      step: 'configure-firewall-egress',
      mode: 'plan',
      offline: true,
    })
    const [arm, helm, kube] = file['changes'] as Record<string, unknown>[]
    expect(Object.keys(arm ?? {})).toEqual([
      'target',
      'action',
      'resourceId',
      'apiVersion',
      'body',
      'reason',
      'flags',
    ])
    expect(Object.keys(helm ?? {})).toEqual([
      'target',
      'action',
      'release',
      'namespace',
      'chart',
      'repo',
      'version',
      'values',
      'reason',
      'flags',
    ])
    expect(Object.keys(kube ?? {})).toEqual(['target', 'action', 'manifest', 'reason', 'flags'])
  })

  it('GIVEN bodies with keys in any order WHEN serialised THEN nested keys are sorted so the bytes are stable', () => {
    const json = renderPlanJson(plan, { mode: 'plan', offline: false })
    const body = (JSON.parse(json).changes[0] as { body: Record<string, unknown> }).body
    expect(Object.keys(body)).toEqual(['location', 'properties', 'tags'])
    expect(Object.keys(body['tags'] as object)).toEqual(['a', 'b'])
    expect(json.endsWith('}\n')).toBe(true)
    const reordered: Plan = {
      ...plan,
      changes: plan.changes.map(c =>
        c.target === 'arm'
          ? {
              ...c,
              body: {
                properties: c.body?.['properties'],
                location: 'eastus2',
                tags: { a: '1', b: '2' },
              },
            }
          : c,
      ),
    }
    expect(renderPlanJson(reordered, { mode: 'plan', offline: false })).toBe(json)
  })
})

describe('a body only known once the resource is read', () => {
  it('GIVEN an offline update whose body is the resource as read WHEN written as the plan file THEN its body is the <known after apply> string, and apply finds nothing to run', () => {
    const placeholder = knownAfterApply('the subnet as read, with one change')
    const offline: Plan = {
      step: 'provision-private-ingress',
      changes: [
        {
          target: 'arm',
          action: 'update',
          resourceId:
            '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
          apiVersion: '2026-01-01',
          unknownBody: placeholder,
          reason: 'offline',
          flags: [],
        },
      ],
      outputs: {},
    }
    const file = planFileObject(offline, { mode: 'plan', offline: true }) as {
      changes: Record<string, unknown>[]
    }
    expect(file.changes[0]).toMatchObject({ action: 'update', body: placeholder })
    expect(Object.keys(file.changes[0] ?? {})).not.toContain('unknownBody')
    expect(runnableChanges(offline.changes)).toEqual([])
  })
})

describe('plan markdown and text', () => {
  it('GIVEN a plan WHEN rendered as Markdown THEN it counts changes, escapes pipes, lists flags and outputs', () => {
    const md = renderPlanMarkdown(plan, { mode: 'plan', offline: true })
    expect(md).toContain('### configure-firewall-egress: offline plan')
    expect(md).toContain('2 change(s), 1 unchanged.')
    expect(md).toContain('route \\| egress')
    expect(md).toContain(
      '| + install | `helm release ingress-nginx/ingress-nginx (ingress-nginx 4.15.1)` | install the controller | public-exposure |',
    )
    expect(md).toContain('| route-table-id | `<known after apply: id>` |')
  })

  it('GIVEN notes WHEN rendered THEN the Markdown lists them after the outputs, one line each, and the plan file leaves them out', () => {
    const noted = {
      ...plan,
      notes: ['namespace shop: 1 of 2 pod(s) meshed;\nunmeshed: shop/web-1.'],
    }
    const md = renderPlanMarkdown(noted, { mode: 'apply', offline: false })
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      '- namespace shop: 1 of 2 pod(s) meshed; unmeshed: shop/web-1.',
    )
    expect(renderPlanMarkdown(plan, { mode: 'apply', offline: false })).not.toContain('\n- ')
    expect(renderPlanJson(noted, { mode: 'plan', offline: false })).not.toContain('unmeshed')
  })

  it('GIVEN a multi-line output such as a PEM certificate WHEN rendered THEN the table shows its first line and its size, one row', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\nAAAA\n-----END CERTIFICATE-----\n'
    const md = renderPlanMarkdown(
      { ...plan, outputs: { 'trust-anchor-pem': pem } },
      { mode: 'apply', offline: false },
    )
    expect(md).toContain('| trust-anchor-pem | `-----BEGIN CERTIFICATE-----` … (4 lines) |')
    expect(md).not.toContain('MIIB')
  })

  it('GIVEN a restart change WHEN rendered THEN it is marked as a restart, after installs and applies', () => {
    const restart = {
      target: 'kubernetes' as const,
      action: 'restart' as const,
      manifest: {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'shop' },
      },
      reason: 'pods have no proxy',
      flags: [],
    }
    const lines = renderPlanText({ ...plan, changes: [restart, ...plan.changes] })
    expect(lines.at(-2)).toBe('~ restart   Deployment shop/web: pods have no proxy')
  })

  it('GIVEN a plan of no-ops WHEN rendered THEN it says there is nothing to change', () => {
    const md = renderPlanMarkdown(
      { ...plan, changes: [plan.changes[2]!] },
      { mode: 'apply', offline: false },
    )
    expect(md).toContain('No changes: 1 resource(s) already as desired.')
  })

  it('GIVEN a plan WHEN rendered for the log THEN one line per change in display order with flags', () => {
    expect(renderPlanText(plan)).toEqual([
      '+ create    /subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/routeTables/rt: route | egress',
      '+ install   helm release ingress-nginx/ingress-nginx (ingress-nginx 4.15.1): install the controller [public-exposure]',
      '  no change Namespace apps: already annotated',
    ])
  })
})
