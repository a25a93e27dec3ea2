/**
 * `npm run package [-- --flavour prod|test] [--out DIR]`: builds the Azure DevOps extension
 * (.vsix) from the committed bundles, offline.
 *
 * For each flavour it stages `.tmp/package/<flavour>/` as the repository lays it out: the
 * rendered vss-extension.json, the Marketplace overview and images, and one self-contained
 * folder per task (`tasks/<Task>V1/`: task.json with the flavour's GUID and the version from
 * package.json, the whole `dist/ado/<step>/` bundle, icon.png; no node_modules). It checks the
 * staged task.json files and manifest against the rules in scripts/ship/metadata-rules.ts, then
 * runs `tfx extension create` and fails on any warning tfx prints. The .vsix files land in
 * `.tmp/vsix/` (both folders are gitignored).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { STEPS } from '../src/steps/registry.js'
import { packageVersion, renderTaskJson, ROOT } from './manifest-render.js'
import {
  EXTENSION_ASSETS,
  EXTENSION_IDS,
  FLAVOURS,
  PUBLISHER,
  renderExtensionManifest,
  taskFolder,
  updateOverview,
  type Flavour,
} from './ship/extension-manifest.js'
import { checkExtensionManifest, checkTaskJson } from './ship/metadata-rules.js'

class PackageError extends Error {}

/** The .vsix file name tfx would choose: `<publisher>.<id>-<version>.vsix`. */
function vsixName(flavour: Flavour, version: string): string {
  return `${PUBLISHER}.${EXTENSION_IDS[flavour]}-${version}.vsix`
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`)
}

/** Stages one flavour; returns the staging root. */
function stage(flavour: Flavour, stagingRoot: string, version: string): string {
  const root = join(stagingRoot, flavour)
  rmSync(root, { recursive: true, force: true })
  mkdirSync(join(root, EXTENSION_ASSETS.images), { recursive: true })
  writeJson(join(root, 'vss-extension.json'), renderExtensionManifest(flavour, version))
  cpSync(join(ROOT, EXTENSION_ASSETS.images), join(root, EXTENSION_ASSETS.images), {
    recursive: true,
  })
  writeFileSync(
    join(root, EXTENSION_ASSETS.overview),
    updateOverview(readFileSync(join(ROOT, EXTENSION_ASSETS.overview), 'utf8')),
  )
  for (const { manifest } of STEPS) {
    const bundle = join(ROOT, 'dist/ado', manifest.name)
    if (!existsSync(join(bundle, 'index.js'))) {
      throw new PackageError(
        `no Azure Pipelines bundle at ${relative(ROOT, bundle)}/index.js for step '${manifest.name}': run npm run bundle first.`,
      )
    }
    const folder = join(root, taskFolder(manifest))
    cpSync(bundle, folder, {
      recursive: true,
      filter: source => !source.split(/[\\/]/).includes('node_modules'),
    })
    writeFileSync(join(folder, 'task.json'), renderTaskJson(manifest, flavour))
    cpSync(join(ROOT, EXTENSION_ASSETS.taskIcon), join(folder, 'icon.png'))
  }
  return root
}

/** The rules tfx only warns about (or does not check), enforced before packing. */
function checkStaged(root: string): string[] {
  const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'))
  const problems = checkExtensionManifest(readJson(join(root, 'vss-extension.json')), {
    exists: path => existsSync(join(root, path)),
    readTask: folder => readJson(join(root, folder, 'task.json')),
  })
  for (const { manifest } of STEPS) {
    const folder = join(root, taskFolder(manifest))
    problems.push(
      ...checkTaskJson(readJson(join(folder, 'task.json')), {
        exists: path => existsSync(join(folder, path)),
      }),
    )
  }
  return problems
}

function runTfx(root: string, outFile: string): void {
  const tfx = join(ROOT, 'node_modules/tfx-cli/_build/tfx-cli.js')
  const result = spawnSync(
    process.execPath,
    [
      tfx,
      'extension',
      'create',
      '--root',
      root,
      '--manifests',
      'vss-extension.json',
      '--output-path',
      outFile,
      '--no-prompt',
      '--no-color',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, TFX_TRACE: '' } },
  )
  const output = `${result.stdout}${result.stderr}`
  if (result.status !== 0 || !existsSync(outFile)) {
    throw new PackageError(
      `tfx extension create failed (exit ${String(result.status)}):\n${output}`,
    )
  }
  // tfx reports task.json problems as warnings "to be treated as errors in the future".
  const warnings = output.split(/\r?\n/).filter(line => /warn/i.test(line))
  if (warnings.length > 0) throw new PackageError(`tfx warned:\n${warnings.join('\n')}`)
}

function packageExtension(
  flavours: readonly Flavour[] = FLAVOURS,
  outDir: string = join(ROOT, '.tmp/vsix'),
): string[] {
  const version = packageVersion().text
  const stagingRoot = join(ROOT, '.tmp/package')
  mkdirSync(outDir, { recursive: true })
  const built: string[] = []
  for (const flavour of flavours) {
    const root = stage(flavour, stagingRoot, version)
    const problems = checkStaged(root)
    if (problems.length > 0) {
      throw new PackageError(
        `the ${flavour} extension breaks the packaging rules:\n${problems.join('\n')}`,
      )
    }
    const outFile = join(outDir, vsixName(flavour, version))
    rmSync(outFile, { force: true })
    runTfx(root, outFile)
    built.push(outFile)
  }
  return built
}

function main(): void {
  const { values } = parseArgs({
    options: { flavour: { type: 'string' }, out: { type: 'string' } },
  })
  const flavour = values.flavour
  if (flavour !== undefined && !FLAVOURS.includes(flavour as Flavour)) {
    throw new PackageError(`--flavour takes ${FLAVOURS.join(' or ')}, not '${flavour}'.`)
  }
  const out = values.out === undefined ? undefined : join(process.cwd(), values.out)
  const built = packageExtension(flavour === undefined ? FLAVOURS : [flavour as Flavour], out)
  for (const file of built) {
    process.stdout.write(`packaged ${relative(process.cwd(), file)} (${STEPS.length} tasks)\n`)
  }
}

try {
  main()
} catch (error) {
  if (!(error instanceof PackageError)) throw error
  process.stderr.write(`npm run package: ${error.message}\n`)
  process.exitCode = 1
}
