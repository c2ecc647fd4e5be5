/**
 * Settings → Search aliases: the user's own groups of names for one thing, one group per
 * line ("tz = time zone"), added to the shipped table for search and "Check my answer".
 * Lines that are not a group are named before saving; nothing is dropped silently.
 */
import { useMemo, useState } from 'react'
import { SHIPPED_ALIASES } from '@shared/domain/search/aliases/aliasTable'
import { formatAliasLines, parseAliasLines } from '@shared/domain/search/aliases/userAliases'
import { Dialog } from '@renderer/components/Dialog'
import './aliases.css'

export interface AliasesDialogProps {
  groups: string[][]
  onSave: (groups: string[][]) => void
  onClose: () => void
}

export function AliasesDialog({ groups, onSave, onClose }: AliasesDialogProps) {
  const [text, setText] = useState(() => formatAliasLines(groups))
  const parsed = useMemo(() => parseAliasLines(text), [text])
  const save = () => {
    onSave(parsed.groups)
    onClose()
  }
  return (
    <Dialog
      title="Search aliases"
      onClose={onClose}
      testId="aliases-dialog"
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={parsed.problems.length > 0}
            onClick={save}
            data-testid="aliases-save"
          >
            Save {parsed.groups.length} group{parsed.groups.length === 1 ? '' : 's'}
          </button>
        </>
      }
    >
      <p>
        Names for the same thing, one group per line, separated by <code>=</code> or a comma. A
        search for one name also finds the others; “Check my answer” accepts them too. The app ships{' '}
        {SHIPPED_ALIASES.length} groups (such as <code>GIL = global interpreter lock</code>
        ); yours are added to them.
      </p>
      <label className="aliases__label" htmlFor="aliases-text">
        Your aliases
      </label>
      <textarea
        id="aliases-text"
        className="input aliases__text"
        rows={8}
        value={text}
        placeholder={'tz = time zone, timezone\nk8s = kubernetes'}
        onChange={(e) => setText(e.target.value)}
        data-autofocus
        data-testid="aliases-text"
      />
      {parsed.problems.length > 0 && (
        <ul className="aliases__problems" role="alert" data-testid="aliases-problems">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
