import type { ReactNode } from 'react'
import { Icon } from './Icon'

/** The "it worked" block a dialog shows when a long action finishes (export, restore). */
export function DoneNotice(props: { title: ReactNode; detail: ReactNode; testId?: string }) {
  return (
    <div className="export__done" role="status" data-testid={props.testId}>
      <Icon name="check" size={18} className="export__done-icon" />
      <div>
        <strong>{props.title}</strong>
        <p className="export__path">{props.detail}</p>
      </div>
    </div>
  )
}
