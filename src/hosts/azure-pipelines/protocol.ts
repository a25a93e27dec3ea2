/**
 * The Azure Pipelines agent's logging-command protocol and the environment it hands a task.
 * Inputs, logs and a failed result are written here before task-lib is loaded, so a run that
 * fails on its inputs never pays task-lib's start-up (its vault encrypts every input at import).
 * After the inputs are valid, the host loads task-lib for outputs, the summary and the result.
 */
import { EOL } from 'node:os'

/** Escapes a logging command's message, as task-lib does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a logging command's property value, as task-lib does. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/]/g, '%5D').replace(/;/g, '%3B')
}

/** `##vso[area.action key=value;]message` */
export function loggingCommand(
  command: string,
  message: string,
  properties: Record<string, string> = {},
): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)};`)
    .join('')
  return `##vso[${command}${props ? ` ${props}` : ''}]${escapeData(message)}`
}

export function writeLine(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}

/** The agent's environment variable key for a name: `.` and spaces become `_`, upper case. */
export function variableKey(name: string): string {
  return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase()
}

/**
 * A snapshot of what the agent passes in the environment: inputs (`INPUT_*`) and service
 * connections (`ENDPOINT_*`). Taken before task-lib's import moves them into its vault.
 */
export class AgentEnvironment {
  private readonly env: Readonly<Record<string, string | undefined>>

  constructor(env: NodeJS.ProcessEnv = process.env) {
    this.env = Object.fromEntries(
      Object.entries(env).filter(([k]) => k.startsWith('INPUT_') || k.startsWith('ENDPOINT_')),
    )
  }

  input(name: string): string | undefined {
    const value = this.env[`INPUT_${variableKey(name)}`]?.trim()
    return value === undefined || value === '' ? undefined : value
  }

  endpointUrl(id: string): string | undefined {
    return this.env[`ENDPOINT_URL_${id}`] || undefined
  }

  endpointScheme(id: string): string | undefined {
    return this.env[`ENDPOINT_AUTH_SCHEME_${id}`] || undefined
  }

  endpointAuth(id: string, key: string): string | undefined {
    return this.env[`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`] || undefined
  }

  endpointData(id: string, key: string): string | undefined {
    return this.env[`ENDPOINT_DATA_${id}_${key.toUpperCase()}`] || undefined
  }
}
