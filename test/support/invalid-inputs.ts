/**
 * Inputs that make a step fail its input validation, derived from its manifest, so the tests that
 * run every action and packaged task cover a new step without a table: a pick-list input given a
 * value it does not list, and every required input left out; a step with neither (verify-encryption)
 * gets a boolean input that is not a boolean (booleans accept only true/false spellings).
 */
import {
  inputName,
  inputOnHost,
  inputRequired,
  type HostKind,
  type StepManifest,
} from '../../src/core/manifest.js'

export const INVALID_VALUE = 'not-a-choice'

export interface InvalidInputs {
  /** The inputs to give, in the host's spelling. */
  readonly inputs: Readonly<Record<string, string>>
  /** Texts the one input error must hold: `'<name>' = '<value>'` and each required `'<name>'`. */
  readonly expected: readonly string[]
}

export function invalidInputs(manifest: StepManifest, host: HostKind): InvalidInputs {
  const declared = manifest.inputs.filter(i => inputOnHost(i, host))
  const required = declared.filter(i => inputRequired(i, host))
  const invalid =
    declared.find(i => i.options !== undefined) ??
    (required.length === 0 ? declared.find(i => i.adoType === 'boolean') : undefined)
  if (!invalid && required.length === 0)
    throw new Error(
      `${manifest.name} has no pick-list, boolean or required input to make invalid on ${host}`,
    )
  const inputs = invalid ? { [inputName(invalid, host)]: INVALID_VALUE } : {}
  return {
    inputs,
    expected: [
      ...Object.keys(inputs).map(name => `'${name}' = '${INVALID_VALUE}'`),
      ...required.map(i => `'${inputName(i, host)}'`),
    ],
  }
}
