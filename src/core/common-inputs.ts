import { parseBoolean } from './inputs/boolean.js'
import { parseChoice } from './inputs/choice.js'
import { parseSubscriptionId } from './inputs/azure-names.js'
import { ok, type Parsed } from './inputs/parsed.js'
import type { InputDecl, StepManifest } from './manifest.js'
import type { Mode } from './ports.js'
import type { SpecReader } from './spec-reader.js'

/** Clouds the steps know by name; a custom ARM endpoint covers the rest. */
export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const
export type CloudName = (typeof CLOUD_NAMES)[number]

export const MODES: readonly Mode[] = ['apply', 'plan']

/**
 * Azure sign-in inputs, for steps that call ARM. They differ per host: GitHub takes OIDC ids and
 * a cloud name, Azure Pipelines an AzureRM service connection, the CLI the developer's login.
 * Steps that only talk to the cluster leave them out (see `usesAzure`).
 */
export const AZURE_INPUTS: readonly InputDecl[] = [
  {
    id: 'azure-subscription',
    adoName: 'azureSubscription',
    label: 'Azure Resource Manager connection',
    hosts: ['azure-pipelines'],
    adoType: 'connectedService:AzureRM',
    adoAliases: ['connectedServiceNameARM'],
    required: false,
    description:
      'Azure Resource Manager service connection (workload identity federation, service principal with secret or certificate, or managed identity). Not needed with `offline: true`.',
  },
  {
    id: 'subscription-id',
    required: true,
    hostRequired: { 'azure-pipelines': false },
    description:
      'Azure subscription ID (a GUID) that holds the resources. On Azure Pipelines it defaults to the service connection’s subscription.',
  },
  {
    id: 'client-id',
    hosts: ['github'],
    required: false,
    description:
      'Client ID of the Entra application or user-assigned identity to sign in with through GitHub OIDC (needs `permissions: id-token: write`). Without it the step uses the Azure CLI login of an earlier `azure/login` step.',
  },
  {
    id: 'tenant-id',
    hosts: ['github'],
    required: false,
    description: 'Entra tenant ID for GitHub OIDC sign-in; required with `client-id`.',
  },
  {
    id: 'environment',
    hosts: ['github', 'cli'],
    required: false,
    default: 'AzureCloud',
    options: CLOUD_NAMES,
    description:
      'Azure cloud: AzureCloud, AzureUSGovernment or AzureChinaCloud. For another cloud set `arm-endpoint` and `authority-host`.',
  },
  {
    id: 'arm-endpoint',
    hosts: ['github', 'cli'],
    required: false,
    description:
      'Custom Azure Resource Manager endpoint URL (Azure Stack Hub or another private cloud). Overrides `environment`.',
  },
  {
    id: 'authority-host',
    hosts: ['github', 'cli'],
    required: false,
    description: 'Entra authority host URL for a custom cloud; used with `arm-endpoint`.',
  },
  {
    id: 'audience',
    hosts: ['github'],
    required: false,
    description:
      'Audience of the GitHub OIDC token; defaults to the cloud’s token-exchange audience (api://AzureADTokenExchange, …USGov, …China).',
  },
]

/** Inputs of every step that plans and applies: the mode, offline planning and the plan file. */
export const RUN_INPUTS: readonly InputDecl[] = [
  {
    id: 'mode',
    required: false,
    default: 'apply',
    hostDefaults: { cli: 'plan' },
    options: MODES,
    adoType: 'pickList',
    description:
      '`apply` makes the changes; `plan` reads Azure and the cluster and writes nothing. Default `apply` (the CLI defaults to `plan`).',
  },
  {
    id: 'offline',
    required: false,
    default: 'false',
    adoType: 'boolean',
    description:
      'Plan without credentials or any network call: what the step owns is planned as a create (existing subnets as an update), and values known only after apply are shown as `<known after apply: …>`. Implies `mode: plan`.',
  },
  {
    id: 'plan-file',
    required: false,
    description:
      'Path of the JSON plan file to write (schemaVersion 1). Written on every run when set.',
  },
]

/** The inputs of a step that works in Azure: sign-in first, then the run inputs. */
export const COMMON_INPUTS: readonly InputDecl[] = [...AZURE_INPUTS, ...RUN_INPUTS]

/** Whether the step signs in to Azure: it declares the Azure inputs (`subscription-id`). */
export function usesAzure(manifest: StepManifest): boolean {
  return manifest.inputs.some(i => i.id === 'subscription-id')
}

export interface CommonSpec {
  readonly mode: Mode
  readonly offline: boolean
  readonly planFile: string | undefined
  readonly subscriptionId: string | undefined
  /** The named cloud the run targets (from the connection or `environment`); AzureCloud else. */
  readonly cloud: CloudName
}

const parseMode = parseChoice<Mode>(MODES)

function parsePath(raw: string): Parsed<string> {
  return ok(raw)
}

/**
 * Reads the shared inputs the step declares (AZURE_INPUTS, RUN_INPUTS). Records problems on the
 * reader. A step without `mode` runs as `apply`; without the Azure inputs it names no subscription.
 */
export function readCommonInputs(reader: SpecReader): CommonSpec {
  const offline = reader.declares('offline')
    ? (reader.optional('offline', parseBoolean) ?? false)
    : false
  const requestedMode = reader.declares('mode')
    ? (reader.optional('mode', parseMode) ?? 'apply')
    : 'apply'
  const azure = usesAzure(reader.manifest)
  const subscriptionId = !azure
    ? undefined
    : reader.host === 'azure-pipelines'
      ? reader.optional('subscription-id', parseSubscriptionId)
      : reader.required('subscription-id', parseSubscriptionId)
  const environment = azure ? reader.raw('environment') : undefined
  return {
    mode: offline ? 'plan' : requestedMode,
    offline,
    planFile: reader.declares('plan-file') ? reader.optional('plan-file', parsePath) : undefined,
    subscriptionId,
    cloud: CLOUD_NAMES.find(n => n.toLowerCase() === environment?.toLowerCase()) ?? 'AzureCloud',
  }
}

/** Inputs of every step that talks to the cluster; such steps spread these into their inputs. */
export const CLUSTER_INPUTS: readonly InputDecl[] = [
  {
    id: 'kubeconfig',
    required: false,
    secret: true,
    adoType: 'multiLine',
    description:
      "Kubeconfig for the cluster: a file path, or the file's content (written with mode 0600 to the runner's temp folder). Defaults to KUBECONFIG or the current context an earlier step set (azure/aks-set-context, the Kubernetes service connection).",
  },
]
