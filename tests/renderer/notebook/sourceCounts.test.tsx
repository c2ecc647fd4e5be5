// @vitest-environment jsdom
/**
 * Issue #12, item 5: the Source filter menu and the sidebar show the same count for a source:
 * its distinct entries (what the filter lists), not its raw occurrence count.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { SourceInfo } from '@shared/ipc/types'
import { FilterChips } from '@renderer/features/search/FilterChips'
import { EMPTY_FILTERS } from '@renderer/features/search/filterState'
import { SourceTree } from '@renderer/features/sidebar/SourceTree'

afterEach(cleanup)

// 105 occurrences of 74 distinct entries, some under two headings (sections sum to 90).
const SOURCE: SourceInfo = {
  path: 'builtin:003.md',
  name: '003.md',
  title: 'Python interview questions',
  builtIn: true,
  kind: 'file',
  status: 'ok',
  itemCount: 105,
  sections: [
    { name: 'Basics', total: 50, answered: 0, confident: 0 },
    { name: 'Advanced', total: 40, answered: 0, confident: 0 }
  ],
  totals: { total: 74, answered: 0, confident: 0 }
}

describe('counts of a source', () => {
  it('are the distinct entries in the Source menu and in the sidebar', () => {
    render(<FilterChips filters={EMPTY_FILTERS} sources={[SOURCE]} onChange={vi.fn()} />)
    fireEvent.click(screen.getByTestId('filter-chip-source'))
    const option = screen.getByRole('menuitemcheckbox', { name: /Python interview questions/ })
    expect(option.querySelector('.menu__count')?.textContent).toBe('74')
    cleanup()

    render(
      <SourceTree
        overview={{
          totalEntries: 74,
          totalItems: 105,
          answered: 0,
          confident: 0,
          sources: [SOURCE]
        }}
        selection={{ source: null, section: null }}
        onSelect={vi.fn()}
        onAddSource={vi.fn()}
        onRemoveSource={vi.fn()}
        adding={false}
      />
    )
    const row = screen.getByText('Python interview questions').closest('.tree__row') as HTMLElement
    expect(within(row).getByText('74')).toBeTruthy()
  })
})
