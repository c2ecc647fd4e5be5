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
    fireEvent.click(none!)
    expect(onSelect).toHaveBeenCalledWith({
      source: '000_a84ab7c9643d8013.txt',
      section: NO_SECTION
    })
    fireEvent.click(django!)
    expect(onSelect).toHaveBeenCalledWith({ source: '000_a84ab7c9643d8013.txt', section: 'Django' })
  })

  it('keeps a partly read folder clickable beside its reason; an unreadable one is not', () => {
    const onSelect = vi.fn()
    const folder = (name: string, itemCount: number) => ({
      path: `/notes/${name}`,
      name,
      builtIn: false,
      kind: 'folder' as const,
      status: 'error' as const,
      error: `${name}: 1 of 3 files skipped`,
      itemCount,
      sections: itemCount ? [{ name: 'Django', ...counts(itemCount) }] : []
    })
    render(
      <SourceTree
        overview={{ ...overview, sources: [folder('partly', 2), folder('nothing', 0)] }}
        selection={{ source: null, section: null }}
        onSelect={onSelect}
        onAddSource={() => undefined}
        onRemoveSource={() => undefined}
        adding={false}
      />
    )
    const [partly, nothing] = screen.getAllByTestId('sidebar-source') as HTMLButtonElement[]
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      expect.stringContaining('partly: 1 of 3 files skipped'),
      expect.stringContaining('nothing: 1 of 3 files skipped')
    ])
    expect(partly!.disabled).toBe(false)
    expect(partly!.textContent).toContain('2')
    expect(nothing!.disabled).toBe(true)
    fireEvent.click(partly!)
    expect(onSelect).toHaveBeenCalledWith({ source: 'partly', section: null })
    expect(screen.getByRole('button', { name: 'Remove source partly' })).toBeTruthy()
  })
})
