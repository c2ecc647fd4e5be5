/**
 * `npm run preview:browser`: the built renderer and the real services in your browser, without
 * Electron. Listens on 127.0.0.1 only, behind a random per-run token.
 *
 *   tsx tests/bridge/serve.ts [--data <dir>] [--port <n>]
 *
 * Without --data a throwaway folder is used and removed on exit.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startBridge } from './startBridge'

const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string' } },
  allowPositionals: false
})

const throwaway = !values.data
const dataDir = values.data
  ? resolve(values.data)
  : await mkdtemp(join(tmpdir(), 'study-notebook-'))
const rendererDir = resolve('out', 'renderer')
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error('No built renderer in out/renderer: run `npm run build` first.')
  process.exit(1)
}

const bridge = await startBridge({
  dataDir,
  rendererDir,
  injectClient: true,
  port: values.port ? Number(values.port) : 0
})

console.log(`Study Notebook (browser preview)`)
console.log(`  data:  ${dataDir}${throwaway ? ' (throwaway, removed on exit)' : ''}`)
console.log(`  open:  ${bridge.entryUrl}`)
console.log(`Press Ctrl+C to stop.`)

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  // Give the page a chance to save, as the desktop app does on quit.
  await bridge.requestFlush(2000)
  await bridge.close()
  if (throwaway) await rm(dataDir, { recursive: true, force: true })
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
