/**
 * Sync conflicts in the notebook folder (`conflicts:list`, `conflicts:resolve`): conflict
 * copies and git markers found by the scanner, settled by the user's choice. The renderer only
 * ever sends back an id this module made; the paths stay here. Whatever a choice drops is
 * written to the data folder's `discarded-conflicts/` first, so no choice loses text for good.
 */
import { mkdir, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Handlers } from '../../../shared/ipc/contract'
import type { ConflictChoice, SyncConflict } from '../../../shared/ipc/conflictTypes'
import { chosenText, conflictTexts } from '../conflicts/conflictTexts'
import { SyncConflictScanner, type FoundConflict } from '../conflicts/findSyncConflicts'
import { mergeLogCopies } from '../conflicts/mergeLogCopies'
import { writeFileAtomic } from '../files/atomicWrite'
import { formatNoteFile, normaliseBody } from '../vault/noteFile'
import { messageOf, type NotebookCore } from './notebookCore'

type ConflictChannel = 'conflicts:list' | 'conflicts:resolve'

export interface SyncConflicts {
  handlers: Pick<Handlers, ConflictChannel>
  /** Scans again (after a folder change) and tells the renderer when the count moved. */
  rescan(): Promise<void>
}

const SETTLED =
  'This conflict is already settled (its file is gone or changed); the list has been refreshed.'

/** The conflict handlers over `core`, rescanning on every notebook-folder change. */
export function syncConflicts(core: NotebookCore): SyncConflicts {
  let scanner: SyncConflictScanner | null = null
  let found: FoundConflict[] = []
  let told = -1
  let turn: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const next = turn.then(job)
    turn = next.catch(() => undefined)
    return next
  }

  async function scan(): Promise<FoundConflict[]> {
    const dir = core.vault.dir
    if (scanner?.dir !== dir) scanner = new SyncConflictScanner(dir)
    if ((await mergeLogCopies(dir, core.study.deviceId)) > 0) await core.reloadStudyLogs()
    found = await scanner.scan()
    if (found.length !== told) {
      told = found.length
      core.emit('conflicts:changed', { count: found.length })
    }
    return found
  }

  const titleOf = (c: FoundConflict) =>
    c.noteId ? (core.byId.get(c.noteId)?.prompt ?? c.noteId) : basename(c.original)

  async function discard(c: FoundConflict, text: string): Promise<string> {
    const dir = join(core.dataDir, 'discarded-conflicts')
    await mkdir(dir, { recursive: true })
    const file = join(dir, `${core.now()}-${basename(c.kind === 'copy' ? c.file : c.original)}`)
    await writeFileAtomic(file, text)
    return file
  }

  async function write(c: FoundConflict, text: string): Promise<void> {
    if (!c.noteId) {
      await writeFileAtomic(c.original, text)
      // My questions and corrections feed the catalog: rebuild it from the settled file.
      await core.refreshUserCatalog()
      core.emit('catalog:changed', core.overview())
      return
    }
    const id = c.noteId
    const meta = { prompt: core.byId.get(id)?.prompt ?? '', tags: core.studyOf(id).tags }
    const current = await core.vault.load(id).catch(() => undefined)
    if (current === undefined) {
      // Unreadable front matter (markers in it): the vault would refuse to overwrite it.
      await writeFileAtomic(c.original, formatNoteFile({ id, ...meta }, normaliseBody(text)))
    } else {
      const saved = await core.vault.save(
        { id, markdown: text, baseRevision: current?.revision ?? null },
        meta
      )
      if (!saved.ok) throw new Error(SETTLED)
    }
    void core.search.updateNote(id, text)
    // The open editor reloads (or, with unsaved edits, gets the usual conflict notice).
    core.emit('notes:changed', { id })
    core.scheduleCatalogChanged()
  }

  async function resolve(id: string, choice: ConflictChoice) {
    const c = (await scan()).find((f) => f.id === id)
    if (!c) throw new Error(SETTLED)
    const texts = await conflictTexts(c)
    const keep = chosenText(texts, choice)
    if (keep === null)
      throw new Error(
        `${basename(c.original)} cannot hold both versions (it is JSON); keep one, then redo the other's changes by hand.`
      )
    const dropped = choice === 'mine' ? texts.theirs : choice === 'theirs' ? texts.mine : null
    const keptAt = dropped !== null && dropped !== keep ? await discard(c, dropped) : null
    if (choice !== 'mine' || c.kind === 'markers') await write(c, keep)
    if (c.kind === 'copy') await unlink(c.file).catch(() => undefined)
    await scan()
    const title = titleOf(c)
    const what =
      choice === 'mine'
        ? "Kept this computer's version"
        : choice === 'theirs'
          ? "Kept the other computer's version"
          : 'Kept both versions, the other one under a line'
    return {
      message: `${what} of "${title}".${keptAt ? ` The version not kept is in ${keptAt}.` : ''}`,
      entryId: c.noteId
    }
  }

  return {
    rescan: () =>
      inTurn(async () => {
        try {
          await scan()
        } catch (error) {
          core.notify({
            level: 'warning',
            message: `The notebook folder could not be checked for sync conflicts (${messageOf(error)}); it is checked again at the next change.`
          })
        }
      }).then(() => undefined),
    handlers: {
      'conflicts:list': () =>
        inTurn(async () => {
          const list: SyncConflict[] = []
          for (const c of await scan()) {
            const texts = await conflictTexts(c)
            list.push({
              id: c.id,
              kind: c.kind,
              title: titleOf(c),
              tool: c.tool,
              fileName: basename(c.file),
              mine: texts.mine,
              theirs: texts.theirs,
              canKeepBoth: texts.both !== null
            })
          }
          return list
        }),
      'conflicts:resolve': (id, choice) => inTurn(() => resolve(id, choice))
    }
  }
}
