/**
 * Study mode's screen: Practice (pick a scope → session → summary) and Progress, as two tabs.
 * The app shell mounts it in place of the notebook and gets control back through `onClose`.
 */
import { useCallback, useEffect, useState } from 'react'
import type { SessionCard, StudyScope, StudySessionStart } from '@shared/domain/study/types'
import type { SessionSummary as Summary } from '@shared/domain/study/sessionMachine'
import { call } from '@renderer/api/notebookClient'
import { countOf } from '@renderer/components/countOf'
import { formatDue } from './formatDates'
import { PracticeSession } from './PracticeSession'
import { ProgressView } from './ProgressView'
import type { MockAnswer } from '@shared/domain/study/mockInterview'
import { MockOptions } from './MockOptions'
import { MockSummaryTable } from './MockSummaryTable'
import { ScopePicker } from './ScopePicker'
import { SessionSummary } from './SessionSummary'
import { scopeLabel } from './scopeLabel'
import './practice.css'
import './progress.css'
import './forecast.css'

export type StudyTab = 'practice' | 'progress'

export interface StudyScreenProps {
  initialTab?: StudyTab
  /** Preselects the scope picker (say, the notebook's current search). */
  initialScope?: StudyScope
  onClose?: () => void
  /** The daily goal from Settings, shown and changed on the progress view. */
  dailyGoal?: number
  onDailyGoal?: (goal: number) => void
}

type Stage =
  | { kind: 'pick'; message: string | null; early?: { scope: StudyScope; limit: number } }
  | { kind: 'session'; cards: SessionCard[]; title: string; key: number; mockMs: number | null }
  | { kind: 'summary'; summary: Summary; at: number; mock?: MockAnswer[] }

function emptyMessage(scope: StudyScope, session: StudySessionStart): string {
  const later = session.laterToday
  if (scope.kind === 'due' && later) {
    // As Anki says it: what is coming, and when, instead of a bare "nothing is due".
    const noun =
      later.learning === later.count
        ? countOf(later.count, 'learning card')
        : countOf(later.count, 'card')
    return `Nothing is due right now: ${noun} due ${formatDue(later.nextDue, session.startedAt)}.`
  }
  if (scope.kind === 'due') return 'Nothing is due right now. Pick another scope to study ahead.'
  return `No questions in “${scopeLabel(scope)}”.`
}

export function StudyScreen({
  initialTab = 'practice',
  initialScope,
  onClose,
  dailyGoal,
  onDailyGoal
}: StudyScreenProps) {
  const [tab, setTab] = useState<StudyTab>(initialTab)
  const [stage, setStage] = useState<Stage>({ kind: 'pick', message: null })
  const [scope, setScope] = useState<StudyScope | undefined>(initialScope)
  const [busy, setBusy] = useState(false)
  const [dueToday, setDueToday] = useState<number | null>(null)
  // Minutes per question for a mock interview; null for ordinary practice.
  const [mockMinutes, setMockMinutes] = useState<number | null>(null)

  const picking = tab === 'practice' && stage.kind === 'pick'
  useEffect(() => {
    if (!picking) return
    let live = true
    call('study:progress', { days: 1 }).then(
      (r) => live && setDueToday(r.totals.dueToday),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [picking])

  const start = useCallback(
    async (next: StudyScope, limit: number, mockMs: number | null, early = false) => {
      setScope(next)
      setTab('practice')
      setBusy(true)
      try {
        const session = await call('study:startSession', {
          scope: next,
          limit,
          ...(early ? { early } : {})
        })
        if (session.cards.length === 0)
          setStage({
            kind: 'pick',
            message: emptyMessage(next, session),
            ...(session.laterToday && !early ? { early: { scope: next, limit } } : {})
          })
        else
          setStage({
            kind: 'session',
            cards: session.cards,
            title: mockMs ? `Mock interview · ${scopeLabel(next)}` : scopeLabel(next),
            key: session.startedAt,
            mockMs
          })
      } catch (error) {
        setStage({ kind: 'pick', message: (error as Error).message })
      } finally {
        setBusy(false)
      }
    },
    []
  )

  const finish = useCallback((summary: Summary, mock?: MockAnswer[]) => {
    setStage({ kind: 'summary', summary, at: Date.now(), ...(mock ? { mock } : {}) })
  }, [])

  return (
    // Study mode replaces the notebook's workspace, so it is the page's one main landmark.
    <main className="study-screen" data-testid="study-screen" aria-labelledby="study-title">
      <h1 id="study-title" className="sr-only">
        Study: {tab === 'practice' ? 'Practice' : 'Progress'}
      </h1>
      <header className="study-screen__header">
        <div className="study-screen__tabs" role="tablist" aria-label="Study">
          {(['practice', 'progress'] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              className="study-screen__tab"
              onClick={() => setTab(t)}
              data-testid={`study-tab-${t}`}
            >
              {t === 'practice' ? 'Practice' : 'Progress'}
            </button>
          ))}
        </div>
        {onClose && (
          <button type="button" className="btn btn--small btn--ghost" onClick={onClose}>
            Back to notebook
          </button>
        )}
      </header>

      <div className="study-screen__body">
        {tab === 'progress' && (
          <ProgressView
            onPractise={(s) => void start(s, 20, null)}
            {...(dailyGoal !== undefined && onDailyGoal ? { dailyGoal, onDailyGoal } : {})}
          />
        )}
        {/* A running session stays mounted (hidden) while Progress is open, so it is not lost. */}
        {stage.kind === 'session' && (
          <div hidden={tab !== 'practice'} className="study-screen__session">
            <PracticeSession
              key={stage.key}
              cards={stage.cards}
              title={stage.title}
              active={tab === 'practice'}
              {...(stage.mockMs ? { mock: { limitMs: stage.mockMs } } : {})}
              onFinish={finish}
            />
          </div>
        )}
        {tab === 'practice' && stage.kind === 'summary' && stage.mock && (
          <MockSummaryTable answers={stage.mock} />
        )}
        {tab === 'practice' && stage.kind === 'summary' && (
          <SessionSummary
            summary={stage.summary}
            now={stage.at}
            onAgain={() => setStage({ kind: 'pick', message: null })}
            onProgress={() => {
              setStage({ kind: 'pick', message: null })
              setTab('progress')
            }}
          />
        )}
        {tab === 'practice' && stage.kind === 'pick' && (
          <>
            <ScopePicker
              key={scope ? scopeLabel(scope) : 'none'}
              initial={scope}
              dueToday={dueToday}
              busy={busy}
              message={stage.message}
              onStart={(s, limit) =>
                void start(s, limit, mockMinutes === null ? null : mockMinutes * 60_000)
              }
              {...(stage.early
                ? {
                    action: {
                      label: 'Study them now',
                      run: () => void start(stage.early!.scope, stage.early!.limit, null, true)
                    }
                  }
                : {})}
            />
            <MockOptions minutes={mockMinutes} onChange={setMockMinutes} />
          </>
        )}
      </div>
    </main>
  )
}
