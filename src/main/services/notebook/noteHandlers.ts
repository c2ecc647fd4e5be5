/** Channels that change what the user owns: answers, study state, settings, practice reviews. */
import type { Handlers } from '../../../shared/ipc/contract'
import { createStudyHandlers } from '../review/createStudyHandlers'
import { messageOf, type NotebookCore } from './notebookCore'

type NoteChannel =
  | 'notes:load'
  | 'notes:save'
  | 'study:update'
  | 'study:startSession'
  | 'study:review'
  | 'study:progress'
  | 'settings:update'

/** The answer, study and settings handlers over `core`. */
export function noteHandlers(core: NotebookCore): Pick<Handlers, NoteChannel> {
  return {
    'notes:load': (id) => core.vault.load(id),
    async 'notes:save'(request) {
      const vault = core.vault
      const wasAnswered = vault.isAnswered(request.id)
      const result = await vault.save(request, {
        prompt: core.byId.get(request.id)?.prompt ?? '',
        tags: core.studyOf(request.id).tags
      })
      if (result.ok) {
        void core.search.updateNote(request.id, request.markdown)
        if (wasAnswered !== vault.isAnswered(request.id)) core.scheduleCatalogChanged()
      }
      return result
    },
    async 'study:update'(id, patch) {
      const before = core.studyOf(id)
      const next = await core.study.update(id, patch, before)
      void core.search.updateStudy(id, next)
      // Tags are mirrored in the answer's front matter so other tools see them.
      if (patch.tags && patch.tags.join('\n') !== before.tags.join('\n'))
        await core.vault.updateMeta(id, {
          prompt: core.byId.get(id)?.prompt ?? '',
          tags: next.tags
        })
      if (before.status !== next.status) core.scheduleCatalogChanged()
      return next
    },
    // Study mode: practice sessions, FSRS reviews (logged in the notebook folder's
    // reviews/<device>.jsonl, which also moves the stored state), progress numbers.
    ...createStudyHandlers({
      getEntries: () => core.catalog.entries,
      getStudy: (id) => core.study.stored(id),
      setStudy: (id, state) => {
        void core.search.updateStudy(id, core.study.stored(id) ?? state)
        core.scheduleCatalogChanged()
      },
      history: {
        append: async (record) => void (await core.study.recordReview(record)),
        read: () => core.study.reviews()
      },
      now: core.now,
      answeredIds: () => core.vault.answeredIds(),
      search: (request) => core.query(request),
      filesOf: (source) => core.filesOf(source)
    }),
    async 'settings:update'(patch) {
      const before = core.settings.get()
      // The notebook folder changes only to the default ('') or to a folder the user chose in
      // the notebook-folder dialog: a renderer-given path is never created or switched to.
      if (
        patch.notebookDir !== undefined &&
        patch.notebookDir !== '' &&
        patch.notebookDir !== before.notebookDir
      )
        core.grants.require(
          patch.notebookDir,
          ['notebook-folder'],
          'the notebook folder',
          'with Choose folder… in the settings'
        )
      const next = core.settings.update(patch)
      if (patch.aliases) void core.search.setUserAliases(next.aliases)
      const dir = core.notebookDirFor(next.notebookDir)
      if (dir !== core.notebookDirFor(before.notebookDir)) {
        try {
          await core.switchVault(dir)
        } catch (error) {
          core.settings.update({ notebookDir: before.notebookDir })
          throw new Error(`Could not open the notebook folder ${dir}: ${messageOf(error)}`)
        }
        // Another folder holds other My questions and corrections.
        await core.refreshUserCatalog()
        core.emit('catalog:changed', core.overview())
      }
      return next
    }
  }
}
