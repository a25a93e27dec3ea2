import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadOrCreateTestCa } from '../tls/test-ca.js'
import { startArmSimulator } from './arm-simulator.js'
import { repoRoot } from './spec-location.js'
import { seedFromFile } from './seed-file.js'

// Standalone ARM simulator:
//   npx tsx test/support/arm-simulator/main.ts [--port N] [--seed file.json] [--log file.jsonl] [--no-auth]
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string' },
    log: { type: 'string' },
    'no-auth': { type: 'boolean', default: false },
    'latency-ms': { type: 'string' },
  },
})

// Its own CA directory, so a jest run (which recreates .tmp/test-ca) does not swap it underneath.
const caDir = join(repoRoot, '.tmp', 'arm-simulator-ca')
const ca = await loadOrCreateTestCa(caDir)
const sim = await startArmSimulator({
  caDir,
  ...(values.port !== undefined ? { port: Number(values.port) } : {}),
  ...(values.log !== undefined ? { logFile: values.log } : {}),
  ...(values['latency-ms'] !== undefined ? { latencyMs: Number(values['latency-ms']) } : {}),
  requireAuth: !values['no-auth'],
})
if (values.seed !== undefined) {
  const counts = seedFromFile(sim, values.seed)
  process.stdout.write(
    `Seeded ${counts.resourceGroups} resource group(s), ${counts.resources} resource(s).\n`,
  )
}

process.stdout.write(
  [
    `ARM simulator (Microsoft.Network 2026-01-01) listening on ${sim.url}`,
    `CA certificate: ${ca.caCertPath}`,
    '',
    'Point the CLI at it (in another shell):',
    `  export NODE_EXTRA_CA_CERTS=${ca.caCertPath}`,
    '  # managed identity (picked up by DefaultAzureCredential):',
    `  export IDENTITY_ENDPOINT=${sim.url}/msi/token IDENTITY_HEADER=simulator`,
    '  # or a service principal (any secret is accepted):',
    `  #   export AZURE_TENANT_ID=00000000-0000-0000-0000-000000000000 AZURE_CLIENT_ID=00000000-0000-0000-0000-000000000000 AZURE_CLIENT_SECRET=x AZURE_AUTHORITY_HOST=${sim.url}`,
    `  npx aks-secure-networking configure-firewall-egress --config my.yaml --mode apply --set arm-endpoint=${sim.url} --set authority-host=${sim.url}`,
    '',
    'Resource groups must exist: PUT /subscriptions/SUB/resourceGroups/RG?api-version=2021-04-01 {"location":"westeurope"}',
    'or use --seed. Ctrl+C stops.',
    '',
  ].join('\n'),
)

const shutdown = (): void => {
  void sim.stop().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
