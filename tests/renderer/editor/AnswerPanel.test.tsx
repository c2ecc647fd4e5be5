// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isParagraphNode,
  type LexicalEditor
} from 'lexical'
import type { ComponentType } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { NoteDoc, NoteSaveRequest, NoteSaveResult } from '@shared/ipc/types'
import type { AnswerPanelProps } from '@renderer/features/answer/AnswerPanel'

/** A fake `window.notebook` holding one answer per id, with events the test can send. */
function installFakeNotebook() {
  const disk = new Map<string, NoteDoc>()
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const calls: Array<{ channel: string; args: unknown[] }> = []
  let counter = 0
  const handlers: Record<string, (...args: never[]) => unknown> = {
    'notes:load': (id: string) => disk.get(id) ?? null,
    'notes:save': (request: NoteSaveRequest): NoteSaveResult => {
      const current = disk.get(request.id)
      if (current && current.revision !== request.baseRevision)
        return {
          ok: false,
          conflict: {
            diskMarkdown: current.markdown,
            diskRevision: current.revision,
            keptAs: `/n/${request.id}.conflict.md`
          }
        }
      const revision = `r${++counter}`
      disk.set(request.id, {
        id: request.id,
        markdown: request.markdown,
        revision,
        updatedAt: counter
      })
      return { ok: true, revision, savedAt: counter }
    },
    'app:flushed': () => undefined
  }
  ;(window as unknown as { notebook: unknown }).notebook = {
    invoke: async (channel: string, ...args: unknown[]) => {
      calls.push({ channel, args })
      const handler = handlers[channel]
      if (!handler) throw new Error(`unexpected ${channel}`)
      return (handler as (...a: unknown[]) => unknown)(...args)
    },
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set()
      listeners.set(event, set)
      set.add(listener)
      return () => set.delete(listener)
    }
  }
  return {
    disk,
    calls,
    saves: () =>
      calls.filter((c) => c.channel === 'notes:save').map((c) => c.args[0] as NoteSaveRequest),
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
    writeElsewhere(id: string, markdown: string) {
      disk.set(id, { id, markdown, revision: `ext${++counter}`, updatedAt: counter })
    }
  }
}

let fake: ReturnType<typeof installFakeNotebook>
let AnswerPanel: ComponentType<AnswerPanelProps>

beforeAll(async () => {
  fake = installFakeNotebook()
  // Imported after the fake exists: the module subscribes to flush requests when it loads.
  AnswerPanel = (await import('@renderer/features/answer/AnswerPanel')).AnswerPanel
})
beforeEach(() => {
  fake.disk.clear()
  fake.calls.length = 0
})
afterEach(cleanup)

async function editorFor(): Promise<LexicalEditor> {
  const root = await screen.findByRole('textbox', { name: 'My answer' })
  const editor = (root as HTMLElement & { __lexicalEditor?: LexicalEditor }).__lexicalEditor
  if (!editor) throw new Error('no Lexical editor on the content element')
  return editor
}

/** What typing a paragraph does to the document (into the empty one a new answer starts with). */
function typeParagraph(editor: LexicalEditor, text: string): void {
  act(() => {
    editor.update(
      () => {
        const last = $getRoot().getLastChild()
        const target =
          $isParagraphNode(last) && last.getTextContentSize() === 0 ? last : $createParagraphNode()
        if (target !== last) $getRoot().append(target)
        target.append($createTextNode(text))
      },
      { discrete: true }
    )
  })
}

const state = (): string | null =>
  document.querySelector('.answer-save')?.getAttribute('data-state') ?? null

describe('AnswerPanel', () => {
  it('loads the answer from its Markdown', async () => {
    fake.writeElsewhere('q-1', '# Heading\n\n```py\nprint(1)\n```\n')
    render(<AnswerPanel entryId="q-1" prompt="What?" />)
    const editor = await editorFor()
    await waitFor(() => expect(document.querySelector('.ae-h1')?.textContent).toBe('Heading'))
    expect(document.querySelector('.ae-code')?.getAttribute('data-language')).toBe('py')
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('print(1)')
    expect(state()).toBe('saved')
  })

  it('saves the edits as Markdown when the question closes (switching question)', async () => {
    const { unmount } = render(<AnswerPanel entryId="q-2" prompt="What?" />)
    typeParagraph(await editorFor(), 'my **first** answer')
    expect(state()).toBe('unsaved')
    unmount()
    await waitFor(() => expect(fake.saves()).toHaveLength(1))
    expect(fake.saves()[0]).toMatchObject({ id: 'q-2', baseRevision: null })
    // Literal asterisks typed as text are escaped, so they stay text on the next load.
    expect(fake.disk.get('q-2')?.markdown).toBe('my \\*\\*first\\*\\* answer\n')
  })

  it('counts an edit made the moment the editor appears, before React runs its passive effects', async () => {
    // The answer loads asynchronously; the editor appears in a later commit. An edit made as soon
    // as the content element is in the page (a MutationObserver fires before passive effects)
    // must still count as an edit.
    let typed = false
    const observer = new MutationObserver(() => {
      const root = document.querySelector<HTMLElement & { __lexicalEditor?: LexicalEditor }>(
        '[aria-label="My answer"][contenteditable="true"]'
      )
      if (typed || !root?.__lexicalEditor) return
      typed = true
      typeParagraph(root.__lexicalEditor, 'typed at once')
    })
    observer.observe(document.body, { childList: true, subtree: true })
    render(<AnswerPanel entryId="q-early" prompt="What?" />)
    await waitFor(() => expect(typed).toBe(true))
    observer.disconnect()
    await act(async () => {})
    expect(state()).toBe('unsaved')
  })

  it('answers a flush request from the main process after saving', async () => {
    render(<AnswerPanel entryId="q-3" prompt="What?" />)
    typeParagraph(await editorFor(), 'before quit')
    act(() => fake.emit('app:flush-request', { reason: 'quit' }))
    await waitFor(() => expect(fake.calls.some((c) => c.channel === 'app:flushed')).toBe(true))
    const saveIndex = fake.calls.findIndex((c) => c.channel === 'notes:save')
    const flushedIndex = fake.calls.findIndex((c) => c.channel === 'app:flushed')
    expect(saveIndex).toBeGreaterThanOrEqual(0)
    expect(saveIndex).toBeLessThan(flushedIndex)
    expect(fake.disk.get('q-3')?.markdown).toBe('before quit\n')
  })

  it('reloads an answer changed on disk when there are no local edits', async () => {
    fake.writeElsewhere('q-4', 'old text\n')
    render(<AnswerPanel entryId="q-4" prompt="What?" />)
    const editor = await editorFor()
    await waitFor(() =>
      expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('old text')
    )
    fake.writeElsewhere('q-4', 'new text from vim\n')
    act(() => fake.emit('notes:changed', { id: 'q-4' }))
    await waitFor(() =>
      expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe(
        'new text from vim'
      )
    )
    expect(fake.saves()).toHaveLength(0)
  })

  it('on a conflict keeps both and shows the disk version', async () => {
    fake.writeElsewhere('q-5', 'base\n')
    render(<AnswerPanel entryId="q-5" prompt="What?" />)
    const editor = await editorFor()
    await waitFor(() =>
      expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('base')
    )
    fake.writeElsewhere('q-5', 'theirs\n')
    typeParagraph(editor, 'mine')
    act(() => fake.emit('notes:changed', { id: 'q-5' }))
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('changed outside the app')
    expect(screen.getByLabelText('Version on disk').textContent).toBe('theirs\n')
    expect(state()).toBe('conflict')
    expect(fake.disk.get('q-5')?.markdown).toBe('theirs\n')
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toContain('mine')
  })
})
