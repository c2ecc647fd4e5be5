/** The root: bootstraps from the main process, then renders the notebook. */
import { useResolvedTheme } from '@renderer/hooks/useResolvedTheme'
import { setUserAliasGroups } from '@renderer/features/check/userAliasTable'
import { Notebook } from './Notebook'
import { useBootstrap } from './useBootstrap'

export function App() {
  const { state, retry, setOverview, setSettings } = useBootstrap()
  // Before settings arrive the system theme applies, so the first frame is not a white flash.
  useResolvedTheme(state.status === 'ready' ? state.boot.settings.theme : 'system')

  if (state.status === 'loading')
    return (
      <div className="boot" aria-busy="true" role="status">
        <span className="spinner" aria-hidden="true" /> Opening your notebook…
      </div>
    )
  if (state.status === 'error')
    return (
      <div className="boot" role="alert">
        <p>The notebook could not start: {state.message}</p>
        <button type="button" className="btn" onClick={retry}>
          Try again
        </button>
      </div>
    )
  // "Check my answer" matches through the user's aliases too (idempotent, cheap to repeat).
  setUserAliasGroups(state.boot.settings.aliases)
  return <Notebook boot={state.boot} onOverview={setOverview} onSettings={setSettings} />
}
