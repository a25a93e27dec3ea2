import { runCli } from '../hosts/cli/main.js'
process.exitCode = await runCli(process.argv.slice(2))
