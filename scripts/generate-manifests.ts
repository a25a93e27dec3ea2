import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { generatedFiles, ROOT } from './manifest-render.js'

// `npm run manifests` writes the files; `-- --check` only reports the ones that differ.
const check = process.argv.includes('--check')
let stale = 0
for (const [path, content] of generatedFiles()) {
  const full = join(ROOT, path)
  const current = existsSync(full) ? readFileSync(full, 'utf8') : undefined
  if (current === content) continue
  if (check) {
    process.stderr.write(`out of date: ${path} (run npm run manifests)\n`)
    stale++
    continue
  }
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
  process.stdout.write(`wrote ${path}\n`)
}
process.exitCode = stale > 0 ? 1 : 0
