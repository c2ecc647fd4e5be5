/** The labels of the loaded sources keyed by the file name their references carry. */
import type { SourceInfo } from '../../../shared/ipc/types'

/**
 * SourceRef.file → label. A single-file source's document goes by the source's own name; a
 * folder's documents keep their names (the folder's label would not say which file).
 */
export function labelsByFile(sources: readonly SourceInfo[]): Record<string, string> {
  const labels: Record<string, string> = {}
  for (const s of sources) if (s.kind === 'file' && s.title) labels[s.name] = s.title
  return labels
}
