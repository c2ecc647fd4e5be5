/** Makes the sources' derived titles available to every view below (see sourceTitles.ts). */
import { useMemo, type ReactNode } from 'react'
import type { SourceInfo } from '@shared/ipc/types'
import { SourceTitlesContext, sourceTitleMap } from './sourceTitles'

/** Provides file name → title for `sources`. */
export function SourceTitlesProvider(props: {
  sources: readonly SourceInfo[]
  children: ReactNode
}) {
  const { sources, children } = props
  const titles = useMemo(() => sourceTitleMap(sources), [sources])
  return <SourceTitlesContext.Provider value={titles}>{children}</SourceTitlesContext.Provider>
}
