/** Channels that read the catalog and change its sources. */
import type { Handlers } from '../../../shared/ipc/contract'
import type { EntryView } from '../../../shared/ipc/types'
import { restoreSession } from '../session/restoreSession'
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
  | 'sources:cancel'

/** The catalog, search and sources handlers over `core`. */
export function catalogHandlers(core: NotebookCore): Pick<Handlers, CatalogChannel> {
  return {
    async 'app:bootstrap'() {
      const settings = core.settings.get()
      // Read here, not in a call of its own: the restored search runs with the first paint.
      const saved = settings.reopenLastSession ? await core.session.read() : null
      return {
        overview: core.overview(),
        settings,
        session: restoreSession(saved, core.byId),
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
    async 'sources:add'(requested) {
      // Only what the Add source dialog returned (or a source already listed, a no-op) is read.
      const listed = new Set(core.overview().sources.map((s) => s.path))
      const refused: string[] = []
      const paths = requested.filter((path) => {
        if (listed.has(path) || core.grants.has(path, 'open-sources')) return true
        refused.push(
          `${path} was not chosen in the Add source dialog; add it with Add source… instead.`
        )
        return false
      })
      const problems = [...refused, ...(paths.length > 0 ? await core.catalogPort.add(paths) : [])]
      if (problems.length === requested.length) throw new Error(problems.join('; '))
      problems.forEach((message) => core.notify({ level: 'warning', message }))
      const cancels = core.scanCancels
      await core.reloadCatalog()
      if (core.scanCancels !== cancels) {
        // The user cancelled while the new folder was being read: it is not added after all.
        const added = paths.filter((p) => !listed.has(p))
        for (const path of added) await core.catalogPort.remove(path).catch(() => undefined)
        await core.reloadCatalog()
        core.notify({
          level: 'info',
          message: `Adding ${added.join(', ')} was cancelled; nothing was added.`
        })
      }
      return core.overview().sources
    },
    async 'sources:preview'(paths) {
      const previews = []
      for (const path of paths) previews.push(await previewSource(path))
      return previews
    },
    async 'sources:cancel'() {
      const cancelled = core.catalogPort.cancel?.() ?? false
      if (cancelled) core.scanCancels++
      return cancelled
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
