/** Files or folders dragged onto the window go to the import preview (never added directly). */
import { useEffect, useRef, useState } from 'react'
import type { NotebookApi } from '@shared/ipc/api'

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/**
 * Listens for file drops on the window; `onPaths` gets the dropped paths (or `onUnreadable` when
 * none could be resolved). Returns whether files are being dragged over the window.
 */
export function useDropSources(
  onPaths: (paths: string[]) => void,
  onUnreadable: () => void
): boolean {
  const [over, setOver] = useState(false)
  const ref = useRef({ onPaths, onUnreadable })
  useEffect(() => {
    ref.current = { onPaths, onUnreadable }
  })
  useEffect(() => {
    let depth = 0
    const enter = (e: DragEvent): void => {
      if (!hasFiles(e)) return
      e.preventDefault()
      depth++
      setOver(true)
    }
    const overWindow = (e: DragEvent): void => {
      if (!hasFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (): void => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setOver(false)
    }
    const drop = (e: DragEvent): void => {
      if (!hasFiles(e)) return
      // The browser would otherwise open the file in place of the app.
      e.preventDefault()
      depth = 0
      setOver(false)
      const api = (window as Window & { notebook?: NotebookApi }).notebook
      const files = Array.from(e.dataTransfer?.files ?? [])
      if (!api?.pathForFile || files.length === 0) return ref.current.onUnreadable()
      void Promise.all(files.map((f) => api.pathForFile!(f).catch(() => null))).then((paths) => {
        const found = paths.filter((p): p is string => typeof p === 'string' && p.length > 0)
        if (found.length > 0) ref.current.onPaths(found)
        else ref.current.onUnreadable()
      })
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', overWindow)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', overWindow)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
  return over
}
