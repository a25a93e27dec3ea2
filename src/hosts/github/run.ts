import * as core from '@actions/core'
import type { Network } from '../../core/network.js'
import type { StepDefinition } from '../../core/step.js'
import type { Host } from '../host.js'
import { NodeExec, systemClock } from '../node-exec.js'
import { runStep } from '../run-step.js'
import { GithubInputs, GithubLog, GithubOutputs, GithubSecrets, GithubSummary } from './adapters.js'
import { checkGithubOidc, readGithubConnection } from './connection.js'

export function githubHost(): Host {
  return {
    kind: 'github',
    inputs: new GithubInputs(),
    log: new GithubLog(),
    outputs: new GithubOutputs(),
    summary: new GithubSummary(),
    secrets: new GithubSecrets(),
    exec: new NodeExec(),
    clock: systemClock,
    readAzureConnection: readGithubConnection,
    checkAzurePreconditions: checkGithubOidc,
    fail: message => core.setFailed(message),
    succeed: () => undefined,
    workingDirectory: process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
  }
}

/** The GitHub Actions entry: run one step with the runner's inputs and file commands. */
export async function runGithubStep<S, T>(step: StepDefinition<S, T, Network>): Promise<void> {
  await runStep(githubHost(), step)
}
