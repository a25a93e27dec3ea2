import { runAdoStep } from '../../hosts/azure-pipelines/run.js'
import { verifyEncryption } from '../../steps/verify-encryption/index.js'
await runAdoStep(verifyEncryption)
