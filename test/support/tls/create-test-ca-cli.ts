import { loadOrCreateTestCa } from './test-ca.js'

// Usage: node --import tsx test/support/tls/create-test-ca-cli.ts [dir]
// Prints the CA certificate path. Used by jest's globalSetup (see ../global-setup.ts).
const ca = await loadOrCreateTestCa(process.argv[2])
process.stdout.write(`${ca.caCertPath}\n`)
