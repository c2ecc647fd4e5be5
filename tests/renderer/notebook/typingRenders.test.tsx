// @vitest-environment jsdom
// Issue #16: a keystroke in the search box re-renders the box and the results, not the
// sidebar tree (1,000 sections at 50,000 questions) nor the open question.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from '@renderer/app/App'
import { fakeLayout, hit, installFakeBridge, searchOver, type FakeBridge } from './fakeBridge'

const renders = vi.hoisted(() => ({ sections: 0 }))
vi.mock('@renderer/features/sidebar/TreeItems', async (importOriginal) => {
  const real = await importOriginal<typeof import('@renderer/features/sidebar/TreeItems')>()
  return {
    ...real,
    SectionItem: (props: Parameters<typeof real.SectionItem>[0]) => {
      renders.sections++
      return real.SectionItem(props)
    }
  }
})

beforeAll(() => fakeLayout(800, 400))
afterEach(cleanup)

let bridge: FakeBridge
beforeEach(() => {
  bridge = installFakeBridge()
  bridge.handle(
    'search:query',
    searchOver([hit('gil', 'What is the GIL?'), hit('kw', 'What are *args and **kwargs?')])
  )
})

describe('typing in the search box', () => {
  it('does not re-render the sidebar tree', async () => {
    render(<App />)
    const input = (await screen.findByTestId('search-input')) as HTMLInputElement
    await waitFor(() => expect(screen.getAllByRole('treeitem').length).toBeGreaterThan(1))
    const before = renders.sections
    expect(before).toBeGreaterThan(0)
    for (const text of ['w', 'wh', 'wha', 'what'])
      fireEvent.change(input, { target: { value: text } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(2))
    expect(renders.sections).toBe(before)
  })
})

describe('a keystroke in the search box', () => {
  it('sends its query from the change handler, before React renders the keystroke', async () => {
    // The request is taken before the list is marked busy: the list only says "loading" once the
    // new query has been rendered, so a request sent from an effect would see aria-busy="true".
    const busyAtRequest: Array<string | null> = []
    const search = searchOver([hit('gil', 'What is the GIL?'), hit('gi', 'What is a git hook?')])
    bridge.handle('search:query', (req: Parameters<typeof search>[0]) => {
      busyAtRequest.push(screen.queryByTestId('result-list')?.getAttribute('aria-busy') ?? null)
      return search(req)
    })
    render(<App />)
    const input = (await screen.findByTestId('search-input')) as HTMLInputElement
    fireEvent.change(input, { target: { value: 'gi' } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(2))
    fireEvent.change(input, { target: { value: 'gil' } })
    await waitFor(() => expect(screen.getAllByTestId('result-item')).toHaveLength(1))
    // One request per keystroke (the render after it sends no second one), none marked busy.
    const queries = bridge
      .callsTo('search:query')
      .map((args) => (args[0] as { query: string }).query)
    expect(queries).toEqual(['gi', 'gil'])
    expect(busyAtRequest).toEqual([null, null])
  })
})
