import { appendFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { loadOrCreateTestCa } from '../tls/test-ca.js'
import { ArmError } from './arm-error.js'
import { BodyValidator } from './body-validator.js'
import { FaultInjector } from './faults.js'
import { asObject, asString, withoutNulls, type JsonObject } from './json-types.js'
import { LongRunningOperations, type LongRunningOperation } from './long-running-operations.js'
import { applyManagedClusterWrite } from './managed-cluster.js'
import { applyPrivateLinkDelete, applyPrivateLinkWrite } from './private-link.js'
import { applyRoleAssignmentWrite, listRoleAssignments } from './role-assignments.js'
import { checkDeleteRules, checkReferentialRules } from './referential-rules.js'
import { parseResourceId } from './resource-id.js'
import { ResourceStore } from './resource-store.js'
import { SPEC_SETS, type SpecSetLocation } from './spec-location.js'
import { SpecRoutes, type RouteMatch } from './spec-routes.js'
import { loadSwaggerFiles } from './swagger-files.js'
import { TokenEndpoints } from './token-endpoints.js'
import type { ArmSimulator, ArmSimulatorOptions, RequestHook, RequestLogEntry } from './types.js'

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  operationId?: string
}

const POLL_PATH =
  /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.Network\/locations\/([^/]+)\/(operations|operationResults)\/([^/]+)\/?$/i
const RESOURCE_GROUP_PATH = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/?$/i
const ARM_RESOURCE_PATH = /^\/subscriptions\/[^/]+\/.*providers\//i

/** One spec folder's routes and body validator (a request is served by the set of its api-version). */
interface SpecSet extends SpecSetLocation {
  readonly routes: SpecRoutes
  readonly validator: BodyValidator
}

let specsCache: readonly SpecSet[] | undefined

/** Loads the swaggers once per process (routes + validators are stateless), one set per folder. */
function specs(): readonly SpecSet[] {
  specsCache ??= SPEC_SETS.map(location => {
    const files = loadSwaggerFiles(location.dir)
    return { ...location, routes: new SpecRoutes(files), validator: new BodyValidator(files) }
  })
  return specsCache
}

/**
 * Starts an HTTPS ARM simulator on 127.0.0.1 for Microsoft.Network 2026-01-01, Private DNS
 * (Microsoft.Network/privateDnsZones) 2024-06-01, AKS managed clusters
 * (Microsoft.ContainerService) 2026-06-01 and role assignments (Microsoft.Authorization)
 * 2022-04-01.
 */
export async function startArmSimulator(options: ArmSimulatorOptions = {}): Promise<ArmSimulator> {
  const ca = await loadOrCreateTestCa(options.caDir)
  const { certPem, keyPem } = await ca.issueServerCert()
  const specSets = specs()
  const store = new ResourceStore()
  const lros = new LongRunningOperations()
  const faults = new FaultInjector()
  const requests: RequestLogEntry[] = []
  let baseUrl = ''
  const tokens = new TokenEndpoints(() => baseUrl)
  const requireAuth = options.requireAuth ?? true
  const hooks: RequestHook[] = []

  const handler = new ArmHandler({
    specSets,
    store,
    lros,
    faults,
    tokens,
    requireAuth,
    options,
    base: () => baseUrl,
  })

  const server: Server = createServer({ cert: certPem, key: keyPem }, (req, res) => {
    void serve(req, res)
  })

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const rawBody = Buffer.concat(chunks).toString('utf8')
    if (options.latencyMs) await sleep(options.latencyMs)
    const url = new URL(req.url ?? '/', baseUrl)
    let reply: Reply
    let loggedBody: unknown
    const tokenReply = tokens.handle(req, url, rawBody)
    if (tokenReply) {
      reply = tokenReply
    } else {
      try {
        loggedBody = parseBody(rawBody)
      } catch {
        loggedBody = rawBody
      }
      const method = (req.method ?? 'GET').toUpperCase()
      const hook = hooks.findIndex(
        h =>
          h.method.toUpperCase() === method &&
          url.pathname.toLowerCase().includes(h.pathIncludes.toLowerCase()),
      )
      if (hook >= 0) hooks.splice(hook, 1)[0]?.action()
      const ifMatch = req.headers['if-match']
      reply = handler.handle(
        method,
        url,
        req.headers.authorization,
        rawBody,
        typeof ifMatch === 'string' ? ifMatch : undefined,
      )
    }
    const entry: RequestLogEntry = {
      time: new Date().toISOString(),
      method: req.method ?? 'GET',
      path: url.pathname,
      apiVersion: url.searchParams.get('api-version') ?? undefined,
      status: reply.status,
      ...(loggedBody !== undefined ? { body: loggedBody } : {}),
      ...(reply.operationId !== undefined ? { operationId: reply.operationId } : {}),
    }
    requests.push(entry)
    if (options.logFile) appendFileSync(options.logFile, JSON.stringify(entry) + '\n')
    const payload = reply.body === undefined ? '' : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      ...(payload ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
      'x-ms-request-id': crypto.randomUUID(),
      ...reply.headers,
    })
    res.end(req.method === 'HEAD' ? undefined : payload)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url: baseUrl,
    caCertPem: ca.caCertPem,
    requests,
    writes: () =>
      requests.filter(
        r =>
          ['PUT', 'PATCH', 'DELETE', 'POST'].includes(r.method) && ARM_RESOURCE_PATH.test(r.path),
      ),
    seedResourceGroup: (subscriptionId, name, location) => {
      store.putResourceGroup(subscriptionId, name, location)
    },
    registerFeature: (subscriptionId, feature) => store.registerFeature(subscriptionId, feature),
    seed: (resourceId, body) => {
      const parsed = parseResourceId(resourceId)
      if (!parsed) throw new Error(`not an ARM resource id: ${resourceId}`)
      store.put(parsed.id, parsed.type, body, 'Succeeded')
    },
    get: resourceId => store.read(resourceId),
    setProvisioningState: (resourceId, state) => store.setProvisioningState(resourceId, state),
    setDuration: (resourceType, polls) => lros.setDuration(resourceType, polls),
    injectFault: fault => faults.add(fault),
    onceBefore: hook => void hooks.push(hook),
    tokenRequests: tokens.requests,
    stop: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function parseBody(rawBody: string): unknown {
  return rawBody.trim() === '' ? undefined : (JSON.parse(rawBody) as unknown)
}

interface HandlerDeps {
  /** The first set (Microsoft.Network) answers for paths no set knows. */
  specSets: readonly SpecSet[]
  store: ResourceStore
  lros: LongRunningOperations
  faults: FaultInjector
  tokens: TokenEndpoints
  requireAuth: boolean
  options: ArmSimulatorOptions
  base: () => string
}

/** The ARM side: auth, api-version, faults, routing from the specs, validation, CRUD and LROs. */
class ArmHandler {
  constructor(private readonly deps: HandlerDeps) {}

  handle(
    method: string,
    url: URL,
    authorization: string | undefined,
    rawBody: string,
    ifMatch?: string,
  ): Reply {
    try {
      return this.handleArm(method.toUpperCase(), url, authorization, rawBody, ifMatch)
    } catch (error) {
      if (error instanceof ArmError) {
        return { status: error.status, body: error.body(), headers: error.headers }
      }
      const message = error instanceof Error ? error.message : String(error)
      return { status: 500, body: { error: { code: 'InternalServerError', message } } }
    }
  }

  private handleArm(
    method: string,
    url: URL,
    authorization: string | undefined,
    rawBody: string,
    ifMatch: string | undefined,
  ): Reply {
    const path = decodeURIComponent(url.pathname)
    const { store, tokens } = this.deps
    if (this.deps.requireAuth && !tokens.isIssued(authorization)) {
      throw new ArmError(
        401,
        authorization ? 'InvalidAuthenticationToken' : 'AuthenticationFailed',
        authorization
          ? 'The access token is invalid.'
          : "Authentication failed. The 'Authorization' header is missing.",
        {
          'WWW-Authenticate': `Bearer authorization_uri="${this.deps.base()}/common/oauth2/authorize", error="invalid_token"`,
        },
      )
    }
    this.throwFault(method, path)
    const apiVersion = url.searchParams.get('api-version')
    if (!apiVersion) {
      throw new ArmError(
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.',
      )
    }
    const poll = POLL_PATH.exec(path)
    if (poll && method === 'GET') return this.poll(poll[3] ?? '', poll[4] ?? '')
    const rg = RESOURCE_GROUP_PATH.exec(path)
    if (rg?.[1] && rg[2]) return this.resourceGroup(method, rg[1], rg[2], rawBody)
    const specSet = this.specSetFor(apiVersion, path)
    const { routes, validator } = specSet
    const match = routes.match(method === 'HEAD' ? 'get' : method, path)
    if (!match) {
      if (routes.knowsPath(path))
        throw new ArmError(
          405,
          'MethodNotAllowed',
          `The requested method ${method} is not allowed on ${path}.`,
        )
      throw new ArmError(
        404,
        'NotFound',
        `No route in the ${specSet.label} ${specSet.apiVersion} specs matches ${method} ${path}.`,
      )
    }
    const canonical = canonicalPath(match)
    const parsedPath = parseResourceId(canonical)
    const rgName = /\/resourceGroups\/([^/]+)/i.exec(canonical)?.[1]
    const subscription = /^\/subscriptions\/([^/]+)/i.exec(canonical)?.[1] ?? ''
    if (rgName !== undefined && !store.hasResourceGroup(subscription, rgName)) {
      throw new ArmError(
        404,
        'ResourceGroupNotFound',
        `Resource group '${rgName}' could not be found.`,
      )
    }
    let body: unknown
    try {
      body = parseBody(rawBody)
    } catch {
      throw new ArmError(400, 'InvalidRequestFormat', 'Cannot parse the request body as JSON.')
    }
    if (method === 'PUT' || method === 'PATCH' || method === 'POST') {
      const result = validator.validate(match.operation, body)
      if (!result.ok) throw new ArmError(400, 'InvalidRequestContent', result.message)
    }
    const operationId = match.operation.operationId
    const isResource = /\}$/.test(match.operation.template) && parsedPath !== undefined
    let reply: Reply
    if (method === 'POST') reply = { status: 200, body: {} }
    else if (operationId === 'RoleAssignments_ListForScope') {
      const scope = canonical.replace(
        /\/providers\/Microsoft\.Authorization\/roleAssignments$/i,
        '',
      )
      reply = {
        status: 200,
        body: { value: listRoleAssignments(store, scope, url.searchParams.get('$filter')) },
      }
    } else if (!isResource || parsedPath === undefined) reply = this.list(canonical)
    else reply = this.crud(method, match, canonical, parsedPath.type, body, specSet, ifMatch)
    return { ...reply, operationId }
  }

  /**
   * The spec set of the request's api-version. A path known only to other sets (or an api-version
   * no set has) is an invalid api-version, naming the versions that serve the path (the
   * Microsoft.Network one for paths no set knows).
   */
  private specSetFor(apiVersion: string, path: string): SpecSet {
    const sets = this.deps.specSets
    const set = sets.find(s => s.apiVersion === apiVersion)
    const knowing = sets.filter(s => s.routes.knowsPath(path))
    if (set && (knowing.length === 0 || knowing.includes(set))) return set
    const supported = (knowing.length > 0 ? knowing : sets.slice(0, 1)).map(s => s.apiVersion)
    throw new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${apiVersion}' is invalid. The supported versions are '${supported.join("', '")}'.`,
    )
  }

  private throwFault(method: string, path: string): void {
    const fault = this.deps.faults.take(method, path, ['429', '500', 'another-operation'])
    if (!fault) return
    if (fault.kind === '429') {
      throw new ArmError(429, 'TooManyRequests', 'The request is being throttled.', {
        'Retry-After': String(fault.retryAfterSeconds ?? 1),
      })
    }
    if (fault.kind === '500')
      throw new ArmError(500, 'InternalServerError', 'An error has occurred in the server.')
    throw new ArmError(
      409,
      'AnotherOperationInProgress',
      `Another operation on this or dependent resource is in progress. Path: ${path}.`,
    )
  }

  private resourceGroup(
    method: string,
    subscriptionId: string,
    name: string,
    rawBody: string,
  ): Reply {
    const { store } = this.deps
    if (method === 'PUT') {
      const location = asString(asObject(parseBody(rawBody)).location) ?? 'westeurope'
      const existed = store.hasResourceGroup(subscriptionId, name)
      return {
        status: existed ? 200 : 201,
        body: store.putResourceGroup(subscriptionId, name, location),
      }
    }
    const rg = store.resourceGroups.get(
      `/subscriptions/${subscriptionId}/resourcegroups/${name}`.toLowerCase(),
    )
    if (!rg)
      throw new ArmError(
        404,
        'ResourceGroupNotFound',
        `Resource group '${name}' could not be found.`,
      )
    return { status: method === 'HEAD' ? 204 : 200, body: rg }
  }

  private list(canonical: string): Reply {
    const parsed = parseResourceId(canonical + '/x')
    if (!parsed) return { status: 200, body: { value: [] } }
    const scope = parsed.parentId ?? canonical.replace(/\/providers\/.*$/i, '')
    return { status: 200, body: { value: this.deps.store.list(scope, parsed.type) } }
  }

  private crud(
    method: string,
    match: RouteMatch,
    id: string,
    type: string,
    body: unknown,
    specSet: SpecSet,
    ifMatch: string | undefined,
  ): Reply {
    const { store, lros, faults } = this.deps
    const existing = store.read(id)
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== asString(existing?.etag)) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        `The condition specified using HTTP conditional header(s) is not met for ${id}: its ETag changed since it was read.`,
      )
    }
    const longRunning = match.operation.longRunning
    if (method === 'GET' || method === 'HEAD') {
      if (!existing) throw notFound(id)
      return { status: 200, body: existing }
    }
    if (method === 'PATCH') {
      if (!existing) throw notFound(id)
      const patch = asObject(body)
      const merged: JsonObject = {
        ...existing,
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
      }
      const state = asString(asObject(existing.properties).provisioningState) ?? 'Succeeded'
      return { status: 200, body: store.put(id, type, merged, state) }
    }
    if (method === 'PUT') {
      body = withoutNulls(body)
      if (specSet.missingParent === 'ParentResourceNotFound') checkParentExists(store, id)
      checkReferentialRules(store, id, type, body)
      body = applyPrivateLinkWrite(store, id, type, body)
      body = applyManagedClusterWrite(store, id, type, body)
      body = applyRoleAssignmentWrite(store, id, type, body)
      if (!longRunning)
        return { status: existing ? 200 : 201, body: store.put(id, type, body, 'Succeeded') }
      const fails = faults.take(method, id, ['lro-failed']) !== undefined
      const stored = store.put(id, type, body, existing ? 'Updating' : 'Creating')
      const operation = lros.start(id, type, 'put', fails)
      return {
        status: existing ? 200 : 201,
        body: stored,
        headers: this.operationHeaders(operation, stored, false, specSet.apiVersion),
      }
    }
    // DELETE
    if (!existing) return { status: 204 }
    checkDeleteRules(store, id, type)
    if (!longRunning) {
      this.remove(id)
      return { status: 200 }
    }
    const fails = faults.take(method, id, ['lro-failed']) !== undefined
    store.setProvisioningState(id, 'Deleting')
    const operation = lros.start(id, type, 'delete', fails)
    return {
      status: 202,
      headers: this.operationHeaders(operation, existing, true, specSet.apiVersion),
    }
  }

  /** Removes a resource with the side effects ARM applies (e.g. a PE's NIC and PLS connection). */
  private remove(id: string): void {
    const parsed = parseResourceId(id)
    if (parsed) applyPrivateLinkDelete(this.deps.store, id, parsed.type)
    this.deps.store.delete(id)
  }

  private operationHeaders(
    operation: LongRunningOperation,
    resource: JsonObject,
    withLocation: boolean,
    apiVersion: string,
  ): Record<string, string> {
    const parsed = parseResourceId(operation.resourceId)
    const location = encodeURIComponent(asString(resource.location) ?? 'global')
    const prefix = `${this.deps.base()}/subscriptions/${parsed?.subscriptionId ?? ''}/providers/Microsoft.Network/locations/${location}`
    const headers: Record<string, string> = {
      'Azure-AsyncOperation': `${prefix}/operations/${operation.id}?api-version=${apiVersion}`,
      ...this.retryAfter(),
    }
    if (withLocation)
      headers.Location = `${prefix}/operationResults/${operation.id}?api-version=${apiVersion}`
    return headers
  }

  private retryAfter(): Record<string, string> {
    const seconds = this.deps.options.pollRetryAfterSeconds
    return seconds === undefined ? {} : { 'Retry-After': String(seconds) }
  }

  private poll(kind: string, operationId: string): Reply {
    const { lros, store } = this.deps
    const operation = lros.get(operationId)
    if (!operation)
      throw new ArmError(404, 'OperationNotFound', `Operation ${operationId} was not found.`)
    if (lros.poll(operation)) {
      if (operation.status === 'Failed') store.setProvisioningState(operation.resourceId, 'Failed')
      else if (operation.kind === 'delete') this.remove(operation.resourceId)
      else store.setProvisioningState(operation.resourceId, 'Succeeded')
    }
    const error =
      operation.status === 'Failed'
        ? {
            code: 'InternalServerError',
            message: `The operation on ${operation.resourceId} failed (injected fault 'lro-failed').`,
          }
        : undefined
    if (kind.toLowerCase() === 'operationresults') {
      if (operation.status === 'InProgress') return { status: 202, headers: this.retryAfter() }
      if (error) return { status: 400, body: { error } }
      return {
        status: operation.kind === 'delete' ? 204 : 200,
        body: operation.kind === 'delete' ? undefined : store.read(operation.resourceId),
      }
    }
    return {
      status: 200,
      body: {
        id: operationId,
        name: operationId,
        status: operation.status,
        ...(error ? { error } : {}),
      },
      headers: operation.status === 'InProgress' ? this.retryAfter() : {},
    }
  }
}

/** A nested resource's PUT when its parent is missing, as the Private DNS RP answers it. */
function checkParentExists(store: ResourceStore, id: string): void {
  const parentId = parseResourceId(id)?.parentId
  if (parentId === undefined || store.has(parentId)) return
  const parentName = parseResourceId(parentId)?.name ?? parentId
  throw new ArmError(
    404,
    'ParentResourceNotFound',
    `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`,
  )
}

function notFound(id: string): ArmError {
  const parsed = parseResourceId(id)
  if (parsed?.parentId !== undefined)
    return new ArmError(404, 'NotFound', `Resource ${id} not found.`)
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${parsed?.type ?? ''}/${parsed?.name ?? ''}' under resource group '${parsed?.resourceGroup ?? ''}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  )
}

/** The request path rewritten with the template's literal casing (ARM returns canonical types). */
function canonicalPath(match: RouteMatch): string {
  const values = Object.values(match.params)
  let index = 0
  return match.operation.template.replace(/\{[^}]+\}/g, () => values[index++] ?? '')
}
