/**
 * Settings → Notebook folder: the folder in use, "Choose…" (main's own folder picker) and
 * "Reset to default", then what to do with it: move everything there, use it as it is, or
 * cancel. The renderer never names a path; main keeps the chosen folder until the answer.
 */
import { useState } from 'react'
import type { NotebookFolderPlan, NotebookFolderResult } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { countOf } from '@renderer/components/countOf'
import { Icon } from '@renderer/components/Icon'
import { flushAll } from '@renderer/features/answer/flushRegistry'

type Phase =
  | { name: 'idle' }
  | { name: 'busy'; label: string }
  | { name: 'plan'; plan: NotebookFolderPlan }
  | { name: 'done'; message: string }

export interface NotebookFolderSectionProps {
  notebookDir: string
  onChanged: (result: NotebookFolderResult) => void
}

function PlanChoice(props: {
  plan: NotebookFolderPlan
  onApply: (mode: 'move' | 'use') => void
  onCancel: () => void
}) {
  const { plan } = props
  if (plan.same)
    return (
      <div className="settings__choice" role="group" aria-label="Notebook folder">
        <p>{plan.target} is the notebook folder already; nothing to change.</p>
        <div>
          <button type="button" className="btn" onClick={props.onCancel}>
            OK
          </button>
        </div>
      </div>
    )
  const target = plan.isDefault ? `the default folder (${plan.target})` : plan.target
  return (
    <div className="settings__choice" role="group" aria-label="Use the new folder">
      <p>
        Use {target} for your answers?
        {plan.targetFiles > 0 &&
          ' A file with the same name as one already there is never overwritten: both are kept.'}
      </p>
      {plan.currentFiles > 0 && (
        <button
          type="button"
          className="btn btn--primary"
          data-autofocus
          onClick={() => props.onApply('move')}
        >
          Move my {countOf(plan.currentAnswers, 'answer')} (and all{' '}
          {countOf(plan.currentFiles, 'file')} in the notebook folder) to {plan.target}
        </button>
      )}
      <button
        type="button"
        className={plan.currentFiles > 0 ? 'btn' : 'btn btn--primary'}
        onClick={() => props.onApply('use')}
      >
        Use the folder as it is (it already has {countOf(plan.targetAnswers, 'answer')})
      </button>
      {plan.currentFiles > 0 && (
        <p className="form__hint">
          Using it as it is leaves your current answers in {plan.current}; they come back if you
          switch to it again.
        </p>
      )}
      <div>
        <button type="button" className="btn" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  )
}

export function NotebookFolderSection({ notebookDir, onChanged }: NotebookFolderSectionProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' })
  const [error, setError] = useState<string | null>(null)

  const run = async (label: string, work: () => Promise<Phase>): Promise<void> => {
    setError(null)
    setPhase({ name: 'busy', label })
    try {
      setPhase(await work())
    } catch (e) {
      setError(errorMessage(e))
      setPhase({ name: 'idle' })
    }
  }

  const choose = (target: 'pick' | 'default'): Promise<void> =>
    run(target === 'pick' ? 'Choosing a folder…' : 'Looking at the default folder…', async () => {
      const plan = await call('notebookFolder:choose', { target })
      return plan ? { name: 'plan', plan } : { name: 'idle' }
    })

  const apply = (mode: 'move' | 'use'): Promise<void> =>
    run(mode === 'move' ? 'Moving your notebook…' : 'Opening the folder…', async () => {
      // Whatever the editor still holds is written to the old folder first, then moved with it.
      await flushAll()
      const result = await call('notebookFolder:apply', { mode })
      onChanged(result)
      return { name: 'done', message: result.message }
    })

  return (
    <div data-testid="notebook-folder-section">
      <p className="form__hint">
        One Markdown file per answer, plus My questions, corrections and study files, live in this
        folder. Pick a synced or backed-up folder to keep them there.
      </p>
      <p className="settings__path" data-testid="notebook-folder-path">
        {notebookDir}
      </p>
      {phase.name === 'busy' && (
        <p role="status" className="form__hint">
          <span className="spinner" aria-hidden="true" /> {phase.label}
        </p>
      )}
      {phase.name === 'plan' && (
        <PlanChoice
          plan={phase.plan}
          onApply={(mode) => void apply(mode)}
          onCancel={() => setPhase({ name: 'idle' })}
        />
      )}
      {phase.name === 'done' && (
        <p role="status" className="form__hint" data-testid="notebook-folder-done">
          <Icon name="check" size={14} /> {phase.message}
        </p>
      )}
      {error && (
        <div className="form__error" role="alert">
          <Icon name="alert" size={14} /> {error}
        </div>
      )}
      {phase.name !== 'plan' && (
        <div className="settings__actions">
          <button
            type="button"
            className="btn"
            disabled={phase.name === 'busy'}
            onClick={() => void choose('pick')}
          >
            <Icon name="folder" size={14} /> Choose…
          </button>
          <button
            type="button"
            className="btn btn--ghost"
            disabled={phase.name === 'busy'}
            onClick={() => void choose('default')}
          >
            Reset to default
          </button>
        </div>
      )}
    </div>
  )
}
