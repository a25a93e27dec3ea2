import { runGithubStep } from '../../hosts/github/run.js'
import { verifyEncryption } from '../../steps/verify-encryption/index.js'
await runGithubStep(verifyEncryption)
