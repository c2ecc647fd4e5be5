/**
 * After Space: "Check my answer" (the draft, else the saved answer, against the references),
 * then the reference answer(s) with missed points marked and the saved answer, side by side.
 */
import type { EntryView } from '@shared/ipc/types'
import { AnswerCheckPanel } from '@renderer/features/check/AnswerCheckPanel'
import { useAnswerCheck } from '@renderer/features/check/useAnswerCheck'
import { MarkdownView } from '@renderer/features/question/MarkdownView'
import { useSourceTitle } from '@renderer/hooks/sourceTitles'

export function RevealPanel({ view, draft }: { view: EntryView; draft: string }) {
  const { answers } = view.entry
  const mine = view.note?.markdown.trim() ? view.note.markdown : null
  const titleOf = useSourceTitle()
  const subject = draft.trim() ? 'your attempt' : mine ? 'My answer' : 'your attempt'
  const { check, missed } = useAnswerCheck(
    draft.trim() ? draft : (mine ?? ''),
    answers,
    view.entry.prompt
  )
  return (
    <>
      <AnswerCheckPanel check={check} subject={subject} />
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
              <MarkdownView markdown={answer.markdown} marks={missed[i]} />
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
    </>
  )
}
