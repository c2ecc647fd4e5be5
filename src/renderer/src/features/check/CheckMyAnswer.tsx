/**
 * "Check my answer" in the question view, on demand: a toggle that compares My answer (live,
 * as it is typed in the answer pane) with the references, and hands the missed points to the
 * reference view below it (a render prop, so the reference view stays unaware of checking).
 */
import { useState, type ReactNode } from 'react'
import type { EntryView } from '@shared/ipc/types'
import { Icon } from '@renderer/components/Icon'
import { AnswerCheckPanel } from './AnswerCheckPanel'
import { useAnswerCheck } from './useAnswerCheck'
import { useLiveAnswer } from './liveAnswer'

const NO_MARKS: string[][] = []

function LiveCheck({
  view,
  children
}: {
  view: EntryView
  children: (marks: string[][]) => ReactNode
}) {
  const live = useLiveAnswer(view.entry.id)
  const answer = live ?? view.note?.markdown ?? ''
  const { check, missed } = useAnswerCheck(answer, view.entry.answers, view.entry.prompt)
  return (
    <>
      <AnswerCheckPanel check={check} subject="My answer" />
      {children(missed)}
    </>
  )
}

export function CheckMyAnswer({
  view,
  children
}: {
  view: EntryView
  children: (marks: string[][]) => ReactNode
}) {
  const [on, setOn] = useState(false)
  return (
    <>
      <div className="check__toggle">
        <button
          type="button"
          className="btn btn--small"
          aria-pressed={on}
          data-testid="check-my-answer"
          onClick={() => setOn(!on)}
          title="Compare My answer with the key points of the reference answers"
        >
          <Icon name="check" size={14} />
          {on ? 'Hide the check' : 'Check my answer'}
        </button>
      </div>
      {on ? <LiveCheck view={view}>{children}</LiveCheck> : children(NO_MARKS)}
    </>
  )
}
