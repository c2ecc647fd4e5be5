/**
 * Loads every package the main process imports from an extracted copy of app.asar, in plain
 * Node, so a file that packaging left out (a pattern in electron-builder.yml too eager) shows
 * up here rather than on a user's machine. Packages that import Electron itself cannot load
 * outside it and are reported as such.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { extractAll } from '@electron/asar'

export interface ProbeResult {
  loaded: string[]
  needsElectron: string[]
  failed: Array<{ name: string; message: string }>
}

// Runs inside the extracted app, so module resolution sees only the packaged node_modules.
// sql.js is started the way the importer starts it: its WebAssembly file from its package.
const PROBE = `
import { createRequire } from 'node:module'
const require = createRequire(import.meta.url)
const results = {}
for (const name of JSON.parse(process.argv[2])) {
  try {
    const mod = await import(name)
    if (name === 'sql.js') {
      const SQL = await mod.default({ locateFile: (f) => require.resolve('sql.js/dist/' + f) })
      new SQL.Database().close()
    }
    results[name] = 'ok'
  } catch (error) {
    results[name] = String((error && error.message) || error)
  }
}
process.stdout.write(JSON.stringify(results))
`

/** Whether a load error only says that Electron is absent. */
export function onlyMissesElectron(message: string): boolean {
  return /Cannot find (package|module) 'electron'/.test(message)
}

/** Extracts `asar` into `workDir` and imports each of `packages` from there. */
export function probePackages(asar: string, packages: string[], workDir: string): ProbeResult {
  rmSync(workDir, { recursive: true, force: true })
  mkdirSync(workDir, { recursive: true })
  extractAll(asar, workDir)
  const probe = join(workDir, 'out', 'main', 'loadProbe.mjs')
  writeFileSync(probe, PROBE)
  const run = spawnSync(process.execPath, [probe, JSON.stringify(packages)], {
    cwd: workDir,
    encoding: 'utf8',
    timeout: 120_000
  })
  if (run.status !== 0)
    throw new Error(`the load probe exited with ${run.status}: ${run.stderr.trim().slice(0, 500)}`)
  const results = JSON.parse(run.stdout) as Record<string, string>
  const outcome: ProbeResult = { loaded: [], needsElectron: [], failed: [] }
  for (const [name, result] of Object.entries(results)) {
    if (result === 'ok') outcome.loaded.push(name)
    else if (onlyMissesElectron(result)) outcome.needsElectron.push(name)
    else outcome.failed.push({ name, message: result })
  }
  return outcome
}
