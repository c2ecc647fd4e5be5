/** New question (Ctrl/Cmd+N) and editing one of My questions: prompt, answer, section, tags. */
import { useState } from 'react'
import type { CorrectionResult, MyQuestionInput } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { Dialog } from '@renderer/components/Dialog'
import { Icon } from '@renderer/components/Icon'
import './catalog.css'

export interface QuestionFormDialogProps {
  /** The question being edited (its entry id and current values), or none for a new one. */
  editing?: { id: string; input: MyQuestionInput }
  /** Section names to suggest. */
  sections: string[]
  onClose: () => void
  onSaved: (result: CorrectionResult) => void
}

const EMPTY: MyQuestionInput = { prompt: '', answer: '', section: '', kind: 'question', tags: [] }

/** The form; saving writes My questions.md through the main process. */
export function QuestionFormDialog({
  editing,
  sections,
  onClose,
  onSaved
}: QuestionFormDialogProps) {
  const [input, setInput] = useState<MyQuestionInput>(editing?.input ?? EMPTY)
  const [tags, setTags] = useState((editing?.input.tags ?? []).join(', '))
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async (): Promise<void> => {
    if (input.prompt.trim() === '') {
      setError('Type the question first.')
      return
    }
    setBusy(true)
    setError(null)
    const request: MyQuestionInput = {
      ...input,
      tags: tags
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t.length > 0)
        .slice(0, 50)
    }
    try {
      const result = editing
        ? await call('questions:update', editing.id, request)
        : await call('questions:create', request)
      onSaved(result)
    } catch (e) {
      setError(`The question was not saved: ${(e as Error).message}`)
      setBusy(false)
    }
  }

  const footer = (
    <>
      <button type="button" className="btn" onClick={onClose}>
        Cancel
      </button>
      <button
        type="submit"
        form="question-form"
        className="btn btn--primary"
        disabled={busy}
        data-testid="save-question"
      >
        <Icon name="check" size={14} /> {busy ? 'Saving…' : 'Save question'}
      </button>
    </>
  )

  return (
    <Dialog
      title={editing ? 'Edit my question' : 'New question'}
      onClose={onClose}
      footer={footer}
      testId="question-form"
      wide
    >
      <form
        id="question-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter saves from the answer field too.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            void save()
          }
        }}
      >
        <label className="form__field">
          <span className="form__label">Question</span>
          <input
            className="input"
            value={input.prompt}
            maxLength={2000}
            data-autofocus
            placeholder="What did the interviewer ask?"
            onChange={(e) => setInput({ ...input, prompt: e.target.value })}
          />
        </label>
        <label className="form__field">
          <span className="form__label">Reference answer (optional, Markdown)</span>
          <textarea
            className="form__textarea"
            value={input.answer}
            onChange={(e) => setInput({ ...input, answer: e.target.value })}
          />
        </label>
        <div className="form__row">
          <label className="form__field" style={{ flex: 1 }}>
            <span className="form__label">Section</span>
            <input
              className="input"
              list="question-form-sections"
              value={input.section}
              maxLength={200}
              placeholder="e.g. Django ORM"
              onChange={(e) => setInput({ ...input, section: e.target.value })}
            />
            <datalist id="question-form-sections">
              {sections.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </label>
          <label className="form__field" style={{ flex: 1 }}>
            <span className="form__label">Tags</span>
            <input
              className="input"
              value={tags}
              placeholder="comma, separated"
              onChange={(e) => setTags(e.target.value)}
            />
          </label>
        </div>
        <label className="form__row">
          <input
            type="checkbox"
            checked={input.kind === 'topic'}
            onChange={(e) => setInput({ ...input, kind: e.target.checked ? 'topic' : 'question' })}
          />
          <span>A topic to study rather than a question</span>
        </label>
        <p className="form__hint">
          Saved in “My questions.md” in your notebook folder, as plain Markdown.
        </p>
        {error && (
          <div className="form__error" role="alert">
            <Icon name="alert" size={14} /> {error}
          </div>
        )}
      </form>
    </Dialog>
  )
}
