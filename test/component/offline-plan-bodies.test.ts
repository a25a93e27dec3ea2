import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { BodyValidator } from '../support/arm-simulator/body-validator.js'
import { SPEC_SETS } from '../support/arm-simulator/spec-location.js'
import { SpecRoutes } from '../support/arm-simulator/spec-routes.js'
import { loadSwaggerFiles } from '../support/arm-simulator/swagger-files.js'
import { ROOT } from '../support/bundles.js'
import { validateManifest } from '../support/cluster/manifest-validation.js'

interface PlannedChange {
  target: string
  action: string
  resourceId: string
  apiVersion: string
  body?: unknown
  manifest?: Record<string, unknown>
  release?: string
}

/** Every spec set the simulator serves, by api-version: a body is checked against its own. */
const SPECS = new Map(
  SPEC_SETS.map(set => {
    const files = loadSwaggerFiles(set.dir)
    return [set.apiVersion, { routes: new SpecRoutes(files), validator: new BodyValidator(files) }]
  }),
)

/**
 * Each ARM body against the official spec of its api-version, as the simulator checks it. A body
 * only known once the resource is read is a `<known after apply: …>` string: there is nothing to
 * validate, and it must not be a partial body posing as the real one.
 */
function validateBodies(changes: readonly PlannedChange[]): void {
  for (const change of changes.filter(c => c.target === 'arm' && typeof c.body === 'object')) {
    const spec = SPECS.get(change.apiVersion)
    const match = spec?.routes.match('PUT', change.resourceId)
    expect({
      id: change.resourceId,
      operation: match?.operation.operationId !== undefined,
    }).toEqual({
      id: change.resourceId,
      operation: true,
    })
    expect({
      id: change.resourceId,
      result: spec?.validator.validate(match!.operation, change.body),
    }).toEqual({ id: change.resourceId, result: { ok: true } })
  }
}

/** The ARM changes whose body is a placeholder string, in plan order. */
function placeholders(changes: readonly PlannedChange[]): { id: string; body: unknown }[] {
  return changes
    .filter(c => c.target === 'arm' && typeof c.body === 'string')
    .map(c => ({ id: c.resourceId, body: c.body }))
}

describe('offline plans of the example', () => {
  it('GIVEN examples/contoso.yaml WHEN planned offline THEN every step is planned, every ARM body passes the official spec validation the simulator applies and every manifest the Kubernetes schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-offline-'))
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: ROOT }
    const code = await runCli(
      ['plan', '--config', 'examples/contoso.yaml', '--offline', '--plan-dir', dir],
      io,
    )
    expect(code).toBe(0)
    const read = (step: string) =>
      JSON.parse(readFileSync(join(dir, `${step}.plan.json`), 'utf8')) as {
        changes: PlannedChange[]
      }
    const egress = read('configure-firewall-egress')
    const ingress = read('provision-private-ingress')
    expect(ingress.changes.map(c => [c.target, c.action])).toEqual([
      ['helm', 'install'],
      ['arm', 'update'],
      ['arm', 'create'],
      ['arm', 'create'],
    ])
    const mesh = read('install-mesh')
    expect(mesh.changes.map(c => [c.target, c.action, c.release ?? c.manifest?.['kind']])).toEqual([
      ['helm', 'install', 'linkerd-crds'],
      ['helm', 'install', 'linkerd-control-plane'],
      ['kubernetes', 'apply', 'Namespace'],
      ['kubernetes', 'apply', 'Namespace'],
    ])
    for (const change of mesh.changes.filter(c => c.manifest !== undefined)) {
      expect(() => validateManifest(change.manifest)).not.toThrow()
    }
    const withBodies = [...egress.changes, ...ingress.changes].filter(
      c => c.target === 'arm' && c.body !== undefined,
    )
    expect(withBodies).toHaveLength(9)
    // The Private Link subnet's PUT is the subnet as read with its policies off: unknown offline.
    expect(placeholders(ingress.changes)).toEqual([
      {
        id: expect.stringMatching(/\/subnets\/[^/]+$/),
        body: '<known after apply: the subnet as read, with privateLinkServiceNetworkPolicies: Disabled>',
      },
    ])
    validateBodies(withBodies)
  })

  it('GIVEN examples/app-gateway.yaml WHEN planned offline THEN the gateway, its WAF policy, the AKS add-on, AGIC’s roles and the endpoint are planned, every ARM body passes its official spec and the Ingress its Kubernetes schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-offline-'))
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: ROOT }
    const code = await runCli(
      ['plan', '--config', 'examples/app-gateway.yaml', '--offline', '--plan-dir', dir],
      io,
    )
    expect(code).toBe(0)
    const plan = JSON.parse(
      readFileSync(join(dir, 'provision-private-ingress.plan.json'), 'utf8'),
    ) as { changes: PlannedChange[] }
    const types = plan.changes.map(c =>
      c.target === 'arm'
        ? `${c.action} ${(c.resourceId.split('/providers/').pop() ?? '').replace(/\/[^/]+$/, '')}`
        : `${c.action} ${c.target}`,
    )
    expect(types).toEqual([
      'create Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies',
      'create Microsoft.Network/publicIPAddresses',
      'update Microsoft.Network/virtualNetworks/vnet-contoso-spoke/subnets',
      'create Microsoft.Network/applicationGateways',
      'update Microsoft.ContainerService/managedClusters',
      'create Microsoft.Authorization/roleAssignments',
      'create Microsoft.Authorization/roleAssignments',
      'create Microsoft.Authorization/roleAssignments',
      'apply kubernetes',
      'create Microsoft.Network/privateEndpoints',
    ])
    // The Private Link subnet's and the cluster's PUTs are each the resource as read with one
    // change: unknown offline.
    expect(placeholders(plan.changes)).toEqual([
      {
        id: expect.stringMatching(/\/subnets\/snet-appgw-private-link$/),
        body: '<known after apply: the subnet as read, with privateLinkServiceNetworkPolicies: Disabled>',
      },
      {
        id: expect.stringMatching(/\/managedClusters\/aks-contoso$/),
        body: expect.stringMatching(
          /^<known after apply: the AKS cluster as read, with addonProfiles\.ingressApplicationGateway enabled for .*\/applicationGateways\/agw-aks-contoso>$/,
        ),
      },
    ])
    validateBodies(plan.changes)
    for (const change of plan.changes.filter(c => c.target === 'kubernetes')) {
      expect(() => validateManifest(change.manifest)).not.toThrow()
    }
  })
})
