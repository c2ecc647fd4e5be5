/** The notebook's side of the checked-items notice: dismissing it and "Reset to New". */
import { useMemo } from 'react'
import type { AppNotice, SourceInfo } from '@shared/ipc/types'
import type { Settings } from '@shared/settings'
import { call } from '@renderer/api/notebookClient'
import { errorMessage } from '@renderer/api/errorMessage'
import { countOf } from '@renderer/components/countOf'
import type { CheckedNoticeActions } from './checkedNotice'

/** Actions for CheckedNoticeContext; `onStudyChanged` re-reads study state after a reset. */
export function useCheckedNoticeActions(
  settings: Settings,
  updateSettings: (patch: Partial<Settings>) => void,
  notify: (notice: AppNotice) => void,
  onStudyChanged: () => void
): CheckedNoticeActions {
  return useMemo(() => {
    const dismissed = settings.dismissedCheckedNotices
    const onDismiss = (source: SourceInfo): void => {
      if (!dismissed.includes(source.path))
        updateSettings({ dismissedCheckedNotices: [...dismissed, source.path] })
    }
    const onReset = (source: SourceInfo): void => {
      call('study:resetChecked', source.name).then(
        ({ reset }) => {
          onDismiss(source)
          onStudyChanged()
          notify({
            level: 'info',
            message:
              reset > 0
                ? `${countOf(reset, 'question')} set back to New.`
                : 'Nothing to reset: you have changed the status of every checked question since.'
          })
        },
        (e: unknown) =>
          notify({ level: 'error', message: `Could not reset to New: ${errorMessage(e)}` })
      )
    }
    return { dismissed, onDismiss, onReset }
  }, [settings.dismissedCheckedNotices, updateSettings, notify, onStudyChanged])
}
