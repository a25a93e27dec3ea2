import type { ArmSimulator } from '../arm-simulator/index.js'
import { recordingHost, type RecordingHost } from '../recording-host.js'
import type { FakeKubeApi } from './fake-kube-api.js'
import { createNodeExec } from './node-exec.js'
import type { RecordingTools } from './recording-tools.js'
import { rememberingExec } from './remembering-exec.js'

export interface ClusterStepHostOptions {
  readonly sim: ArmSimulator
  readonly tools: RecordingTools
  /** Where applied Ingresses show up afterwards. */
  readonly fake?: FakeKubeApi
  readonly inputs: Record<string, string>
  /** What the platform does while the step first waits (an IP, a controller's pod). */
  readonly onFirstSleep?: () => void
  /** Sees every helm/kubectl call before it runs. */
  readonly onExec?: (tool: string, args: readonly string[]) => void
}

/**
 * A recording host for a step that uses Azure (the simulator, a client-secret sign-in) and the
 * cluster (recorded helm and kubectl that remember what they did): the clock's first sleep is the
 * moment the platform acts.
 */
export function clusterStepHost(options: ClusterStepHostOptions): RecordingHost {
  const { sim, tools } = options
  const base = recordingHost({
    inputs: options.inputs,
    armEndpoint: sim.url,
    trustedCaPem: sim.caCertPem,
    credential: {
      kind: 'client-secret',
      tenantId: 't',
      clientId: 'c',
      clientSecret: 'client-secret-value',
    },
  })
  const exec = rememberingExec(createNodeExec(tools.env()), tools, options.fake)
  let slept = false
  return {
    ...base,
    exec: {
      run: (tool, args, execOptions) => {
        options.onExec?.(tool, args)
        return exec.run(tool, args, execOptions)
      },
    },
    clock: {
      now: () => new Date(),
      sleep: ms => {
        base.slept.push(ms)
        if (!slept) options.onFirstSleep?.()
        slept = true
        return Promise.resolve()
      },
    },
  }
}
