// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list'
import { $createTextNode, $getRoot } from 'lexical'
import { registerTaskItems } from '@renderer/editor/plugins/registerTaskItems'
import { createAnswerEditor, save } from './headlessAnswerEditor'

function bulletWith(texts: string[]) {
  const editor = createAnswerEditor()
  registerTaskItems(editor)
  editor.update(
    () => {
      const list = $createListNode('bullet')
      for (const text of texts) list.append($createListItemNode().append($createTextNode(text)))
      $getRoot().clear().append(list)
    },
    { discrete: true }
  )
  return editor
}

describe('task items typed as "- [ ] "', () => {
  it('turn a lone bullet item into an unchecked check-list item', () => {
    const editor = bulletWith(['[ ] learn closures'])
    const shape = editor.getEditorState().read(() => {
      const list = $getRoot().getFirstChild()
      const item = $isListNode(list) ? list.getFirstChild() : null
      return {
        type: $isListNode(list) ? list.getListType() : null,
        checked: $isListItemNode(item) ? item.getChecked() : null,
        text: item?.getTextContent()
      }
    })
    expect(shape).toEqual({ type: 'check', checked: false, text: 'learn closures' })
    expect(save(editor)).toBe('- [ ] learn closures\n')
  })

  it('reads [x] as checked', () => {
    expect(save(bulletWith(['[x] done']))).toBe('- [x] done\n')
  })

  it('leave a longer bullet list alone', () => {
    const editor = bulletWith(['plain', '[ ] not converted'])
    expect(editor.getEditorState().read(() => $getRoot().getFirstChild()?.getType())).toBe('list')
    expect(
      editor.getEditorState().read(() => {
        const list = $getRoot().getFirstChild()
        return $isListNode(list) ? list.getListType() : null
      })
    ).toBe('bullet')
  })
})
