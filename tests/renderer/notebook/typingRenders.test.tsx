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
