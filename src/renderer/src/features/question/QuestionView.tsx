/** The open question: prompt, where it is asked, study controls, reference answers, related. */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { StudyState } from '@shared/study'
import type { CorrectionResult, EntryView, RelatedLink } from '@shared/ipc/types'
import { call } from '@renderer/api/notebookClient'
import { Icon } from '@renderer/components/Icon'
import { HighlightedText } from '@renderer/features/results/HighlightedText'
import { useSourceTitle } from '@renderer/hooks/sourceTitles'
import { CheckMyAnswer } from '@renderer/features/check/CheckMyAnswer'
import { QuestionDetail } from './QuestionDetail'
import { ReferenceAnswers } from './ReferenceAnswers'
import { StudyControls } from './StudyControls'
import { useEntry } from './useEntry'
import { safeExternalUrl } from './safeUrl'
import './QuestionView.css'
import { countOf } from '@renderer/components/countOf'
import { CorrectionBar } from '@renderer/features/catalog/CorrectionBar'

export interface QuestionViewProps {
  id: string
  hideReference: boolean
  reloadKey?: number
  onToggleHideReference: () => void
  onOpenRelated: (link: RelatedLink) => void
  onStudyChanged: (id: string, study: StudyState) => void
  onError: (message: string) => void
  /**
   * Bumped to move focus to the prompt once this question has loaded (Enter in the search box
   * opens a question and hands the keyboard to it, so `e` then goes into the answer).
   */
  focusRequest?: number
  /** A correction or My questions change was made (for the notice with Undo). */
  onCorrected?: (result: CorrectionResult) => void
  /** Known section names, suggested when moving an entry. */
  sections?: string[]
  /** Back / Forward, drawn at the head of the question (and over a missing one). */
  navigation?: ReactNode
  /** The question (or its "no longer here" note) is on screen: its height is known now. */
  onShown?: (id: string) => void
}

function Occurrences({ view }: { view: EntryView }) {
  const { entry } = view
  const shown = entry.occurrences.slice(0, 8)
  const titleOf = useSourceTitle()
  return (
    <>
      <p className="question__meta">
        <span className="question__asked" data-testid="asked-in">
          Asked in {countOf(entry.askedIn, 'source')}
        </span>
        {entry.checked === true && (
          <span className="badge badge--confident">
            <Icon name="check" size={11} strokeWidth={2.5} /> checked in source
          </span>
        )}
      </p>
      <ul className="question__occurrences" aria-label="Where it is asked">
        {shown.map((o, i) => (
          <li key={`${o.file}:${o.line}:${i}`} title={`${o.file}:${o.line}`}>
            <Icon name="file" size={11} />
            <span className="question__source-title">{titleOf(o.file)}</span>
            <span className="question__source-line">
              {titleOf(o.file) === o.file ? `:${o.line}` : `, line ${o.line}`}
            </span>
          </li>
        ))}
        {entry.occurrences.length > shown.length && (
          <li>+{entry.occurrences.length - shown.length} more</li>
        )}
      </ul>
    </>
  )
}

/** Loads the entry itself; study changes are sent at once and echoed to the parent. */
export function QuestionView(props: QuestionViewProps) {
  const { id, hideReference, reloadKey, onToggleHideReference, onOpenRelated, onStudyChanged } =
    props
  const [load, setView] = useEntry(id, reloadKey)
  const heading = useRef<HTMLHeadingElement>(null)
  // In self-test mode, the question whose reference the user uncovered (another one opens covered).
  const [revealedId, setRevealedId] = useState<string | null>(null)
  const revealed = revealedId === id
  const handledFocus = useRef(0)
  const ready = load.state === 'ready'
  const { focusRequest = 0 } = props
  useEffect(() => {
    if (!ready || focusRequest === 0 || focusRequest === handledFocus.current) return
    handledFocus.current = focusRequest
    heading.current?.focus()
  }, [ready, focusRequest])
  const { onShown } = props
  const shown = load.state !== 'loading'
  useEffect(() => {
    if (shown) onShown?.(id)
  }, [shown, id, onShown])

  if (load.state === 'loading')
    return (
      <div className="question question--loading" aria-busy="true">
        <span className="skeleton" style={{ width: '30%' }} />
        <span className="skeleton" style={{ width: '80%', height: 22 }} />
        <span className="skeleton" style={{ width: '60%' }} />
      </div>
    )
  if (load.state === 'missing' || load.state === 'error')
    return (
      <div className="question">
        {props.navigation}
        <p role="alert" className="question__missing">
          {load.state === 'error'
            ? load.message
            : 'This question is no longer in any source. Its saved answer, if any, stays on disk.'}
        </p>
      </div>
    )

  const { view } = load
  const { entry } = view
  const updateStudy = (patch: Partial<StudyState>): void => {
    const optimistic = { ...view.study, ...patch }
    setView({ ...view, study: optimistic })
    call('study:update', entry.id, patch).then(
      (study) => {
        setView({ ...view, study })
        onStudyChanged(entry.id, study)
      },
      (error: Error) => {
        setView(view)
        props.onError(`Could not save the study status: ${error.message}`)
      }
    )
  }

  return (
    <article className="question" aria-labelledby="question-prompt">
      <header className="question__header">
        {(props.navigation || entry.sections.length > 0 || entry.kind === 'topic') && (
          <div className="question__topline">
            {props.navigation}
            <div className="question__section">
              {entry.sections.join(' · ')}
              {entry.kind === 'topic' && <span className="badge">topic</span>}
            </div>
          </div>
        )}
        <h1
          id="question-prompt"
          ref={heading}
          tabIndex={-1}
          className="question__prompt"
          data-testid="question-prompt"
        >
          <HighlightedText text={entry.prompt} />
        </h1>
        <QuestionDetail markdown={entry.detail} answerCovered={hideReference && !revealed} />
        {entry.corrections?.alsoAsked && (
          <p className="question__also" data-testid="also-asked">
            Also asked as: {entry.corrections.alsoAsked.map((p) => `“${p}”`).join(', ')}
          </p>
        )}
        <Occurrences view={view} />
        <StudyControls study={view.study} onChange={updateStudy} />
        {props.onCorrected && (
          <CorrectionBar
            view={view}
            sections={props.sections ?? []}
            onCorrected={props.onCorrected}
            onError={props.onError}
          />
        )}
      </header>

      <CheckMyAnswer key={`check-${entry.id}`} view={view}>
        {(marks) => (
          <ReferenceAnswers
            key={entry.id}
            answers={entry.answers}
            hidden={hideReference}
            onToggleHidden={onToggleHideReference}
            revealed={revealed}
            onRevealedChange={(shown) => setRevealedId(shown ? id : null)}
            marks={marks}
          />
        )}
      </CheckMyAnswer>

      {view.related.length > 0 && (
        <section className="question__related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related questions</h2>
          <ul>
            {view.related.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="related-link"
                  data-testid="related-link"
                  onClick={() => onOpenRelated(r)}
                >
                  <Icon name="link" size={13} />
                  <span>
                    <HighlightedText text={r.prompt} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.links.length > 0 && (
        <section className="question__related" aria-labelledby="links-heading">
          <h2 id="links-heading">Links from the sources</h2>
          <ul>
            {entry.links.map((link) => {
              const url = safeExternalUrl(link)
              return (
                <li key={link}>
                  {url ? (
                    <button
                      type="button"
                      className="related-link"
                      onClick={() => call('shell:openExternal', url).catch(() => undefined)}
                      title="Opens in your browser"
                    >
                      <Icon name="external" size={13} />
                      {link}
                    </button>
                  ) : (
                    <span className="related-link related-link--inert">{link}</span>
                  )}
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </article>
  )
}
