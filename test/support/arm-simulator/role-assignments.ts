import { ArmError } from './arm-error.js'
import { asObject, asString, type JsonObject } from './json-types.js'
import { sameId } from './resource-id.js'
import type { ResourceStore } from './resource-store.js'

const ROLE_ASSIGNMENT = 'Microsoft.Authorization/roleAssignments'
const ROLE_ASSIGNMENT_ID = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i

/** The scope of a role assignment ID (everything before `/providers/Microsoft.Authorization`). */
export function roleAssignmentScope(id: string): string | undefined {
  return ROLE_ASSIGNMENT_ID.exec(id)?.[1]
}

function assignmentsOf(store: ResourceStore): JsonObject[] {
  return store.all().filter(r => sameId(asString(r.type), ROLE_ASSIGNMENT))
}

function isAtOrUnder(scope: string, parent: string): boolean {
  const a = scope.toLowerCase()
  const b = parent.toLowerCase()
  return a === b || a.startsWith(`${b}/`)
}

/**
 * RBAC's rules for a role assignment PUT: a name can't be reused for another principal, role or
 * scope (RoleAssignmentUpdateNotPermitted), and the same principal, role and scope can't be
 * assigned twice under different names (RoleAssignmentExists). Fills the readonly `scope`.
 */
export function applyRoleAssignmentWrite(
  store: ResourceStore,
  id: string,
  type: string,
  body: unknown,
): unknown {
  if (!sameId(type, ROLE_ASSIGNMENT)) return body
  const scope = roleAssignmentScope(id) ?? ''
  const props = asObject(asObject(body).properties)
  const principal = asString(props.principalId)
  const role = asString(props.roleDefinitionId)
  const existing = store.read(id)
  if (existing) {
    const before = asObject(existing.properties)
    if (
      !sameId(asString(before.principalId), principal) ||
      !sameId(asString(before.roleDefinitionId), role)
    ) {
      throw new ArmError(
        400,
        'RoleAssignmentUpdateNotPermitted',
        'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.',
      )
    }
  }
  const duplicate = assignmentsOf(store).find(
    r =>
      !sameId(asString(r.id), id) &&
      sameId(asString(asObject(r.properties).principalId), principal) &&
      sameId(asString(asObject(r.properties).roleDefinitionId), role) &&
      sameId(asString(asObject(r.properties).scope), scope),
  )
  if (duplicate) {
    throw new ArmError(409, 'RoleAssignmentExists', 'The role assignment already exists.')
  }
  const now = new Date().toISOString()
  return {
    ...asObject(body),
    properties: {
      ...props,
      scope,
      principalType: asString(props.principalType) ?? 'User',
      createdOn: asString(asObject(existing?.properties).createdOn) ?? now,
      updatedOn: now,
    },
  }
}

/**
 * RoleAssignments_ListForScope with `$filter=principalId eq '<id>'`: the principal's assignments
 * at, above or below the scope (`atScope()` and no filter list those at or above it).
 */
export function listRoleAssignments(
  store: ResourceStore,
  scope: string,
  filter: string | null,
): JsonObject[] {
  const principal = /principalId\s+eq\s+'([^']+)'/i.exec(filter ?? '')?.[1]
  return assignmentsOf(store).filter(r => {
    const assigned = asString(asObject(r.properties).scope) ?? ''
    const related =
      principal !== undefined
        ? isAtOrUnder(assigned, scope) || isAtOrUnder(scope, assigned)
        : isAtOrUnder(scope, assigned)
    return (
      related &&
      (principal === undefined || sameId(asString(asObject(r.properties).principalId), principal))
    )
  })
}
