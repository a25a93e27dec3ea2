// The root action's entry (the action the GitHub Marketplace lists): runs the step named by the
// `step` input by importing that step's bundle, and only that one. Plain JavaScript with no
// dependencies, because the runner executes the repository as checked out, without node_modules.
// The step table (actions/steps.json) is generated from the step registry by `npm run manifests`.
import { readFileSync } from 'node:fs'
import { EOL } from 'node:os'

const escape = text => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const command = (name, message) => process.stdout.write(`::${name}::${escape(message)}${EOL}`)
const inputVariable = id => `INPUT_${id.replace(/ /g, '_').toUpperCase()}`

const steps = JSON.parse(readFileSync(new URL('./steps.json', import.meta.url), 'utf8'))
const names = Object.keys(steps)
const step = (process.env[inputVariable('step')] ?? '').trim()

if (!Object.hasOwn(steps, step)) {
  const given = step === '' ? 'is required and was not given' : `= '${step}' is not a step`
  command('error', `aks-secure-networking: input 'step' ${given}. Use one of: ${names.join(', ')}.`)
  process.exitCode = 1
} else {
  // Inputs another step takes are ignored by this one: say so rather than drop them silently.
  const own = new Set(steps[step].inputs.map(inputVariable))
  const others = new Set(
    names.flatMap(name => steps[name].inputs).filter(id => !own.has(inputVariable(id))),
  )
  for (const id of [...others].sort()) {
    if ((process.env[inputVariable(id)] ?? '').trim() !== '')
      command('warning', `${step}: input '${id}' is not an input of this step and is ignored.`)
  }
  await import(new URL(`../dist/gh/${step}/index.js`, import.meta.url).href)
}
