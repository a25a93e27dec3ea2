// Bundles every entry under src/entries with ncc into its own folder under dist/:
// dist/gh/<step>/, dist/ado/<step>/ and dist/cli/. Not minified (a stack trace points at readable
// code) and without source maps: a map is one long line that every rebuild rewrites whole, which
// made each commit's dist diff as large as the bundles themselves. ESM-marked.
import { spawnSync } from 'node:child_process'
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
for (const { src, out } of entries) {
  const args = [ncc, 'build', src, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-cache']
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    process.stderr.write(`ncc failed for ${relative(root, src)}\n`)
    process.exit(result.status ?? 1)
  }
  // Each bundle folder must stand alone (an ADO task folder has no parent package.json).
  writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
  process.stdout.write(`bundled ${relative(root, src)} -> ${relative(root, out)}\n`)
}
