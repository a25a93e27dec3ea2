import type { Cloud } from '../azure/clouds.js'
import type { AzureLoader } from './azure-loader.js'
import type { CredentialRequest } from '../azure/credential-request.js'
import type { Cluster } from '../core/cluster.js'
import type { CommonSpec } from '../core/common-inputs.js'
import type { HostKind } from '../core/manifest.js'
import type {
  Clock,
  Exec,
  Inputs,
  Log,
  Outputs,
  SecretFiles,
  Secrets,
  Summary,
} from '../core/ports.js'
import type { SpecReader } from '../core/spec-reader.js'

/** How to reach Azure, decided from validated inputs before anything is called. */
export interface AzureConnection {
  readonly cloud: Cloud
  readonly credential: CredentialRequest
  /** The subscription the connection names (Azure Pipelines service connections do). */
  readonly subscriptionId?: string
  /**
   * Extra PEM CA certificates to trust for ARM and Entra, for private clouds whose endpoints
   * use an internal CA (Azure Stack Hub). Undefined: the system store (and NODE_EXTRA_CA_CERTS).
   */
  readonly trustedCaPem?: string
}

/** Everything run-step needs from a host: the ports, plus sign-in and the final status. */
export interface Host {
  readonly kind: HostKind
  readonly inputs: Inputs
  readonly log: Log
  readonly outputs: Outputs
  readonly summary: Summary
  readonly secrets: Secrets
  readonly exec: Exec
  readonly clock: Clock
  /** Files that hold secrets kept off the cluster (a trust anchor's key). */
  readonly files: SecretFiles
  /**
   * Reads and validates the host's sign-in inputs on the reader (problems are recorded, not
   * thrown). Returns undefined offline. Masks every secret it reads before returning.
   */
  readAzureConnection(reader: SpecReader, common: CommonSpec): AzureConnection | undefined
  /** Checks that need the environment, not the inputs (e.g. GitHub's id-token permission). */
  checkAzurePreconditions?(connection: AzureConnection): void
  /**
   * A cluster the host provides itself, read instead of the kubeconfig: the CLI's
   * `--from-scrapes DIR` (saved proxy scrapes, read-only).
   */
  cluster?(): Promise<Cluster>
  /** Loads what the host needs once the inputs are valid (Azure Pipelines: task-lib). */
  prepare?(): Promise<void>
  /** Marks the run failed with a message; never exits the process. */
  fail(message: string, kind: 'input' | 'failure'): void
  /** Marks the run succeeded (Azure Pipelines needs an explicit result). */
  succeed(): void
  /**
   * Loads the Azure SDKs; given by the entries of steps that sign in to Azure. A bundle without
   * it has no Azure code, and a step that needs Azure there fails as an internal error.
   */
  readonly loadAzure?: AzureLoader
  /** Where relative plan-file paths are resolved. */
  readonly workingDirectory: string
  /**
   * A folder the runner owns and cleans (RUNNER_TEMP, Agent.TempDirectory; the OS temp folder
   * on the CLI). A kubeconfig given as content is written below it.
   */
  readonly tempDirectory: string
}
