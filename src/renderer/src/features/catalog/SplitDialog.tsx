/**
 * Split an entry the parser glued together: either choose where the prompt ends and the answer
 * starts (click the last word of the question), or split a line that asks several questions.
 */
import { useState } from 'react'
import type { CorrectionRequest } from '@shared/ipc/types'
import { Dialog } from '@renderer/components/Dialog'
import { DialogActions } from '@renderer/components/DialogActions'
import { Icon } from '@renderer/components/Icon'
import { defaultCut, promptWords, questionParts } from './splitPrompt'
import './catalog.css'

export interface SplitDialogProps {
  prompt: string
  onClose: () => void
  onSplit: (request: CorrectionRequest) => Promise<void>
}

export function SplitDialog({ prompt, onClose, onSplit }: SplitDialogProps) {
  const suggested = questionParts(prompt)
  // Several questions when every part asks; "What is X? X is …" is a glued answer.
  const several = suggested.length > 1 && suggested.every((p) => /[?;]$/.test(p))
  const [mode, setMode] = useState<'answer' | 'questions'>(several ? 'questions' : 'answer')
  const [cut, setCut] = useState(() => defaultCut(prompt))
  const [parts, setParts] = useState<string[]>(suggested.length > 1 ? suggested : [prompt, ''])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const words = promptWords(prompt)
  const filled = parts.map((p) => p.trim()).filter((p) => p.length > 0)

  const submit = async (): Promise<void> => {
    setBusy(true)
    try {
      await onSplit(
        mode === 'answer'
          ? { type: 'split-answer', at: cut }
          : { type: 'split-questions', parts: filled }
      )
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }
  const canSubmit = mode === 'answer' ? cut < prompt.trimEnd().length : filled.length >= 2

  return (
    <Dialog
      title="Split this entry"
      onClose={onClose}
      wide
      testId="split-dialog"
      footer={
        <DialogActions
          onCancel={onClose}
          label={
            mode === 'answer' ? 'Split prompt and answer' : `Split into ${filled.length} questions`
          }
          disabled={!canSubmit || busy}
          onConfirm={() => void submit()}
        />
      }
    >
      <div className="form">
        <div className="form__row" role="radiogroup" aria-label="How to split">
          <label className="form__row">
            <input
              type="radio"
              name="split-mode"
              checked={mode === 'answer'}
              onChange={() => setMode('answer')}
            />
            The answer is glued to the question
          </label>
          <label className="form__row">
            <input
              type="radio"
              name="split-mode"
              checked={mode === 'questions'}
              onChange={() => setMode('questions')}
            />
            Several questions on one line
          </label>
        </div>
        {mode === 'answer' ? (
          <>
            <p className="form__hint">
              Click the last word of the question; the rest becomes its reference answer.
            </p>
            <div className="split-words" data-testid="split-words">
              {words.map((w) => (
                <button
                  key={w.end}
                  type="button"
                  className={`split-words__word${w.end > cut ? ' split-words__word--answer' : ''}`}
                  aria-pressed={w.end === cut}
                  onClick={() => setCut(w.end)}
                >
                  {w.text}
                </button>
              ))}
            </div>
            <p className="form__hint">
              <strong>Question:</strong> {prompt.slice(0, cut).trim()}
              <br />
              <strong>Answer:</strong> {prompt.slice(cut).trim() || '—'}
            </p>
          </>
        ) : (
          <>
            <p className="form__hint">One question per field. The first keeps your answer.</p>
            {parts.map((part, i) => (
              <label key={i} className="form__field">
                <span className="form__label">Question {i + 1}</span>
                <input
                  className="input"
                  value={part}
                  onChange={(e) => setParts(parts.map((p, j) => (j === i ? e.target.value : p)))}
                />
              </label>
            ))}
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setParts([...parts, ''])}
            >
              <Icon name="plus" size={12} /> Another question
            </button>
          </>
        )}
        {error && (
          <div className="form__error" role="alert">
            <Icon name="alert" size={14} /> {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
