import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse as parseYaml } from 'yaml'
import {
  adoInputName,
  inputDefault,
  inputOnHost,
  inputRequired,
} from '../../../src/core/manifest.js'
import { usesAzure } from '../../../src/core/common-inputs.js'
import { STEPS } from '../../../src/steps/registry.js'
import { generatedFiles, ROOT } from '../../../scripts/manifest-render.js'

describe('generated files', () => {
  it.each([...generatedFiles().keys()])(
    'GIVEN the manifests WHEN %s is regenerated THEN it equals the committed file (run npm run manifests)',
    path => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(generatedFiles().get(path))
    },
  )
})

describe.each(STEPS.map(s => [s.manifest.name, s.manifest] as const))(
  '%s manifest',
  (_name, manifest) => {
    const action = parseYaml(
      readFileSync(join(ROOT, 'actions', manifest.name, 'action.yml'), 'utf8'),
    )
    const task = JSON.parse(
      readFileSync(join(ROOT, 'tasks', `${manifest.taskName}V1`, 'task.json'), 'utf8'),
    )

    it('GIVEN action.yml THEN it runs on node24 from the committed GitHub bundle, with every GitHub input and its default', () => {
      expect(action.runs).toEqual({
        using: 'node24',
        main: `../../dist/gh/${manifest.name}/index.js`,
      })
      const expected = manifest.inputs.filter(i => inputOnHost(i, 'github'))
      expect(Object.keys(action.inputs)).toEqual(expected.map(i => i.id))
      for (const decl of expected) {
        expect(action.inputs[decl.id].required).toBe(inputRequired(decl, 'github'))
        expect(action.inputs[decl.id].default).toBe(inputDefault(decl, 'github'))
      }
      expect(Object.keys(action.outputs)).toEqual(manifest.outputs.map(o => o.id))
      expect(action.description.length).toBeLessThanOrEqual(125)
    })

    it('GIVEN task.json THEN it has the stable id, Node20_1 and Node24 handlers, the AzureRM connection when the step uses Azure, and camelCase names', () => {
      expect(task.id).toBe(manifest.taskIds.prod)
      expect(task.execution).toEqual({
        Node20_1: { target: 'index.js' },
        Node24: { target: 'index.js' },
      })
      expect(task.friendlyName.length).toBeLessThanOrEqual(40)
      const connections = task.inputs.filter(
        (i: { type: string }) => i.type === 'connectedService:AzureRM',
      )
      // Steps that only talk to the cluster declare no Azure sign-in (usesAzure).
      expect(connections.map((c: { name: string }) => c.name)).toEqual(
        usesAzure(manifest) ? ['azureSubscription'] : [],
      )
      const expected = manifest.inputs.filter(i => inputOnHost(i, 'azure-pipelines'))
      expect(task.inputs.map((i: { name: string }) => i.name)).toEqual(expected.map(adoInputName))
      for (const name of task.inputs.map((i: { name: string }) => i.name))
        expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/)
      for (const out of task.outputVariables) expect(out.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/)
    })

    it('GIVEN the version in package.json THEN task.json carries it and the major matches the v1 tag', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
      expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(pkg.version)
      expect(task.version.Major).toBe(1)
    })
  },
)
