/**
 * `npm run bench [-- <suite...>]`: runs every suite in bench/suites (or the named ones). Each
 * suite prints its own table and writes bench/results/<suite>.json.
 */
import { readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), 'suites')
const wanted = process.argv.slice(2)
const suites = readdirSync(suitesDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name))

for (const name of suites) {
  console.log(`\n## ${name}\n`)
  const suite = (await import(pathToFileURL(join(suitesDir, `${name}.ts`)).href)) as {
    run: () => Promise<void>
  }
  await suite.run()
}
