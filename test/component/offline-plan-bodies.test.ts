import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/hosts/cli/main.js'
import { BodyValidator } from '../support/arm-simulator/body-validator.js'
import { specDir } from '../support/arm-simulator/spec-location.js'
import { SpecRoutes } from '../support/arm-simulator/spec-routes.js'
import { loadSwaggerFiles } from '../support/arm-simulator/swagger-files.js'
import { ROOT } from '../support/bundles.js'

interface PlannedChange {
  target: string
  action: string
  resourceId: string
  body?: unknown
}

describe('offline plans of the example', () => {
  it('GIVEN examples/contoso.yaml WHEN planned offline THEN both steps are planned and every ARM body passes the official spec validation the simulator applies', async () => {
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
    const files = loadSwaggerFiles(specDir)
    const routes = new SpecRoutes(files)
    const validator = new BodyValidator(files)
    const withBodies = [...egress.changes, ...ingress.changes].filter(
      c => c.target === 'arm' && c.body !== undefined,
    )
    expect(withBodies).toHaveLength(9)
    for (const change of withBodies) {
      const match = routes.match('PUT', change.resourceId)
      expect(match?.operation.operationId).toBeDefined()
      expect({
        id: change.resourceId,
        result: validator.validate(match!.operation, change.body),
      }).toEqual({ id: change.resourceId, result: { ok: true } })
    }
  })
})
