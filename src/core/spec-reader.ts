import { InputError, type InputProblem } from './errors.js'
import type { Parsed } from './inputs/parsed.js'
import {
  findInput,
  inputDefault,
  inputName,
  inputOnHost,
  type HostKind,
  type InputDecl,
  type StepManifest,
} from './manifest.js'
import type { Inputs } from './ports.js'

type Parser<T> = (raw: string) => Parsed<T>

/**
 * Reads a step's inputs once, at the edge, collecting every problem instead of stopping at the
 * first. Problems name the input in the host's own spelling and never echo secret values.
 */
export class SpecReader {
  private readonly problems: InputProblem[] = []
  /** Notes on ignored or conflicting optional inputs: logged as warnings, never fatal. */
  readonly warnings: string[] = []

  constructor(
    readonly manifest: StepManifest,
    private readonly inputs: Inputs,
    readonly host: HostKind,
  ) {}

  /** The input's name as this host spells it. */
  name(id: string): string {
    return inputName(findInput(this.manifest, id), this.host)
  }

  /** Whether the step's manifest declares the input at all. */
  declares(id: string): boolean {
    return this.manifest.inputs.some(i => i.id === id)
  }

  /** The raw, trimmed value, or the manifest default; undefined when neither is set. */
  raw(id: string): string | undefined {
    const decl = this.declOnHost(id)
    if (!decl) return undefined
    const value = this.inputs.get(id)?.trim()
    if (value !== undefined && value !== '') return value
    return inputDefault(decl, this.host)
  }

  /** Whether the user set the input (a default does not count). */
  isSet(id: string): boolean {
    const value = this.inputs.get(id)?.trim()
    return value !== undefined && value !== ''
  }

  optional<T>(id: string, parse: Parser<T>): T | undefined {
    const value = this.raw(id)
    return value === undefined ? undefined : this.parse(id, value, parse)
  }

  required<T>(id: string, parse: Parser<T>, why?: string): T | undefined {
    const value = this.raw(id)
    if (value === undefined) {
      this.problem(id, undefined, why ?? 'is required and was not given.')
      return undefined
    }
    return this.parse(id, value, parse)
  }

  /** For inputs with a manifest default: always yields a value unless the given one is invalid. */
  withDefault<T>(id: string, parse: Parser<T>): T | undefined {
    const decl = findInput(this.manifest, id)
    if (inputDefault(decl, this.host) === undefined) {
      throw new Error(`${this.manifest.name}: input '${id}' has no default in the manifest`)
    }
    return this.optional(id, parse)
  }

  /** Records a problem found by a cross-input check. */
  problem(id: string, value: string | undefined, message: string): void {
    const decl = findInput(this.manifest, id)
    this.problems.push({
      input: inputName(decl, this.host),
      value: decl.secret || value === undefined ? undefined : value,
      message,
    })
  }

  /** Records a warning about an ignored or conflicting optional input. */
  warn(message: string): void {
    this.warnings.push(`${this.manifest.name}: ${message}`)
  }

  hasProblems(): boolean {
    return this.problems.length > 0
  }

  /** Throws one InputError with every problem found, or returns the built spec. */
  finish<T>(build: () => T): T {
    if (this.problems.length > 0) throw new InputError(this.manifest.name, this.problems)
    return build()
  }

  private parse<T>(id: string, value: string, parse: Parser<T>): T | undefined {
    const result = parse(value)
    if (result.ok) return result.value
    this.problem(id, value, result.message)
    return undefined
  }

  private declOnHost(id: string): InputDecl | undefined {
    const decl = findInput(this.manifest, id)
    return inputOnHost(decl, this.host) ? decl : undefined
  }
}
