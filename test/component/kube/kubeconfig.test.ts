import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, stat, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { PreconditionError } from '../../../src/core/errors.js'
import { resolveKubeCredentials } from '../../../src/kube/kube-credentials.js'
import {
  loadKubeContext,
  resolveKubeconfig,
  serverForDisplay,
} from '../../../src/kube/kubeconfig.js'
import { createNodeExec } from '../../support/cluster/node-exec.js'
import { createRecordingTools } from '../../support/cluster/recording-tools.js'
import { kubeloginAnswer } from '../../builders/exec-credential.js'

const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'

function kubeconfig(user: Record<string, unknown>, cluster: Record<string, unknown> = {}): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'aks',
    clusters: [
      {
        name: 'aks-cluster',
        cluster: {
          server: 'https://aks-dns-abc.hcp.eastus2.azmk8s.io:443',
          'certificate-authority-data': Buffer.from(CA_PEM).toString('base64'),
          ...cluster,
        },
      },
    ],
    contexts: [
      { name: 'other', context: { cluster: 'missing', user: 'nobody' } },
      { name: 'aks', context: { cluster: 'aks-cluster', user: 'aks-user', namespace: 'apps' } },
    ],
    users: [{ name: 'aks-user', user }],
  })
}

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kubeconfig-test-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('resolveKubeconfig', () => {
  it('GIVEN the content as input WHEN resolved THEN it is written with mode 0600 under the temp dir', async () => {
    const content = kubeconfig({ token: 'secret-token' })
    const location = await resolveKubeconfig(content, { tempDir: dir, env: {} })
    expect(location.source).toBe('input-content')
    expect(location.path.startsWith(dir)).toBe(true)
    expect((await stat(location.path)).mode & 0o777).toBe(0o600)
    const context = await loadKubeContext(location.path)
    expect(context.user.token).toBe('secret-token')
  })

  it('GIVEN a path as input WHEN resolved THEN that path is used', async () => {
    const path = join(dir, 'given')
    await writeFile(path, kubeconfig({ token: 't' }))
    await expect(
      resolveKubeconfig(path, { tempDir: dir, env: { KUBECONFIG: '/nope' } }),
    ).resolves.toEqual({
      path,
      source: 'input-path',
    })
  })

  it('GIVEN a missing path as input WHEN resolved THEN a PreconditionError names it', async () => {
    const run = resolveKubeconfig(join(dir, 'absent'), { tempDir: dir, env: {} })
    await expect(run).rejects.toThrow(PreconditionError)
    await expect(run).rejects.toThrow(join(dir, 'absent'))
  })

  it('GIVEN no input WHEN resolved THEN the first existing KUBECONFIG entry, then ~/.kube/config', async () => {
    const path = join(dir, 'from-env')
    await writeFile(path, kubeconfig({ token: 't' }))
    await expect(
      resolveKubeconfig('', { tempDir: dir, env: { KUBECONFIG: `${join(dir, 'nope')}:${path}` } }),
    ).resolves.toEqual({ path, source: 'KUBECONFIG' })
    const home = join(dir, 'home')
    await mkdir(join(home, '.kube'), { recursive: true })
    await writeFile(join(home, '.kube', 'config'), kubeconfig({ token: 't' }))
    await expect(
      resolveKubeconfig(undefined, { tempDir: dir, env: {}, homeDir: home }),
    ).resolves.toEqual({
      path: join(home, '.kube', 'config'),
      source: 'default',
    })
  })

  it('GIVEN nothing anywhere WHEN resolved THEN the error says where it looked and what to do', async () => {
    await expect(
      resolveKubeconfig(undefined, { tempDir: dir, env: {}, homeDir: join(dir, 'empty-home') }),
    ).rejects.toThrow(/No kubeconfig was found.*aks-set-context/)
  })
})

describe('loadKubeContext', () => {
  it('GIVEN the current context WHEN loaded THEN cluster, CA and namespace are read', async () => {
    const path = join(dir, 'ctx')
    await writeFile(path, kubeconfig({ token: 't' }, { 'tls-server-name': 'kubernetes' }))
    const context = await loadKubeContext(path)
    expect(context).toMatchObject({
      contextName: 'aks',
      namespace: 'apps',
      cluster: {
        name: 'aks-cluster',
        server: 'https://aks-dns-abc.hcp.eastus2.azmk8s.io:443',
        caPem: CA_PEM,
        insecureSkipTlsVerify: false,
        tlsServerName: 'kubernetes',
      },
    })
  })

  it('GIVEN a CA file and a token file relative to the kubeconfig WHEN resolved THEN both are read', async () => {
    const sub = join(dir, 'relative')
    await mkdir(sub, { recursive: true })
    await writeFile(join(sub, 'ca.crt'), CA_PEM)
    await writeFile(join(sub, 'token'), 'file-token\n')
    const path = join(sub, 'config')
    await writeFile(
      path,
      kubeconfig(
        { tokenFile: 'token' },
        { 'certificate-authority-data': undefined, 'certificate-authority': 'ca.crt' },
      ),
    )
    const context = await loadKubeContext(path)
    expect(context.cluster.caPem).toBe(CA_PEM)
    await expect(resolveKubeCredentials(createNodeExec(), context)).resolves.toEqual({
      token: 'file-token',
    })
  })

  it('GIVEN client certificate data WHEN resolved THEN certificate and key are decoded', async () => {
    const path = join(dir, 'cert')
    await writeFile(
      path,
      kubeconfig({
        'client-certificate-data': Buffer.from('CERT').toString('base64'),
        'client-key-data': Buffer.from('KEY').toString('base64'),
      }),
    )
    await expect(
      resolveKubeCredentials(createNodeExec(), await loadKubeContext(path)),
    ).resolves.toEqual({
      clientCertificatePem: 'CERT',
      clientKeyPem: 'KEY',
    })
  })

  it('GIVEN a context that does not exist WHEN loaded THEN a PreconditionError names it, not the token', async () => {
    const path = join(dir, 'bad-ctx')
    await writeFile(path, kubeconfig({ token: 'secret-token' }))
    const run = loadKubeContext(path, { context: 'prod' })
    await expect(run).rejects.toThrow("has no context named 'prod'")
    await expect(run).rejects.not.toThrow('secret-token')
  })
})

describe('exec credential plugins', () => {
  const execUser = {
    exec: {
      apiVersion: 'client.authentication.k8s.io/v1beta1',
      command: 'kubelogin',
      args: [
        'get-token',
        '--login',
        'azurecli',
        '--server-id',
        '6dae42f8-4368-4678-94ff-3960e28e3630',
      ],
      env: [{ name: 'AZURE_CONFIG_DIR', value: '/tmp/az' }],
      provideClusterInfo: false,
    },
  }

  it('GIVEN kubelogin WHEN credentials are resolved THEN it runs with its args and env and the token is parsed', async () => {
    const tools = await createRecordingTools({
      tools: ['kubelogin'],
      recordEnv: ['AZURE_CONFIG_DIR', 'KUBERNETES_EXEC_INFO'],
      answers: [kubeloginAnswer('entra-token', '2030-01-01T00:00:00Z')],
    })
    try {
      const path = join(dir, 'exec')
      await writeFile(path, kubeconfig(execUser))
      const credentials = await resolveKubeCredentials(
        createNodeExec(tools.env()),
        await loadKubeContext(path),
      )
      expect(credentials).toEqual({
        token: 'entra-token',
        expiresAt: new Date('2030-01-01T00:00:00Z'),
      })
      const [call] = tools.calls()
      expect(call?.argv).toEqual(execUser.exec.args)
      expect(call?.env.AZURE_CONFIG_DIR).toBe('/tmp/az')
      expect(JSON.parse(call?.env.KUBERNETES_EXEC_INFO ?? '{}')).toEqual({
        apiVersion: 'client.authentication.k8s.io/v1beta1',
        kind: 'ExecCredential',
        spec: { interactive: false },
      })
    } finally {
      await tools.cleanup()
    }
  })

  it('GIVEN kubelogin is missing WHEN credentials are resolved THEN a PreconditionError says how to install it', async () => {
    const path = join(dir, 'exec-missing')
    await writeFile(path, kubeconfig(execUser))
    const run = resolveKubeCredentials(
      createNodeExec({ PATH: join(dir, 'no-bin') }),
      await loadKubeContext(path),
    )
    await expect(run).rejects.toThrow(PreconditionError)
    await expect(run).rejects.toThrow(/'kubelogin' was not found on PATH.*az aks install-cli/)
  })

  it('GIVEN the plugin prints garbage WHEN credentials are resolved THEN the error names the plugin', async () => {
    const tools = await createRecordingTools({
      tools: ['kubelogin'],
      answers: [{ tool: 'kubelogin', stdout: 'not json' }],
    })
    try {
      const path = join(dir, 'exec-garbage')
      await writeFile(path, kubeconfig(execUser))
      await expect(
        resolveKubeCredentials(createNodeExec(tools.env()), await loadKubeContext(path)),
      ).rejects.toThrow(
        "The credential plugin 'kubelogin' of kubeconfig user 'aks-user' printed output that is not an ExecCredential",
      )
    } finally {
      await tools.cleanup()
    }
  })
})

describe('serverForDisplay', () => {
  it.each([
    ['https://aks-dns-abc.hcp.eastus2.azmk8s.io:443', 'https://aks-dns-abc.hcp.eastus2.azmk8s.io'],
    ['https://10.0.0.1:6443/', 'https://10.0.0.1:6443'],
    [
      'https://admin:s3cret@10.0.0.1:6443/k8s/clusters/c-1',
      'https://10.0.0.1:6443/k8s/clusters/c-1',
    ],
    ['https://10.0.0.1:6443/proxy?token=s3cret#frag', 'https://10.0.0.1:6443/proxy'],
    ['not a url s3cret', '(an API server URL that could not be read)'],
  ])(
    'GIVEN the server %s WHEN shown THEN only scheme, host, port and path remain (%s)',
    (server, shown) => {
      expect(serverForDisplay(server)).toBe(shown)
      expect(serverForDisplay(server)).not.toContain('s3cret')
    },
  )
})
