/**
 * Files the OS opened with the app (double-click, "Open with", a second launch) go to the same
 * import preview as dropped files. Main holds them until asked, so files opened while the
 * window was still loading are taken on mount, later ones when main announces them.
 */
import { useEffect, useRef } from 'react'
import { call, subscribe } from '@renderer/api/notebookClient'

export function useOpenedFiles(onPaths: (paths: string[]) => void): void {
  const ref = useRef(onPaths)
  useEffect(() => {
    ref.current = onPaths
  })
  useEffect(() => {
    let live = true
    const take = (): void => {
      call('app:takeOpenedFiles').then(
        (paths) => {
          if (live && paths.length > 0) ref.current(paths)
        },
        () => undefined
      )
    }
    const off = subscribe('app:files-opened', take)
    take()
    return () => {
      live = false
      off()
    }
  }, [])
}
