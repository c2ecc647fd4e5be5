/** After Space: the reference answer(s) and the user's own saved answer, side by side. */
import type { EntryView } from '@shared/ipc/types'
import { MarkdownView } from '@renderer/features/question/MarkdownView'
import { useSourceTitle } from '@renderer/hooks/sourceTitles'

export function RevealPanel({ view }: { view: EntryView }) {
  const { answers } = view.entry
  const mine = view.note?.markdown.trim() ? view.note.markdown : null
  const titleOf = useSourceTitle()
  return (
    <div className="practice__reveal" data-testid="practice-reveal">
      <section className="practice__column" aria-labelledby="practice-reference">
        <h3 id="practice-reference" className="practice__column-title">
          Reference {answers.length > 1 ? `answers (${answers.length})` : 'answer'}
        </h3>
        {answers.length === 0 && (
          <p className="practice__empty">No source gives a reference answer for this one.</p>
        )}
        {answers.map((answer, i) => (
          <div
            key={`${answer.source.file}:${answer.source.line}:${i}`}
            className="practice__answer"
          >
            <div className="practice__answer-source" title={answer.source.file}>
              {titleOf(answer.source.file)}, line {answer.source.line}
            </div>
            <MarkdownView markdown={answer.markdown} />
          </div>
        ))}
      </section>
      <section className="practice__column" aria-labelledby="practice-mine">
        <h3 id="practice-mine" className="practice__column-title">
          My saved answer
        </h3>
        {mine ? (
          <div className="practice__answer" data-testid="practice-my-answer">
            <MarkdownView markdown={mine} />
          </div>
        ) : (
          <p className="practice__empty">You have not saved an answer for this one yet.</p>
        )}
      </section>
    </div>
  )
}
