/**
 * The GitHub runner's workflow-command and file-command protocol, as documented in
 * "Workflow commands for GitHub Actions". Written here rather than loaded from @actions/core
 * because importing @actions/core evaluates its HTTP client (undici) at start-up, which alone
 * costs about 3× a bare `node -e 0`; @actions/core is loaded only when an OIDC token is needed.
 */
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

/** Escapes a command's message (`%`, CR, LF), as the runner unescapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Escapes a command property value: the data escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,key=value::message` */
export function workflowCommand(
  name: string,
  message: string,
  properties: Record<string, string> = {},
): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

/** The env var the runner sets for an input: `INPUT_` + name upper-cased, spaces as `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** A `name<<delimiter` block for GITHUB_OUTPUT and GITHUB_STATE, safe for multi-line values. */
export function fileCommandEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output '${name}' contains the delimiter ${delimiter}`)
  }
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`
}

export function appendToFile(path: string, text: string): void {
  appendFileSync(path, text, { encoding: 'utf8' })
}

export function writeLine(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}
