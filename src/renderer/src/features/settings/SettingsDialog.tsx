/**
 * File → Settings… (Ctrl/Cmd+,, or the gear button): one dialog of sections. Each section is
 * its own component with its own heading; more are mounted through `extraSections` (the sync
 * settings are meant to go there), so this file never needs to know them.
 */
import type { ReactNode } from 'react'
import type { NotebookFolderResult } from '@shared/ipc/types'
import { Dialog } from '@renderer/components/Dialog'
import { NotebookFolderSection } from './NotebookFolderSection'
import './SettingsDialog.css'

export interface SettingsDialogProps {
  /** The notebook folder open now. */
  notebookDir: string
  onClose: () => void
  /** The folder changed (moved or re-pointed): answers, catalog and settings are new. */
  onFolderChanged: (result: NotebookFolderResult) => void
  /** Help → About from inside the dialog (there is no menu bar in the browser preview). */
  onAbout: () => void
  /**
   * SLOT for further sections (e.g. `<SyncSettings />`), rendered after Notebook folder. Each
   * should be a `<SettingsSection>`.
   */
  extraSections?: ReactNode
  /** "Reopen where I left off" (settings.reopenLastSession) and its change. */
  reopenLastSession?: boolean
  onReopenLastSession?: (on: boolean) => void
}

/** One titled section of the settings dialog. */
export function SettingsSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="settings__section" aria-labelledby={`settings-${props.id}`}>
      <h3 id={`settings-${props.id}`} className="settings__heading">
        {props.title}
      </h3>
      {props.children}
    </section>
  )
}

export function SettingsDialog(props: SettingsDialogProps) {
  return (
    <Dialog
      title="Settings"
      wide
      testId="settings-dialog"
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="btn btn--ghost" onClick={props.onAbout}>
            About Study Notebook
          </button>
          <div className="settings__spacer" />
          <button type="button" className="btn" onClick={props.onClose}>
            Close
          </button>
        </>
      }
    >
      <SettingsSection id="notebook-folder" title="Notebook folder">
        <NotebookFolderSection notebookDir={props.notebookDir} onChanged={props.onFolderChanged} />
      </SettingsSection>
      {props.onReopenLastSession && (
        <SettingsSection id="startup" title="Start-up">
          <label className="settings__check">
            <input
              type="checkbox"
              checked={props.reopenLastSession ?? true}
              onChange={(e) => props.onReopenLastSession?.(e.target.checked)}
            />
            Reopen where I left off
          </label>
          <p className="settings__hint">
            The last search, filters and question come back when the app starts.
          </p>
        </SettingsSection>
      )}
      {props.extraSections}
    </Dialog>
  )
}
