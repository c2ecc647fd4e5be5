/**
 * Source titles for every view that names a source by its file (question view, Progress table):
 * the notebook provides the overview's sources once (SourceTitlesProvider); views ask for a
 * label by file name.
 */
import { createContext, useContext } from 'react'
import type { SourceInfo } from '@shared/ipc/types'

/** File name → derived title; empty when no provider is mounted (labels stay file names). */
export const SourceTitlesContext = createContext<ReadonlyMap<string, string>>(new Map())

/**
 * The label a source goes by in every view (sidebar, chips, dialogs, tabs, study card): main
 * sets `title` to a label distinct among the sources (shared/domain/sources/sourceLabels).
 */
export function sourceLabel(source: Pick<SourceInfo, 'name' | 'title'>): string {
  return source.title ?? source.name
}

/** File name → label, for the sources that have one. */
export function sourceTitleMap(sources: readonly SourceInfo[]): Map<string, string> {
  const map = new Map<string, string>()
  for (const s of sources) if (s.title) map.set(s.name, sourceLabel(s))
  return map
}

/** A function from a file name (SourceRef.file) to its title, or the file name itself. */
export function useSourceTitle(): (file: string) => string {
  const titles = useContext(SourceTitlesContext)
  return (file) => titles.get(file) ?? file
}
