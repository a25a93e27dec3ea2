import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runCli } from '../../../src/hosts/cli/main.js'
import { BodyValidator } from '../../support/arm-simulator/body-validator.js'
import { specDir } from '../../support/arm-simulator/spec-location.js'
import { SpecRoutes } from '../../support/arm-simulator/spec-routes.js'
import { loadSwaggerFiles } from '../../support/arm-simulator/swagger-files.js'
import { ROOT } from '../../support/bundles.js'

interface PlannedChange {
  action: string
  resourceId: string
  body?: unknown
}

describe('offline plan of the example', () => {
  it('GIVEN examples/contoso.yaml WHEN planned offline THEN every ARM body passes the official spec validation the simulator applies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-offline-'))
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: ROOT }
    const code = await runCli(
      ['plan', '--config', 'examples/contoso.yaml', '--offline', '--plan-dir', dir],
      io,
    )
    expect(code).toBe(0)
    const plan = JSON.parse(
      readFileSync(join(dir, 'configure-firewall-egress.plan.json'), 'utf8'),
    ) as { changes: PlannedChange[] }
    const files = loadSwaggerFiles(specDir)
    const routes = new SpecRoutes(files)
    const validator = new BodyValidator(files)
    const withBodies = plan.changes.filter(c => c.body !== undefined)
    expect(withBodies).toHaveLength(6)
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
