/** Loads `app:bootstrap` once and keeps the overview and settings fresh afterwards. */
import { useCallback, useEffect, useState } from 'react'
import type { Bootstrap, CatalogOverview } from '@shared/ipc/types'
import type { Settings } from '@shared/settings'
import { call, subscribe } from '@renderer/api/notebookClient'

export type BootState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; boot: Bootstrap }

export interface BootstrapApi {
  state: BootState
  retry: () => void
  setOverview: (overview: CatalogOverview) => void
  setSettings: (settings: Settings) => void
}

export function useBootstrap(): BootstrapApi {
  const [state, setState] = useState<BootState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    call('app:bootstrap').then(
      (boot) => live && setState({ status: 'ready', boot }),
      (error: Error) => live && setState({ status: 'error', message: error.message })
    )
    return () => {
      live = false
    }
  }, [attempt])

  const setOverview = useCallback((overview: CatalogOverview) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', boot: { ...s.boot, overview } } : s))
  }, [])
  const setSettings = useCallback((settings: Settings) => {
    setState((s) => (s.status === 'ready' ? { status: 'ready', boot: { ...s.boot, settings } } : s))
  }, [])

  useEffect(() => subscribe('catalog:changed', setOverview), [setOverview])

  return {
    state,
    retry: () => {
      setState({ status: 'loading' })
      setAttempt((n) => n + 1)
    },
    setOverview,
    setSettings
  }
}
