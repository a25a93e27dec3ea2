/**
 * JSON schemas of the Linkerd policy kinds the project applies, written from the
 * `openAPIV3Schema` of the CRDs in the linkerd-crds chart (linkerd/linkerd2
 * `charts/linkerd-crds/templates/policy/{server,httproute,network-authentication,
 * meshtls-authentication,authorization-policy}.yaml`), for the versions the chart serves:
 * Server and HTTPRoute `v1beta3`, the others `v1alpha1`.
 *
 * Unknown fields are refused (`additionalProperties: false`), as `kubectl apply` does with its
 * default strict field validation; HTTPRoute's filters, backends and timeouts, which the project
 * does not use, are only checked to be objects.
 */

const NAME = { type: 'string', minLength: 1, maxLength: 253 }
const GROUP = {
  type: 'string',
  maxLength: 253,
  pattern: '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$',
}
const KIND = {
  type: 'string',
  minLength: 1,
  maxLength: 63,
  pattern: '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$',
}

const SELECTOR = {
  type: 'object',
  additionalProperties: false,
  properties: {
    matchLabels: { type: 'object', additionalProperties: { type: 'string' } },
    matchExpressions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'operator'],
        properties: {
          key: { type: 'string' },
          operator: { enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] },
          values: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
}

const SERVER_V1BETA3 = {
  type: 'object',
  additionalProperties: false,
  required: ['port'],
  oneOf: [{ required: ['podSelector'] }, { required: ['externalWorkloadSelector'] }],
  properties: {
    accessPolicy: { type: 'string' },
    podSelector: SELECTOR,
    externalWorkloadSelector: SELECTOR,
    port: { type: ['string', 'integer'] },
    proxyProtocol: { type: 'string' },
  },
}

const NAME_VALUE_MATCH = {
  type: 'object',
  required: ['name', 'value'],
  properties: {
    type: { enum: ['Exact', 'RegularExpression'] },
    name: { type: 'string', minLength: 1, maxLength: 256 },
    value: { type: 'string', minLength: 1, maxLength: 4096 },
  },
  additionalProperties: false,
}

const HTTP_ROUTE_V1BETA3 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    hostnames: { type: 'array', maxItems: 16, items: { type: 'string' } },
    parentRefs: {
      type: 'array',
      maxItems: 32,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        properties: {
          group: GROUP,
          kind: KIND,
          name: NAME,
          namespace: { type: 'string', minLength: 1, maxLength: 63 },
          port: { type: 'integer' },
          sectionName: { type: 'string', minLength: 1, maxLength: 253 },
        },
      },
    },
    rules: {
      type: 'array',
      maxItems: 16,
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          matches: {
            type: 'array',
            maxItems: 8,
            items: {
              type: 'object',
              additionalProperties: false,
              properties: {
                path: {
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    type: { enum: ['Exact', 'PathPrefix', 'RegularExpression'] },
                    value: { type: 'string', maxLength: 1024 },
                  },
                },
                headers: { type: 'array', maxItems: 16, items: NAME_VALUE_MATCH },
                queryParams: { type: 'array', maxItems: 16, items: NAME_VALUE_MATCH },
                method: {
                  enum: [
                    'GET',
                    'HEAD',
                    'POST',
                    'PUT',
                    'DELETE',
                    'CONNECT',
                    'OPTIONS',
                    'TRACE',
                    'PATCH',
                  ],
                },
              },
            },
          },
          filters: { type: 'array', items: { type: 'object' } },
          backendRefs: { type: 'array', items: { type: 'object' } },
          timeouts: { type: 'object' },
        },
      },
    },
  },
}

const NETWORK_AUTHENTICATION_V1ALPHA1 = {
  type: 'object',
  additionalProperties: false,
  required: ['networks'],
  properties: {
    networks: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['cidr'],
        properties: {
          cidr: { type: 'string' },
          except: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
}

const REFERENCE = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    group: GROUP,
    kind: KIND,
    name: NAME,
    namespace: { type: 'string', maxLength: 253 },
  },
}

const MESH_TLS_AUTHENTICATION_V1ALPHA1 = {
  type: 'object',
  additionalProperties: false,
  oneOf: [{ required: ['identities'] }, { required: ['identityRefs'] }],
  properties: {
    identities: { type: 'array', minItems: 1, items: { type: 'string' } },
    identityRefs: { type: 'array', minItems: 1, items: REFERENCE },
  },
}

const AUTHORIZATION_POLICY_V1ALPHA1 = {
  type: 'object',
  additionalProperties: false,
  required: ['targetRef', 'requiredAuthenticationRefs'],
  properties: {
    targetRef: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'name'],
      properties: { group: GROUP, kind: KIND, name: NAME },
    },
    requiredAuthenticationRefs: {
      type: 'array',
      items: { ...REFERENCE, required: ['kind', 'name'] },
    },
  },
}

function document(spec: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata', 'spec'],
    properties: { spec },
  }
}

/** Schemas by `apiVersion/kind`. */
export const LINKERD_POLICY_SCHEMAS: ReadonlyMap<string, Record<string, unknown>> = new Map([
  ['policy.linkerd.io/v1beta3/Server', document(SERVER_V1BETA3)],
  ['policy.linkerd.io/v1beta3/HTTPRoute', document(HTTP_ROUTE_V1BETA3)],
  ['policy.linkerd.io/v1alpha1/NetworkAuthentication', document(NETWORK_AUTHENTICATION_V1ALPHA1)],
  ['policy.linkerd.io/v1alpha1/MeshTLSAuthentication', document(MESH_TLS_AUTHENTICATION_V1ALPHA1)],
  ['policy.linkerd.io/v1alpha1/AuthorizationPolicy', document(AUTHORIZATION_POLICY_V1ALPHA1)],
])
