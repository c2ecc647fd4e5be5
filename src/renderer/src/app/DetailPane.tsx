/**
 * Everything right of the result list: the resize handle for the list, then the open question
 * and "My answer" side by side with their own handle (sizes saved in settings.layout), or, in a
 * narrow window, stacked: the question above, My answer below, the handle between them.
 */
import { memo, useCallback, useRef, useState, type ReactNode, type RefObject } from 'react'
import type { CatalogOverview, CorrectionResult, RelatedLink } from '@shared/ipc/types'
import type { Settings } from '@shared/settings'
import type { StudyState } from '@shared/study'
import { SplitHandle } from '@renderer/components/SplitHandle'
import { AnswerPanel } from '@renderer/features/answer/AnswerPanel'
import { QuestionView } from '@renderer/features/question/QuestionView'
import { Welcome } from './Welcome'

/** The question on screen; the prompt comes with it so the answer panel need not fetch it. */
export type OpenQuestion = RelatedLink

export const RESULTS_MIN = 260
export const RESULTS_MAX = 720

export interface DetailPaneProps {
  open: OpenQuestion | null
  /** Bumped when the catalog or notes changed, so the open question is re-read. */
  reloadKey: number
  overview: CatalogOverview
  settings: Settings
  resultsWidth: number
  onResultsWidth: (px: number) => void
  onCommitLayout: (layout: Settings['layout']) => void
  onOpen: (question: OpenQuestion) => void
  onStudyChanged: (id: string, study: StudyState) => void
  onToggleHideReference: () => void
  onError: (message: string) => void
  /** Bumped to focus the open question's prompt once it has loaded. */
  focusQuestion?: number
  onCorrected?: (result: CorrectionResult) => void
  /** Escape in the answer editor: hand focus back (to the results). */
  onLeaveAnswer?: () => void
  /** Narrow window: question and My answer one above the other. */
  stacked?: boolean
  /** Back / Forward for the question's head. */
  navigation?: ReactNode
  /** The scrolling question pane (the history reads how far it was scrolled). */
  questionScroller?: RefObject<HTMLDivElement | null>
  /** Scroll the pane to `top` once question `id` is shown; `seq` tells visits apart. */
  restoreScroll?: { id: string; top: number; seq: number } | null
}

/** Every section name of every source, once, for the "Move to section" suggestions. */
function sectionNames(overview: CatalogOverview): string[] {
  const names = new Set<string>()
  for (const source of overview.sources) for (const s of source.sections) names.add(s.name)
  names.delete('(no section)')
  return [...names].sort((a, b) => a.localeCompare(b))
}

export const DetailPane = memo(function DetailPane(props: DetailPaneProps) {
  const { open, settings, resultsWidth } = props
  const [liveFraction, setLiveFraction] = useState<number | null>(null)
  const detail = useRef<HTMLDivElement>(null)
  const fraction = liveFraction ?? settings.layout.answerFraction
  const stacked = props.stacked ?? false
  // Each visit scrolls once (to where the user left it, or the top), not again on a reload.
  const scrolledSeq = useRef(-1)
  const { restoreScroll, questionScroller } = props
  const onShown = useCallback(
    (id: string) => {
      const pane = questionScroller?.current
      if (!pane || !restoreScroll || restoreScroll.id !== id) return
      if (scrolledSeq.current === restoreScroll.seq) return
      scrolledSeq.current = restoreScroll.seq
      pane.scrollTo?.({ top: restoreScroll.top })
    },
    [restoreScroll, questionScroller]
  )

  return (
    <>
      <SplitHandle
        label="Resize results"
        value={resultsWidth}
        min={RESULTS_MIN}
        max={RESULTS_MAX}
        step={16}
        fromDrag={(start, dx) => start + dx}
        onChange={props.onResultsWidth}
        onCommit={(px) =>
          props.onCommitLayout({ ...settings.layout, resultsWidth: Math.round(px) })
        }
      />
      <div
        className={`workspace__detail${stacked ? ' workspace__detail--stacked' : ''}`}
        ref={detail}
      >
        {open ? (
          <>
            <div
              className="detail__question"
              style={{ flexGrow: 1 - fraction }}
              ref={questionScroller}
              data-testid="question-pane"
            >
              <QuestionView
                id={open.id}
                reloadKey={props.reloadKey}
                hideReference={settings.hideReference}
                onToggleHideReference={props.onToggleHideReference}
                onOpenRelated={props.onOpen}
                onStudyChanged={props.onStudyChanged}
                onError={props.onError}
                focusRequest={props.focusQuestion}
                {...(props.onCorrected ? { onCorrected: props.onCorrected } : {})}
                sections={sectionNames(props.overview)}
                navigation={props.navigation}
                onShown={onShown}
              />
            </div>
            <SplitHandle
              label="Resize my answer"
              value={fraction}
              min={0.25}
              max={0.75}
              step={0.02}
              orientation={stacked ? 'horizontal' : 'vertical'}
              fromDrag={(start, d) => {
                const size = stacked ? detail.current?.clientHeight : detail.current?.clientWidth
                return start - d / Math.max(1, size ?? 1)
              }}
              onChange={setLiveFraction}
              onCommit={(f) => {
                setLiveFraction(null)
                props.onCommitLayout({
                  resultsWidth: Math.round(resultsWidth),
                  answerFraction: Math.round(f * 1000) / 1000
                })
              }}
            />
            <div className="detail__answer" style={{ flexGrow: fraction }}>
              <AnswerPanel
                key={open.id}
                entryId={open.id}
                prompt={open.prompt}
                onLeave={props.onLeaveAnswer}
              />
            </div>
          </>
        ) : (
          <Welcome overview={props.overview} />
        )}
      </div>
    </>
  )
})
