import { randomBytes, randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { isObject } from './json-types.js'
import type { TokenRequestEntry } from './types.js'

export interface TokenReply {
  status: number
  body: unknown
}

/**
 * Entra ID (MSAL) authority metadata + token endpoint, GitHub and Azure DevOps OIDC endpoints and an
 * App Service style managed identity endpoint. Every access token it issues is remembered, so the
 * ARM endpoints can require one.
 */
export class TokenEndpoints {
  readonly issued = new Set<string>()
  readonly requests: TokenRequestEntry[] = []

  constructor(private readonly baseUrl: () => string) {}

  isIssued(authorization: string | undefined): boolean {
    const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]
    return token !== undefined && this.issued.has(token)
  }

  /** Answers a token-related request, or returns undefined when the path is not one of them. */
  handle(req: IncomingMessage, url: URL, rawBody: string): TokenReply | undefined {
    const method = req.method ?? 'GET'
    const path = url.pathname
    const base = this.baseUrl()
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path)
    if (method === 'GET' && metadata?.[1]) {
      const tenant = metadata[1]
      return {
        status: 200,
        body: {
          issuer: `${base}/${tenant}/v2.0`,
          token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
          device_authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/devicecode`,
          jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          tenant_region_scope: null,
          cloud_instance_name: new URL(base).host,
          msgraph_host: new URL(base).host,
        },
      }
    }
    if (method === 'GET' && path === '/common/discovery/instance') {
      const host = new URL(base).host
      return {
        status: 200,
        body: {
          tenant_discovery_endpoint: `${base}/common/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        },
      }
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path)
    if (method === 'POST' && token?.[1]) return this.oauth2(token[1], rawBody)
    if (method === 'GET' && path === '/github-oidc') {
      return this.oidc('github-oidc', req, url.searchParams.get('audience') ?? '', 'value')
    }
    if (method === 'POST' && path === '/ado-oidc') {
      return this.oidc('ado-oidc', req, 'api://AzureADTokenExchange', 'oidcToken')
    }
    if (method === 'GET' && path === '/msi/token') return this.managedIdentity(req, url)
    return undefined
  }

  private issue(): string {
    const token = `sim-${randomUUID()}`
    this.issued.add(token)
    return token
  }

  private oauth2(tenant: string, rawBody: string): TokenReply {
    const form = new URLSearchParams(rawBody)
    const assertion = form.get('client_assertion')
    const entry: TokenRequestEntry = {
      time: new Date().toISOString(),
      endpoint: 'oauth2',
      tenant,
      grantType: form.get('grant_type') ?? undefined,
      clientId: form.get('client_id') ?? undefined,
      scope: form.get('scope') ?? undefined,
      hasClientSecret: Boolean(form.get('client_secret')),
      hasClientAssertion: Boolean(assertion),
      assertionHasCertificateThumbprint: assertion ? hasThumbprint(assertion) : false,
      hasBearer: false,
      status: 200,
    }
    let reply: TokenReply
    if (entry.grantType !== 'client_credentials') {
      reply = oauthError(
        400,
        'unsupported_grant_type',
        `AADSTS70003: grant type '${entry.grantType ?? ''}' is not supported by the simulator.`,
      )
    } else if (!entry.clientId) {
      reply = oauthError(
        400,
        'invalid_request',
        "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
      )
    } else if (!entry.hasClientSecret && !entry.hasClientAssertion) {
      reply = oauthError(
        401,
        'invalid_client',
        "AADSTS7000216: 'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
      )
    } else {
      reply = {
        status: 200,
        body: {
          token_type: 'Bearer',
          expires_in: 3600,
          ext_expires_in: 3600,
          access_token: this.issue(),
        },
      }
    }
    entry.status = reply.status
    this.requests.push(entry)
    return reply
  }

  private oidc(
    endpoint: 'github-oidc' | 'ado-oidc',
    req: IncomingMessage,
    audience: string,
    field: string,
  ): TokenReply {
    const hasBearer = /^Bearer\s+\S+/i.test(req.headers.authorization ?? '')
    const status = hasBearer ? 200 : 401
    this.requests.push({
      time: new Date().toISOString(),
      endpoint,
      scope: audience,
      hasClientSecret: false,
      hasClientAssertion: false,
      assertionHasCertificateThumbprint: false,
      hasBearer,
      status,
    })
    if (!hasBearer) return { status, body: { message: 'Bad credentials' } }
    return { status, body: { [field]: fakeJwt(this.baseUrl() + '/' + endpoint, audience) } }
  }

  private managedIdentity(req: IncomingMessage, url: URL): TokenReply {
    const header = req.headers['x-identity-header']
    const resource = url.searchParams.get('resource') ?? ''
    const ok = typeof header === 'string' && header.length > 0 && resource.length > 0
    const status = ok ? 200 : 400
    this.requests.push({
      time: new Date().toISOString(),
      endpoint: 'msi',
      resource,
      clientId: url.searchParams.get('client_id') ?? undefined,
      hasClientSecret: false,
      hasClientAssertion: false,
      assertionHasCertificateThumbprint: false,
      hasBearer: false,
      status,
    })
    if (!ok)
      return {
        status,
        body: { statusCode: 400, message: 'X-IDENTITY-HEADER and resource are required' },
      }
    return {
      status,
      body: {
        access_token: this.issue(),
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource,
        token_type: 'Bearer',
      },
    }
  }
}

function oauthError(status: number, error: string, description: string): TokenReply {
  return {
    status,
    body: {
      error,
      error_description: description,
      error_codes: [],
      timestamp: new Date().toISOString(),
    },
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function fakeJwt(issuer: string, audience: string): string {
  const now = Math.floor(Date.now() / 1000)
  const header = { alg: 'RS256', typ: 'JWT', kid: 'simulator' }
  const payload = {
    iss: issuer,
    sub: 'repo:example/example:ref:refs/heads/main',
    aud: audience,
    iat: now,
    nbf: now,
    exp: now + 300,
    jti: randomUUID(),
  }
  return `${base64url(header)}.${base64url(payload)}.${randomBytes(32).toString('base64url')}`
}

function hasThumbprint(jwt: string): boolean {
  try {
    const header: unknown = JSON.parse(
      Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8'),
    )
    return (
      isObject(header) && (typeof header.x5t === 'string' || typeof header['x5t#S256'] === 'string')
    )
  } catch {
    return false
  }
}
