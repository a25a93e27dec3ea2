import { Ajv, type ValidateFunction } from 'ajv'
import { Deployment } from 'kubernetes-models/apps/v1/Deployment'
import { DaemonSet } from 'kubernetes-models/apps/v1/DaemonSet'
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap'
import { Namespace } from 'kubernetes-models/v1/Namespace'
import { Secret } from 'kubernetes-models/v1/Secret'
import { Service } from 'kubernetes-models/v1/Service'
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount'
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress'
import { IngressClass } from 'kubernetes-models/networking.k8s.io/v1/IngressClass'
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy'
import { ClusterRole } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRole'
import { ClusterRoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/ClusterRoleBinding'
import { Role } from 'kubernetes-models/rbac.authorization.k8s.io/v1/Role'
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding'
import { LINKERD_POLICY_SCHEMAS } from './linkerd-policy-schemas.js'

interface Validatable {
  validate(): void
}

type ModelClass = new (data: never) => Validatable

/** Schema-checked kinds, by `apiVersion/kind`. */
const MODELS: ReadonlyMap<string, ModelClass> = new Map<string, ModelClass>([
  ['v1/Namespace', Namespace],
  ['v1/Service', Service],
  ['v1/ConfigMap', ConfigMap],
  ['v1/Secret', Secret],
  ['v1/ServiceAccount', ServiceAccount],
  ['apps/v1/Deployment', Deployment],
  ['apps/v1/DaemonSet', DaemonSet],
  ['rbac.authorization.k8s.io/v1/Role', Role],
  ['rbac.authorization.k8s.io/v1/RoleBinding', RoleBinding],
  ['rbac.authorization.k8s.io/v1/ClusterRole', ClusterRole],
  ['rbac.authorization.k8s.io/v1/ClusterRoleBinding', ClusterRoleBinding],
  ['networking.k8s.io/v1/NetworkPolicy', NetworkPolicy],
  ['networking.k8s.io/v1/Ingress', Ingress],
  ['networking.k8s.io/v1/IngressClass', IngressClass],
])

/**
 * CRD kinds the project applies that neither kubernetes-models nor LINKERD_POLICY_SCHEMAS has a
 * schema for. They still get the envelope checks (apiVersion, kind, metadata.name).
 */
export const ALLOWED_CUSTOM_KINDS: readonly string[] = []

const ajv = new Ajv({ allErrors: true, strict: false })
/** The Linkerd policy kinds, checked against the schemas written from their CRDs. */
const CUSTOM_SCHEMAS: ReadonlyMap<string, ValidateFunction> = new Map(
  [...LINKERD_POLICY_SCHEMAS].map(([id, schema]) => [id, ajv.compile(schema)]),
)

export interface ValidateManifestOptions {
  /** Extra `apiVersion/kind` values accepted with envelope checks only. */
  allowCustomKinds?: readonly string[]
}

interface SchemaError {
  instancePath?: string
  message?: string
  params?: Record<string, unknown>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function formatSchemaError(error: SchemaError): string {
  const where =
    error.instancePath === undefined || error.instancePath === '' ? '(root)' : error.instancePath
  const allowed = Array.isArray(error.params?.allowedValues)
    ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
    : ''
  return `${where}: ${error.message ?? 'is invalid'}${allowed}`
}

/** Throws one Error listing every problem of a manifest the project would apply. */
export function validateManifest(manifest: unknown, options: ValidateManifestOptions = {}): void {
  const problems: string[] = []
  if (!isRecord(manifest)) throw new Error('manifest is not an object')
  const { apiVersion, kind } = manifest
  const metadata = manifest.metadata
  const id = `${String(apiVersion)}/${String(kind)}`
  const label = `${id} '${isRecord(metadata) ? String(metadata.name) : '?'}'`
  if (typeof apiVersion !== 'string' || apiVersion === '') problems.push('apiVersion: is required')
  if (typeof kind !== 'string' || kind === '') problems.push('kind: is required')
  if (!isRecord(metadata) || typeof metadata.name !== 'string' || metadata.name === '') {
    problems.push('/metadata/name: is required')
  }
  const Model = MODELS.get(id)
  if (Model !== undefined) {
    try {
      new Model(manifest as never).validate()
    } catch (error) {
      const errors = (error as { errors?: unknown }).errors
      if (Array.isArray(errors)) problems.push(...(errors as SchemaError[]).map(formatSchemaError))
      else problems.push(error instanceof Error ? error.message : String(error))
    }
  } else if (CUSTOM_SCHEMAS.has(id)) {
    const validate = CUSTOM_SCHEMAS.get(id) as ValidateFunction
    if (!validate(manifest)) {
      problems.push(...(validate.errors ?? []).map(e => formatSchemaError(e as SchemaError)))
    }
  } else if (![...ALLOWED_CUSTOM_KINDS, ...(options.allowCustomKinds ?? [])].includes(id)) {
    problems.push(`kind: no schema for '${id}' and it is not an allow-listed custom resource`)
  }
  if (problems.length > 0) {
    throw new Error(
      `${label} is not a valid manifest:\n${problems.map(p => `  - ${p}`).join('\n')}`,
    )
  }
}
