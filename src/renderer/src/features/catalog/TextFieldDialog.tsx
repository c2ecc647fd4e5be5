/** A one-field dialog (fix the prompt, move to a section): a labelled text field and Save. */
import { useState } from 'react'
import { Dialog } from '@renderer/components/Dialog'
import { DialogActions } from '@renderer/components/DialogActions'
import { Icon } from '@renderer/components/Icon'
import './catalog.css'

export interface TextFieldDialogProps {
  title: string
  label: string
  initial: string
  /** Values to suggest (datalist). */
  suggestions?: string[]
  hint?: string
  /** Empty allowed (e.g. "no section"). */
  allowEmpty?: boolean
  submitLabel: string
  onClose: () => void
  /** Resolves when done; a rejection's message is shown in the dialog. */
  onSubmit: (value: string) => Promise<void>
}

export function TextFieldDialog(props: TextFieldDialogProps) {
  const [value, setValue] = useState(props.initial)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (): Promise<void> => {
    if (!props.allowEmpty && value.trim() === '') {
      setError(`${props.label} cannot be empty.`)
      return
    }
    setBusy(true)
    try {
      await props.onSubmit(value)
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      wide
      footer={
        <DialogActions
          onCancel={props.onClose}
          label={props.submitLabel}
          disabled={busy}
          form="text-field-form"
        />
      }
    >
      <form
        id="text-field-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <label className="form__field">
          <span className="form__label">{props.label}</span>
          <input
            className="input"
            value={value}
            data-autofocus
            maxLength={2000}
            list={props.suggestions ? 'text-field-suggestions' : undefined}
            onChange={(e) => setValue(e.target.value)}
          />
          {props.suggestions && (
            <datalist id="text-field-suggestions">
              {props.suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
        </label>
        {props.hint && <p className="form__hint">{props.hint}</p>}
        {error && (
          <div className="form__error" role="alert">
            <Icon name="alert" size={14} /> {error}
          </div>
        )}
      </form>
    </Dialog>
  )
}
