/**
 * `npm run dist:check`: packs the unpacked Linux app with electron-builder (against a stand-in
 * Electron when the real binary is absent), then opens app.asar and checks what is inside:
 * main, preload, renderer and worker present; no sources, tests or dev-only packages; every
 * package the main process imports present; the worker unpacked and able to start; the seeds
 * in resources. Prints the archive's size and file count; exits 1 on any problem.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractFile, listPackage, statFile } from '@electron/asar'
import { Arch, build, Platform } from 'electron-builder'
import {
  checkPackage,
  importsOf,
  initialScripts,
  mb,
  packageDirs,
  packageOf,
  type PackedFile
} from './asarChecks'
import { IMPORT_EXTENSIONS } from '../../src/shared/domain/import/importers'
import { checkFileAssociations } from './fileAssociationChecks'
import { generateIcons } from './generateIcons'
import { probePackages } from './loadProbe'
import { createStandInElectron, realElectronDist } from './standInElectron'
import { smokeTestWorker } from './workerSmoke'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const OUTPUT = join(root, 'dist', 'check')
const MAX_ASAR_BYTES = 15e6
const MAX_INITIAL_JS_BYTES = 1e6

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

function sizes(dir: string): Map<string, number> {
  if (!existsSync(dir)) return new Map()
  return new Map(readdirSync(dir).map((name) => [name, statSync(join(dir, name)).size]))
}

/** Bare imports of the built main process and preload (what must resolve inside the archive). */
function runtimeImports(): string[] {
  const files = ['out/main', 'out/main/chunks', 'out/preload'].flatMap((dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => /\.[cm]?js$/.test(f))
          .map((f) => join(root, dir, f))
      : []
  )
  return files.flatMap((file) => importsOf(readFileSync(file, 'utf8')))
}

function listArchive(asar: string): PackedFile[] {
  const files: PackedFile[] = []
  for (const entry of listPackage(asar, { isPack: false })) {
    const path = entry.replace(/\\/g, '/').replace(/^\//, '')
    const stat = statFile(asar, path, false) as { size?: number; unpacked?: boolean }
    if (typeof stat.size === 'number')
      files.push({ path, size: stat.size, unpacked: !!stat.unpacked })
  }
  return files
}

async function main(): Promise<number> {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
    console.error('dist:check: out/ is missing. Run `npm run build` first.')
    return 1
  }
  generateIcons(join(root, 'resources', 'icon.png'), join(root, 'build'))
  const version = readJson<{ version: string }>(
    join(root, 'node_modules', 'electron', 'package.json')
  ).version
  const real = realElectronDist(root)
  const electronDist =
    real ?? createStandInElectron(join(root, 'dist', '.electron-stand-in'), version)
  console.log(
    real
      ? `dist:check: packing with the installed Electron ${version}.`
      : `dist:check: no Electron binary here; packing with a stand-in for Electron ${version}.`
  )
  // The configuration electron-builder loaded and validated (file + overrides), for the
  // file-association checks: not just electron-builder.yml as text.
  let loadedConfig: Record<string, unknown> | null = null
  await build({
    targets: Platform.LINUX.createTarget('dir', process.arch === 'arm64' ? Arch.arm64 : Arch.x64),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: OUTPUT },
      afterPack: async (context) => {
        loadedConfig = context.packager.config as unknown as Record<string, unknown>
      }
    }
  })

  const appDir = readdirSync(OUTPUT).find((d) => d.startsWith('linux') && d.endsWith('unpacked'))
  if (!appDir) throw new Error(`electron-builder wrote no unpacked app into ${OUTPUT}.`)
  const resources = join(OUTPUT, appDir, 'resources')
  const asar = join(resources, 'app.asar')
  const files = listArchive(asar)
  const lock = readJson<{
    packages: Record<string, { name?: string; version?: string; dev?: boolean }>
  }>(join(root, 'package-lock.json'))
  const production = new Set(
    Object.entries(lock.packages)
      .filter(([key, info]) => key.startsWith('node_modules/') && !info.dev)
      .map(([key, info]) => `${info.name ?? key.replace(/^.*node_modules\//, '')}@${info.version}`)
  )
  const packages = packageDirs(files.map((f) => f.path)).flatMap((dir) => {
    const json = JSON.parse(extractFile(asar, `${dir}/package.json`).toString('utf8')) as {
      name?: string
      version?: string
    }
    // Packages keep inner package.json files (`{"type":"module"}`) that name no package.
    return json.name && json.version ? [{ dir, name: json.name, version: json.version }] : []
  })
  const html = files.some((f) => f.path === 'out/renderer/index.html')
    ? extractFile(asar, 'out/renderer/index.html').toString('utf8')
    : ''
  const sizeOf = new Map(files.map((f) => [f.path, f.size]))
  const initialJsBytes = initialScripts(html).reduce(
    (n, src) => n + (sizeOf.get(`out/renderer/${src}`) ?? 0),
    0
  )
  const problems = checkPackage({
    files,
    asarBytes: statSync(asar).size,
    packages,
    production,
    runtimeImports: runtimeImports(),
    seeds: {
      expected: sizes(join(root, 'resources', 'seeds')),
      packed: sizes(join(resources, 'seeds'))
    },
    maxAsarBytes: MAX_ASAR_BYTES,
    initialJsBytes,
    maxInitialJsBytes: MAX_INITIAL_JS_BYTES
  })

  const config = loadedConfig as Record<string, unknown> | null
  if (!config)
    problems.push('electron-builder ran no afterPack hook: its configuration is unknown.')
  else {
    const include = (config['nsis'] as { include?: string } | undefined)?.include
    const script =
      include && existsSync(join(root, include)) ? readFileSync(join(root, include), 'utf8') : ''
    const assoc = checkFileAssociations(config, IMPORT_EXTENSIONS, script)
    problems.push(...assoc)
    if (assoc.length === 0)
      console.log(
        `File associations: ${IMPORT_EXTENSIONS.length} extensions, "Open with" only (macOS Alternate, Linux MIME types, Windows OpenWithProgids).`
      )
  }

  // The specifiers as written (`@noble/hashes/sha2.js`): some packages have no root export.
  const imported = [...new Set(runtimeImports().filter((name) => packageOf(name)))].sort()
  // Outside the repository, so nothing resolves to the project's own node_modules.
  const probeDir = mkdtempSync(join(tmpdir(), 'dist-check-'))
  let probe: ReturnType<typeof probePackages>
  try {
    probe = probePackages(asar, imported, probeDir)
  } finally {
    rmSync(probeDir, { recursive: true, force: true })
  }
  for (const f of probe.failed)
    problems.push(`${f.name} does not load from the packaged files: ${f.message.split('\n')[0]}`)
  console.log(
    `Runtime packages loaded from the packaged files: ${probe.loaded.length} of ${imported.length}` +
      (probe.needsElectron.length
        ? ` (${probe.needsElectron.join(', ')} import Electron and load only inside it)`
        : '')
  )

  const worker = join(resources, 'app.asar.unpacked', 'out', 'main', 'searchWorker.mjs')
  if (existsSync(worker)) {
    try {
      const smoke = await smokeTestWorker(worker, join(resources, 'seeds'))
      console.log(
        `Search worker (unpacked): ${smoke.entries} entries indexed, "decorator" → ${smoke.hits} hits` +
          (smoke.top ? ` (first: ${smoke.top})` : '')
      )
      if (smoke.hits === 0)
        problems.push('The packaged search worker answered no hits for "decorator".')
    } catch (error) {
      problems.push(`The packaged search worker did not start: ${(error as Error).message}`)
    }
  }

  const updates = existsSync(join(resources, 'app-update.yml'))
    ? 'on (app-update.yml from the publish config)'
    : 'off (no publish target configured)'
  const modules = new Set(files.map((f) => /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.path)?.[1]))
  modules.delete(undefined)
  console.log(
    `app.asar: ${mb(statSync(asar).size)} (budget ${mb(MAX_ASAR_BYTES)}), ${files.length} files, ` +
      `${modules.size} packages; unpacked: ${files.filter((f) => f.unpacked).length} files; ` +
      `seeds: ${sizes(join(resources, 'seeds')).size}; updates: ${updates}.\n` +
      `Renderer JavaScript at start: ${mb(initialJsBytes)} (budget ${mb(MAX_INITIAL_JS_BYTES)}).`
  )
  if (problems.length === 0) {
    console.log('dist:check passed: the package holds what the app loads and nothing else.')
    return 0
  }
  console.error(`dist:check failed (${problems.length}):`)
  for (const p of problems) console.error(`  - ${p}`)
  return 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`dist:check: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
)
