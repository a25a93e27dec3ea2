/**
 * verify-encryption on 2,000 meshed pods with 20 ms of API latency per request: wall time and
 * peak memory of the whole step (pod list, 2,000 scrapes, judging, summary, evidence file), next
 * to the anchor a user would script: one `kubectl get --raw .../NAME:4191/proxy/metrics` process
 * per pod, one after another, against the same fake API server (its own process, so the
 * verifier's memory is measured alone). The anchor runs on a sample of pods and is extrapolated
 * to all of them; both are measured in this run.
 *   npx tsx bench/verify.ts [pods=2000] [latency-ms=20] [kubectl-sample=40]
 * KUBECTL=/path/to/kubectl picks the anchor's binary. By default it is kubectl on PATH, unless
 * that is the Google Cloud SDK's version dispatcher (its client version ends in `-dispatcher`):
 * on every call the dispatcher asks the API server its version and starts the binary beside it
 * named for that version (`kubectl.1.33` for a 1.33 server), which would add its own start-up
 * and version request to each anchor call. That versioned binary is timed instead (else the
 * one named for the dispatcher's own version). The output names the binary and its version.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { runStep } from '../src/hosts/run-step.js'
import { verifyEncryption } from '../src/steps/verify-encryption/index.js'
import { recordingHost } from '../test/support/recording-host.js'

const [podsArg = '2000', latencyArg = '20', sampleArg = '40'] = process.argv.slice(2)
const pods = Number(podsArg)
const sample = Math.min(Number(sampleArg), pods)

/** The client version a kubectl binary reports (`v1.32.5`, `v1.32.4-dispatcher`). */
function clientVersion(binary: string): { gitVersion: string; major: string; minor: string } {
  const run = spawnSync(binary, ['version', '--client', '-o', 'json'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`'${binary} version --client' failed: ${run.stderr}`)
  const parsed = JSON.parse(run.stdout) as {
    clientVersion: { gitVersion: string; major: string; minor: string }
  }
  return parsed.clientVersion
}

/** `kubectl.<major>.<minor>` for a version like `v1.33.2` or major '1', minor '32+'. */
function versionedName(major: string, minor: string): string {
  return `kubectl.${major}.${minor.replace(/\D+$/, '')}`
}

/** The kubectl binary to time for a server of `serverVersion`, and why that one. */
function resolveKubectl(serverVersion: string): { binary: string; version: string; note: string } {
  const chosen = process.env['KUBECTL']
  if (chosen !== undefined) {
    return { binary: chosen, version: clientVersion(chosen).gitVersion, note: 'KUBECTL' }
  }
  const onPath = (process.env['PATH'] ?? '')
    .split(delimiter)
    .map(d => join(d, 'kubectl'))
    .find(p => existsSync(p))
  if (onPath === undefined) throw new Error('no kubectl on PATH; set KUBECTL')
  const real = realpathSync(onPath)
  const version = clientVersion(real)
  if (!version.gitVersion.endsWith('-dispatcher')) {
    return { binary: real, version: version.gitVersion, note: 'kubectl on PATH' }
  }
  const [, major = '', minor = ''] = /^v(\d+)\.(\d+)/.exec(serverVersion) ?? []
  const candidates = [versionedName(major, minor), versionedName(version.major, version.minor)].map(
    name => join(dirname(real), name),
  )
  const versioned = candidates.find(p => existsSync(p))
  if (versioned === undefined) {
    return {
      binary: real,
      version: version.gitVersion,
      note: `the Google Cloud SDK dispatcher (none of ${candidates.join(', ')} beside it), so each call includes its start-up`,
    }
  }
  return {
    binary: versioned,
    version: clientVersion(versioned).gitVersion,
    note: `what the Google Cloud SDK dispatcher at ${onPath} starts for a ${serverVersion} server, timed directly`,
  }
}
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
const fake = JSON.parse(first) as {
  url: string
  kubeconfig: string
  scrapeBytes: number
  uniqueScrapes: number
  serverVersion: string
}
const kubectl = resolveKubectl(fake.serverVersion)

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
// The kernel's high-water mark for this process (getrusage), read before the anchor runs.
const maxRss = process.resourceUsage().maxRSS * 1024
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
    kubectl.binary,
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
  `| measure (${pods} meshed pods, ${latencyArg} ms API latency, ${fake.uniqueScrapes} distinct scrapes of ${(fake.scrapeBytes / 1024).toFixed(0)} KB on average) | value |`,
)
console.log('| --- | --- |')
console.log(
  `| verify-encryption wall time (list, ${pods} scrapes, judge, summary, evidence) | ${(wallMs / 1000).toFixed(2)} s |`,
)
console.log(
  `| verify-encryption max RSS (whole process, getrusage, after the run) | ${mb(maxRss)} MB (${mb(rssBefore)} MB before the run) |`,
)
console.log(
  `| RSS peak seen by a 10 ms sampler (shares the event loop, so it can miss the top) | ${mb(peakRss)} MB |`,
)
console.log(
  `| edges: mutual TLS / without mutual TLS (allowed probes) | ${host.outputValues['encrypted-edges'] ?? '?'} / ${host.outputValues['plaintext-edges'] ?? '?'} |`,
)
console.log(`| evidence file | ${(evidenceBytes / 1024 / 1024).toFixed(1)} MB |`)
console.log(`| anchor binary | \`${kubectl.binary}\` ${kubectl.version} (${kubectl.note}) |`)
console.log(
  `| anchor: \`kubectl get --raw\` per pod, sequential, ${sample} pods measured | ${anchorPerPodMs.toFixed(0)} ms per pod |`,
)
console.log(
  `| anchor extrapolated to ${pods} pods (from the ${sample} measured) | ${(anchorMs / 1000).toFixed(1)} s |`,
)
console.log(`| anchor / verify-encryption | ${(anchorMs / wallMs).toFixed(1)}x |`)
