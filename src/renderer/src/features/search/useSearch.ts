/**
 * Search as you type: debounced requests, a request counter so only the latest keystroke's
 * results are shown, and page-by-page loading so a 50,000-hit result list stays cheap.
 * While a new search runs the previous results stay on screen (no flicker), marked loading.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SearchHit } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { buildSearchRequest, hasActiveFilters, type FilterState } from './filterState'

/** Hits fetched per request; further pages load as the list scrolls. */
export const PAGE_SIZE = 200

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
  options: { debounceMs?: number; browseAll?: boolean; refreshKey?: number } = {}
): UseSearchResult {
  const { debounceMs = 60, browseAll = false, refreshKey = 0 } = options
  const [result, setResult] = useState<StoredResult | null>(null)
  const latest = useRef(0)
  const pages = useRef<PageLoader>(newLoader(''))

  const active = query.trim().length > 0 || hasActiveFilters(filters) || browseAll
  const key = JSON.stringify([query.trim(), filters, refreshKey])

  useEffect(() => {
    // Every change bumps the counter, so answers to earlier requests are dropped on arrival.
    const id = ++latest.current
    pages.current = newLoader(key)
    if (!active) return
    const [q, f] = JSON.parse(key) as [string, FilterState]
    let attempts = 0
    const run = (): void => {
      call('search:query', buildSearchRequest(q, f, { limit: PAGE_SIZE })).then(
        (res) => {
          if (id !== latest.current) return
          // The engine keeps one query in flight; if something else displaced ours, ask again.
          if (res.cancelled) {
            if (++attempts < 3) run()
            return
          }
          const hits: Array<SearchHit | undefined> = new Array(res.total)
          res.hits.forEach((hit, i) => (hits[i] = hit))
          pages.current.ready = true
          setResult({
            key,
            total: res.total,
            hits,
            fallback: res.fallback,
            didYouMean: res.didYouMean ?? null,
            tookMs: res.tookMs,
            error: null
          })
        },
        (error: Error) => {
          if (id !== latest.current) return
          setResult({
            key,
            total: 0,
            hits: [],
            fallback: false,
            didYouMean: null,
            tookMs: 0,
            error: error.message
          })
        }
      )
    }
    const timer = setTimeout(run, debounceMs)
    return () => clearTimeout(timer)
  }, [key, active, debounceMs])

  const ensureRange = useCallback((start: number, end: number) => {
    const loader = pages.current
    loader.wanted = [
      Math.floor(Math.max(0, start) / PAGE_SIZE),
      Math.floor(Math.max(0, end) / PAGE_SIZE)
    ]
    pump(loader, () => pages.current === loader, setResult)
  }, [])

  let state: SearchState
  if (!active) state = IDLE
  else if (!result) state = { ...IDLE, active: true, loading: true }
  else state = { ...result, active: true, loading: result.key !== key }
  return { ...state, ensureRange }
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
  const request = buildSearchRequest(q, f, { limit: PAGE_SIZE, offset: page * PAGE_SIZE })
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
          res.hits.forEach((hit, i) => (hits[page * PAGE_SIZE + i] = hit))
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
