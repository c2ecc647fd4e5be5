// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { SearchRequest } from '@shared/ipc/types'
import type { RestoredSession } from '@shared/ipc/sessionTypes'
import { App } from '@renderer/app/App'
import { historyKeyDirection } from '@renderer/app/useHistoryShortcuts'
import {
  entryView,
  fakeLayout,
  hit,
  installFakeBridge,
  searchOver,
  type FakeBridge
} from './fakeBridge'

beforeAll(() => fakeLayout(800, 400))
afterEach(cleanup)

const HITS = [
  hit('gil', 'What is the GIL?'),
  hit('orm', 'select_related vs prefetch_related', { section: 'Django ORM' }),
  hit('kw', 'What are *args and **kwargs?')
]
// Each question links to the next one, as "Related questions" do.
const RELATED: Record<string, { id: string; prompt: string }> = {
  gil: { id: 'orm', prompt: 'select_related vs prefetch_related' },
  orm: { id: 'kw', prompt: 'What are *args and **kwargs?' }
}

let bridge: FakeBridge
function install(boot: Parameters<typeof installFakeBridge>[0] = {}): void {
  bridge = installFakeBridge(boot)
  bridge.handle('search:query', searchOver(HITS))
  bridge.handle('catalog:entry', (id: string) => {
    const view = entryView(id, ['An answer.'], {
      prompt: HITS.find((h) => h.id === id)?.prompt ?? id
    })
    const next = RELATED[id]
    return next ? { ...view, related: [next] } : view
  })
}

async function openApp(): Promise<HTMLInputElement> {
  render(<App />)
  const input = (await screen.findByTestId('search-input')) as HTMLInputElement
  await waitFor(() => expect(bridge.listening('app:command')).toBe(true))
  return input
}

const prompt = async (text: string) =>
  waitFor(() => expect(screen.getByTestId('question-prompt').textContent).toBe(text))
const back = () => screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement
const forward = () => screen.getByRole('button', { name: 'Forward' }) as HTMLButtonElement

/** Opens GIL from the results, then follows two related links: GIL → ORM → kwargs. */
async function followTwoLinks(): Promise<void> {
  const input = await openApp()
  fireEvent.change(input, { target: { value: 'what' } })
  fireEvent.click((await screen.findAllByTestId('result-item'))[0]!)
  await prompt('What is the GIL?')
  fireEvent.click(await screen.findByTestId('related-link'))
  await prompt('select_related vs prefetch_related')
  fireEvent.click(await screen.findByTestId('related-link'))
  await prompt('What are *args and **kwargs?')
}

describe('Back and Forward', () => {
  beforeEach(() => install())

  it('Alt+← and Alt+→ retrace the related links; the buttons say when there is nowhere to go', async () => {
    await followTwoLinks()
    expect(back().disabled).toBe(false)
    expect(forward().disabled).toBe(true)
    expect(back().title).toBe('Back (Alt+←)')
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true })
    await prompt('select_related vs prefetch_related')
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true })
    await prompt('What is the GIL?')
    expect(back().disabled).toBe(true)
    expect(forward().disabled).toBe(false)
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true })
    await prompt('select_related vs prefetch_related')
    // Opening another question from here drops what was ahead.
    fireEvent.click(screen.getAllByTestId('result-item')[1]!)
    await prompt('What are *args and **kwargs?')
    expect(forward().disabled).toBe(true)
  })

  it('the header buttons, the mouse side buttons and the menu command go the same way', async () => {
    await followTwoLinks()
    fireEvent.click(back())
    await prompt('select_related vs prefetch_related')
    fireEvent.mouseUp(window, { button: 3 })
    await prompt('What is the GIL?')
    fireEvent.mouseUp(window, { button: 4 })
    await prompt('select_related vs prefetch_related')
    act(() => bridge.emit('app:command', { command: 'go-forward' }))
    await prompt('What are *args and **kwargs?')
    act(() => bridge.emit('app:command', { command: 'go-back' }))
    await prompt('select_related vs prefetch_related')
    fireEvent.click(forward())
    await prompt('What are *args and **kwargs?')
  })

  it('leaves the keys to an open dialog', async () => {
    await followTwoLinks()
    fireEvent.keyDown(document.body, { key: '?' })
    // The dialog loads on first use; under load that can take a while.
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' }, { timeout: 10_000 })
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true })
    fireEvent.mouseUp(window, { button: 3 })
    expect(screen.getByTestId('question-prompt').textContent).toBe('What are *args and **kwargs?')
  })
})

describe('historyKeyDirection', () => {
  // The answer editor is a contenteditable element.
  const field = document.createElement('div')
  field.setAttribute('contenteditable', 'true')
  const key = (init: Partial<KeyboardEvent>, target: EventTarget = document.body) =>
    ({
      altKey: false,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      code: '',
      target,
      ...init
    }) as KeyboardEvent

  it('Windows and Linux: Alt+← / Alt+→ everywhere, even in text', () => {
    expect(historyKeyDirection(key({ key: 'ArrowLeft', altKey: true }), false)).toBe('back')
    expect(historyKeyDirection(key({ key: 'ArrowRight', altKey: true }, field), false)).toBe(
      'forward'
    )
    expect(historyKeyDirection(key({ key: '[', metaKey: true }), false)).toBeNull()
    expect(
      historyKeyDirection(key({ key: 'ArrowLeft', altKey: true, shiftKey: true }), false)
    ).toBeNull()
    expect(
      historyKeyDirection(key({ key: 'ArrowLeft', altKey: true, ctrlKey: true }), false)
    ).toBeNull()
  })

  it('macOS: Cmd+[ / Cmd+] everywhere; Alt+← stays word-navigation in text', () => {
    expect(
      historyKeyDirection(key({ key: '[', code: 'BracketLeft', metaKey: true }, field), true)
    ).toBe('back')
    expect(historyKeyDirection(key({ key: ']', code: 'BracketRight', metaKey: true }), true)).toBe(
      'forward'
    )
    expect(historyKeyDirection(key({ key: 'ArrowLeft', altKey: true }, field), true)).toBeNull()
    expect(historyKeyDirection(key({ key: 'ArrowLeft', altKey: true }), true)).toBe('back')
  })
})

describe('Reopen where I left off', () => {
  const session: RestoredSession = {
    query: 'what',
    filters: { sources: ['python.md'], sections: [], status: [], favourite: false },
    browseAll: false,
    resultsScroll: 0,
    view: 'notebook',
    open: { id: 'kw', prompt: 'What are *args and **kwargs?' }
  }
  const lastSearch = (): SearchRequest => bridge.callsTo('search:query').at(-1)![0] as SearchRequest

  it('brings back the search, the filters and the open question from bootstrap', async () => {
    install({ session })
    const input = await openApp()
    expect(input.value).toBe('what')
    await prompt('What are *args and **kwargs?')
    expect(lastSearch()).toMatchObject({ query: 'what', filters: { sources: ['python.md'] } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(2))
    // No Back yet: the history starts with the reopened question.
    expect(back().disabled).toBe(true)
  })

  it('scrolls the results back to where they were, once', async () => {
    install({
      session: {
        ...session,
        query: 'many',
        filters: { ...session.filters, sources: [] },
        resultsScroll: 1320
      }
    })
    const many = Array.from({ length: 200 }, (_, i) => hit(`m${i}`, `many question ${i}`))
    bridge.handle('search:query', searchOver(many))
    await openApp()
    const list = await screen.findByTestId('result-list')
    expect(list.scrollTop).toBe(1320)
    // Scrolling is saved too (the rest of the state is unchanged, so this is the one write).
    list.scrollTop = 2000
    fireEvent.scroll(list)
    await waitFor(
      () =>
        expect(bridge.callsTo('session:save').at(-1)?.[0]).toMatchObject({ resultsScroll: 2000 }),
      { timeout: 3000 }
    )
  })

  it('opens nothing when the saved question is gone, and keeps the search', async () => {
    install({ session: { ...session, open: null } })
    const input = await openApp()
    expect(input.value).toBe('what')
    expect(screen.queryByTestId('question-prompt')).toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('saves the search, filters and open question a moment after they change', async () => {
    install()
    const input = await openApp()
    fireEvent.change(input, { target: { value: 'kwargs' } })
    fireEvent.click(await screen.findByTestId('result-item'))
    await prompt('What are *args and **kwargs?')
    await waitFor(
      () =>
        expect(bridge.callsTo('session:save').at(-1)).toEqual([
          {
            v: 1,
            query: 'kwargs',
            filters: { sources: [], sections: [], status: [], favourite: false },
            browseAll: false,
            openId: 'kw',
            view: 'notebook',
            resultsScroll: 0
          }
        ]),
      { timeout: 3000 }
    )
    // Coalesced: typing and opening were one write, not one per change.
    expect(bridge.callsTo('session:save')).toHaveLength(1)
  })

  it('Settings → Start-up turns it off', async () => {
    install()
    await openApp()
    fireEvent.keyDown(document.body, { key: ',', ctrlKey: true })
    const box = (await screen.findByRole(
      'checkbox',
      { name: 'Reopen where I left off' },
      { timeout: 10_000 }
    )) as HTMLInputElement
    expect(box.checked).toBe(true)
    fireEvent.click(box)
    await waitFor(() =>
      expect(bridge.callsTo('settings:update')).toContainEqual([{ reopenLastSession: false }])
    )
    await waitFor(() => expect(box.checked).toBe(false))
  })

  it('comes back in the study screen when the user left from there', async () => {
    install({ session: { ...session, view: 'study', open: null } })
    await openApp()
    expect(screen.getByTestId('study-button').getAttribute('aria-pressed')).toBe('true')
  })
})
