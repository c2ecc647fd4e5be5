import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openConfStore } from '../../../../src/main/store/openConfStore'
import { backupPathFor, recoverConfigFile } from '../../../../src/main/store/recoverConfig'

let dataDir: string
let configFile: string
const NOW = Date.UTC(2026, 10, 23, 12, 0, 0)
const STAMP = '2026-11-23T12-00-00-000Z'

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'store-'))
  configFile = join(dataDir, 'config.json')
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const good = { settings: { theme: 'dark' }, study: { gil: { status: 'confident' } } }

const corruptions: Array<[string, Uint8Array]> = [
  ['truncated JSON', new TextEncoder().encode('{"settings": {"theme": "da')],
  ['binary garbage', new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2, 0xfe, 0xff])],
  ['an empty file', new Uint8Array()],
  ['valid JSON that is not an object', new TextEncoder().encode('[1, 2, 3]')]
]

describe('openConfStore', () => {
  it('starts from defaults, persists values and keeps a last good copy', async () => {
    const first = await openConfStore(dataDir)
    expect(first.notices).toEqual([])
    expect(first.store.get('settings')).toBeUndefined()
    first.store.set('settings', good.settings)
    const second = await openConfStore(dataDir)
    expect(second.store.get('settings')).toEqual(good.settings)
    expect(JSON.parse(await readFile(backupPathFor(configFile), 'utf8'))).toEqual({
      settings: good.settings
    })
  })

  it.each(corruptions)(
    'keeps %s byte for byte and restores the last good copy',
    async (_name, bytes) => {
      await writeFile(backupPathFor(configFile), JSON.stringify(good))
      await writeFile(configFile, bytes)
      const { store, notices } = await openConfStore(dataDir, () => NOW)
      const kept = join(dataDir, `config.corrupt-${STAMP}.json`)
      expect(new Uint8Array(await readFile(kept))).toEqual(bytes)
      expect(store.get('settings')).toEqual(good.settings)
      expect(store.get('study')).toEqual(good.study)
      expect(notices).toEqual([
        {
          level: 'warning',
          message: `Your settings file was damaged; we restored the last good copy and kept the damaged file at ${kept}.`
        }
      ])
    }
  )

  it('falls back to defaults when the backup is damaged too, and says so', async () => {
    await writeFile(backupPathFor(configFile), '{nope')
    await writeFile(configFile, '{"a":')
    const { store, notices } = await openConfStore(dataDir, () => NOW)
    expect(store.get('settings')).toBeUndefined()
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(/started from the defaults/)
    expect(notices[0]?.message).toContain(`config.corrupt-${STAMP}.json`)
    // The damaged backup is not trusted, and is replaced by the next good copy.
    store.set('settings', { theme: 'light' })
    await openConfStore(dataDir)
    expect(JSON.parse(await readFile(backupPathFor(configFile), 'utf8'))).toEqual({
      settings: { theme: 'light' }
    })
  })

  it('cleans temp files left by a killed write', async () => {
    await writeFile(configFile, JSON.stringify(good))
    await writeFile(join(dataDir, 'config.json.tmp-1732400000a1b2c3'), '{"half')
    const { store } = await openConfStore(dataDir)
    expect(store.get('settings')).toEqual(good.settings)
    expect((await readdir(dataDir)).sort()).toEqual(['config.json', 'config.json.bak'])
  })
})

describe('recoverConfigFile', () => {
  it('does nothing to a healthy or missing file', async () => {
    expect((await recoverConfigFile(configFile)).keptCorruptAs).toBeNull()
    await writeFile(configFile, JSON.stringify(good))
    const result = await recoverConfigFile(configFile)
    expect(result).toMatchObject({ keptCorruptAs: null, restoredFrom: null, notices: [] })
    expect(JSON.parse(await readFile(configFile, 'utf8'))).toEqual(good)
  })
})
