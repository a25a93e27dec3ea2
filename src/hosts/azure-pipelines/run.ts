import * as tl from 'azure-pipelines-task-lib/task.js'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import type { Host } from '../host.js'
import { NodeExec, systemClock } from '../node-exec.js'
import { runStep } from '../run-step.js'
import { AdoInputs, AdoLog, AdoOutputs, AdoSecrets, AdoSummary } from './adapters.js'
import { checkAdoPreconditions, readAdoConnection } from './connection.js'

export function adoHost<S, T>(step: StepDefinition<S, T, Network>): Host {
  const secrets = new AdoSecrets()
  return {
    kind: 'azure-pipelines',
    inputs: new AdoInputs(step.manifest),
    log: new AdoLog(),
    outputs: new AdoOutputs(step.manifest),
    summary: new AdoSummary(step.manifest.name),
    secrets,
    exec: new NodeExec(),
    clock: systemClock,
    readAzureConnection: readAdoConnection(secrets),
    checkAzurePreconditions: checkAdoPreconditions,
    fail: message => tl.setResult(tl.TaskResult.Failed, message),
    succeed: () => tl.setResult(tl.TaskResult.Succeeded, ''),
    workingDirectory: tl.getVariable('System.DefaultWorkingDirectory') ?? process.cwd(),
  }
}

/** The Azure Pipelines entry: run one step with the agent's inputs and service connection. */
export async function runAdoStep<S, T>(step: StepDefinition<S, T, Network>): Promise<void> {
  await runStep(adoHost(step), step)
}
