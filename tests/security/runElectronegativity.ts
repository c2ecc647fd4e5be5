/**
 * `npm run audit:electron [project]`: runs Electronegativity offline over the app's code (package.json for
 * the Electron version, and src/), reads its CSV report and exits non-zero on any HIGH or MEDIUM
 * finding not on the reviewed list below. Electronegativity itself always exits 0.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Findings reviewed by hand. Each is one check in one file, never a whole check.
 * Both checks flag every use of an API, whatever guards it ("manual review" in their docs).
 */
const REVIEWED: Array<{ check: string; file: string; why: string }> = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'src/main/windows/mainWindow.ts',
    why:
      'The preload (src/preload/index.ts) runs sandboxed with contextIsolation and exposes only ' +
      'invoke/on for the channels and events named in the typed contract; no ipcRenderer, no Node.'
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'src/main/windows/openExternalSafely.ts',
    why:
      'The only openExternal call; the URL is parsed first and only http(s) without credentials ' +
      'is passed (safeExternalUrl, unit-tested).'
  }
]

export interface Finding {
  issue: string
  severity: string
  confidence: string
  file: string
  location: string
  description: string
}

/** Parses Electronegativity's CSV (quoted fields, doubled quotes inside). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((f) => f.trim() !== '')) rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  row.push(field)
  if (row.some((f) => f.trim() !== '')) rows.push(row)
  return rows
}

function findings(csv: string, scanned: string): Finding[] {
  const [header, ...rows] = parseCsv(csv)
  const at = (name: string): number => header?.findIndex((h) => h.trim() === name) ?? -1
  const col = {
    issue: at('issue'),
    severity: at('severity'),
    confidence: at('confidence'),
    file: at('filename'),
    location: at('location'),
    description: at('description')
  }
  if (Object.values(col).some((i) => i < 0)) throw new Error(`Unexpected CSV header: ${header}`)
  return rows.map((r) => {
    const file = r[col.file] ?? ''
    return {
      issue: r[col.issue] ?? '',
      severity: (r[col.severity] ?? '').toUpperCase(),
      confidence: r[col.confidence] ?? '',
      file: file.startsWith(scanned) ? relative(scanned, file) : file,
      location: r[col.location] ?? '',
      description: r[col.description] ?? ''
    }
  })
}

/** Scans `project` (default: this repository); returns the exit code. */
function main(project = root): number {
  const require = createRequire(import.meta.url)
  const cli = join(
    dirname(require.resolve('@doyensec/electronegativity/package.json')),
    'dist/index.js'
  )
  const work = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  try {
    // A copy of exactly what ships, so tests, benches and build output do not muddy the report.
    const scanned = join(work, 'project')
    cpSync(join(project, 'package.json'), join(scanned, 'package.json'))
    cpSync(join(project, 'src'), join(scanned, 'src'), { recursive: true })
    const report = join(work, 'report.csv')
    const run = spawnSync(
      process.execPath,
      [cli, '-i', scanned, '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false'],
      { encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 300_000 }
    )
    if (run.error) throw run.error
    let csv: string
    try {
      csv = readFileSync(report, 'utf8')
    } catch {
      console.error(run.stdout, run.stderr)
      throw new Error('Electronegativity wrote no report')
    }
    const all = findings(csv, scanned)
    const serious = all.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM')
    const reviewed = serious.filter((f) =>
      REVIEWED.some((r) => r.check === f.issue && r.file === f.file)
    )
    const failing = serious.filter((f) => !reviewed.includes(f))
    console.log(
      `Electronegativity: ${all.length} findings, ${serious.length} HIGH/MEDIUM, ` +
        `${reviewed.length} reviewed, ${failing.length} failing.`
    )
    for (const f of reviewed)
      console.log(`  reviewed  ${f.severity} ${f.issue} ${f.file}:${f.location}`)
    for (const f of failing)
      console.error(`  FAIL      ${f.severity} ${f.issue} ${f.file}:${f.location} ${f.description}`)
    return failing.length > 0 ? 1 : 0
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    // An optional folder argument scans another project (used to check that bad code fails).
    process.exitCode = main(process.argv[2] ? resolve(process.argv[2]) : root)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 2
  }
}
