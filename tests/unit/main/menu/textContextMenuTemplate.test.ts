import { describe, expect, it, vi } from 'vitest'
import {
  textContextMenuTemplate,
  type TextMenuParams
} from '../../../../src/main/menu/textContextMenuTemplate'

const allFlags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: true
}

function params(extra: Partial<TextMenuParams>): TextMenuParams {
  return {
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: allFlags,
    ...extra
  }
}

const labels = (t: ReturnType<typeof textContextMenuTemplate>) =>
  t.map((i) => (i.type === 'separator' ? '—' : i.label))

describe('textContextMenuTemplate', () => {
  it('offers cut, copy, paste and select all in editable text, as the field allows', () => {
    const t = textContextMenuTemplate(
      params({ editFlags: { ...allFlags, canCut: false, canCopy: false } }),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    )
    expect(labels(t)).toEqual(['Cut', 'Copy', 'Paste', '—', 'Select all'])
    expect(t.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    expect(t.find((i) => i.label === 'Cut')?.enabled).toBe(false)
    expect(t.find((i) => i.label === 'Paste')?.enabled).toBe(true)
  })

  it('puts spelling suggestions and "Add to dictionary" first on a misspelled word', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    const t = textContextMenuTemplate(
      params({ misspelledWord: 'decoratr', dictionarySuggestions: ['decorator', 'decorate'] }),
      actions
    )
    expect(labels(t)).toEqual([
      'decorator',
      'decorate',
      'Add “decoratr” to dictionary',
      '—',
      'Cut',
      'Copy',
      'Paste',
      '—',
      'Select all'
    ])
    ;(t[0]!.click as () => void)()
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('decorator')
    ;(t[2]!.click as () => void)()
    expect(actions.addToDictionary).toHaveBeenCalledWith('decoratr')
  })

  it('says "No suggestions" when the spellchecker has none, and offers at most five', () => {
    const none = textContextMenuTemplate(params({ misspelledWord: 'qwxz' }), {
      replaceMisspelling: vi.fn(),
      addToDictionary: vi.fn()
    })
    expect(none[0]).toMatchObject({ label: 'No suggestions', enabled: false })
    const many = textContextMenuTemplate(
      params({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    )
    expect(labels(many).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'Add “teh” to dictionary'])
  })

  it('gives read-only text with a selection Copy only, and no menu elsewhere', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() }
    expect(
      labels(textContextMenuTemplate(params({ isEditable: false, selectionText: 'GIL' }), actions))
    ).toEqual(['Copy'])
    expect(textContextMenuTemplate(params({ isEditable: false }), actions)).toEqual([])
    expect(
      textContextMenuTemplate(params({ isEditable: false, selectionText: '  \n' }), actions)
    ).toEqual([])
  })
})
