/**
 * The desktop-convention dialogs: Settings (File → Settings…, Ctrl/Cmd+,, the gear button),
 * Help → About and Help → Keyboard shortcuts (Ctrl/Cmd+/ or `?`). One is open at a time.
 */
import { lazy, Suspense, type ReactNode } from 'react'
import type { NotebookFolderResult } from '@shared/ipc/types'

import type { DesktopDialog } from './useDesktopDialogs'

// Loaded on first use: they stay out of the JavaScript the notebook needs at start-up.
const SettingsDialog = lazy(() =>
  import('@renderer/features/settings/SettingsDialog').then((m) => ({ default: m.SettingsDialog }))
)
const AboutDialog = lazy(() =>
  import('@renderer/features/help/AboutDialog').then((m) => ({ default: m.AboutDialog }))
)
const ShortcutsDialog = lazy(() =>
  import('@renderer/features/help/ShortcutsDialog').then((m) => ({ default: m.ShortcutsDialog }))
)

export interface DesktopDialogsProps {
  dialog: DesktopDialog | null
  show: (dialog: DesktopDialog) => void
  close: () => void
  notebookDir: string
  onFolderChanged: (result: NotebookFolderResult) => void
  /** More settings sections (the sync settings), passed through to the Settings dialog. */
  extraSettingsSections?: ReactNode
  reopenLastSession?: boolean
  onReopenLastSession?: (on: boolean) => void
}

export function DesktopDialogs(props: DesktopDialogsProps) {
  return (
    <Suspense fallback={null}>
      <OpenDialog {...props} />
    </Suspense>
  )
}

function OpenDialog(props: DesktopDialogsProps) {
  if (props.dialog === 'settings')
    return (
      <SettingsDialog
        notebookDir={props.notebookDir}
        onClose={props.close}
        onFolderChanged={props.onFolderChanged}
        onAbout={() => props.show('about')}
        extraSections={props.extraSettingsSections}
        {...(props.onReopenLastSession
          ? {
              reopenLastSession: props.reopenLastSession ?? true,
              onReopenLastSession: props.onReopenLastSession
            }
          : {})}
      />
    )
  if (props.dialog === 'about') return <AboutDialog onClose={props.close} />
  if (props.dialog === 'shortcuts') return <ShortcutsDialog onClose={props.close} />
  return null
}
