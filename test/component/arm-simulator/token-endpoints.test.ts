import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  ClientAssertionCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
} from '@azure/identity'
import { startArmSimulator, type ArmSimulator } from '../../support/arm-simulator/index.js'
import { httpsJson } from './https-json.js'
import { CLIENT_ID, LOCATION, networkClient, RG, SUBSCRIPTION, TENANT } from './sdk-client.js'

const SECRET = 'sim-secret-value-never-logged'
const API = 'api-version=2026-01-01'

describe('ARM simulator token endpoints', () => {
  let sim: ArmSimulator
  const savedEnv = { ...process.env }

  beforeAll(async () => {
    sim = await startArmSimulator()
    sim.seedResourceGroup(SUBSCRIPTION, RG, LOCATION)
  })

  afterEach(() => {
    process.env.IDENTITY_ENDPOINT = savedEnv.IDENTITY_ENDPOINT
    process.env.IDENTITY_HEADER = savedEnv.IDENTITY_HEADER
    if (savedEnv.IDENTITY_ENDPOINT === undefined) delete process.env.IDENTITY_ENDPOINT
    if (savedEnv.IDENTITY_HEADER === undefined) delete process.env.IDENTITY_HEADER
  })

  afterAll(async () => {
    await sim.stop()
  })

  const rgPath = (): string =>
    `${sim.url}/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Network/routeTables?${API}`

  it('GIVEN a ClientSecretCredential against the simulator authority WHEN it gets a token THEN ARM accepts it and the secret is never recorded', async () => {
    const credential = new ClientSecretCredential(TENANT, CLIENT_ID, SECRET, {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sim.caCertPem },
    })
    const token = await credential.getToken(`${sim.url}/.default`)
    expect(token.token).toMatch(/^sim-/)
    const res = await httpsJson(rgPath(), sim.caCertPem, 'GET', undefined, {
      Authorization: `Bearer ${token.token}`,
    })
    expect(res.status).toBe(200)
    expect(sim.tokenRequests).toContainEqual(
      expect.objectContaining({
        endpoint: 'oauth2',
        tenant: TENANT,
        grantType: 'client_credentials',
        clientId: CLIENT_ID,
        scope: expect.stringContaining(`${sim.url}/.default`),
        hasClientSecret: true,
        hasClientAssertion: false,
      }),
    )
    expect(JSON.stringify(sim.tokenRequests) + JSON.stringify(sim.requests)).not.toContain(SECRET)
  })

  it.each<{ what: string; headers: Record<string, string>; code: string }>([
    {
      what: 'no Authorization header',
      headers: {},
      code: 'AuthenticationFailed',
    },
    {
      what: 'a token the simulator never issued',
      headers: { Authorization: 'Bearer forged' },
      code: 'InvalidAuthenticationToken',
    },
  ])('GIVEN $what WHEN calling ARM THEN 401 $code', async ({ headers, code }) => {
    const res = await httpsJson(rgPath(), sim.caCertPem, 'GET', undefined, headers)
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ error: { code } })
  })

  it('GIVEN a GitHub OIDC token as client assertion WHEN the SDK creates a route table THEN a fresh assertion is fetched per token request', async () => {
    const fetchAssertion = async (): Promise<string> => {
      const res = await httpsJson(
        `${sim.url}/github-oidc?audience=api://AzureADTokenExchange`,
        sim.caCertPem,
        'GET',
        undefined,
        {
          Authorization: 'Bearer runtime-token',
        },
      )
      return String((res.body as { value: string }).value)
    }
    const first = await fetchAssertion()
    const second = await fetchAssertion()
    expect(first).not.toBe(second)
    expect(first.split('.')).toHaveLength(3)
    const credential = new ClientAssertionCredential(TENANT, CLIENT_ID, fetchAssertion, {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
      tlsOptions: { ca: sim.caCertPem },
    })
    const client = networkClient(sim, credential)
    const rt = await client.routeTables.createOrUpdate(
      RG,
      'rt-oidc',
      { location: LOCATION },
      { updateIntervalInMs: 5 },
    )
    expect(rt.provisioningState).toBe('Succeeded')
    expect(sim.tokenRequests).toContainEqual(
      expect.objectContaining({
        endpoint: 'oauth2',
        hasClientAssertion: true,
        hasClientSecret: false,
      }),
    )
  })

  it.each([
    {
      what: 'a certificate-signed client assertion (x5t header)',
      header: { alg: 'RS256', x5t: 'dGh1bWI' },
      cert: true,
    },
    { what: 'a federated client assertion', header: { alg: 'RS256', kid: 'k' }, cert: false },
  ])(
    'GIVEN $what WHEN posted to the token endpoint THEN a token is issued and the kind recorded',
    async ({ header, cert }) => {
      const jwt =
        [header, { aud: 'x' }]
          .map(part => Buffer.from(JSON.stringify(part)).toString('base64url'))
          .join('.') + '.sig'
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        scope: `${sim.url}/.default`,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: jwt,
      })
      const res = await httpsJson(
        `${sim.url}/${TENANT}/oauth2/v2.0/token`,
        sim.caCertPem,
        'POST',
        form.toString(),
        {
          'Content-Type': 'application/x-www-form-urlencoded',
        },
      )
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: 3600,
        ext_expires_in: 3600,
      })
      expect(sim.tokenRequests[sim.tokenRequests.length - 1]).toMatchObject({
        hasClientAssertion: true,
        assertionHasCertificateThumbprint: cert,
      })
    },
  )

  it.each([
    { what: 'GitHub OIDC', method: 'GET', path: '/github-oidc?audience=x' },
    {
      what: 'Azure DevOps OIDC',
      method: 'POST',
      path: '/ado-oidc?api-version=7.1&serviceConnectionId=abc',
    },
  ])(
    'GIVEN the $what endpoint WHEN called without a bearer THEN 401, with one THEN a JWT',
    async ({ method, path }) => {
      const denied = await httpsJson(`${sim.url}${path}`, sim.caCertPem, method)
      expect(denied.status).toBe(401)
      const ok = await httpsJson(`${sim.url}${path}`, sim.caCertPem, method, undefined, {
        Authorization: 'Bearer system-access-token',
      })
      expect(ok.status).toBe(200)
      const jwt = Object.values(ok.body as Record<string, string>)[0] ?? ''
      expect(jwt.split('.')).toHaveLength(3)
    },
  )

  it('GIVEN IDENTITY_ENDPOINT/IDENTITY_HEADER pointing at the simulator WHEN ManagedIdentityCredential gets a token THEN ARM accepts it', async () => {
    process.env.IDENTITY_ENDPOINT = `${sim.url}/msi/token`
    process.env.IDENTITY_HEADER = 'identity-header-value'
    const credential = new ManagedIdentityCredential({ tlsOptions: { ca: sim.caCertPem } })
    const token = await credential.getToken(`${sim.url}/.default`)
    const res = await httpsJson(rgPath(), sim.caCertPem, 'GET', undefined, {
      Authorization: `Bearer ${token.token}`,
    })
    expect(res.status).toBe(200)
    expect(sim.tokenRequests).toContainEqual(
      expect.objectContaining({ endpoint: 'msi', resource: sim.url, status: 200 }),
    )
  })
})
