/**
 * Channels that change the catalog itself: corrections of parsed entries (stored as overrides
 * in the notebook folder, never in the sources), their undo, and the lists that show them.
 */
import { randomBytes } from 'node:crypto'
import { combineNotes } from '../../../shared/domain/overrides/combineNotes'
import type { Override, OverrideChange } from '../../../shared/domain/overrides/types'
import type { CatalogEntry } from '../../../shared/domain/types'
import type { Handlers } from '../../../shared/ipc/contract'
import type { CorrectionRequest, CorrectionResult } from '../../../shared/ipc/types'
import { correctionNotes, describeCorrection } from './describeCorrection'
import type { NotebookCore } from './notebookCore'

type CorrectionChannel =
  | 'catalog:correct'
  | 'catalog:undo'
  | 'catalog:hidden'
  | 'catalog:corrections'
  | 'catalog:discardCorrection'

/** A fresh, readable correction id: time plus a few random digits. */
export function newCorrectionId(now: number): string {
  return `c-${now.toString(36)}-${randomBytes(3).toString('hex')}`
}

function entryOrThrow(core: NotebookCore, id: string): CatalogEntry {
  const entry = core.byId.get(id)
  if (!entry) throw new Error('This question is no longer in the catalog. Search for it again.')
  return entry
}

// The parsed entry the correction edits: `base` values come from it, never from a correction.
function targetOf(core: NotebookCore, entry: CatalogEntry): Override['target'] {
  const parsed = core.user.parsedById.get(entry.id)
  const file = entry.occurrences[0]?.file
  return { id: entry.id, prompt: parsed?.prompt ?? entry.prompt, ...(file ? { file } : {}) }
}

function changeFor(
  core: NotebookCore,
  entry: CatalogEntry,
  request: CorrectionRequest
): OverrideChange {
  const parsed = core.user.parsedById.get(entry.id) ?? entry
  switch (request.type) {
    case 'prompt':
      return {
        type: 'prompt',
        base: parsed.prompt,
        value: request.value.replace(/\s+/g, ' ').trim()
      }
    case 'kind':
      return { type: 'kind', base: parsed.kind, value: request.value }
    case 'section':
      return {
        type: 'section',
        base: parsed.sections,
        value: request.value.replace(/\s+/g, ' ').trim()
      }
    case 'hide':
      return { type: 'hidden' }
    case 'merge': {
      const into = entryOrThrow(core, request.into)
      if (into.id === entry.id) throw new Error('A question cannot be merged with itself.')
      return { type: 'merge', into: targetOf(core, into) }
    }
    case 'split-answer':
      if (request.at >= entry.prompt.length)
        throw new Error('Choose a place inside the prompt where the answer starts.')
      return { type: 'split-answer', base: entry.prompt, at: request.at }
    case 'split-questions':
      return {
        type: 'split-questions',
        base: entry.prompt,
        parts: request.parts.map((p) => p.trim())
      }
    case 'restore':
      throw new Error('restore is not a change')
  }
}

/** Saves the corrections, rebuilds the catalog and tells the renderer. */
async function commit(core: NotebookCore, overrides: Override[]): Promise<void> {
  await core.user.saveOverrides(overrides)
  await core.rebuildCatalog()
  core.emit('catalog:changed', core.overview())
}

function resultFor(core: NotebookCore, id: string, message: string): CorrectionResult {
  const entry = core.byId.get(id)
  return { id: entry?.id ?? id, prompt: entry?.prompt ?? '', message }
}

// Merging folds the other entry's answer into the kept one, both texts kept; undo puts it back.
async function mergeNotes(core: NotebookCore, from: CatalogEntry, into: CatalogEntry) {
  const [mine, theirs] = await Promise.all([core.vault.load(into.id), core.vault.load(from.id)])
  if (!theirs || theirs.markdown.trim() === '') return null
  const markdown = combineNotes(
    { prompt: into.prompt, markdown: mine?.markdown ?? null },
    { prompt: from.prompt, markdown: theirs.markdown }
  )
  const meta = { prompt: into.prompt, tags: core.studyOf(into.id).tags }
  const saved = await core.vault.save(
    { id: into.id, markdown, baseRevision: mine?.revision ?? null },
    meta
  )
  if (!saved.ok) throw new Error('Your answer changed on disk meanwhile; merge again.')
  void core.search.updateNote(into.id, markdown)
  const before = mine?.markdown ?? ''
  return async () => {
    const now = await core.vault.load(into.id)
    await core.vault.save(
      { id: into.id, markdown: before, baseRevision: now?.revision ?? null },
      meta
    )
    void core.search.updateNote(into.id, before)
  }
}

/** The correction handlers over `core`. */
export function correctionHandlers(core: NotebookCore): Pick<Handlers, CorrectionChannel> {
  return {
    async 'catalog:correct'(id, request) {
      const entry = entryOrThrow(core, id)
      const previous = core.user.overrides
      if (request.type === 'restore') {
        const hiding = new Set(
          core.user.report.results
            .filter((r) => r.override.change.type === 'hidden' && r.entryId === entry.id)
            .map((r) => r.override.id)
        )
        const restored = previous.filter((o) => hiding.has(o.id))
        if (restored.length === 0) throw new Error('This question is not hidden.')
        await commit(
          core,
          previous.filter((o) => !restored.includes(o))
        )
        core.user.pushUndo({
          revert: async () => {
            await commit(core, [...core.user.overrides, ...restored])
            return resultFor(core, entry.id, `Hidden again: "${entry.prompt}".`)
          }
        })
        return resultFor(core, entry.id, `Restored "${entry.prompt}" to search, study and export.`)
      }
      const override: Override = {
        id: newCorrectionId(core.now()),
        at: new Date(core.now()).toISOString(),
        target: targetOf(core, entry),
        change: changeFor(core, entry, request)
      }
      const into = request.type === 'merge' ? entryOrThrow(core, request.into) : null
      const undoNotes = into ? await mergeNotes(core, entry, into) : null
      try {
        await commit(core, [...previous, override])
      } catch (error) {
        await undoNotes?.()
        throw error
      }
      const result = core.user.report.results.find((r) => r.override.id === override.id)
      if (
        !result ||
        result.outcome === 'orphaned' ||
        (result.outcome === 'stale' && override.change.type.startsWith('split'))
      ) {
        await undoNotes?.()
        await commit(core, previous)
        throw new Error(
          'That correction could not be applied to this question; nothing was changed.'
        )
      }
      const shown = into?.id ?? entry.id
      core.user.pushUndo({
        revert: async () => {
          await undoNotes?.()
          await commit(
            core,
            core.user.overrides.filter((o) => o.id !== override.id)
          )
          return resultFor(core, entry.id, `Undone: ${describeCorrection(override)}.`)
        }
      })
      return resultFor(core, shown, `${describeCorrection(override)}.`)
    },
    async 'catalog:undo'() {
      const step = core.user.popUndo()
      return step ? step.revert() : null
    },
    async 'catalog:hidden'() {
      return core.user.corrected.hidden.map((e) => ({ id: e.id, prompt: e.prompt }))
    },
    async 'catalog:corrections'() {
      return correctionNotes(core.user.report)
    },
    async 'catalog:discardCorrection'(correctionId) {
      const next = core.user.overrides.filter((o) => o.id !== correctionId)
      if (next.length === core.user.overrides.length)
        throw new Error('That correction is already gone.')
      const removed = core.user.overrides.find((o) => o.id === correctionId)!
      await commit(core, next)
      core.user.pushUndo({
        revert: async () => {
          await commit(core, [...core.user.overrides, removed])
          return resultFor(core, removed.target.id, `Kept: ${describeCorrection(removed)}.`)
        }
      })
    }
  }
}
