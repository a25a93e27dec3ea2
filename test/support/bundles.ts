/**
 * Runs dist bundles as child processes the way each host does, from a copy of the bundle
 * folder in a temp dir with no node_modules anywhere above it.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const ROOT = new URL('../..', import.meta.url).pathname

export interface ProcessResult {
  exitCode: number
  stdout: string
  stderr: string
}

const copies = new Map<string, string>()

/** A copy of dist/<relative> in a fresh temp dir (cached per process). */
export function isolatedBundle(relative: string): string {
  const cached = copies.get(relative)
  if (cached) return cached
  const source = join(ROOT, 'dist', relative)
  if (!existsSync(join(source, 'index.js')))
    throw new Error(`no bundle at dist/${relative}; run npm run build`)
  const target = join(mkdtempSync(join(tmpdir(), 'asn-bundle-')), relative.replace(/\//g, '-'))
  cpSync(source, target, { recursive: true })
  copies.set(relative, target)
  return target
}

/** The environment a runner gives a process: PATH and HOME plus what the test adds. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NODE_EXTRA_CA_CERTS: process.env['NODE_EXTRA_CA_CERTS'],
    ...extra,
  }
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
  )
}

export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    child.on('error', reject)
    child.on('close', code =>
      resolve({
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString(),
      }),
    )
  })
}

export interface GithubRun extends ProcessResult {
  outputs: Record<string, string>
  summary: string
  errors: string[]
  warnings: string[]
  masks: string[]
  workspace: string
}

function unescapeGithub(text: string): string {
  return text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
}

/** Parses GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseGithubOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!match) continue
    const [, name = '', delimiter] = match
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '')
    outputs[name] = value.join('\n')
  }
  return outputs
}

/** Runs dist/gh/<step> with INPUT_* (kebab names kept), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export async function runGithubBundle(
  step: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<GithubRun> {
  return runGithubAction(join(isolatedBundle(`gh/${step}`), 'index.js'), inputs, extraEnv)
}

/** Runs an action's `runs.main` script as the runner does: `node <main>` in a fresh workspace. */
export async function runGithubAction(
  script: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<GithubRun> {
  const workspace = mkdtempSync(join(tmpdir(), 'asn-gh-'))
  const outputFile = join(workspace, 'github_output')
  const summaryFile = join(workspace, 'step_summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  )
  const env = baseEnv({
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    ...inputEnv,
    ...extraEnv,
  })
  const result = await runNode(script, [], env, workspace)
  const commandLines = result.stdout.split(/\r?\n/)
  return {
    ...result,
    workspace,
    outputs: parseGithubOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    errors: commandLines
      .filter(l => l.startsWith('::error'))
      .map(l => unescapeGithub(l.replace(/^::error[^:]*::/, ''))),
    warnings: commandLines
      .filter(l => l.startsWith('::warning'))
      .map(l => unescapeGithub(l.replace(/^::warning[^:]*::/, ''))),
    masks: commandLines
      .filter(l => l.startsWith('::add-mask::'))
      .map(l => unescapeGithub(l.slice('::add-mask::'.length))),
  }
}

export interface VsoCommand {
  command: string
  properties: Record<string, string>
  message: string
}

function unescapeVso(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%3B/g, ';')
    .replace(/%AZP25/g, '%')
}

export function parseVso(stdout: string): VsoCommand[] {
  const commands: VsoCommand[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^##vso\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line)
    if (!match) continue
    const [, command = '', props = '', message = ''] = match
    const properties: Record<string, string> = {}
    for (const pair of props.split(';').filter(p => p.trim() !== '')) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq).trim()] = unescapeVso(pair.slice(eq + 1))
    }
    commands.push({ command, properties, message: unescapeVso(message) })
  }
  return commands
}

export interface AdoRun extends ProcessResult {
  commands: VsoCommand[]
  result: string | undefined
  errors: string[]
  outputVariables: Record<string, string>
  summaries: string[]
  masks: string[]
  workdir: string
}

/** An AzureRM service connection as the agent passes it (ENDPOINT_* variables). */
export interface ServiceConnection {
  id: string
  scheme: string
  url?: string
  auth?: Record<string, string>
  data?: Record<string, string>
}

export function endpointEnv(connection: ServiceConnection): Record<string, string> {
  const env: Record<string, string> = {
    [`ENDPOINT_AUTH_SCHEME_${connection.id}`]: connection.scheme,
    [`ENDPOINT_AUTH_${connection.id}`]: JSON.stringify({
      scheme: connection.scheme,
      parameters: connection.auth ?? {},
    }),
  }
  if (connection.url) env[`ENDPOINT_URL_${connection.id}`] = connection.url
  for (const [k, v] of Object.entries(connection.auth ?? {}))
    env[`ENDPOINT_AUTH_PARAMETER_${connection.id}_${k.toUpperCase()}`] = v
  for (const [k, v] of Object.entries(connection.data ?? {}))
    env[`ENDPOINT_DATA_${connection.id}_${k.toUpperCase()}`] = v
  return env
}

/** Runs dist/ado/<step> with INPUT_* (camelCase names upper-cased) and ENDPOINT_* variables. */
export async function runAdoBundle(
  step: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<AdoRun> {
  return runAdoTask(join(isolatedBundle(`ado/${step}`), 'index.js'), inputs, extraEnv)
}

/**
 * Runs an Azure Pipelines task script the way the agent's Node handler does: `node <target>`
 * with INPUT_* (camelCase names upper-cased), ENDPOINT_* and agent variables, parsing ##vso[...].
 */
export async function runAdoTask(
  script: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Promise<AdoRun> {
  const workdir = mkdtempSync(join(tmpdir(), 'asn-ado-'))
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [
      `INPUT_${k.replace(/\./g, '_').replace(/ /g, '_').toUpperCase()}`,
      v,
    ]),
  )
  const env = baseEnv({
    AGENT_TEMPDIRECTORY: workdir,
    SYSTEM_DEFAULTWORKINGDIRECTORY: workdir,
    ...inputEnv,
    ...extraEnv,
  })
  const result = await runNode(script, [], env, workdir)
  const commands = parseVso(result.stdout)
  const complete = commands.filter(c => c.command === 'task.complete').at(-1)
  return {
    ...result,
    workdir,
    commands,
    result: complete?.properties['result'],
    errors: commands
      .filter(c => c.command === 'task.issue' && c.properties['type'] === 'error')
      .map(c => c.message),
    outputVariables: Object.fromEntries(
      commands
        .filter(c => c.command === 'task.setvariable' && c.properties['isOutput'] === 'true')
        .map(c => [c.properties['variable'] ?? '', c.message]),
    ),
    summaries: commands
      .filter(c => c.command === 'task.uploadsummary')
      .map(c => readFileSync(c.message, 'utf8')),
    masks: commands.filter(c => c.command === 'task.setsecret').map(c => c.message),
  }
}

/** Runs dist/cli from an isolated copy. */
export async function runCliBundle(
  args: string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<ProcessResult> {
  const dir = isolatedBundle('cli')
  return runNode(join(dir, 'index.js'), args, baseEnv(extraEnv), cwd)
}

/** Every place a secret could leak to, joined for scanning. */
export function everythingPrinted(
  run: ProcessResult & {
    outputs?: Record<string, string>
    summary?: string
    summaries?: string[]
    outputVariables?: Record<string, string>
  },
  files: string[] = [],
): string {
  return [
    run.stdout,
    run.stderr,
    JSON.stringify(run.outputs ?? {}),
    JSON.stringify(run.outputVariables ?? {}),
    run.summary ?? '',
    ...(run.summaries ?? []),
    ...files.filter(existsSync).map(f => readFileSync(f, 'utf8')),
  ].join('\n')
}
