// Cold start of each dist bundle to its first failure on a missing input, as a ratio to
// `node -e 0` measured in the same run (interleaved, median of N runs).
//   node bench/cold-start.mjs [--runs N]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const runsArg = process.argv.indexOf('--runs')
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21
const work = mkdtempSync(join(tmpdir(), 'asn-bench-'))
const outputFile = join(work, 'github_output')
const summaryFile = join(work, 'step_summary')
writeFileSync(outputFile, '')
writeFileSync(summaryFile, '')

// Only PATH/HOME: no INPUT_* at all, so a bundle fails on its first required input. Steps with no
// required input (the cluster-only ones) get one invalid value instead, so every row measures the
// same thing: start-up to the first input failure.
const baseEnv = { PATH: process.env.PATH, HOME: process.env.HOME }
const invalidInput = {
  'install-mesh': { gh: { INPUT_MODE: 'bogus' }, ado: { INPUT_MODE: 'bogus' } },
  'verify-encryption': {
    gh: { 'INPUT_WINDOW-SECONDS': '-1' },
    ado: { INPUT_WINDOWSECONDS: '-1' },
  },
}
const cases = [{ name: 'node -e 0', args: ['-e', '0'], env: baseEnv, expect: 0 }]
for (const host of ['gh', 'ado']) {
  const dir = join(root, 'dist', host)
  if (!existsSync(dir)) continue
  for (const step of readdirSync(dir).sort()) {
    const env = {
      ...(host === 'gh'
        ? { ...baseEnv, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }
        : { ...baseEnv, AGENT_TEMPDIRECTORY: work }),
      ...invalidInput[step]?.[host],
    }
    cases.push({ name: `${host}/${step}`, args: [join(dir, step, 'index.js')], env, expect: 1 })
  }
}
cases.push({
  name: 'cli',
  args: [join(root, 'dist/cli/index.js'), 'configure-firewall-egress'],
  env: baseEnv,
  expect: 2,
})

const times = new Map(cases.map(c => [c.name, []]))
for (let i = 0; i < runs + 1; i++) {
  for (const c of cases) {
    const start = process.hrtime.bigint()
    const r = spawnSync(process.execPath, c.args, { env: c.env, cwd: work, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - start) / 1e6
    if (r.status !== c.expect) {
      console.error(`${c.name}: exit ${r.status}, expected ${c.expect}\n${r.stdout}\n${r.stderr}`)
      process.exit(1)
    }
    if (i > 0) times.get(c.name).push(ms) // the first round warms the file cache
  }
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const base = median(times.get('node -e 0'))
console.log(
  `cold start to the first input failure, median of ${runs} runs (node ${process.version})`,
)
console.log('| bundle | median ms | ratio to node -e 0 |')
console.log('| --- | --- | --- |')
for (const c of cases) {
  const m = median(times.get(c.name))
  console.log(`| ${c.name} | ${m.toFixed(1)} | ${(m / base).toFixed(2)}x |`)
}
