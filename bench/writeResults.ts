import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results')

/** Prints rows as a table and writes them, with the machine facts, to results/<suite>.json. */
export function writeResults(suite: string, rows: Array<Record<string, string | number>>): void {
  console.table(rows)
  mkdirSync(resultsDir, { recursive: true })
  const file = join(resultsDir, `${suite}.json`)
  const payload = { suite, node: process.version, at: new Date().toISOString(), rows }
  writeFileSync(file, JSON.stringify(payload, null, 2) + '\n')
  console.log(`wrote ${file}`)
}
