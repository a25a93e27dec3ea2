import { readFileSync, writeFileSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'

/** One row of the answer table; the first row whose tool and argv match wins. */
export interface Answer {
  tool: string
  /** argv must start with these. */
  argsPrefix?: string[]
  /** argv must contain each of these. */
  argsInclude?: string[]
  exitCode?: number
  stdout?: string
  stderr?: string
}

export interface RecordedCall {
  tool: string
  argv: string[]
  stdin: string
  cwd: string
  /** Only the variables named in `recordEnv`. */
  env: Record<string, string>
}

export interface RecordingTools {
  binDir: string
  /** PATH with binDir first, and RECORDING_LOG. */
  env(): Record<string, string>
  calls(): RecordedCall[]
  setAnswers(answers: Answer[]): void
  cleanup(): Promise<void>
}

export interface RecordingToolsOptions {
  /** Executables to create; default ['helm', 'kubectl']. */
  tools?: string[]
  answers?: Answer[]
  /** Environment variables each call records (e.g. KUBERNETES_EXEC_INFO). */
  recordEnv?: string[]
}

/** The executable: CommonJS (the temp dir has no package.json), paths baked in. */
function script(tool: string, logPath: string, answersPath: string, recordEnv: string[]): string {
  return `#!/usr/bin/env node
'use strict'
const fs = require('node:fs')
const tool = ${JSON.stringify(tool)}
const logPath = process.env.RECORDING_LOG || ${JSON.stringify(logPath)}
const answersPath = ${JSON.stringify(answersPath)}
const recordEnv = ${JSON.stringify(recordEnv)}
const argv = process.argv.slice(2)
const chunks = []
process.stdin.on('data', c => chunks.push(c))
process.stdin.on('end', () => {
  const env = {}
  for (const name of recordEnv) if (process.env[name] !== undefined) env[name] = process.env[name]
  const stdin = Buffer.concat(chunks).toString('utf8')
  fs.appendFileSync(logPath, JSON.stringify({ tool, argv, stdin, cwd: process.cwd(), env }) + '\\n')
  const answers = JSON.parse(fs.readFileSync(answersPath, 'utf8'))
  const matches = a =>
    a.tool === tool &&
    (a.argsPrefix || []).every((x, i) => argv[i] === x) &&
    (a.argsInclude || []).every(x => argv.includes(x))
  const answer = answers.find(matches) || {}
  process.stdout.write(answer.stdout || '', () =>
    process.stderr.write(answer.stderr || '', () => process.exit(answer.exitCode || 0)),
  )
})
`
}

/** Recording stand-ins for helm/kubectl/... on PATH: log argv + stdin, answer from a table. */
export async function createRecordingTools(
  options: RecordingToolsOptions = {},
): Promise<RecordingTools> {
  const root = await mkdtemp(join(tmpdir(), 'recording-tools-'))
  const binDir = join(root, 'bin')
  const logPath = join(root, 'calls.jsonl')
  const answersPath = join(root, 'answers.json')
  const recordEnv = options.recordEnv ?? []
  await writeFile(logPath, '')
  await writeFile(answersPath, JSON.stringify(options.answers ?? []))
  await mkdir(binDir)
  for (const tool of options.tools ?? ['helm', 'kubectl']) {
    const path = join(binDir, tool)
    await writeFile(path, script(tool, logPath, answersPath, recordEnv))
    await chmod(path, 0o755)
  }
  return {
    binDir,
    env: () => ({
      PATH: [binDir, process.env.PATH ?? ''].filter(p => p !== '').join(delimiter),
      RECORDING_LOG: logPath,
    }),
    calls: () =>
      readFileSync(logPath, 'utf8')
        .split('\n')
        .filter(line => line !== '')
        .map(line => JSON.parse(line) as RecordedCall),
    // Synchronous so the next call sees the new table.
    setAnswers: answers => writeFileSync(answersPath, JSON.stringify(answers)),
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
}
