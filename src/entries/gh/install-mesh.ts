import { runGithubStep } from '../../hosts/github/run.js'
import { installMesh } from '../../steps/install-mesh/index.js'
await runGithubStep(installMesh)
