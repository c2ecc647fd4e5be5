/**
 * "N items checked in the file start as Learning": the sidebar says it once per source, until
 * dismissed or reset; the dismissal is kept in the settings (machine-local).
 */
import { createContext, useContext } from 'react'
import type { SourceInfo } from '@shared/ipc/types'

export interface CheckedNoticeActions {
  /** Paths of sources whose notice was dismissed (Settings.dismissedCheckedNotices). */
  dismissed: readonly string[]
  onDismiss: (source: SourceInfo) => void
  /** "Reset to New": the source's checked questions nobody has changed go back to New. */
  onReset: (source: SourceInfo) => void
}

/** No provider (a test rendering the tree alone): nothing to show, nothing to do. */
export const CheckedNoticeContext = createContext<CheckedNoticeActions | null>(null)

/** The actions, or null without a provider. */
export function useCheckedNotice(): CheckedNoticeActions | null {
  return useContext(CheckedNoticeContext)
}

/** Items ticked `[x]` in the source's documents, from their parse reports. */
export function checkedCount(source: Pick<SourceInfo, 'parseReports'>): number {
  return (source.parseReports ?? []).reduce((sum, r) => sum + (r.checked ?? 0), 0)
}

/** "38 items checked in the file start as Learning" (files of a folder: "in its files"). */
export function checkedMessage(count: number, kind: SourceInfo['kind']): string {
  const items = count === 1 ? '1 item' : `${count.toLocaleString()} items`
  const where = kind === 'folder' ? 'in its files' : 'in the file'
  return `${items} checked ${where} ${count === 1 ? 'starts' : 'start'} as Learning`
}
