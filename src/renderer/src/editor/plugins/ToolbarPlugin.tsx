import { TOGGLE_LINK_COMMAND } from '@lexical/link'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import { useState, type ReactNode } from 'react'
import type { LexicalEditor } from 'lexical'
import { canonicalLanguage, CODE_LANGUAGES } from '../highlight/codeLanguages'
import { setBlockType, setCodeLanguage, type BlockType } from './blockFormat'
import { ariaShortcut, IS_MAC, labelFor, shortcutText } from './shortcuts'
import { useToolbarState } from './useToolbarState'
import { Icon } from '@renderer/components/Icon'
import { LinkForm } from './LinkForm'
import { ToolbarMoreMenu, type MenuTool } from './ToolbarMoreMenu'
import { useToolbarOverflow } from './useToolbarOverflow'
import type { ToolbarState } from './useToolbarState'

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
      data-tool
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

/** A tool of the row, or a separator between groups. */
type Tool = (MenuTool & { separator?: false }) | { key: string; separator: true }

/** Every tool in row order; the ones that do not fit go into More, from the end. */
function toolsFor(editor: LexicalEditor, state: ToolbarState, toggleLink: () => void): Tool[] {
  const format = (f: 'bold' | 'italic' | 'code' | 'strikethrough'): void => {
    editor.dispatchCommand(FORMAT_TEXT_COMMAND, f)
  }
  return [
    {
      key: 'undo',
      label: 'Undo',
      glyph: '↶',
      shortcut: 'Z',
      disabled: !state.canUndo,
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined)
    },
    {
      key: 'redo',
      label: 'Redo',
      glyph: '↷',
      shortcut: IS_MAC ? 'Shift+Z' : 'Y',
      disabled: !state.canRedo,
      run: () => editor.dispatchCommand(REDO_COMMAND, undefined)
    },
    { key: 'sep-1', separator: true },
    {
      key: 'bold',
      label: 'Bold',
      glyph: <b>B</b>,
      shortcut: 'B',
      pressed: state.bold,
      run: () => format('bold')
    },
    {
      key: 'italic',
      label: 'Italic',
      glyph: <i>I</i>,
      shortcut: 'I',
      pressed: state.italic,
      run: () => format('italic')
    },
    {
      key: 'code',
      label: 'Inline code',
      glyph: <code>`c`</code>,
      shortcut: labelFor({ kind: 'format', format: 'code' }),
      pressed: state.code,
      run: () => format('code')
    },
    {
      key: 'strike',
      label: 'Strikethrough',
      glyph: <s>S</s>,
      shortcut: labelFor({ kind: 'format', format: 'strikethrough' }),
      pressed: state.strikethrough,
      run: () => format('strikethrough')
    },
    {
      key: 'link',
      label: state.link ? 'Remove link' : 'Link',
      glyph: <Icon name="link" size={14} />,
      pressed: state.link,
      run: toggleLink
    },
    { key: 'sep-2', separator: true },
    ...BLOCK_BUTTONS.map(({ block, label, glyph }) => ({
      key: block,
      label,
      glyph,
      shortcut: labelFor({ kind: 'block', block }),
      pressed: state.block === block,
      run: () => setBlockType(editor, block)
    }))
  ]
}

/** The text a tool's button shows, when it is text, for its accessible name (WCAG 2.5.3). */
const GLYPH_TEXT: Record<string, string> = { code: '`c`' }

/**
 * The small formatting toolbar above the answer: always one row. Tools that do not fit the
 * panel's width (measured with a ResizeObserver) move into a "More" menu at the end.
 */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext()
  const state = useToolbarState()
  const [linkOpen, setLinkOpen] = useState(false)
  const pickedLanguage = canonicalLanguage(state.codeLanguage) ?? ''
  const tools = toolsFor(editor, state, () => {
    if (state.link) editor.dispatchCommand(TOGGLE_LINK_COMMAND, null)
    else setLinkOpen((open) => !open)
  })
  const { rowRef, shown } = useToolbarOverflow(tools.length, state.block === 'code')
  const inline = tools.slice(0, shown)
  const overflow = tools.slice(shown).filter((t): t is MenuTool => !t.separator)
  return (
    <div className="ae-toolbar" role="toolbar" aria-label="Answer formatting">
      <div className="ae-toolbar__row" ref={rowRef}>
        {inline.map((tool) =>
          tool.separator ? (
            <span key={tool.key} className="ae-tool-sep" data-tool aria-hidden="true" />
          ) : (
            <ToolButton
              key={tool.key}
              label={tool.label}
              glyph={
                GLYPH_TEXT[tool.key] ?? (typeof tool.glyph === 'string' ? tool.glyph : undefined)
              }
              shortcut={tool.shortcut ?? null}
              pressed={tool.pressed}
              disabled={tool.disabled}
              onClick={tool.run}
            >
              {tool.glyph}
            </ToolButton>
          )
        )}
        {state.block === 'code' && (
          <select
            className="ae-language"
            aria-label="Code language"
            data-fixed
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
        {overflow.length > 0 && (
          <ToolbarMoreMenu
            tools={overflow}
            // The menu took focus from the editor: give it back with its selection, then act.
            onRun={(tool) => editor.focus(() => tool.run())}
          />
        )}
      </div>
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
