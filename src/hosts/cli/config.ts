import { readFile } from 'node:fs/promises'
import { PIPELINE_ORDER } from '../../steps/catalog.js'

export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A scalar config value as an input string (YAML booleans and numbers become text). */
type Values = Record<string, string>

export interface CliConfig {
  /** Top-level keys: inputs shared by every step. */
  readonly shared: Values
  /** One section per step name. */
  readonly steps: Readonly<Record<string, Values>>
}

function toInputString(key: string, value: unknown, file: string): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value) && value.every(v => typeof v === 'string' || typeof v === 'number')) {
    return value.join('\n')
  }
  if (value !== null && typeof value === 'object') return JSON.stringify(value)
  throw new UsageError(`${file}: '${key}' has no value; remove it or give one.`)
}

function section(raw: Record<string, unknown>, file: string, where: string): Values {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, toInputString(`${where}${k}`, v, file)]),
  )
}

/** Reads the YAML config: shared top-level inputs and a section per step. */
export async function readConfig(file: string): Promise<CliConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read config '${file}': ${(error as Error).message}`)
  }
  // Loaded only when a config is given, to keep the CLI's start-up small.
  const { parse: parseYaml } = await import('yaml')
  let doc: unknown
  try {
    doc = parseYaml(text, { prettyErrors: true, uniqueKeys: true })
  } catch (error) {
    throw new UsageError(`config '${file}' is not valid YAML: ${(error as Error).message}`)
  }
  if (doc === null || doc === undefined) return { shared: {}, steps: {} }
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError(`config '${file}' must be a mapping of input names and step sections.`)
  }
  const shared: Record<string, unknown> = {}
  const steps: Record<string, Values> = {}
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    if (PIPELINE_ORDER.includes(key)) {
      if (value === null) {
        steps[key] = {}
      } else if (typeof value === 'object' && !Array.isArray(value)) {
        steps[key] = section(value as Record<string, unknown>, file, `${key}.`)
      } else {
        throw new UsageError(`config '${file}': the '${key}' section must be a mapping of inputs.`)
      }
    } else {
      shared[key] = value
    }
  }
  return { shared: section(shared, file, ''), steps }
}
