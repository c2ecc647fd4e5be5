/**
 * The question view's tools for fixing what the parser got wrong (never touching the source):
 * edit the prompt, question ↔ topic, move to a section, "Not a question", merge, split. For
 * My questions: edit and delete. Each change reports back a result the notice can undo.
 */
import { useState } from 'react'
import type { CorrectionRequest, CorrectionResult, EntryView } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { flushAll } from '@renderer/features/answer/flushRegistry'
import { onDemand } from '@renderer/components/onDemand'
import './catalog.css'

// The correction dialogs load when first opened (the start-up JavaScript budget).
const MergeDialog = onDemand(() => import('./MergeDialog').then((m) => m.MergeDialog))
const QuestionFormDialog = onDemand(() =>
  import('./QuestionFormDialog').then((m) => m.QuestionFormDialog)
)
const SplitDialog = onDemand(() => import('./SplitDialog').then((m) => m.SplitDialog))
const TextFieldDialog = onDemand(() => import('./TextFieldDialog').then((m) => m.TextFieldDialog))

export interface CorrectionBarProps {
  view: EntryView
  sections: string[]
  onCorrected: (result: CorrectionResult) => void
  onError: (message: string) => void
}

type Open = 'prompt' | 'section' | 'merge' | 'split' | 'edit' | null

export function CorrectionBar({ view, sections, onCorrected, onError }: CorrectionBarProps) {
  const { entry } = view
  const [open, setOpen] = useState<Open>(null)
  const hidden = entry.corrections?.hidden === true

  const correct = async (request: CorrectionRequest): Promise<void> => {
    // The open answer is saved first: a merge folds it into the other entry's answer.
    await flushAll()
    const result = await call('catalog:correct', entry.id, request)
    setOpen(null)
    onCorrected(result)
  }
  const quick = (request: CorrectionRequest): void => {
    correct(request).catch((e: Error) => onError(`That correction was not made: ${e.message}`))
  }

  if (hidden)
    return (
      <div className="question__banner" role="status">
        <span>Marked “Not a question”: hidden from search, study and export.</span>
        <button type="button" className="btn btn--small" onClick={() => quick({ type: 'restore' })}>
          Restore
        </button>
      </div>
    )

  return (
    <>
      <div className="question__tools" role="toolbar" aria-label="Correct this entry">
        {view.myQuestion ? (
          <>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => setOpen('edit')}
            >
              Edit question
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() =>
                call('questions:delete', entry.id).then(onCorrected, (e: Error) =>
                  onError(`The question was not deleted: ${e.message}`)
                )
              }
            >
              <Icon name="trash" size={12} /> Delete
            </button>
          </>
        ) : (
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => setOpen('prompt')}
          >
            Edit prompt
          </button>
        )}
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() =>
            quick({ type: 'kind', value: entry.kind === 'topic' ? 'question' : 'topic' })
          }
        >
          {entry.kind === 'topic' ? 'Mark as question' : 'Mark as topic'}
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setOpen('section')}
        >
          Move to section…
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setOpen('merge')}
        >
          Merge…
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => setOpen('split')}
        >
          Split…
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => quick({ type: 'hide' })}
        >
          <Icon name="eye" size={12} /> Not a question
        </button>
      </div>
      {open === 'prompt' && (
        <TextFieldDialog
          title="Edit the prompt"
          label="Prompt"
          initial={entry.prompt}
          hint="Your source file is not changed; the fix is kept in your notebook folder."
          submitLabel="Save prompt"
          onClose={() => setOpen(null)}
          onSubmit={(value) => correct({ type: 'prompt', value })}
        />
      )}
      {open === 'section' && (
        <TextFieldDialog
          title="Move to section"
          label="Section"
          initial={entry.sections[0] ?? ''}
          suggestions={sections}
          allowEmpty
          hint="Leave empty for no section."
          submitLabel="Move"
          onClose={() => setOpen(null)}
          onSubmit={(value) => correct({ type: 'section', value })}
        />
      )}
      {open === 'merge' && (
        <MergeDialog
          id={entry.id}
          prompt={entry.prompt}
          onClose={() => setOpen(null)}
          onMerge={(into) => correct({ type: 'merge', into: into.id })}
        />
      )}
      {open === 'split' && (
        <SplitDialog prompt={entry.prompt} onClose={() => setOpen(null)} onSplit={correct} />
      )}
      {open === 'edit' && view.myQuestion && (
        <QuestionFormDialog
          editing={{ id: entry.id, input: view.myQuestion }}
          sections={sections}
          onClose={() => setOpen(null)}
          onSaved={(result) => {
            setOpen(null)
            onCorrected(result)
          }}
        />
      )}
    </>
  )
}
