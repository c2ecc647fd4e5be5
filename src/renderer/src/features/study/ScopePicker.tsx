/** Chooses what a practice session draws from, and how many cards at most. */
import { useEffect, useState } from 'react'
import type { ScopeFilters, StudyScope } from '@shared/domain/study/types'
import type { SourceInfo } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { sourceLabel } from '@renderer/hooks/sourceTitles'
import { SCOPE_KINDS } from './scopeLabel'

export interface ScopePickerProps {
  initial?: StudyScope
  /** Cards due today, shown next to "Due for review"; null while unknown. */
  dueToday: number | null
  busy: boolean
  message: string | null
  /** A button beside the message (say, "Study them now" for cards due later today). */
  action?: { label: string; run: () => void }
  onStart: (scope: StudyScope, limit: number) => void
}

const LIMITS = [10, 20, 50, 100]

function buildScope(
  kind: StudyScope['kind'],
  source: string,
  section: string,
  query: string,
  filters: ScopeFilters | undefined
): StudyScope | null {
  switch (kind) {
    case 'source':
      return source ? { kind, source } : null
    case 'section':
      return section ? { kind, section, ...(source ? { source } : {}) } : null
    case 'search':
      return { kind, query: query.trim(), ...(filters ? { filters } : {}) }
    default:
      return { kind }
  }
}

export function ScopePicker(props: ScopePickerProps) {
  const { initial, dueToday, busy, message, action, onStart } = props
  const [chosen, setChosen] = useState<StudyScope['kind'] | null>(initial?.kind ?? null)
  // "Due for review" with nothing due only leads to "Nothing is due": until the user (or the
  // notebook's search) picks a scope, start from everything instead.
  const kind = chosen ?? (dueToday === 0 ? 'all' : 'due')
  const [source, setSource] = useState(
    initial?.kind === 'source' || initial?.kind === 'section' ? (initial.source ?? '') : ''
  )
  const [section, setSection] = useState(initial?.kind === 'section' ? initial.section : '')
  const [query, setQuery] = useState(initial?.kind === 'search' ? initial.query : '')
  const [limit, setLimit] = useState(20)
  const [sources, setSources] = useState<SourceInfo[]>([])

  useEffect(() => {
    let live = true
    call('catalog:overview').then(
      (overview) => live && setSources(overview.sources.filter((s) => s.itemCount > 0)),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [])

  const sections = [
    ...new Set(
      sources
        .filter((s) => !source || s.name === source)
        .flatMap((s) => s.sections.map((x) => x.name))
    )
  ]
  // Filters come only from the notebook's search ("practise these results"); kept as given.
  const filters = initial?.kind === 'search' ? initial.filters : undefined
  const scope = buildScope(kind, source, section, query, filters)

  return (
    <form
      className="scope"
      onSubmit={(e) => {
        e.preventDefault()
        if (scope) onStart(scope, limit)
      }}
      data-testid="scope-picker"
    >
      <h2 className="scope__title">Practise</h2>
      <p className="scope__lead">
        Each card shows the question only. Answer it, reveal with <kbd>Space</kbd>, grade yourself
        with <kbd>1</kbd>–<kbd>4</kbd>; spaced repetition (FSRS) decides when it comes back.
      </p>
      <fieldset className="scope__kinds">
        <legend>Questions from</legend>
        {SCOPE_KINDS.map((k) => (
          <label key={k.kind} className={`scope__kind${kind === k.kind ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="scope-kind"
              value={k.kind}
              checked={kind === k.kind}
              onChange={() => setChosen(k.kind)}
            />
            {k.label}
            {k.kind === 'due' && dueToday !== null && (
              <span className="badge" data-testid="due-today-badge">
                {dueToday} today
              </span>
            )}
          </label>
        ))}
      </fieldset>

      {(kind === 'source' || kind === 'section') && (
        <label className="scope__field">
          Source
          <select className="input" value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">{kind === 'section' ? 'Any source' : 'Choose a source…'}</option>
            {sources.map((s) => (
              <option key={s.path} value={s.name} title={s.name}>
                {sourceLabel(s)}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'section' && (
        <label className="scope__field">
          Section
          <select className="input" value={section} onChange={(e) => setSection(e.target.value)}>
            <option value="">Choose a section…</option>
            {sections.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'search' && (
        <label className="scope__field">
          Search
          <input
            className="input"
            value={query}
            placeholder="e.g. middleware, GIL, async"
            onChange={(e) => setQuery(e.target.value)}
            data-testid="scope-query"
          />
          {filters && <span className="scope__hint">With the current notebook filters.</span>}
        </label>
      )}

      <div className="scope__footer">
        <label className="scope__field scope__field--inline">
          At most
          <select
            className="input"
            value={limit}
            onChange={(e) => setLimit(Number(e.target.value))}
          >
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n} cards
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="btn btn--primary"
          disabled={!scope || busy}
          data-testid="start-session"
        >
          Start session
        </button>
      </div>
      {message && (
        <p className="scope__message" role="status" data-testid="scope-message">
          {message}
          {action && (
            <button
              type="button"
              className="btn btn--small scope__action"
              disabled={busy}
              data-testid="scope-action"
              onClick={action.run}
            >
              {action.label}
            </button>
          )}
        </p>
      )}
    </form>
  )
}
