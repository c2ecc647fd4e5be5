/**
 * Which questions a practice session shows, and in what order: due first (most overdue first),
 * then never-reviewed questions in catalog order, then the rest (earliest due first) for
 * studying ahead. Pure: the catalog, the study states and the clock come in as data.
 */
import { sectionOf } from '../catalog/occurrenceSections'
import type { CatalogEntry } from '../types'
import type { StudyState } from '../../study'
import type { ScopeFilters, SessionCard, StudyScope, StudySessionStart } from './types'

export const DEFAULT_SESSION_LIMIT = 20

/** Everything scope selection needs to know about the notebook. */
export interface ScopeContext {
  entries: readonly CatalogEntry[]
  /** The effective study state of an entry (stored, or its checklist-derived start). */
  studyOf: (entry: CatalogEntry) => StudyState
  /** Whether the user has written "My answer" for the entry. */
  isAnswered: (id: string) => boolean
  now: number
  /** End of the local day (exclusive): what "later today" and an early session reach. */
  dueBy?: number
  /** Treat cards due before `dueBy` as due now (the user asked to study ahead). */
  early?: boolean
  /**
   * For a search scope: ids the notebook's search matched, best first. Without it the query is
   * matched as plain words against prompts and reference answers.
   */
  searchIds?: readonly string[]
  /** The document names a source stands for (a folder has several); default: the name itself. */
  filesOf?: (source: string) => string[]
}

function filesOf(ctx: ScopeContext, source: string): string[] {
  return ctx.filesOf ? ctx.filesOf(source) : [source]
}

/** True when an entry passes every filter that is set. */
export function matchesFilters(
  entry: CatalogEntry,
  filters: ScopeFilters | undefined,
  study: StudyState,
  answered: boolean
): boolean {
  if (!filters) return true
  if (filters.sources?.length && !entry.occurrences.some((o) => filters.sources!.includes(o.file)))
    return false
  if (filters.sections?.length && !entry.sections.some((s) => filters.sections!.includes(s)))
    return false
  if (filters.status?.length && !filters.status.includes(study.status)) return false
  if (filters.answered !== undefined && filters.answered !== answered) return false
  if (filters.checked !== undefined && (entry.checked === true) !== filters.checked) return false
  if (filters.favourite !== undefined && study.favourite !== filters.favourite) return false
  return true
}

/** Every query word appears in the prompt or a reference answer (case-insensitive). */
export function matchesPlainQuery(entry: CatalogEntry, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = [entry.prompt, ...entry.answers.map((a) => a.markdown)].join('\n').toLowerCase()
  return words.every((w) => haystack.includes(w))
}

/** True when the question has a schedule and is due at or before `now`. */
export function isDue(study: StudyState, now: number): boolean {
  return study.schedule !== undefined && study.schedule.due <= now
}

/** The entries a scope covers, in catalog order (search rank order for a search scope). */
export function entriesInScope(scope: StudyScope, ctx: ScopeContext): CatalogEntry[] {
  const { entries, studyOf, isAnswered } = ctx
  switch (scope.kind) {
    case 'all':
      return [...entries]
    case 'source': {
      const files = filesOf(ctx, scope.source)
      return entries.filter((e) => e.occurrences.some((o) => files.includes(o.file)))
    }
    case 'section':
      // With a source, the section must be the entry's heading in that source, not elsewhere.
      return entries.filter((e) =>
        scope.source === undefined
          ? e.sections.includes(scope.section)
          : e.occurrences.some(
              (o) => filesOf(ctx, scope.source!).includes(o.file) && sectionOf(o) === scope.section
            )
      )
    case 'search': {
      const ranked = ctx.searchIds
        ? orderByIds(entries, ctx.searchIds)
        : entries.filter((e) => matchesPlainQuery(e, scope.query))
      const filters = scope.filters?.sources
        ? { ...scope.filters, sources: scope.filters.sources.flatMap((s) => filesOf(ctx, s)) }
        : scope.filters
      return ranked.filter((e) => matchesFilters(e, filters, studyOf(e), isAnswered(e.id)))
    }
    case 'favourites':
      return entries.filter((e) => studyOf(e).favourite)
    case 'unanswered':
      return entries.filter((e) => !isAnswered(e.id))
    case 'unchecked':
      return entries.filter((e) => e.checked === false)
    case 'due':
      return entries.filter(
        (e) => isDue(studyOf(e), dueLimit(ctx)) || isLaterToday(studyOf(e), ctx)
      )
  }
}

function orderByIds(entries: readonly CatalogEntry[], ids: readonly string[]): CatalogEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]))
  return ids.flatMap((id) => {
    const entry = byId.get(id)
    return entry ? [entry] : []
  })
}

/** Builds the card list of a new session for `scope`, at most `limit` cards. */
export function buildSession(
  scope: StudyScope,
  ctx: ScopeContext,
  limit = DEFAULT_SESSION_LIMIT
): StudySessionStart {
  const inScope = entriesInScope(scope, ctx).map((entry) => ({ entry, study: ctx.studyOf(entry) }))
  const later = inScope.filter((m) => isLaterToday(m.study, ctx))
  // The due scope lists later-today cards only to count them; it studies them when early.
  const matched =
    scope.kind === 'due' ? inScope.filter((m) => isDue(m.study, dueLimit(ctx))) : inScope
  const due = matched
    .filter((m) => isDue(m.study, dueLimit(ctx)))
    .sort((a, b) => a.study.schedule!.due - b.study.schedule!.due)
  const fresh = matched.filter((m) => m.study.schedule === undefined)
  const ahead = matched
    .filter((m) => m.study.schedule !== undefined && !isDue(m.study, dueLimit(ctx)))
    .sort((a, b) => a.study.schedule!.due - b.study.schedule!.due)
  const ordered = scope.kind === 'due' ? due : [...due, ...fresh, ...ahead]
  const cards: SessionCard[] = ordered.slice(0, limit).map(({ entry, study }) => ({
    id: entry.id,
    prompt: entry.prompt,
    sections: entry.sections,
    status: study.status,
    due: study.schedule?.due ?? null
  }))
  const laterToday =
    later.length === 0
      ? null
      : {
          count: later.length,
          learning: later.filter((m) => m.study.status === 'learning').length,
          nextDue: later.reduce((soonest, m) => Math.min(soonest, m.study.schedule!.due), Infinity)
        }
  return { cards, matched: matched.length, dueNow: due.length, laterToday, startedAt: ctx.now }
}

/** The moment up to which a card counts as due: now, or the end of today when studying early. */
function dueLimit(ctx: ScopeContext): number {
  return ctx.early && ctx.dueBy !== undefined ? Math.max(ctx.now, ctx.dueBy - 1) : ctx.now
}

/** Due after now but before the end of today (and not already counted as due). */
function isLaterToday(study: StudyState, ctx: ScopeContext): boolean {
  const due = study.schedule?.due
  return due !== undefined && ctx.dueBy !== undefined && due > dueLimit(ctx) && due < ctx.dueBy
}
