import type * as Yaml from 'yaml'
import type { YAMLError } from 'yaml'
import type { Parsed } from './parsed.js'
import { fail, ok } from './parsed.js'

const ACCEPTED = 'give one JSON or YAML document'

/** Plainer words for the yaml package's messages that name its own API or internals. */
const YAML_REASONS: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'duplicate key',
  MULTIPLE_DOCS: 'more than one document',
  TAG_RESOLVE_FAILED: 'tags other than the YAML core ones are not accepted',
}

let yaml: typeof Yaml | undefined

/**
 * Loads the YAML parser. Called (and awaited) before inputs are parsed, only when a structured
 * input is set: the parser is a sizeable module, and runs without such inputs start faster
 * without it.
 */
export async function loadStructuredParser(): Promise<void> {
  yaml ??= await import('yaml')
}

/**
 * Parses a structured input (after `loadStructuredParser`). Text starting with `{` or `[` is JSON; anything else is YAML 1.2
 * (core schema, one document, no tags beyond the core ones). Duplicate keys are rejected in
 * both. Failures name the line and column when the parser reports them; the message quotes
 * no part of the input.
 */
export function parseStructured(raw: string): Parsed<unknown> {
  return raw.startsWith('{') || raw.startsWith('[') ? parseJson(raw) : parseYaml(raw)
}

function parseJson(raw: string): Parsed<unknown> {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (error) {
    return fail(describeJsonError(raw, error instanceof Error ? error.message : String(error)))
  }
  const duplicate = loadYaml(raw).errors.find(error => error.code === 'DUPLICATE_KEY')
  if (duplicate !== undefined) return fail(describeYamlError('JSON', duplicate))
  return ok(value)
}

function parseYaml(raw: string): Parsed<unknown> {
  const doc = loadYaml(raw)
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem !== undefined) return fail(describeYamlError('YAML', problem))
  try {
    return ok(doc.toJS({ maxAliasCount: 100 }))
  } catch (error) {
    const reason = error instanceof Error ? error.message.split(':')[0] : 'cannot be read'
    return fail(`invalid YAML: ${reason}; ${ACCEPTED}`)
  }
}

function loadYaml(raw: string): ReturnType<typeof Yaml.parseDocument> {
  if (!yaml) throw new Error('parseStructured: await loadStructuredParser() before parsing inputs')
  return yaml.parseDocument(raw, {
    prettyErrors: true,
    uniqueKeys: true,
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: false,
    strict: true,
  })
}

function describeYamlError(format: 'JSON' | 'YAML', error: YAMLError): string {
  const reason =
    YAML_REASONS[error.code] ??
    (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')
  const start = error.linePos?.[0]
  const where = start === undefined ? '' : ` at line ${start.line}, column ${start.col}`
  return `invalid ${format}${where}: ${withoutQuotedInput(reason)}; ${ACCEPTED}`
}

function describeJsonError(raw: string, message: string): string {
  const position = /at position (\d+)/.exec(message)?.[1]
  const reason = withoutQuotedInput(
    message.replace(/ in JSON at position \d+.*$/, '').replace(/ at position \d+.*$/, ''),
  )
  if (position === undefined) return `invalid JSON: ${reason}; ${ACCEPTED}`
  const before = raw.slice(0, Number(position))
  const line = before.split('\n').length
  const column = Number(position) - before.lastIndexOf('\n')
  return `invalid JSON at line ${line}, column ${column}: ${reason}; ${ACCEPTED}`
}

/** Parser messages may quote the input (`Unexpected token 'x', "{x: 1}" is not valid JSON`). */
function withoutQuotedInput(reason: string): string {
  return reason.replace(/, ".*" is not valid JSON$/, '').replace(/: ".*"$/, '')
}
