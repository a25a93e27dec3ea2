import { execFileSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/**
 * jest globalSetup: a fresh test CA per run (same directory as `defaultTestCaDir()` in
 * tls/test-ca.ts), trusted by every jest worker and child process spawned afterwards.
 *
 * jest loads this file through Node's own ESM loader, which cannot resolve the `.js` → `.ts`
 * relative imports of tls/test-ca.ts, so the CA is created in a `node --import tsx` child process.
 * NODE_EXTRA_CA_CERTS is read once at process start: it covers jest workers and child processes,
 * not code running in the jest main process (`--runInBand` or a single test file); in-process
 * clients must be given the CA explicitly (e.g. the Azure SDK's `tlsOptions: { ca }`).
 */
export default async function globalSetup(): Promise<void> {
  const dir = resolve(here, '..', '..', '.tmp', 'test-ca')
  await rm(dir, { recursive: true, force: true })
  const caCertPath = execFileSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(here, 'tls', 'create-test-ca-cli.ts'), dir],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  ).trim()
  process.env.NODE_EXTRA_CA_CERTS = caCertPath
}
