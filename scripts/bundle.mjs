// Bundles every entry under src/entries with ncc into its own folder under dist/:
// dist/gh/<step>/, dist/ado/<step>/ and dist/cli/. Not minified (a stack trace points at readable
// code) and without source maps: a map is one long line that every rebuild rewrites whole, which
// made each commit's dist diff as large as the bundles themselves. ESM-marked.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const entries = []
for (const host of ['gh', 'ado']) {
  const dir = join(root, 'src/entries', host)
  if (!existsSync(dir)) continue
  for (const file of readdirSync(dir)
    .filter(f => f.endsWith('.ts'))
    .sort()) {
    entries.push({ src: join(dir, file), out: join(root, 'dist', host, file.replace(/\.ts$/, '')) })
  }
}
entries.push({ src: join(root, 'src/entries/cli.ts'), out: join(root, 'dist/cli') })

rmSync(join(root, 'dist'), { recursive: true, force: true })
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js')

/** One ncc build; each writes only its own folder, so builds can run side by side. */
function bundle({ src, out }) {
  const args = [ncc, 'build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-cache']
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', code => {
      if (code !== 0) {
        reject(new Error(`ncc failed for ${relative(root, src)} (exit ${code})`))
        return
      }
      // Each bundle folder must stand alone (an ADO task folder has no parent package.json).
      writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
      process.stdout.write(`bundled ${relative(root, src)} -> ${relative(root, out)}\n`)
      resolve()
    })
  })
}

const queue = [...entries]
const workers = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) await bundle(next)
})
try {
  await Promise.all(workers)
} catch (error) {
  process.stderr.write(`${error.message}\n`)
  process.exit(1)
}
