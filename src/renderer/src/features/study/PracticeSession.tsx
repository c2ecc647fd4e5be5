/**
 * One practice session: the prompt alone, a box for a quick attempt (a draft, never written to
 * "My answer" unless asked), Space to reveal the reference and the saved answer side by side,
 * then 1-4 to grade. Each grade goes to main at once (logged and scheduled there).
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import type { ReviewGrade, SessionCard } from '@shared/domain/study/types'
import {
  currentCard,
  sessionReducer,
  startSession,
  summarizeSession,
  type SessionSummary
} from '@shared/domain/study/sessionMachine'
import { previewIntervals } from '@shared/domain/study/scheduleReview'
import { checkAnswer } from '@shared/domain/study/check/checkAnswer'
import { formatClock, type MockAnswer } from '@shared/domain/study/mockInterview'
import { currentAliasTable } from '@renderer/features/check/userAliasTable'
import { useCountdown } from './useCountdown'
import { call } from '@renderer/api/notebookClient'
import { GradeBar } from './GradeBar'
import { QuestionDetail } from '@renderer/features/question/QuestionDetail'
import { RevealPanel } from './RevealPanel'
import { SaveAttemptButton } from './SaveAttemptButton'
import { useCardDetails } from './useCardDetails'
import { useSessionKeys } from './useSessionKeys'

export interface PracticeSessionProps {
  cards: SessionCard[]
  title: string
  /** False while hidden behind another tab: the keys are off then. */
  active?: boolean
  /** Mock interview: a countdown per question, no reveal before it ends or the user stops. */
  mock?: { limitMs: number }
  onFinish: (summary: SessionSummary, mock?: MockAnswer[]) => void
}

export function PracticeSession(props: PracticeSessionProps) {
  const { cards, title, active = true, mock, onFinish } = props
  const [state, dispatch] = useReducer(sessionReducer, cards, startSession)
  const card = currentCard(state)
  const details = useCardDetails(card?.id ?? null)
  const cardRef = useRef<HTMLDivElement>(null)
  const position = state.results.length + 1
  const total = state.results.length + state.queue.length

  // When the answer was revealed: the interval preview is worked out for that moment.
  const [revealedAt, setRevealedAt] = useState(0)
  const reveal = useCallback(() => {
    setRevealedAt(Date.now())
    dispatch({ type: 'reveal' })
    // Focus leaves the draft box so 1-4 grade straight away.
    cardRef.current?.focus()
  }, [])
  const countdown = useCountdown(
    mock ? mock.limitMs : null,
    `${card?.id ?? ''}:${position}`,
    state.phase === 'prompt',
    reveal
  )
  const mockAnswers = useRef<MockAnswer[]>([])

  const grade = useCallback(
    async (g: ReviewGrade) => {
      if (!card || state.phase !== 'revealed') return
      dispatch({ type: 'grade-start' })
      try {
        const draft = state.draft.trim()
        const result = await call('study:review', {
          id: card.id,
          grade: g,
          ...(draft ? { draft } : {})
        })
        if (mock && details.view) {
          const { entry } = details.view
          const check = checkAnswer(draft, entry.answers, {
            prompt: entry.prompt,
            aliases: currentAliasTable()
          })
          const ms = Math.min(mock.limitMs, countdown.elapsedMs())
          mockAnswers.current.push({
            id: card.id,
            prompt: card.prompt,
            ms,
            limitMs: mock.limitMs,
            coverage: check.overall,
            grade: g
          })
        }
        dispatch({ type: 'graded', grade: g, due: result.schedule.due })
      } catch (error) {
        dispatch({ type: 'grade-failed', message: (error as Error).message })
      }
    },
    [card, state.phase, state.draft, mock, details.view, countdown]
  )

  useSessionKeys({ active, phase: state.phase, reveal, grade: (g) => void grade(g) })

  const finished = useRef(false)
  useEffect(() => {
    if (state.phase === 'done' && !finished.current) {
      finished.current = true
      onFinish(summarizeSession(state), mock ? mockAnswers.current : undefined)
    }
  }, [state, onFinish, mock])

  useEffect(() => {
    cardRef.current?.focus()
  }, [card?.id, position])

  const schedule = details.view?.study.schedule
  const hasView = details.view !== null
  const preview = useMemo(
    () => (hasView && revealedAt ? previewIntervals(schedule, revealedAt) : null),
    [hasView, schedule, revealedAt]
  )

  if (!card) return null
  const revealed = state.phase !== 'prompt'

  return (
    <div className="practice" data-testid="practice-session">
      <div className="practice__bar">
        <span className="practice__title">{title}</span>
        {mock && (
          <span
            className={`practice__clock${countdown.remainingMs < 15_000 ? ' is-low' : ''}`}
            data-testid="mock-clock"
            role="timer"
            aria-label="Time left for this question"
          >
            {formatClock(countdown.remainingMs)}
          </span>
        )}
        <span className="practice__count" data-testid="practice-count">
          Card {Math.min(position, total)} of {total}
        </span>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          onClick={() => dispatch({ type: 'end' })}
        >
          End session
        </button>
      </div>
      <div className="practice__meter" aria-hidden="true">
        <div style={{ width: `${total ? ((position - 1) / total) * 100 : 0}%` }} />
      </div>

      <div className="practice__card" ref={cardRef} tabIndex={-1} aria-live="polite">
        {card.sections[0] && <div className="practice__section">{card.sections[0]}</div>}
        <h2 className="practice__prompt" data-testid="practice-prompt">
          {card.prompt}
        </h2>
        <QuestionDetail markdown={details.view?.entry.detail} answerCovered={!revealed} />

        <label className="practice__draft-label" htmlFor="practice-draft">
          Your attempt <span>(a scratch draft; My answer stays as it is)</span>
        </label>
        <textarea
          id="practice-draft"
          className="practice__draft"
          value={state.draft}
          placeholder="Answer out loud, or jot the key points here…"
          onChange={(e) => dispatch({ type: 'draft', text: e.target.value })}
          rows={revealed ? 3 : 5}
          data-testid="practice-draft"
        />
        <div className="practice__actions">
          {!revealed ? (
            <button
              type="button"
              className="btn btn--primary"
              onClick={reveal}
              data-testid="reveal"
            >
              {mock ? 'Stop the clock and reveal' : 'Reveal answer'} <kbd>Space</kbd>
            </button>
          ) : (
            <GradeBar
              onGrade={(g) => void grade(g)}
              disabled={state.phase === 'grading'}
              preview={preview}
            />
          )}
          {revealed && (
            <SaveAttemptButton
              key={card.id}
              id={card.id}
              draft={state.draft}
              note={details.view?.note ?? null}
              onSaved={details.setNote}
            />
          )}
        </div>
        {state.error && (
          <p className="practice__error" role="alert">
            The grade was not saved: {state.error}
          </p>
        )}

        {revealed &&
          (details.view ? (
            <RevealPanel view={details.view} draft={state.draft} />
          ) : (
            <p className="practice__empty">{details.error ?? 'Loading the answers…'}</p>
          ))}
      </div>
      <p className="practice__keys">
        <kbd>Space</kbd> reveal · <kbd>1</kbd>–<kbd>4</kbd> grade · <kbd>Ctrl</kbd>+<kbd>Enter</kbd>{' '}
        reveal from the draft · <kbd>Esc</kbd> leave the draft
      </p>
    </div>
  )
}
