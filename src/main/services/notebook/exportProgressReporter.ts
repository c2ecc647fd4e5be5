/** Turns the writer's many byte-level progress calls into a few `{ done, total }` reports. */
import type { ExportProgress } from '../export/writeExportFiles'

/** One report per whole percent (and the last one), so a big export sends ~100 events. */
export function exportProgressReporter(
  send: (progress: { done: number; total: number }) => void
): (progress: ExportProgress) => void {
  let lastPercent = -1
  return ({ bytesWritten, totalBytes }) => {
    const total = Math.max(totalBytes, 1)
    const done = Math.min(bytesWritten, total)
    const percent = Math.floor((done / total) * 100)
    if (percent === lastPercent) return
    lastPercent = percent
    send({ done, total })
  }
}
