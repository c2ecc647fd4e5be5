/**
 * The Sync section: remote URL, token, automatic syncs, "Sync now" and the last result. Self-
 * contained, so it can sit in its own dialog now and in the Settings dialog later.
 */
import { useState, type FormEvent } from 'react'
import type { SyncSettings as Settings, SyncStatus } from '@shared/ipc/syncTypes'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { Icon } from '@renderer/components/Icon'
import { shortStatus } from './useSyncStatus'
import './SyncSettings.css'

export interface SyncSettingsProps {
  status: SyncStatus
  onStatus: (status: SyncStatus) => void
  /** False inside Settings, where the dialog's first section takes the focus. */
  autoFocus?: boolean
}

export function SyncSettings({ status, onStatus, autoFocus = true }: SyncSettingsProps) {
  const [remote, setRemote] = useState(status.settings.remoteUrl)
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)

  const run = async (work: () => Promise<SyncStatus | void>, done?: string): Promise<void> => {
    setError(null)
    setSaved(null)
    try {
      const next = await work()
      if (next) onStatus(next)
      if (done) setSaved(done)
    } catch (e) {
      setError(errorMessage(e))
    }
  }
  const configure = (patch: Partial<Settings>, done?: string) =>
    run(() => call('sync:configure', patch), done)

  const saveRemote = (e: FormEvent): void => {
    e.preventDefault()
    void configure({ remoteUrl: remote }, remote.trim() ? 'Remote saved.' : 'Remote removed.')
  }
  const saveToken = (e: FormEvent): void => {
    e.preventDefault()
    void run(async () => {
      const next = await call('sync:setToken', token.trim())
      setToken('')
      return next
    }, 'Token saved, encrypted by your system.')
  }
  const last = status.last
  const settings = status.settings

  return (
    <div className="sync" data-testid="sync-settings">
      <form className="sync__field" onSubmit={saveRemote}>
        <label className="sync__label" htmlFor="sync-remote">
          Remote repository
        </label>
        <div className="sync__row">
          <input
            id="sync-remote"
            className="input sync__grow"
            // Not type="url": the browser would block an ssh address before our sentence says why.
            type="text"
            inputMode="url"
            placeholder="https://github.com/you/notes.git"
            spellCheck={false}
            value={remote}
            onChange={(e) => setRemote(e.target.value)}
            data-autofocus={autoFocus || undefined}
          />
          <button type="submit" className="btn" disabled={remote === settings.remoteUrl}>
            Save
          </button>
        </div>
        <span className="sync__hint">
          An https address (GitHub, GitLab, Gitea…). SSH remotes are not supported.
        </span>
      </form>

      <form className="sync__field" onSubmit={saveToken}>
        <label className="sync__label" htmlFor="sync-token">
          Access token
        </label>
        <div className="sync__row">
          <input
            id="sync-token"
            className="input sync__grow"
            type="password"
            autoComplete="off"
            placeholder={status.tokenSet ? 'A token is set' : 'Paste a personal access token'}
            value={token}
            disabled={!status.tokenStorage}
            onChange={(e) => setToken(e.target.value)}
          />
          <button type="submit" className="btn" disabled={!token.trim()}>
            Save token
          </button>
          {status.tokenSet && (
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => void run(() => call('sync:clearToken'), 'Token removed.')}
            >
              Remove
            </button>
          )}
        </div>
        <span className="sync__hint" data-testid="sync-token-state">
          {!status.tokenStorage
            ? 'This computer cannot encrypt a token: only public or local remotes sync.'
            : status.tokenSet
              ? 'A token is set. It is kept encrypted by your system and never shown again.'
              : 'Needs permission to read and write the repository. Kept encrypted by your system.'}
        </span>
      </form>

      <fieldset className="sync__auto">
        <legend className="sync__label">Automatic sync</legend>
        <label className="sync__check">
          <input
            type="checkbox"
            checked={settings.onStart}
            onChange={(e) => void configure({ onStart: e.target.checked })}
          />
          When the app starts
        </label>
        <label className="sync__check">
          <input
            type="checkbox"
            checked={settings.onQuit}
            onChange={(e) => void configure({ onQuit: e.target.checked })}
          />
          When the app quits (waits at most 5 seconds)
        </label>
        <label className="sync__check">
          Every
          <input
            className="input sync__minutes"
            type="number"
            min={0}
            max={1440}
            aria-label="Minutes between syncs (0 = off)"
            value={settings.intervalMinutes}
            onChange={(e) => {
              const minutes = Number.parseInt(e.target.value, 10)
              if (Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440)
                void configure({ intervalMinutes: minutes })
            }}
          />
          minutes (0 = off)
        </label>
      </fieldset>

      <div className="sync__now">
        <button
          type="button"
          className="btn btn--primary"
          data-testid="sync-now"
          disabled={status.running}
          onClick={() => void run(() => call('sync:now').then(() => undefined))}
        >
          <Icon name="sync" size={14} /> {status.running ? shortStatus(status, 0) : 'Sync now'}
        </button>
        {last && !status.running && (
          <p
            className={`sync__result sync__result--${last.result}`}
            role="status"
            data-testid="sync-result"
          >
            {last.message}{' '}
            <span className="sync__when">({new Date(last.at).toLocaleTimeString()})</span>
          </p>
        )}
      </div>

      {error && (
        <div className="sync__error" role="alert" data-testid="sync-error">
          <Icon name="alert" size={14} /> {error}
        </div>
      )}
      {saved && (
        <p className="sync__saved" role="status">
          <Icon name="check" size={14} /> {saved}
        </p>
      )}
    </div>
  )
}
