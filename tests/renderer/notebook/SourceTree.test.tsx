// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { CatalogOverview } from '@shared/ipc/types'
import { NO_SECTION } from '@shared/domain/catalog/occurrenceSections'
import { SourceTree } from '@renderer/features/sidebar/SourceTree'

afterEach(cleanup)

const counts = (total: number) => ({ total, answered: 0, confident: 0 })
const overview: CatalogOverview = {
  totalEntries: 5,
  totalItems: 5,
  answered: 0,
  confident: 0,
  sources: [
    {
      path: 'builtin:000_a84ab7c9643d8013.txt',
      name: '000_a84ab7c9643d8013.txt',
      title: 'Django & Python notes (000)',
      builtIn: true,
      kind: 'file',
      status: 'ok',
      itemCount: 5,
      sections: [
        { name: NO_SECTION, ...counts(3) },
        { name: 'Django', ...counts(2) }
      ]
    }
  ]
}

describe('SourceTree', () => {
  it('names a source by its title, keeps the file name in the tooltip, shows "(no section)"', () => {
    const onSelect = vi.fn()
    render(
      <SourceTree
        overview={overview}
        selection={{ source: null, section: null }}
        onSelect={onSelect}
        onAddSource={() => undefined}
        onRemoveSource={() => undefined}
        adding={false}
      />
    )
    const source = screen.getByTestId('sidebar-source')
    expect(source.textContent).toContain('Django & Python notes (000)')
    expect(source.title).toContain('000_a84ab7c9643d8013.txt')
    const [none, django] = screen.getAllByTestId('sidebar-section') as HTMLButtonElement[]
    expect(none!.textContent).toBe(`${NO_SECTION}3`)
    // The search cannot filter on "(no section)" yet, so the row only shows its count.
    expect(none!.disabled).toBe(true)
    fireEvent.click(django!)
    expect(onSelect).toHaveBeenCalledWith({ source: '000_a84ab7c9643d8013.txt', section: 'Django' })
  })
})
