import type { SourceInfo } from '@shared/ipc/types'

/** Whether a source can be removed from the sidebar (My questions and seeds cannot). */
export function isRemovable(source: SourceInfo): boolean {
  return !source.builtIn && !source.path.startsWith('notebook:')
}
