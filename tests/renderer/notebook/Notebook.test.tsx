// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import type { SearchRequest, SearchResponse } from '@shared/ipc/types'
import { App } from '@renderer/app/App'
import {
  fakeLayout,
  hit,
  installFakeBridge,
  overview,
  searchOver,
  type FakeBridge
} from './fakeBridge'

beforeAll(() => fakeLayout(800, 400))
afterEach(cleanup)

const HITS = [
  hit('gil', 'What is the GIL?', { matches: { prompt: [[12, 3]] } }),
  hit('orm', 'select_related vs prefetch_related', { section: 'Django ORM' }),
  hit('kw', 'What are *args and **kwargs?')
]

let bridge: FakeBridge
beforeEach(() => {
  bridge = installFakeBridge()
  bridge.handle('search:query', searchOver(HITS))
})

async function openApp(): Promise<HTMLInputElement> {
  render(<App />)
  const input = (await screen.findByTestId('search-input')) as HTMLInputElement
  // The search box paints before the notebook's subscriptions run (passive effects); the
  // subscription is the signal that main-process events will be heard.
  await waitFor(() => expect(bridge.listening('app:notice')).toBe(true))
  return input
}

const lastSearch = (): SearchRequest => bridge.callsTo('search:query').at(-1)![0] as SearchRequest

describe('Notebook search', () => {
  it('searches as you type and shows the count and highlighted results', async () => {
    const input = await openApp()
    expect(screen.getByTestId('empty-start')).toBeTruthy()
    fireEvent.change(input, { target: { value: 'what' } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(2))
    expect(screen.getByTestId('result-count').textContent).toBe('2 results')
    expect(lastSearch()).toEqual({ query: 'what', limit: 30, ranges: 'prompt' })
    expect(screen.getAllByTestId('result-item')[0]!.querySelector('mark')?.textContent).toBe('GIL')
  })

  it('offers "Did you mean" from the engine and searches the correction on click', async () => {
    bridge.handle('search:query', (req: SearchRequest) =>
      req.query === 'gill'
        ? { total: 0, hits: [], fallback: false, tookMs: 1, didYouMean: 'gil' }
        : searchOver(HITS)(req)
    )
    const input = await openApp()
    fireEvent.change(input, { target: { value: 'gill' } })
    const line = await screen.findByTestId('did-you-mean')
    expect(line.textContent).toBe('Did you mean gil?')
    fireEvent.click(within(line).getByRole('button', { name: 'gil' }))
    expect(input.value).toBe('gil')
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(1))
    expect(screen.queryByTestId('did-you-mean')).toBeNull()
  })

  it('sends at once, keeps only the newest query while one is in flight, shows only its results', async () => {
    const pending: Array<() => void> = []
    bridge.handle(
      'search:query',
      ((req: SearchRequest) =>
        new Promise<SearchResponse>((resolve) =>
          pending.push(() => resolve(searchOver(HITS)(req)))
        )) as never
    )
    const input = await openApp()
    fireEvent.change(input, { target: { value: 'gil' } })
    // No debounce: the first keystroke's query is already on its way.
    expect(bridge.callsTo('search:query')).toHaveLength(1)
    fireEvent.change(input, { target: { value: 'kw' } })
    fireEvent.change(input, { target: { value: 'kwargs' } })
    expect(bridge.callsTo('search:query')).toHaveLength(1)
    // The first answer is stale by now: dropped, and only the newest waiting query goes out.
    await act(async () => pending[0]!())
    await waitFor(() => expect(pending).toHaveLength(2))
    expect(bridge.callsTo('search:query').map(([r]) => (r as SearchRequest).query)).toEqual([
      'gil',
      'kwargs'
    ])
    expect(screen.queryAllByTestId('result-item').some((i) => i.textContent?.includes('GIL'))).toBe(
      false
    )
    await act(async () => pending[1]!())
    const items = screen.getAllByTestId('result-item')
    expect(items).toHaveLength(1)
    expect(items[0]!.textContent).toContain('kwargs')
  })

  it('asks again when the engine answers cancelled (another query displaced ours)', async () => {
    let first = true
    bridge.handle('search:query', ((req: SearchRequest) => {
      if (first) {
        first = false
        return { total: 0, hits: [], fallback: false, tookMs: 0, cancelled: true }
      }
      return searchOver(HITS)(req)
    }) as never)
    const input = await openApp()
    fireEvent.change(input, { target: { value: 'gil' } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(1))
    expect(bridge.callsTo('search:query')).toHaveLength(2)
  })

  it('says what to do when nothing matches, and removes filters on request', async () => {
    const input = await openApp()
    fireEvent.click(screen.getByTestId('filter-chip-favourite'))
    fireEvent.change(input, { target: { value: 'zzz' } })
    const empty = await screen.findByTestId('empty-results')
    fireEvent.click(within(empty).getByRole('button', { name: 'Remove filters' }))
    await waitFor(() => expect(lastSearch()).toEqual({ query: 'zzz', limit: 30, ranges: 'prompt' }))
  })
})

describe('Filter chips', () => {
  it('turn into the right SearchRequest filters', async () => {
    await openApp()
    fireEvent.click(screen.getByTestId('filter-chip-favourite'))
    await waitFor(() => expect(lastSearch().filters).toEqual({ favourite: true }))

    fireEvent.click(screen.getByTestId('filter-chip-unanswered'))
    await waitFor(() => expect(lastSearch().filters).toEqual({ favourite: true, answered: false }))
    // "Answered" and "Not yet" exclude each other.
    fireEvent.click(screen.getByTestId('filter-chip-answered'))
    await waitFor(() => expect(lastSearch().filters).toEqual({ favourite: true, answered: true }))

    fireEvent.click(screen.getByTestId('filter-chip-checked'))
    fireEvent.click(screen.getByTestId('filter-chip-status'))
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Learning' }))
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: 'Confident' }))
    fireEvent.click(screen.getByTestId('filter-chip-source'))
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: /python\.md/ }))
    fireEvent.click(screen.getByTestId('filter-chip-section'))
    fireEvent.click(screen.getByRole('menuitemcheckbox', { name: /Django ORM/ }))
    await waitFor(() =>
      expect(lastSearch()).toEqual({
        query: '',
        limit: 30,
        ranges: 'prompt',
        filters: {
          favourite: true,
          answered: true,
          checked: true,
          status: ['learning', 'confident'],
          sources: ['python.md'],
          sections: ['Django ORM']
        }
      })
    )
    fireEvent.click(screen.getByTestId('filter-clear'))
    await waitFor(() => expect(screen.getByTestId('empty-start')).toBeTruthy())
  })

  it('sidebar sections filter by source and section', async () => {
    await openApp()
    fireEvent.click(screen.getByRole('treeitem', { name: /Django ORM/ }))
    await waitFor(() =>
      expect(lastSearch().filters).toEqual({ sources: ['python.md'], sections: ['Django ORM'] })
    )
  })
})

describe('Keyboard and commands', () => {
  it('focuses search with Ctrl+K and with / outside text fields', async () => {
    const input = await openApp()
    input.blur()
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true })
    expect(document.activeElement).toBe(input)
    input.blur()
    fireEvent.keyDown(document.body, { key: '/' })
    expect(document.activeElement).toBe(input)
  })

  it('arrow keys in the search box move through results and Enter opens one', async () => {
    const input = await openApp()
    fireEvent.change(input, { target: { value: 'what' } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(2))
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('kwargs')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(await screen.findByTestId('question-prompt')).toBeTruthy()
    expect(bridge.callsTo('catalog:entry')).toContainEqual(['kw'])
  })

  it('shows app:notice events as toasts and runs app:command export', async () => {
    await openApp()
    act(() =>
      bridge.emit('app:notice', { level: 'warning', message: 'broken.md could not be read' })
    )
    expect(screen.getByText('broken.md could not be read')).toBeTruthy()
    act(() => bridge.emit('app:command', { command: 'export' }))
    expect(await screen.findByTestId('export-dialog')).toBeTruthy()
  })
})

function preview(path: string) {
  const name = path.split('/').pop()!
  return {
    path,
    name,
    kind: 'file' as const,
    files: 1,
    items: 0,
    questions: 0,
    topics: 0,
    answered: 0,
    sample: [],
    warnings: [],
    unusedLines: [],
    unusedCount: 0
  }
}

describe('Sidebar', () => {
  it('adds sources through the file picker and shows a bad one inline with its reason', async () => {
    await openApp()
    const broken = {
      path: '/home/me/bad.docx',
      name: 'bad.docx',
      builtIn: false,
      kind: 'file' as const,
      status: 'error' as const,
      error: 'Not a supported format (.docx).',
      itemCount: 0,
      sections: []
    }
    bridge.handle('dialog:pickPath', () => ['/home/me/bad.docx'])
    // The service announces the bad source itself while it reloads the catalog.
    bridge.handle('sources:add', () => {
      bridge.emit('app:notice', {
        level: 'warning',
        message: 'Nothing could be read from bad.docx: Not a supported format (.docx).'
      })
      return [broken]
    })
    bridge.handle('catalog:overview', () => {
      const o = overview()
      return { ...o, sources: [...o.sources, broken] }
    })
    bridge.handle('sources:preview', () => [preview('/home/me/bad.docx')])
    fireEvent.click(screen.getByTestId('add-source'))
    const dialog = await screen.findByTestId('source-preview')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add' }))
    const sidebar = screen.getByRole('navigation', { name: 'Sources' })
    await waitFor(() =>
      expect(within(sidebar).getByRole('alert').textContent).toContain('Not a supported format')
    )
    expect(bridge.callsTo('dialog:pickPath')).toEqual([[{ kind: 'open-sources' }]])
    expect(bridge.callsTo('sources:add')).toEqual([[['/home/me/bad.docx']]])
    // Announced once as a toast: the service's notice, not repeated by the renderer.
    const toasts = screen.getByTestId('toasts').textContent ?? ''
    expect(toasts).toContain('Nothing could be read from bad.docx')
    expect(toasts.split('bad.docx').length - 1).toBe(1)
  })

  it('previews a source first and changes nothing on Cancel', async () => {
    await openApp()
    bridge.handle('dialog:pickPath', () => ['/home/me/notes.md'])
    bridge.handle('sources:preview', () => [
      { ...preview('/home/me/notes.md'), items: 3, questions: 2, topics: 1, answered: 1 }
    ])
    fireEvent.click(screen.getByTestId('add-source'))
    const dialog = await screen.findByTestId('source-preview')
    expect(dialog.textContent).toContain('Add notes.md?')
    expect(within(dialog).getByText('questions').previousElementSibling?.textContent).toBe('2')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByTestId('source-preview')).toBeNull())
    expect(bridge.callsTo('sources:add')).toEqual([])
  })

  it('hides and shows with its toggle', async () => {
    await openApp()
    const toggle = screen.getByTestId('sidebar-toggle')
    fireEvent.click(toggle)
    expect(screen.queryByRole('navigation', { name: 'Sources' })).toBeNull()
    fireEvent.keyDown(document.body, { key: '\\', ctrlKey: true })
    expect(screen.getByRole('navigation', { name: 'Sources' })).toBeTruthy()
  })
})

describe('Theme', () => {
  it('toggle cycles system → light → dark, applies it and saves it', async () => {
    await openApp()
    const toggle = screen.getByTestId('theme-toggle')
    expect(toggle.getAttribute('data-theme-preference')).toBe('system')
    fireEvent.click(toggle)
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'))
    fireEvent.click(toggle)
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
    expect(bridge.callsTo('settings:update')).toEqual([[{ theme: 'light' }], [{ theme: 'dark' }]])
    expect(toggle.getAttribute('aria-label')).toBe('Theme: Dark. Switch to System')
  })
})
