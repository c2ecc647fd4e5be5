/**
 * Settings → Notebook folder: main shows the folder picker itself, says what using the folder
 * would do, then moves everything there (copy, verify, remove) or opens it as it is. The
 * renderer never sends a path: the chosen folder waits here between `choose` and `apply`.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Handlers } from '../../../shared/ipc/contract'
import type { NotebookFolderPlan } from '../../../shared/ipc/types'
import { dataPaths } from '../dataPaths'
import { nodeFolderIo, type FolderIo } from '../files/folderIo'
import {
  copyFolderContents,
  listFolder,
  removeMovedOriginals,
  type CopiedFolder
} from '../files/moveFolderContents'
import { NOTE_FILE_PATTERN } from '../vault/noteFile'
import { countOf } from '../../../shared/countOf'
import type { HostHandlers } from './createNotebookService'
import { messageOf, type NotebookCore } from './notebookCore'

type FolderChannel = 'notebookFolder:choose' | 'notebookFolder:apply'

/** Answers (`<id>.md` at the top) and files (anywhere inside) of a folder; 0 when it is absent. */
async function countFolder(dir: string, io: FolderIo): Promise<{ answers: number; files: number }> {
  if (!(await io.exists(dir))) return { answers: 0, files: 0 }
  const { files } = await listFolder(dir, io)
  return {
    answers: files.filter((f) => !f.includes('/') && NOTE_FILE_PATTERN.test(f)).length,
    files: files.length
  }
}

function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(sep)
}

/** The notebook-folder handlers; `io` is replaced in tests by one that fails half-way. */
export function notebookFolderHandlers(
  core: NotebookCore,
  host: HostHandlers,
  onSettings: () => void,
  io: FolderIo = nodeFolderIo
): Pick<Handlers, FolderChannel> {
  let pending: string | null = null
  const defaultDir = (): string => dataPaths(core.dataDir).notebookDir

  return {
    async 'notebookFolder:choose'({ target }) {
      // A new choice (or a cancelled picker) replaces whatever was waiting.
      pending = null
      let chosen: string
      if (target === 'default') chosen = defaultDir()
      else {
        if (!host['dialog:pickPath'])
          throw new Error('Choosing a folder needs the desktop app; it is not available here.')
        const [picked] = await host['dialog:pickPath']({ kind: 'notebook-folder' })
        if (!picked) return null
        if (!isAbsolute(picked)) throw new Error(`The folder picker returned "${picked}".`)
        chosen = resolve(picked)
        core.grants.record('notebook-folder', [chosen])
      }
      const current = resolve(core.vault.dir)
      const same = chosen === current
      if (!same && (inside(current, chosen) || inside(chosen, current)))
        throw new Error(
          `${chosen} is ${inside(current, chosen) ? 'inside' : 'around'} the notebook folder ${current}; choose a folder outside it.`
        )
      const [here, there] = await Promise.all([
        countFolder(current, io),
        same ? Promise.resolve({ answers: 0, files: 0 }) : countFolder(chosen, io)
      ])
      pending = same ? null : chosen
      const plan: NotebookFolderPlan = {
        target: chosen,
        current,
        isDefault: chosen === resolve(defaultDir()),
        same,
        currentAnswers: here.answers,
        currentFiles: here.files,
        targetAnswers: there.answers,
        targetFiles: there.files
      }
      return plan
    },

    async 'notebookFolder:apply'({ mode }) {
      const to = pending
      if (!to) throw new Error('Choose the new notebook folder first (Settings → Choose…).')
      pending = null
      const from = core.vault.dir
      const before = core.settings.get().notebookDir
      let copied: CopiedFolder | null = null
      // Copy and verify first: a failure here throws with the old folder untouched.
      if (mode === 'move') copied = await copyFolderContents(from, to, io)
      const isDefault = resolve(to) === resolve(defaultDir())
      const settings = core.settings.update({ notebookDir: isDefault ? '' : to })
      try {
        await core.switchVault(to)
      } catch (error) {
        core.settings.update({ notebookDir: before })
        if (copied) await removeCopies(copied, io)
        throw new Error(
          `Could not open the notebook folder ${to}: ${messageOf(error)}. Nothing changed; your answers are still in ${from}.`
        )
      }
      // The new folder holds its own My questions and corrections.
      await core.refreshUserCatalog()
      core.emit('catalog:changed', core.overview())
      onSettings()
      const leftBehind = copied ? await removeMovedOriginals(copied, io) : []
      const moved = copied ? copied.copies.length - leftBehind.length : 0
      const parts = [
        mode === 'move'
          ? `Moved ${countOf(moved, 'file')} to ${to}.`
          : `The notebook now uses ${to} as it is.`
      ]
      if (copied && copied.keptBoth.length > 0)
        parts.push(
          `${countOf(copied.keptBoth.length, 'file')} had the same name as one already there; both were kept (${copied.keptBoth
            .slice(0, 3)
            .map((k) => `${k.file} → ${k.keptAs}`)
            .join(', ')}${copied.keptBoth.length > 3 ? ', …' : ''}).`
        )
      if (leftBehind.length > 0)
        parts.push(
          `${countOf(leftBehind.length, 'file')} could not be removed from ${from}; their copies are in the new folder.`
        )
      return {
        notebookDir: core.vault.dir,
        settings,
        moved,
        keptBoth: copied?.keptBoth ?? [],
        leftBehind,
        message: parts.join(' ')
      }
    }
  }
}

async function removeCopies(copied: CopiedFolder, io: FolderIo): Promise<void> {
  for (const { target } of copied.copies)
    await io.unlink(join(copied.to, ...target.split('/'))).catch(() => undefined)
}
