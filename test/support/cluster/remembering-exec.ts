import { parseAllDocuments } from 'yaml'
import type { Exec } from '../../../src/core/ports.js'
import type { FakeKubeApi } from './fake-kube-api.js'
import { validateManifest } from './manifest-validation.js'
import type { RecordingTools } from './recording-tools.js'

function argAfter(args: readonly string[], flag: string): string | undefined {
  const index = args.indexOf(flag)
  return index >= 0 ? args[index + 1] : undefined
}

/**
 * The recorded helm and kubectl answer like real ones afterwards: after `helm upgrade --install`
 * `helm status` and `helm get values` show the release; after `kubectl apply` the fake API server
 * serves the applied Ingresses. Every applied manifest is first validated against the Kubernetes
 * schemas, so an invalid one fails the test.
 */
export function rememberingExec(exec: Exec, tools: RecordingTools, fake?: FakeKubeApi): Exec {
  return {
    run: async (tool, args, options) => {
      if (tool === 'kubectl' && args[0] === 'apply') {
        for (const doc of parseAllDocuments(options?.stdin ?? '')) {
          const manifest = doc.toJS() as Record<string, unknown> | null
          if (manifest === null) continue
          validateManifest(manifest)
          if (manifest['kind'] === 'Ingress') fake?.addIngress(manifest)
        }
      }
      const result = await exec.run(tool, args, options)
      if (tool === 'helm' && args[0] === 'upgrade' && result.exitCode === 0) {
        const chart = args[3] ?? ''
        tools.setAnswers([
          {
            tool: 'helm',
            argsPrefix: ['status'],
            stdout: JSON.stringify({
              name: args[2],
              namespace: argAfter(args, '--namespace'),
              version: 1,
              info: { status: 'deployed' },
              chart: {
                metadata: { name: chart.split('/').pop(), version: argAfter(args, '--version') },
              },
            }),
          },
          {
            tool: 'helm',
            argsPrefix: ['get', 'values'],
            stdout: JSON.stringify(parseAllDocuments(options?.stdin ?? '{}')[0]?.toJS() ?? {}),
          },
        ])
      }
      return result
    },
  }
}
