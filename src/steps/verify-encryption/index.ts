import type { Cluster } from '../../core/cluster.js'
import type { VerifyStepDefinition } from '../../core/step.js'
import { judgeVerifyEncryption } from './judge.js'
import { verifyEncryptionManifest } from './manifest.js'
import { observeVerifyEncryption, type VerifyEncryptionState } from './observe.js'
import { countJudgement, renderEvidence, renderFailure, renderSummary } from './report.js'
import { parseVerifyEncryptionSpec, type VerifyEncryptionSpec } from './spec.js'

export const verifyEncryption: VerifyStepDefinition<
  VerifyEncryptionSpec,
  VerifyEncryptionState,
  Cluster
> = {
  kind: 'verify',
  manifest: verifyEncryptionManifest,
  parseSpec: parseVerifyEncryptionSpec,
  observe: observeVerifyEncryption,
  judge: (spec, state, tool) => {
    const judgement = judgeVerifyEncryption(spec, state)
    const counts = countJudgement(judgement, state)
    return {
      passed: judgement.passed,
      outputs: {
        verdict: judgement.passed ? 'pass' : 'fail',
        'encrypted-edges': String(counts.encryptedEdges),
        'plaintext-edges': String(counts.plaintextEdges + counts.allowedEdges),
        'unmeshed-pods': String(counts.unmeshedPods),
      },
      summary: renderSummary(spec, state, judgement),
      ...(judgement.passed ? {} : { failure: renderFailure(spec, judgement) }),
      findings: judgement.findings,
      warnings: judgement.warnings,
      file: {
        path: spec.reportFile,
        content: renderEvidence(spec, state, judgement, tool),
        output: 'report-file',
      },
    }
  },
}
