/** Help → About Study Notebook: version, runtime versions, folders and license, to copy. */
import { useEffect, useState } from 'react'
import type { AboutInfo } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { Dialog } from '@renderer/components/Dialog'
import './help.css'

function rows(info: AboutInfo): Array<[string, string]> {
  return [
    ['Version', info.version],
    ['Electron', info.electron ?? 'not running in Electron (browser preview)'],
    ['Chrome', info.chrome ?? navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? 'unknown'],
    ['Node.js', info.node],
    ['System', info.platform],
    ['Data folder', info.dataDir],
    ['Notebook folder', info.notebookDir],
    ['License', info.license]
  ]
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AboutInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    call('app:about').then(setInfo, (e: unknown) =>
      setError(`Could not read the version details: ${errorMessage(e)}`)
    )
  }, [])

  const copy = (): void => {
    if (!info) return
    const text = rows(info)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n')
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setError('Could not copy to the clipboard; select the text instead.')
    )
  }

  return (
    <Dialog
      title="About Study Notebook"
      testId="about-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" disabled={!info} onClick={copy}>
            {copied ? 'Copied' : 'Copy details'}
          </button>
          <button type="button" className="btn btn--primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="help__lead">
        A local-first notebook for interview preparation: your answers stay on this machine as
        Markdown files.
      </p>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {info ? (
        <dl className="help__about">
          {rows(info).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      ) : (
        !error && (
          <p role="status" className="form__hint">
            Reading version details…
          </p>
        )
      )}
    </Dialog>
  )
}
