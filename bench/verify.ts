/**
 * verify-encryption on 2,000 meshed pods with 20 ms of API latency per request: wall time and
 * peak memory of the whole step (pod list, 2,000 scrapes, judging, summary, evidence file), next
 * to the anchor a user would script: one `kubectl get --raw .../NAME:4191/proxy/metrics` process
 * per pod, one after another, against the same fake API server (its own process, so the
 * verifier's memory is measured alone). The anchor runs on a sample of pods and is extrapolated
 * to all of them; both are measured in this run.
 *   npx tsx bench/verify.ts [pods=2000] [latency-ms=20] [kubectl-sample=40]
 * KUBECTL=/path/to/kubectl picks the anchor's binary (default: kubectl on PATH).
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { runStep } from '../src/hosts/run-step.js'
import { verifyEncryption } from '../src/steps/verify-encryption/index.js'
import { recordingHost } from '../test/support/recording-host.js'

const [podsArg = '2000', latencyArg = '20', sampleArg = '40'] = process.argv.slice(2)
const pods = Number(podsArg)
const sample = Math.min(Number(sampleArg), pods)
const kubectl = process.env['KUBECTL'] ?? 'kubectl'
const dir = mkdtempSync(join(tmpdir(), 'bench-verify-'))

// The fake API server, in a child process.
const server = spawn(
  process.execPath,
  [
    '--import',
    'tsx',
    new URL('./verify-fake-server.ts', import.meta.url).pathname,
    podsArg,
    latencyArg,
    dir,
  ],
  { stdio: ['pipe', 'pipe', 'inherit'] },
)
const first = await new Promise<string>((resolve, reject) => {
  createInterface({ input: server.stdout }).once('line', resolve)
  server.once('exit', code => reject(new Error(`the fake API server exited (${code})`)))
})
const fake = JSON.parse(first) as { url: string; kubeconfig: string; scrapeBytes: number }

// The verifier, in this process.
const rssBefore = process.memoryUsage().rss
let peakRss = rssBefore
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
}, 10)
const host = recordingHost({
  inputs: { kubeconfig: fake.kubeconfig, 'report-file': join(dir, 'evidence.json') },
  tempDirectory: dir,
})
const start = performance.now()
const result = await runStep(host, verifyEncryption)
const wallMs = performance.now() - start
clearInterval(sampler)
peakRss = Math.max(peakRss, process.memoryUsage().rss)
if (result.status !== 'succeeded') {
  throw new Error(`verify-encryption did not pass: ${host.failures.join('\n')}`)
}
const evidenceBytes = readFileSync(join(dir, 'evidence.json')).length

// The anchor: one kubectl process per pod, sequentially, on a sample of pods.
const targets = Array.from({ length: sample }, (_, i) => {
  const n = Math.floor((i * pods) / sample)
  return { namespace: `team-${n % 20}`, name: `app-${String(n).padStart(5, '0')}` }
})
const anchorStart = performance.now()
for (const t of targets) {
  const run = spawnSync(
    kubectl,
    [
      '--kubeconfig',
      fake.kubeconfig,
      'get',
      '--raw',
      `/api/v1/namespaces/${t.namespace}/pods/${t.name}:4191/proxy/metrics`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (run.status !== 0 || !run.stdout.includes('tcp_open_total')) {
    throw new Error(`kubectl failed for ${t.namespace}/${t.name}: ${run.stderr}`)
  }
}
const anchorPerPodMs = (performance.now() - anchorStart) / sample
const anchorMs = anchorPerPodMs * pods

server.stdin.end()
await new Promise(resolve => server.once('exit', resolve))
rmSync(dir, { recursive: true, force: true })

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0)
console.log(
  `| measure (${pods} meshed pods, ${latencyArg} ms API latency, ${(fake.scrapeBytes / 1024).toFixed(0)} KB per scrape) | value |`,
)
console.log('| --- | --- |')
console.log(
  `| verify-encryption wall time (list, ${pods} scrapes, judge, summary, evidence) | ${(wallMs / 1000).toFixed(2)} s |`,
)
console.log(
  `| verify-encryption peak RSS (whole process, sampled every 10 ms) | ${mb(peakRss)} MB (${mb(peakRss - rssBefore)} MB above the ${mb(rssBefore)} MB before the run) |`,
)
console.log(
  `| process max RSS (getrusage) | ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB |`,
)
console.log(
  `| edges: mutual TLS / without mutual TLS (allowed probes) | ${host.outputValues['encrypted-edges'] ?? '?'} / ${host.outputValues['plaintext-edges'] ?? '?'} |`,
)
console.log(`| evidence file | ${(evidenceBytes / 1024 / 1024).toFixed(1)} MB |`)
console.log(
  `| anchor: \`${kubectl} get --raw\` per pod, sequential, ${sample} pods measured | ${anchorPerPodMs.toFixed(0)} ms per pod |`,
)
console.log(`| anchor extrapolated to ${pods} pods | ${(anchorMs / 1000).toFixed(1)} s |`)
console.log(`| anchor / verify-encryption | ${(anchorMs / wallMs).toFixed(1)}x |`)
