import { tmpdir } from 'node:os'
import type { AzureLoader } from '../azure-loader.js'
import type { Host } from '../host.js'
import { systemClock } from '../node-exec.js'
import { NodeSecretFiles } from '../node-secret-files.js'
import { runStep, type RunnableStep } from '../run-step.js'
import {
  GithubExec,
  GithubInputs,
  GithubLog,
  GithubOutputs,
  GithubSecrets,
  GithubSummary,
} from './adapters.js'
import { checkGithubOidc, readGithubConnection } from './connection.js'

export function githubHost(): Host {
  const log = new GithubLog()
  const workingDirectory = process.env['GITHUB_WORKSPACE'] ?? process.cwd()
  return {
    kind: 'github',
    inputs: new GithubInputs(),
    log,
    outputs: new GithubOutputs(),
    summary: new GithubSummary(),
    secrets: new GithubSecrets(),
    exec: new GithubExec(),
    clock: systemClock,
    files: new NodeSecretFiles(workingDirectory),
    readAzureConnection: readGithubConnection,
    checkAzurePreconditions: checkGithubOidc,
    fail: message => {
      process.exitCode = 1
      log.error(message)
    },
    succeed: () => undefined,
    workingDirectory,
    tempDirectory: process.env['RUNNER_TEMP'] ?? tmpdir(),
  }
}

/** The GitHub Actions entry: run one step with the runner's inputs and file commands. */
export async function runGithubStep<S, T>(
  step: RunnableStep<S, T>,
  loadAzure?: AzureLoader,
): Promise<void> {
  await runStep({ ...githubHost(), ...(loadAzure ? { loadAzure } : {}) }, step)
}
