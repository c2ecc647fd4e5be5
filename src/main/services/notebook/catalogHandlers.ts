/** Channels that read the catalog and change its sources. */
import type { Handlers } from '../../../shared/ipc/contract'
import type { EntryView } from '../../../shared/ipc/types'
import { previewSource } from '../sources/previewSources'
import type { NotebookCore } from './notebookCore'
import { idOfPrompt, toInput } from './questionHandlers'
import { MY_QUESTIONS_PATH } from './userCatalog'

type CatalogChannel =
  | 'app:bootstrap'
  | 'catalog:overview'
  | 'catalog:entry'
  | 'search:query'
  | 'sources:list'
  | 'sources:add'
  | 'sources:remove'
  | 'sources:preview'

/** The catalog, search and sources handlers over `core`. */
export function catalogHandlers(core: NotebookCore): Pick<Handlers, CatalogChannel> {
  return {
    async 'app:bootstrap'() {
      return {
        overview: core.overview(),
        settings: core.settings.get(),
        notices: [...core.startupNotices],
        dataDir: core.dataDir,
        notebookDir: core.vault.dir
      }
    },
    async 'catalog:overview'() {
      return core.overview()
    },
    async 'catalog:entry'(id) {
      const entry = core.byId.get(id)
      if (!entry) return null
      // A damaged answer file was reported at start; its question still opens.
      const note = await core.vault.load(id).catch(() => null)
      const related = entry.related.flatMap((rid) => {
        const other = core.byId.get(rid)
        return other ? [{ id: rid, prompt: other.prompt }] : []
      })
      const mine = core.user.questions.find((q) => idOfPrompt(q.prompt) === entry.id)
      const view: EntryView = {
        entry,
        note,
        study: core.studyOf(entry.id),
        related,
        ...(mine ? { myQuestion: toInput(mine) } : {})
      }
      return view
    },
    'search:query': (request) => core.query(request),
    async 'sources:list'() {
      return core.overview().sources
    },
    async 'sources:add'(paths) {
      const problems = await core.catalogPort.add(paths)
      if (problems.length === paths.length) throw new Error(problems.join('; '))
      problems.forEach((message) => core.notify({ level: 'warning', message }))
      await core.reloadCatalog()
      return core.overview().sources
    },
    async 'sources:preview'(paths) {
      const previews = []
      for (const path of paths) previews.push(await previewSource(path))
      return previews
    },
    async 'sources:remove'(path) {
      if (path === MY_QUESTIONS_PATH)
        throw new Error(
          'My questions live in your notebook folder; delete them one by one from the question view.'
        )
      await core.catalogPort.remove(path)
      await core.reloadCatalog()
      return core.overview().sources
    }
  }
}
