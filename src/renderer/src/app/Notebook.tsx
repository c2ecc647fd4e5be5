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
import { Toasts } from '@renderer/components/Toasts'
import { useGlobalShortcuts } from '@renderer/hooks/useGlobalShortcuts'
import { NARROW_WINDOW, useMediaQuery } from '@renderer/hooks/useMediaQuery'
import { SourceTitlesProvider } from '@renderer/hooks/SourceTitlesProvider'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { nextThemePreference, useResolvedTheme } from '@renderer/hooks/useResolvedTheme'
import { useStableCallback } from '@renderer/hooks/useStableCallback'
import { useRestoreUndo } from '@renderer/features/backup/useRestoreUndo'
import { LazySyncSettingsSection } from '@renderer/features/sync/LazySyncSettingsSection'
import { SyncStatusButton } from '@renderer/features/sync/SyncStatusButton'
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
import { CheckedNoticeContext } from '@renderer/features/sidebar/checkedNotice'
import { useCheckedNoticeActions } from '@renderer/features/sidebar/useCheckedNoticeActions'
import { StudyScreen } from '@renderer/features/study/LazyStudyScreen'
import type { StudyTab } from '@renderer/features/study/StudyScreen'
import { CatalogLists } from '@renderer/features/catalog/CatalogLists'
import { ConfirmDialog } from '@renderer/features/catalog/ConfirmDialog'
import { useDropSources } from '@renderer/features/catalog/useDropSources'
import { useOpenedFiles } from '@renderer/features/catalog/useOpenedFiles'
import { SyncConflictsButton } from '@renderer/features/conflicts/SyncConflictsButton'
import { useSyncConflicts } from '@renderer/features/conflicts/useSyncConflicts'
import { DetailPane, type OpenQuestion } from './DetailPane'
import {
  AliasesDialog,
  BackupDialog,
  ExportDialog,
  QuestionFormDialog,
  SourcePreviewDialog,
  SyncConflictsDialog
} from './lazyDialogs'
import { DesktopDialogs } from './DesktopDialogs'
import { useDesktopDialogs } from './useDesktopDialogs'
import { HistoryButtons } from './HistoryButtons'
import { useHistoryShortcuts } from './useHistoryShortcuts'
import { useQuestionHistory } from './useQuestionHistory'
import { useSessionSaver } from './useSessionSaver'
import { SidebarPanel } from './SidebarPanel'
import { TopBar } from './TopBar'
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
  // Reopen where the user left off: the saved search, filters and question, from bootstrap.
  const [restored] = useState(boot.session)
  const [query, setQuery] = useState(restored?.query ?? '')
  const [filters, setFilters] = useState<FilterState>(restored?.filters ?? EMPTY_FILTERS)
  const [browseAll, setBrowseAll] = useState(restored?.browseAll ?? false)
  const [resultsScroll, setResultsScroll] = useState(restored?.resultsScroll ?? 0)
  const [refreshKey, setRefreshKey] = useState(0)
  const [activeIndex, setActiveIndex] = useState(-1)
  const questionPane = useRef<HTMLDivElement>(null)
  const history = useQuestionHistory(questionPane, restored?.open ?? null)
  const open: OpenQuestion | null = history.current
  const setOpen = history.show
  const [focusQuestion, setFocusQuestion] = useState(0)
  const [study, setStudy] = useState<Record<string, StudyState>>({})
  const [progress, setProgress] = useState<IndexProgress | null>(null)
  const [exportOpen, setExportOpen] = useState(false)
  const [aliasesOpen, setAliasesOpen] = useState(false)
  const [backupOpen, setBackupOpen] = useState(false)
  const [newQuestionOpen, setNewQuestionOpen] = useState(false)
  const [conflictsOpen, setConflictsOpen] = useState(false)
  // Study mode replaces the workspace; the notebook stays mounted so nothing is lost.
  const [studyTab, setStudyTab] = useState<StudyTab | null>(
    restored?.view === 'study' ? 'practice' : null
  )
  const { toasts, notify, dismiss } = useToasts(boot.notices)
  const syncConflicts = useSyncConflicts(
    useCallback((message: string) => notify({ level: 'error', message }), [notify])
  )
  const narrow = useMediaQuery(NARROW_WINDOW)
  const sidebar = useSidebarOpen(narrow)
  const sidebarToggle = useRef<HTMLButtonElement>(null)
  const desktop = useDesktopDialogs()
  const [notebookDir, setNotebookDir] = useState(boot.notebookDir)
  const searchInput = useRef<HTMLInputElement>(null)
  const resultList = useRef<HTMLDivElement>(null)

  useResolvedTheme(settings.theme)
  const search = useSearch(query, filters, { browseAll, refreshKey })
  const filtered = hasActiveFilters(filters)

  // -1 means "not moved yet": the first result is the one Enter opens.
  const shownActive = search.total === 0 ? -1 : Math.min(Math.max(0, activeIndex), search.total - 1)
  // A new query or filter starts again at the top of the list.
  const changeQuery = (q: string): void => {
    search.searchNow(q)
    setQuery(q)
    setActiveIndex(-1)
    setResultsScroll(0)
  }
  const changeFilters = (f: FilterState | ((prev: FilterState) => FilterState)): void => {
    setFilters(f)
    setActiveIndex(-1)
    setResultsScroll(0)
  }
  const session = useSessionSaver(
    settings.reopenLastSession,
    { query, filters, browseAll, openId: open?.id ?? null, view: studyTab ? 'study' : 'notebook' },
    restored?.resultsScroll ?? 0
  )

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
  useOpenedFiles((paths) => void sourceActions.previewOpened(paths))

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
  }, [notify, setOpen])
  const corrected = useCallback(
    (result: CorrectionResult): void => {
      notify({ level: 'info', message: result.message, action: { label: 'Undo', run: undo } })
      setRefreshKey((k) => k + 1)
      if (result.prompt) setOpen({ id: result.id, prompt: result.prompt })
      else if (result.id) setOpen(null)
    },
    [notify, undo, setOpen]
  )

  const runCommand = (command: AppCommand): void => {
    if (command === 'export') setExportOpen(true)
    else if (command === 'add-source') void addSource()
    else if (command === 'focus-search') focusSearch()
    else if (command === 'toggle-theme')
      updateSettings({ theme: nextThemePreference(settings.theme) })
    else if (command === 'backup') setBackupOpen(true)
    else if (command === 'new-question') setNewQuestionOpen(true)
    else if (command === 'settings' || command === 'about' || command === 'shortcuts')
      desktop.show(command)
    else if (command === 'go-back') history.back()
    else if (command === 'go-forward') history.forward()
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

  const restoreUndo = useRestoreUndo(notify, afterRestore)
  const studyChanged = useCallback(() => {
    setStudy({})
    setRefreshKey((k) => k + 1)
  }, [])
  const checkedNotice = useCheckedNoticeActions(settings, updateSettings, notify, studyChanged)

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
    undo,
    showShortcuts: () => desktop.show('shortcuts'),
    openSettings: () => desktop.show('settings')
  })
  useHistoryShortcuts(history)
  // The startup benchmark reads this mark: the notebook has painted with its data, ready to type.
  useEffect(() => {
    performance.mark('notebook:interactive')
  }, [])

  const openHit = useCallback(
    (hit: SearchHit) => setOpen({ id: hit.id, prompt: hit.prompt }),
    [setOpen]
  )
  const moveActive = (delta: number): void => {
    if (search.total === 0) return
    setActiveIndex(Math.max(0, Math.min(search.total - 1, shownActive + delta)))
  }

  const resultsWidth = settings.layout.resultsWidth
  const [liveWidth, setLiveWidth] = useState<number | null>(null)

  // The sidebar and the open question are memoised and get stable props, so a keystroke in
  // the search box re-renders the box and the results, not a 1,000-section tree (issue #16).
  const selection = useMemo(() => selectionOf(filters), [filters])
  const notifyError = useStableCallback((message: string) => notify({ level: 'error', message }))
  const addFromSidebar = useStableCallback(() => {
    // The file dialog and the preview take over: the overlay must not cover them.
    sidebar.close()
    void addSource()
  })
  const selectInSidebar = useStableCallback(({ source, section }: TreeSelection) => {
    if (!source) setBrowseAll(true)
    // The overlay has done its job: hand the window back to the results.
    if (sidebar.overlay) {
      sidebar.close()
      resultList.current?.focus()
    }
    changeFilters((f) => ({
      ...f,
      sources: source ? [source] : [],
      sections: section ? [section] : []
    }))
  })
  const commitLayout = useStableCallback((layout: Settings['layout']) => {
    setLiveWidth(null)
    updateSettings({ layout })
  })
  const studyChangedHere = useStableCallback((id: string, s: StudyState) =>
    setStudy((m) => ({ ...m, [id]: s }))
  )
  const toggleHideReference = useStableCallback(() =>
    updateSettings({ hideReference: !settings.hideReference })
  )
  const focusResults = useStableCallback(() => resultList.current?.focus())
  const navigation = useMemo(
    () => (
      <HistoryButtons
        canBack={history.canBack}
        canForward={history.canForward}
        onBack={history.back}
        onForward={history.forward}
      />
    ),
    [history.canBack, history.canForward, history.back, history.forward]
  )

  return (
    <SourceTitlesProvider sources={overview.sources}>
      <CheckedNoticeContext.Provider value={checkedNotice}>
        <div className="app">
          <a
            className="skip-link"
            href="#results"
            onClick={(e) => {
              e.preventDefault()
              // The list when there is one, else the results pane's first control (Browse all).
              const pane = document.getElementById('results')
              const target =
                resultList.current ?? pane?.querySelector<HTMLElement>('button, [href], [tabindex]')
              if (target) target.focus()
              else focusSearch()
            }}
          >
            Skip to results
          </a>
          <TopBar
            sidebar={sidebar}
            toggleRef={sidebarToggle}
            search={
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
            }
            status={
              <>
                <SyncConflictsButton
                  conflicts={syncConflicts.conflicts}
                  onOpen={() => setConflictsOpen(true)}
                />
                <SyncStatusButton />
              </>
            }
            progress={progress}
            studying={studyTab !== null}
            theme={settings.theme}
            onTheme={(theme) => updateSettings({ theme })}
            onNewQuestion={() => setNewQuestionOpen(true)}
            onStudy={() => setStudyTab((t) => (t ? null : 'practice'))}
            onExport={() => setExportOpen(true)}
            onBackups={() => setBackupOpen(true)}
            onAliases={() => setAliasesOpen(true)}
            onSettings={() => desktop.show('settings')}
          />
          <div className="workspace" style={studyTab ? { display: 'none' } : undefined}>
            {/* The one main landmark of the notebook view: filters, results and the open question. */}
            <main className="workspace__main">
              <div className="filterbar">
                <FilterChips
                  filters={filters}
                  sources={overview.sources}
                  onChange={changeFilters}
                />
                <div className="topbar__spacer" />
                <ResultCount
                  active={search.active}
                  loading={search.loading}
                  total={search.total}
                  catalogTotal={overview.totalEntries}
                />
              </div>
              <div className="workspace__panes">
                <div
                  className="workspace__results"
                  id="results"
                  style={{ width: liveWidth ?? resultsWidth }}
                >
                  <ResultsPane
                    ref={resultList}
                    search={search}
                    hits={hits}
                    query={query}
                    filtered={filtered}
                    catalogTotal={overview.totalEntries}
                    activeIndex={shownActive}
                    initialScroll={resultsScroll}
                    onScrolled={session.scrolled}
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
                  onCommitLayout={commitLayout}
                  onOpen={setOpen}
                  onStudyChanged={studyChangedHere}
                  onToggleHideReference={toggleHideReference}
                  onError={notifyError}
                  onCorrected={corrected}
                  onLeaveAnswer={focusResults}
                  stacked={narrow}
                  questionScroller={questionPane}
                  restoreScroll={history.scroll}
                  navigation={navigation}
                />
              </div>
            </main>
            {/* After main in the document (so Tab reaches the filters first), drawn on the left. */}
            <SidebarPanel sidebar={sidebar} toggleRef={sidebarToggle}>
              <SourceTree
                overview={overview}
                selection={selection}
                adding={adding}
                onAddSource={addFromSidebar}
                onRemoveSource={removeSource}
                onSelect={selectInSidebar}
              />
              <CatalogLists
                overview={overview}
                onOpen={setOpen}
                onCorrected={corrected}
                onError={notifyError}
              />
            </SidebarPanel>
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
            <BackupDialog
              onClose={() => {
                setBackupOpen(false)
                restoreUndo.onClosed()
              }}
              onRestored={restoreUndo.onRestored}
            />
          )}
          {conflictsOpen && (
            <SyncConflictsDialog
              conflicts={syncConflicts.conflicts}
              onClose={() => setConflictsOpen(false)}
              onResolved={(message) => {
                notify({ level: 'info', message })
                syncConflicts.refresh()
                setRefreshKey((k) => k + 1)
              }}
            />
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
              title={`Remove ${sourceLabel(sourceActions.removing)}?`}
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
          <DesktopDialogs
            {...desktop}
            notebookDir={notebookDir}
            extraSettingsSections={<LazySyncSettingsSection />}
            reopenLastSession={settings.reopenLastSession}
            onReopenLastSession={(on) => updateSettings({ reopenLastSession: on })}
            onFolderChanged={(result) => {
              // The open editor held text of the old folder; it must not save over the new one.
              setOpen(null)
              setNotebookDir(result.notebookDir)
              onSettings(result.settings)
              setRefreshKey((k) => k + 1)
              call('catalog:overview').then(onOverview, () => undefined)
            }}
          />
          {dragging && <div className="drop-overlay">Drop files or folders to preview them</div>}
          <Toasts toasts={toasts} onDismiss={dismiss} />
        </div>
      </CheckedNoticeContext.Provider>
    </SourceTitlesProvider>
  )
}
