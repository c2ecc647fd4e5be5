/**
 * A hash of the code that turns documents into the catalog (importers, parsers, merging, ids,
 * links): cached parse results and catalogs are valid only for the code that made them. The
 * built app hashes its bundled main-process scripts (parsers and catalog code are bundled
 * there, with their chunks); run from source (tests, bench, CLI), it hashes the TypeScript it runs.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Bump when the snapshot layout changes in a way the code hash would not show. */
export const SNAPSHOT_FORMAT = 1

let memo: string | null = null

/** The fingerprint of the code running now (computed once per process). */
export function codeFingerprint(): string {
  if (memo) return memo
  const here = dirname(fileURLToPath(import.meta.url))
  const built = readdirSync(here).some((name) => /\.(mjs|js)$/.test(name))
  const roots = built ? [here] : [resolve(here, '..', '..', '..', 'shared'), here]
  const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}`)
  for (const root of roots)
    for (const file of scriptsUnder(root, built ? 1 : 8)) {
      hash.update(`\u0000${file.slice(root.length)}\u0000`)
      hash.update(readFileSync(file))
    }
  memo = hash.digest('hex').slice(0, 32)
  return memo
}

/** Script files under `dir` (to `depth` levels of folders), in a stable order. */
function scriptsUnder(dir: string, depth: number): string[] {
  const out: string[] = []
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && depth > 0) for (const f of scriptsUnder(path, depth - 1)) out.push(f)
    else if (entry.isFile() && /\.(ts|mjs|js)$/.test(entry.name)) out.push(path)
  }
  return out
}
