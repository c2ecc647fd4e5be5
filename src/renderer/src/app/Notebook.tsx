/**
 * The notebook window once bootstrapped: top bar, filter bar, sidebar, results, question and
 * answer. Owns the search state and wires commands, events and keyboard shortcuts to it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type {
  AppCommand,
  Bootstrap,
  CorrectionResult,
  IndexProgress,
  SearchHit,
  SourceInfo
} from '@shared/ipc/types'
import type { Settings } from '@shared/settings'
import type { StudyState } from '@shared/study'
import { call } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { Toasts } from '@renderer/components/Toasts'
import { useGlobalShortcuts } from '@renderer/hooks/useGlobalShortcuts'
import { SourceTitlesProvider } from '@renderer/hooks/SourceTitlesProvider'
import { nextThemePreference, useResolvedTheme } from '@renderer/hooks/useResolvedTheme'
import { BackupDialog } from '@renderer/features/backup/BackupDialog'
import { SyncStatusButton } from '@renderer/features/sync/SyncStatusButton'
import { ExportDialog } from '@renderer/features/export/ExportDialog'
import { AliasesDialog } from '@renderer/features/aliases/AliasesDialog'
import { ResultCount } from '@renderer/features/results/ResultCount'
import { ResultsPane } from '@renderer/features/results/ResultsPane'
import { FilterChips } from '@renderer/features/search/FilterChips'
import { SearchBox } from '@renderer/features/search/SearchBox'
import {
  EMPTY_FILTERS,
  hasActiveFilters,
  toSearchFilters,
  type FilterState
} from '@renderer/features/search/filterState'
import { useSearch } from '@renderer/features/search/useSearch'
import { SourceTree, type TreeSelection } from '@renderer/features/sidebar/SourceTree'
import { StudyScreen } from '@renderer/features/study/LazyStudyScreen'
import type { StudyTab } from '@renderer/features/study/StudyScreen'
import { CatalogLists } from '@renderer/features/catalog/CatalogLists'
import { ConfirmDialog } from '@renderer/features/catalog/ConfirmDialog'
import { QuestionFormDialog } from '@renderer/features/catalog/QuestionFormDialog'
import { SourcePreviewDialog } from '@renderer/features/catalog/SourcePreviewDialog'
import { useDropSources } from '@renderer/features/catalog/useDropSources'
import { Brand } from './Brand'
import { DetailPane, type OpenQuestion } from './DetailPane'
import { IndexStatus } from './IndexStatus'
import { ThemeToggle } from './ThemeToggle'
import { useNotebookEvents } from './useNotebookEvents'
import { useSidebarOpen } from './useSidebarOpen'
import { useSourceActions } from './useSourceActions'
import { useToasts } from './useToasts'
import './Notebook.css'

export interface NotebookProps {
  boot: Bootstrap
  onOverview: (overview: Bootstrap['overview']) => void
  onSettings: (settings: Settings) => void
}

function selectionOf(filters: FilterState): TreeSelection {
  if (filters.sources.length !== 1 || filters.sections.length > 1)
    return { source: null, section: null }
  return { source: filters.sources[0] ?? null, section: filters.sections[0] ?? null }
}

export function Notebook({ boot, onOverview, onSettings }: NotebookProps) {
  const { overview, settings } = boot
  const [query, setQuery] = useState('')
  const [filters, setFilters] = useState<FilterState>(EMPTY_FILTERS)
  const [browseAll, setBrowseAll] = useState(false)
  const [refreshKey, setRefreshKey] = useState(0)
  const [activeIndex, setActiveIndex] = useState(-1)
  const [open, setOpen] = useState<OpenQuestion | null>(null)
  const [focusQuestion, setFocusQuestion] = useState(0)
  const [study, setStudy] = useState<Record<string, StudyState>>({})
  const [progress, setProgress] = useState<IndexProgress | null>(null)
  const [exportOpen, setExportOpen] = useState(false)
  const [aliasesOpen, setAliasesOpen] = useState(false)
  const [backupOpen, setBackupOpen] = useState(false)
  const [newQuestionOpen, setNewQuestionOpen] = useState(false)
  // Study mode replaces the workspace; the notebook stays mounted so nothing is lost.
  const [studyTab, setStudyTab] = useState<StudyTab | null>(null)
  const { toasts, notify, dismiss } = useToasts(boot.notices)
  const sidebar = useSidebarOpen()
  const searchInput = useRef<HTMLInputElement>(null)
  const resultList = useRef<HTMLDivElement>(null)

  useResolvedTheme(settings.theme)
  const search = useSearch(query, filters, { browseAll, refreshKey })
  const filtered = hasActiveFilters(filters)

  // -1 means "not moved yet": the first result is the one Enter opens.
  const shownActive = search.total === 0 ? -1 : Math.min(Math.max(0, activeIndex), search.total - 1)
  // A new query or filter starts again at the top of the list.
  const changeQuery = (q: string): void => {
    setQuery(q)
    setActiveIndex(-1)
  }
  const changeFilters = (f: FilterState | ((prev: FilterState) => FilterState)): void => {
    setFilters(f)
    setActiveIndex(-1)
  }

  // Study changes made here show in the list at once, before the next search refresh.
  const hits = useMemo(() => {
    if (Object.keys(study).length === 0) return search.hits
    return search.hits.map((h) => {
      const s = h && study[h.id]
      return h && s ? { ...h, status: s.status, favourite: s.favourite } : h
    })
  }, [search.hits, study])

  const updateSettings = useCallback(
    (patch: Partial<Settings>) => {
      onSettings({ ...settings, ...patch })
      call('settings:update', patch).then(onSettings, (e: Error) =>
        notify({ level: 'error', message: `Could not save settings: ${e.message}` })
      )
    },
    [settings, onSettings, notify]
  )

  const focusSearch = useCallback(() => {
    searchInput.current?.focus()
    searchInput.current?.select()
  }, [])

  const sourcesChanged = useCallback((removed?: SourceInfo) => {
    if (removed) setFilters((f) => ({ ...f, sources: f.sources.filter((s) => s !== removed.name) }))
    setRefreshKey((k) => k + 1)
  }, [])
  const sourceActions = useSourceActions(notify, onOverview, sourcesChanged)
  const { adding, addSource, removeSource } = sourceActions
  const dragging = useDropSources(
    (paths) => void sourceActions.previewPaths(paths),
    () =>
      notify({
        level: 'warning',
        message: 'The dropped items could not be read as files. Use “Add source…” instead.'
      })
  )

  // Every correction (and its undo) is announced with a way back; the entry it left is shown.
  const undo = useCallback((): void => {
    call('catalog:undo').then(
      (result) => {
        if (!result) return notify({ level: 'info', message: 'Nothing to undo.' })
        notify({ level: 'info', message: result.message })
        setRefreshKey((k) => k + 1)
        if (result.prompt) setOpen({ id: result.id, prompt: result.prompt })
      },
      (e: Error) => notify({ level: 'error', message: `Could not undo: ${e.message}` })
    )
  }, [notify])
  const corrected = useCallback(
    (result: CorrectionResult): void => {
      notify({ level: 'info', message: result.message, action: { label: 'Undo', run: undo } })
      setRefreshKey((k) => k + 1)
      if (result.prompt) setOpen({ id: result.id, prompt: result.prompt })
      else if (result.id) setOpen(null)
    },
    [notify, undo]
  )

  const runCommand = (command: AppCommand): void => {
    if (command === 'export') setExportOpen(true)
    else if (command === 'add-source') void addSource()
    else if (command === 'focus-search') focusSearch()
    else if (command === 'toggle-theme')
      updateSettings({ theme: nextThemePreference(settings.theme) })
    else if (command === 'backup') setBackupOpen(true)
    else if (command === 'new-question') setNewQuestionOpen(true)
  }

  // A restore replaced answers, study state and settings under the app: read them again, and
  // close the open question so its editor cannot save the old text over the restored one.
  const afterRestore = (): void => {
    setOpen(null)
    setStudy({})
    setRefreshKey((k) => k + 1)
    call('app:bootstrap').then(
      (b) => {
        onOverview(b.overview)
        onSettings(b.settings)
      },
      (e: Error) =>
        notify({ level: 'error', message: `Could not reload after restore: ${e.message}` })
    )
  }

  useNotebookEvents({
    onNotice: notify,
    onCommand: runCommand,
    onIndexProgress: (p) => {
      setProgress(p)
      if (p.phase === 'ready') setRefreshKey((k) => k + 1)
    },
    onNoteChanged: () => setRefreshKey((k) => k + 1),
    onCatalogChanged: () => setRefreshKey((k) => k + 1)
  })
  useGlobalShortcuts({
    focusSearch,
    toggleSidebar: sidebar.toggle,
    newQuestion: () => setNewQuestionOpen(true),
    undo
  })
  // The startup benchmark reads this mark: the notebook has painted with its data, ready to type.
  useEffect(() => {
    performance.mark('notebook:interactive')
  }, [])

  const openHit = useCallback((hit: SearchHit) => setOpen({ id: hit.id, prompt: hit.prompt }), [])
  const moveActive = (delta: number): void => {
    if (search.total === 0) return
    setActiveIndex(Math.max(0, Math.min(search.total - 1, shownActive + delta)))
  }

  const resultsWidth = settings.layout.resultsWidth
  const [liveWidth, setLiveWidth] = useState<number | null>(null)

  return (
    <SourceTitlesProvider sources={overview.sources}>
      <div className="app">
        <header className="topbar">
          <Brand sidebarOpen={sidebar.open} onToggle={sidebar.toggle} />
          <SearchBox
            ref={searchInput}
            value={query}
            onChange={changeQuery}
            onMove={moveActive}
            onSubmit={() => {
              const hit = hits[shownActive]
              if (!hit) return
              // Pin the highlight to the opened row and hand the keyboard to the question, so
              // `e` goes into the answer; the query stays, and `/` or Ctrl/Cmd+K returns to it.
              setActiveIndex(shownActive)
              openHit(hit)
              setFocusQuestion((n) => n + 1)
            }}
            onLeave={() => resultList.current?.focus()}
          />
          <div className="topbar__spacer" />
          <IndexStatus progress={progress} onCancel={() => void call('sources:cancel')} />
          <button
            type="button"
            className="btn topbar__new"
            aria-label="New question"
            title="New question (Ctrl/Cmd+N)"
            onClick={() => setNewQuestionOpen(true)}
          >
            <Icon name="plus" size={14} /> <span className="topbar__label">New question</span>
          </button>
          <button
            type="button"
            className="btn"
            aria-pressed={studyTab !== null}
            data-testid="study-button"
            onClick={() => setStudyTab((t) => (t ? null : 'practice'))}
          >
            <Icon name="book" size={14} /> Study
          </button>
          <button
            type="button"
            className="btn"
            data-testid="export-button"
            onClick={() => setExportOpen(true)}
          >
            <Icon name="download" size={14} /> Export
          </button>
          <button
            type="button"
            className="btn"
            data-testid="backup-button"
            title="Back up your notes or restore a backup"
            onClick={() => setBackupOpen(true)}
          >
            <Icon name="archive" size={14} /> Backups
          </button>
          <SyncStatusButton />
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            data-testid="aliases-button"
            aria-label="Search aliases"
            title="Search aliases: your own names for things (GIL = global interpreter lock)"
            onClick={() => setAliasesOpen(true)}
          >
            <Icon name="tag" size={14} />
          </button>
          <ThemeToggle
            preference={settings.theme}
            onChange={(theme) => updateSettings({ theme })}
          />
        </header>
        <div className="workspace" style={studyTab ? { display: 'none' } : undefined}>
          <aside className="workspace__sidebar" id="sidebar" hidden={!sidebar.open}>
            <SourceTree
              overview={overview}
              selection={selectionOf(filters)}
              adding={adding}
              onAddSource={() => void addSource()}
              onRemoveSource={(s) => removeSource(s)}
              onSelect={({ source, section }) => {
                if (!source) setBrowseAll(true)
                changeFilters((f) => ({
                  ...f,
                  sources: source ? [source] : [],
                  sections: section ? [section] : []
                }))
              }}
            />
            <CatalogLists
              overview={overview}
              onOpen={setOpen}
              onCorrected={corrected}
              onError={(message) => notify({ level: 'error', message })}
            />
          </aside>
          {/* The one main landmark of the notebook view: filters, results and the open question. */}
          <main className="workspace__main">
            <div className="filterbar">
              <FilterChips filters={filters} sources={overview.sources} onChange={changeFilters} />
              <div className="topbar__spacer" />
              <ResultCount
                active={search.active}
                loading={search.loading}
                total={search.total}
                catalogTotal={overview.totalEntries}
              />
            </div>
            <div className="workspace__panes">
              <div className="workspace__results" style={{ width: liveWidth ?? resultsWidth }}>
                <ResultsPane
                  ref={resultList}
                  search={search}
                  hits={hits}
                  query={query}
                  filtered={filtered}
                  catalogTotal={overview.totalEntries}
                  activeIndex={shownActive}
                  openId={open?.id ?? null}
                  onActiveChange={setActiveIndex}
                  onOpen={openHit}
                  onBrowseAll={() => setBrowseAll(true)}
                  onClearFilters={() => changeFilters(EMPTY_FILTERS)}
                  onClearQuery={() => changeQuery('')}
                  onQueryChange={changeQuery}
                />
              </div>
              <DetailPane
                open={open}
                focusQuestion={focusQuestion}
                reloadKey={refreshKey}
                overview={overview}
                settings={settings}
                resultsWidth={liveWidth ?? resultsWidth}
                onResultsWidth={setLiveWidth}
                onCommitLayout={(layout) => {
                  setLiveWidth(null)
                  updateSettings({ layout })
                }}
                onOpen={setOpen}
                onStudyChanged={(id, s) => setStudy((m) => ({ ...m, [id]: s }))}
                onToggleHideReference={() =>
                  updateSettings({ hideReference: !settings.hideReference })
                }
                onError={(message) => notify({ level: 'error', message })}
                onCorrected={corrected}
                onLeaveAnswer={() => resultList.current?.focus()}
              />
            </div>
          </main>
        </div>
        {studyTab && (
          <StudyScreen
            initialTab={studyTab}
            dailyGoal={settings.dailyGoal}
            onDailyGoal={(dailyGoal) => updateSettings({ dailyGoal })}
            initialScope={
              query.trim() || filtered
                ? { kind: 'search', query: query.trim(), filters: toSearchFilters(filters) }
                : undefined
            }
            onClose={() => {
              setStudyTab(null)
              // Reviews change statuses; the list shows them on return.
              setRefreshKey((k) => k + 1)
            }}
          />
        )}
        {exportOpen && (
          <ExportDialog
            query={query}
            filters={filters}
            currentCount={search.total}
            onClose={() => setExportOpen(false)}
          />
        )}
        {aliasesOpen && (
          <AliasesDialog
            groups={settings.aliases}
            onSave={(aliases) => updateSettings({ aliases })}
            onClose={() => setAliasesOpen(false)}
          />
        )}
        {backupOpen && (
          <BackupDialog onClose={() => setBackupOpen(false)} onRestored={afterRestore} />
        )}
        {newQuestionOpen && (
          <QuestionFormDialog
            sections={[
              ...new Set(overview.sources.flatMap((s) => s.sections.map((x) => x.name)))
            ].filter((n) => n !== '(no section)')}
            onClose={() => setNewQuestionOpen(false)}
            onSaved={(result) => {
              setNewQuestionOpen(false)
              corrected(result)
            }}
          />
        )}
        {sourceActions.preview && (
          <SourcePreviewDialog
            previews={sourceActions.preview}
            busy={adding}
            onAdd={() => void sourceActions.confirmAdd()}
            onCancel={sourceActions.cancelAdd}
          />
        )}
        {sourceActions.removing && (
          <ConfirmDialog
            title={`Remove ${sourceActions.removing.title ?? sourceActions.removing.name}?`}
            confirmLabel="Remove"
            onConfirm={() => void sourceActions.confirmRemove()}
            onCancel={sourceActions.cancelRemove}
          >
            <p>
              Its questions leave the notebook. Your answers are kept in the notebook folder and
              come back if you add the source again. The file itself is not touched.
            </p>
          </ConfirmDialog>
        )}
        {dragging && <div className="drop-overlay">Drop files or folders to preview them</div>}
        <Toasts toasts={toasts} onDismiss={dismiss} />
      </div>
    </SourceTitlesProvider>
  )
}
