/**
 * How the hits of one search are fetched: a small first page that comes with the query (what
 * fits on screen, so the keystroke path ranks and ships only 30 hits), then larger pages as
 * the list scrolls.
 */

/** Hits that come with the query itself. */
export const FIRST_PAGE_SIZE = 30
/** Hits per later page (loaded on scroll, or when the keyboard moves past the loaded ones). */
export const PAGE_SIZE = 200

/** The hits page `page` covers: `[offset, offset + limit)`. */
export function pageBounds(page: number): { offset: number; limit: number } {
  if (page <= 0) return { offset: 0, limit: FIRST_PAGE_SIZE }
  return { offset: FIRST_PAGE_SIZE + (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }
}

/** The page holding hit `index`. */
export function pageOf(index: number): number {
  if (index < FIRST_PAGE_SIZE) return 0
  return 1 + Math.floor((index - FIRST_PAGE_SIZE) / PAGE_SIZE)
}
