/**
 * The desktop-convention dialogs: Settings (File → Settings…, Ctrl/Cmd+,, the gear button),
 * Help → About and Help → Keyboard shortcuts (Ctrl/Cmd+/ or `?`). One is open at a time.
 */
import type { ReactNode } from 'react'
import type { NotebookFolderResult } from '@shared/ipc/types'
import { AboutDialog } from '@renderer/features/help/AboutDialog'
import { ShortcutsDialog } from '@renderer/features/help/ShortcutsDialog'
import { SettingsDialog } from '@renderer/features/settings/SettingsDialog'

import type { DesktopDialog } from './useDesktopDialogs'

export interface DesktopDialogsProps {
  dialog: DesktopDialog | null
  show: (dialog: DesktopDialog) => void
  close: () => void
  notebookDir: string
  onFolderChanged: (result: NotebookFolderResult) => void
  /** More settings sections (the sync settings), passed through to the Settings dialog. */
  extraSettingsSections?: ReactNode
}

export function DesktopDialogs(props: DesktopDialogsProps) {
  if (props.dialog === 'settings')
    return (
      <SettingsDialog
        notebookDir={props.notebookDir}
        onClose={props.close}
        onFolderChanged={props.onFolderChanged}
        onAbout={() => props.show('about')}
        extraSections={props.extraSettingsSections}
      />
    )
  if (props.dialog === 'about') return <AboutDialog onClose={props.close} />
  if (props.dialog === 'shortcuts') return <ShortcutsDialog onClose={props.close} />
  return null
}
