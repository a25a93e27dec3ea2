import { tmpdir } from 'node:os'
import type { AzureLoader } from '../azure-loader.js'
import type { Host } from '../host.js'
import { NodeExec, systemClock } from '../node-exec.js'
import { NodeSecretFiles } from '../node-secret-files.js'
import { runStep, type RunnableStep } from '../run-step.js'
import { AdoInputs, AdoLog, AdoOutputs, AdoSecrets, AdoSummary, TaskLibLoader } from './adapters.js'
import { checkAdoPreconditions, readAdoConnection } from './connection.js'
import { AgentEnvironment, loggingCommand, writeLine } from './protocol.js'

export function adoHost<S, T>(step: RunnableStep<S, T>): Host {
  const agent = new AgentEnvironment()
  const secrets = new AdoSecrets()
  const taskLib = new TaskLibLoader()
  const workingDirectory = process.env['SYSTEM_DEFAULTWORKINGDIRECTORY'] ?? process.cwd()
  return {
    kind: 'azure-pipelines',
    inputs: new AdoInputs(step.manifest, agent),
    log: new AdoLog(),
    outputs: new AdoOutputs(step.manifest, taskLib),
    summary: new AdoSummary(step.manifest.name, taskLib),
    secrets,
    exec: new NodeExec(),
    clock: systemClock,
    files: new NodeSecretFiles(workingDirectory),
    readAzureConnection: readAdoConnection(agent, secrets),
    checkAzurePreconditions: checkAdoPreconditions,
    prepare: async () => {
      await taskLib.load()
    },
    fail: message => {
      // The same two commands task-lib's setResult(Failed) writes, without loading task-lib.
      writeLine(loggingCommand('task.issue', message, { type: 'error', source: 'TaskInternal' }))
      writeLine(loggingCommand('task.complete', message, { result: 'Failed' }))
      process.exitCode = 1
    },
    succeed: () => {
      const tl = taskLib.get()
      tl.setResult(tl.TaskResult.Succeeded, '')
    },
    workingDirectory,
    tempDirectory: process.env['AGENT_TEMPDIRECTORY'] ?? tmpdir(),
  }
}

/** The Azure Pipelines entry: run one step with the agent's inputs and service connection. */
export async function runAdoStep<S, T>(
  step: RunnableStep<S, T>,
  loadAzure?: AzureLoader,
): Promise<void> {
  await runStep({ ...adoHost(step), ...(loadAzure ? { loadAzure } : {}) }, step)
}
