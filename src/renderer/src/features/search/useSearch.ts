/**
 * Search as you type: each keystroke's query goes out at once (no debounce); while one is in
 * flight only the newest waiting query is kept (see LatestOnly), so only the latest
 * keystroke's results are shown. The first 30 hits come with the query, further pages load as
 * the list scrolls, so a 50,000-hit result list stays cheap. While a new search runs the
 * previous results stay on screen (no flicker), marked loading. A typed query leaves from the
 * input's change handler (searchNow), before React renders the keystroke.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { SearchHit, SearchResponse } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { buildSearchRequest, hasActiveFilters, type FilterState } from './filterState'
import { LatestOnly } from './latestOnly'
import { pageBounds, pageOf } from './resultPages'

export interface SearchState {
  /** False while the query is empty and nothing is filtered (the "start typing" state). */
  active: boolean
  loading: boolean
  total: number
  /** Sparse: index → hit, filled page by page. */
  hits: Array<SearchHit | undefined>
  fallback: boolean
  /** The query with unknown words corrected ("Did you mean …?"), or null. */
  didYouMean: string | null
  tookMs: number
  error: string | null
}

export interface UseSearchResult extends SearchState {
  /** Makes sure hits `[start, end]` are loaded (called by the virtual list). */
  ensureRange: (start: number, end: number) => void
  /** Starts the search for `query` (with the current filters) at once; call before setting it. */
  searchNow: (query: string) => void
}

interface StoredResult {
  /** The request key these results answer. */
  key: string
  total: number
  hits: Array<SearchHit | undefined>
  fallback: boolean
  didYouMean: string | null
  tookMs: number
  error: string | null
}

const IDLE: SearchState = {
  active: false,
  loading: false,
  total: 0,
  hits: [],
  fallback: false,
  didYouMean: null,
  tookMs: 0,
  error: null
}

/**
 * @param browseAll list everything when the query and filters are empty.
 * @param refreshKey bump to re-run the current search (catalog or notes changed).
 */
export function useSearch(
  query: string,
  filters: FilterState,
  options: { browseAll?: boolean; refreshKey?: number } = {}
): UseSearchResult {
  const { browseAll = false, refreshKey = 0 } = options
  const [result, setResult] = useState<StoredResult | null>(null)
  const gate = useRef<LatestOnly<SearchResponse> | null>(null)
  gate.current ??= new LatestOnly<SearchResponse>()
  const pages = useRef<PageLoader>(newLoader(''))

  const active = query.trim().length > 0 || hasActiveFilters(filters) || browseAll
  const key = JSON.stringify([query.trim(), filters, refreshKey])

  // The request for one key; sent from the keystroke's handler (searchNow) or, for a query set
  // any other way (session restore, "Did you mean", filters), from the effect after render.
  const submitted = useRef<string | null>(null)
  const send = (forKey: string): void => {
    submitted.current = forKey
    pages.current = newLoader(forKey)
    const [q, f] = JSON.parse(forKey) as [string, FilterState]
    // The list shows prompts only: the other fields' ranges would be computed for nothing.
    const request = buildSearchRequest(q, f, { ...pageBounds(0), ranges: 'prompt' })
    const requests = gate.current!
    let attempts = 0
    const submit = (): void => {
      requests.submit(() => call('search:query', request), {
        onResult: (res) => {
          // The engine keeps one query in flight; if a page load displaced ours, ask again.
          if (res.cancelled) {
            if (++attempts < 3) submit()
            return
          }
          const hits: Array<SearchHit | undefined> = new Array(res.total)
          res.hits.forEach((hit, i) => (hits[i] = hit))
          pages.current.ready = true
          // Rendered now, not in a later scheduler task: the results make the next frame.
          flushSync(() =>
            setResult({
              key: forKey,
              total: res.total,
              hits,
              fallback: res.fallback,
              didYouMean: res.didYouMean ?? null,
              tookMs: res.tookMs,
              error: null
            })
          )
        },
        onError: (error) =>
          setResult({
            key: forKey,
            total: 0,
            hits: [],
            fallback: false,
            didYouMean: null,
            tookMs: 0,
            error: error.message
          })
      })
    }
    submit()
  }

  useEffect(() => {
    if (!active) {
      submitted.current = null
      pages.current = newLoader(key)
      gate.current!.cancel()
      return
    }
    if (submitted.current !== key) send(key)
  }, [key, active])

  /** Sends the search for a query about to be set, before React renders the keystroke. */
  const searchNow = (nextQuery: string): void => {
    const nextKey = JSON.stringify([nextQuery.trim(), filters, refreshKey])
    const nextActive = nextQuery.trim().length > 0 || hasActiveFilters(filters) || browseAll
    if (nextActive && submitted.current !== nextKey) send(nextKey)
  }

  const ensureRange = useCallback((start: number, end: number) => {
    const loader = pages.current
    loader.wanted = [pageOf(Math.max(0, start)), pageOf(Math.max(0, end))]
    pump(loader, () => pages.current === loader, setResult)
  }, [])

  let state: SearchState
  if (!active) state = IDLE
  else if (!result) state = { ...IDLE, active: true, loading: true }
  else state = { ...result, active: true, loading: result.key !== key }
  return { ...state, ensureRange, searchNow }
}

/** Page loading state for one request key. */
interface PageLoader {
  key: string
  /** True once the first page of this key has arrived. */
  ready: boolean
  loaded: Set<number>
  inFlight: boolean
  /** First and last page the list currently shows. */
  wanted: [number, number]
}

function newLoader(key: string): PageLoader {
  return { key, ready: false, loaded: new Set([0]), inFlight: false, wanted: [0, 0] }
}

/**
 * Loads the pages the list shows, one request at a time: the engine answers only the newest
 * query, so parallel page requests would cancel each other (or the first page of a new search).
 */
function pump(
  loader: PageLoader,
  isCurrent: () => boolean,
  setResult: (update: (r: StoredResult | null) => StoredResult | null) => void
): void {
  if (!loader.ready || loader.inFlight || !isCurrent()) return
  let page = -1
  for (let p = loader.wanted[0]; p <= loader.wanted[1]; p++)
    if (!loader.loaded.has(p)) {
      page = p
      break
    }
  if (page < 0) return
  loader.inFlight = true
  const [q, f] = JSON.parse(loader.key) as [string, FilterState]
  const bounds = pageBounds(page)
  const request = buildSearchRequest(q, f, { ...bounds, ranges: 'prompt' })
  const next = (): void => {
    loader.inFlight = false
    pump(loader, isCurrent, setResult)
  }
  call('search:query', request).then(
    (res) => {
      if (!isCurrent()) return
      if (!res.cancelled) {
        loader.loaded.add(page)
        setResult((r) => {
          if (!r || r.key !== loader.key) return r
          const hits = r.hits.slice()
          res.hits.forEach((hit, i) => (hits[bounds.offset + i] = hit))
          return { ...r, hits }
        })
      }
      next()
    },
    () => {
      // Give up on this page for now; scrolling asks again.
      loader.inFlight = false
    }
  )
}
