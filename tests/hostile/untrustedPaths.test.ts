// Issue #14, case 4 (and the NUL-byte part of case 10): paths from the renderer were trusted.
// Export overwrote an unrelated file and wrote a relative path into the working directory;
// settings:update created and switched to any absolute folder.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  createNotebookService,
  type HostHandlers,
  type NotebookService
} from '../../src/main/services/notebook/createNotebookService'
import { createMemoryStore } from '../../src/main/store/keyValueStore'
import { validateArgs } from '../../src/shared/ipc/validateArgs'
import { fakeCatalog } from '../unit/main/services/notebook/fakeCatalog'
import { hostileTempDirs } from './hostileTemp'

const tempDir = hostileTempDirs()
let service: NotebookService | null = null
afterEach(async () => {
  await service?.dispose()
  service = null
})

/** A service whose dialogs return `picks` in turn, as if the user chose them there. */
function start(dataDir: string, ...picks: string[][]): NotebookService {
  return startWithHost(dataDir, { 'dialog:pickPath': async () => picks.shift() ?? [] })
}

function startWithHost(dataDir: string, host: HostHandlers): NotebookService {
  service = createNotebookService({
    dataDir,
    seedsDir: join(dataDir, 'no-seeds'),
    store: createMemoryStore(),
    emit: () => undefined,
    catalog: fakeCatalog(),
    watchNotes: false,
    searchMode: 'inline',
    searchCache: false,
    autoBackup: false,
    host
  })
  return service
}

const single = (out: string) => ({
  out,
  format: 'md' as const,
  layout: 'single' as const,
  includeReference: true
})

describe('paths from the renderer', () => {
  it('export writes only to the file the dialog returned', async () => {
    const dataDir = tempDir()
    const unrelated = join(dataDir, 'thesis.md')
    writeFileSync(unrelated, 'my thesis')
    const picked = join(dataDir, 'export.md')
    const nb = start(dataDir, [picked])
    await expect(nb['export:run'](single(unrelated))).rejects.toThrow(
      `${unrelated} was not chosen in the app's dialog; choose the export file in the Export dialog.`
    )
    expect(readFileSync(unrelated, 'utf8')).toBe('my thesis')
    const cwdBefore = readdirSync(process.cwd())
    await expect(nb['export:run'](single('notes-export.md'))).rejects.toThrow(
      'The export file must be a full path, not "notes-export.md"; choose it in the Export dialog.'
    )
    expect(readdirSync(process.cwd())).toEqual(cwdBefore)
    // Picked in the dialog: written. A folder pick does not stand for a file export.
    await nb['dialog:pickPath']({ kind: 'export-file', defaultName: 'export.md' })
    expect((await nb['export:run'](single(picked))).written).toEqual([picked])
    await expect(nb['export:run']({ ...single(dataDir), layout: 'per-question' })).rejects.toThrow(
      /not chosen in the app's dialog/
    )
  })

  it('settings:update does not create or switch to a folder the dialog did not return', async () => {
    const dataDir = tempDir()
    const nb = start(dataDir)
    const made = join(dataDir, 'anywhere', 'at-all')
    await expect(nb['settings:update']({ notebookDir: made })).rejects.toThrow(
      /was not chosen in the app's dialog; choose the notebook folder/
    )
    expect(existsSync(made)).toBe(false)
    expect((await nb['app:bootstrap']()).notebookDir).toBe(join(dataDir, 'notebook'))
    // Other settings still update.
    expect((await nb['settings:update']({ theme: 'dark' })).theme).toBe('dark')
  })

  it('restores only backups from the backups folder or the dialog', async () => {
    const dataDir = tempDir()
    const nb = start(dataDir)
    const made = await nb['backup:create']()
    const elsewhere = join(tempDir(), 'copy.zip')
    writeFileSync(elsewhere, readFileSync(made.path))
    await expect(nb['backup:preview'](elsewhere)).rejects.toThrow(
      `${elsewhere} was not chosen in the app's dialog; choose the backup with Restore from file… in the Backups dialog.`
    )
    await expect(nb['backup:restore'](elsewhere)).rejects.toThrow(/not chosen/)
    expect((await nb['backup:preview'](made.path)).archive).toBe(made.path)
  })

  it('adds only sources the Add source dialog returned', async () => {
    const dataDir = tempDir()
    const nb = start(dataDir)
    await expect(nb['sources:add'](['/etc'])).rejects.toThrow(
      '/etc was not chosen in the Add source dialog; add it with Add source… instead.'
    )
    expect((await nb['sources:list']()).map((s) => s.path)).not.toContain('/etc')
  })

  it('adds dropped paths only after the user says yes in the native drop dialog', async () => {
    const dataDir = tempDir()
    const dropped = join(dataDir, 'dropped.md')
    writeFileSync(dropped, '1. What is a closure?\n')
    const answers = [false, true]
    const asked: string[][] = []
    const nb = startWithHost(dataDir, {
      'dialog:confirmDrop': async (paths) => (asked.push(paths), answers.shift() ?? false)
    })
    expect(await nb['dialog:confirmDrop']([dropped])).toBe(false)
    await expect(nb['sources:add']([dropped])).rejects.toThrow(
      /was not chosen in the Add source dialog/
    )
    expect(await nb['dialog:confirmDrop']([dropped])).toBe(true)
    // Past the path check: what answers now is the (fake) catalog itself.
    await expect(nb['sources:add']([dropped])).rejects.toThrow(/this kind of file cannot be read/)
    expect(asked).toEqual([[dropped], [dropped]])
  })

  it('a path with a NUL byte is refused with a sentence, not Node’s message', () => {
    expect(() => validateArgs('backup:restore', ['/tmp/a\0b.zip'])).toThrow(
      'Invalid arguments for backup:restore at 0: a path cannot contain a NUL character; choose it again'
    )
  })
})
