import { TOGGLE_LINK_COMMAND } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import { useState, type ReactNode } from 'react'
import { canonicalLanguage, CODE_LANGUAGES } from '../highlight/codeLanguages'
import { setBlockType, setCodeLanguage, type BlockType } from './blockFormat'
import { ariaShortcut, IS_MAC, labelFor, shortcutText } from './shortcuts'
import { useToolbarState } from './useToolbarState'
import { Icon } from '@renderer/components/Icon'
import { LinkForm } from './LinkForm'

interface ToolButtonProps {
  label: string
  /**
   * What the button shows, when it is text: if that has letters or digits ("H1", "1.") the
   * accessible name carries it too, so a speech user can say what they see (WCAG 2.5.3); a
   * symbol ("•", "❝") is left out of the name, where a screen reader would only spell it.
   */
  glyph?: string
  /** Shortcut label as in shortcuts.ts ("E", "Alt+1"), if any. */
  shortcut?: string | null
  pressed?: boolean
  disabled?: boolean
  onClick: () => void
  children: ReactNode
}

function ToolButton(props: ToolButtonProps) {
  const { label, glyph, shortcut, pressed, disabled, onClick, children } = props
  const title = shortcut ? `${label} (${shortcutText(shortcut)})` : label
  return (
    <button
      type="button"
      className="ae-tool"
      aria-label={glyph && /[\p{L}\p{N}]/u.test(glyph) ? `${label}, ${glyph}` : label}
      title={title}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      disabled={disabled}
      // Keep the caret in the editor: a button that takes focus would lose the selection.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  )
}

const BLOCK_BUTTONS: Array<{ block: BlockType; label: string; glyph: string }> = [
  { block: 'h1', label: 'Heading 1', glyph: 'H1' },
  { block: 'h2', label: 'Heading 2', glyph: 'H2' },
  { block: 'h3', label: 'Heading 3', glyph: 'H3' },
  { block: 'bullet', label: 'Bulleted list', glyph: '•' },
  { block: 'number', label: 'Numbered list', glyph: '1.' },
  { block: 'check', label: 'Check list', glyph: '☑' },
  { block: 'quote', label: 'Quote', glyph: '❝' },
  { block: 'code', label: 'Code block', glyph: '{ }' }
]

/** The small formatting toolbar above the answer. */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext()
  const state = useToolbarState()
  const [linkOpen, setLinkOpen] = useState(false)
  const format = (f: 'bold' | 'italic' | 'code' | 'strikethrough'): void => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, f)
  }
  const pickedLanguage = canonicalLanguage(state.codeLanguage) ?? ''
  return (
    <div className="ae-toolbar" role="toolbar" aria-label="Answer formatting">
      <ToolButton
        label="Undo"
        shortcut="Z"
        disabled={!state.canUndo}
        onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
      >
        ↶
      </ToolButton>
      <ToolButton
        label="Redo"
        shortcut={IS_MAC ? 'Shift+Z' : 'Y'}
        disabled={!state.canRedo}
        onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
      >
        ↷
      </ToolButton>
      <span className="ae-tool-sep" aria-hidden="true" />
      <ToolButton label="Bold" shortcut="B" pressed={state.bold} onClick={() => format('bold')}>
        <b>B</b>
      </ToolButton>
      <ToolButton
        label="Italic"
        shortcut="I"
        pressed={state.italic}
        onClick={() => format('italic')}
      >
        <i>I</i>
      </ToolButton>
      <ToolButton
        label="Inline code"
        glyph="`c`"
        shortcut={labelFor({ kind: 'format', format: 'code' })}
        pressed={state.code}
        onClick={() => format('code')}
      >
        <code>`c`</code>
      </ToolButton>
      <ToolButton
        label="Strikethrough"
        shortcut={labelFor({ kind: 'format', format: 'strikethrough' })}
        pressed={state.strikethrough}
        onClick={() => format('strikethrough')}
      >
        <s>S</s>
      </ToolButton>
      <ToolButton
        label={state.link ? 'Remove link' : 'Link'}
        pressed={state.link}
        onClick={() => {
          if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
          else setLinkOpen((open) => !open)
        }}
      >
        <Icon name="link" size={14} />
      </ToolButton>
      <span className="ae-tool-sep" aria-hidden="true" />
      {BLOCK_BUTTONS.map(({ block, label, glyph }) => (
        <ToolButton
          key={block}
          label={label}
          glyph={glyph}
          shortcut={labelFor({ kind: 'block', block })}
          pressed={state.block === block}
          onClick={() => setBlockType(editor, block)}
        >
          {glyph}
        </ToolButton>
      ))}
      {state.block === 'code' && (
        <select
          className="ae-language"
          aria-label="Code language"
          value={pickedLanguage}
          onChange={(e) => setCodeLanguage(editor, e.target.value)}
        >
          {pickedLanguage === '' && (
            <option value="">{state.codeLanguage ? state.codeLanguage : 'Language…'}</option>
          )}
          {CODE_LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      )}
      {linkOpen && (
        <LinkForm
          onApply={(url) => {
            setLinkOpen(false)
            editor.focus()
            editor.dispatchCommand(TOGGLE_LINK_COMMAND, url)
          }}
          onCancel={() => {
            setLinkOpen(false)
            editor.focus()
          }}
        />
      )}
    </div>
  )
}
