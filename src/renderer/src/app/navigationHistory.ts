/**
 * Back / Forward through the questions the user opened, as a browser's history: opening a
 * question drops whatever was ahead and appends it; Back and Forward move along the list. In
 * memory only, capped, and immutable (every function returns a new history) so React state
 * can hold it directly.
 */

/** One visited question and where its pane was scrolled when the user left it. */
export interface Visit {
  id: string
  prompt: string
  /** The question pane's scrollTop when the user moved on (0 until then). */
  scroll: number
}

export interface NavigationHistory {
  readonly visits: readonly Visit[]
  /** The visit on screen; -1 when the history is empty. */
  readonly index: number
}

/** Enough for a day of following links; the oldest visits go first. */
export const HISTORY_LIMIT = 100

export const EMPTY_HISTORY: NavigationHistory = { visits: [], index: -1 }

/** The visit on screen, or null. */
export function currentVisit(history: NavigationHistory): Visit | null {
  return history.visits[history.index] ?? null
}

export function canGoBack(history: NavigationHistory): boolean {
  return history.index > 0
}

export function canGoForward(history: NavigationHistory): boolean {
  return history.index >= 0 && history.index < history.visits.length - 1
}

/**
 * Opens `question`: reopening the one on screen only refreshes its prompt (a correction
 * renamed it); anything else drops the visits ahead, appends it and trims to `limit`.
 */
export function visit(
  history: NavigationHistory,
  question: { id: string; prompt: string },
  limit = HISTORY_LIMIT
): NavigationHistory {
  const here = currentVisit(history)
  if (here && here.id === question.id) {
    if (here.prompt === question.prompt) return history
    return replaceCurrent(history, { ...here, prompt: question.prompt })
  }
  const visits = [
    ...history.visits.slice(0, history.index + 1),
    { id: question.id, prompt: question.prompt, scroll: 0 }
  ].slice(-Math.max(1, limit))
  return { visits, index: visits.length - 1 }
}

/** One step back; the same history when there is nothing behind. */
export function goBack(history: NavigationHistory): NavigationHistory {
  return canGoBack(history) ? { ...history, index: history.index - 1 } : history
}

/** One step forward; the same history when there is nothing ahead. */
export function goForward(history: NavigationHistory): NavigationHistory {
  return canGoForward(history) ? { ...history, index: history.index + 1 } : history
}

/** Remembers how far the question on screen is scrolled, for when the user comes back to it. */
export function rememberScroll(history: NavigationHistory, scroll: number): NavigationHistory {
  const here = currentVisit(history)
  if (!here || here.scroll === scroll || !Number.isFinite(scroll)) return history
  return replaceCurrent(history, { ...here, scroll: Math.max(0, scroll) })
}

function replaceCurrent(history: NavigationHistory, next: Visit): NavigationHistory {
  const visits = history.visits.slice()
  visits[history.index] = next
  return { visits, index: history.index }
}
