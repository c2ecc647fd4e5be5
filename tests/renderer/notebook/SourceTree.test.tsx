// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
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
    const [none, django] = screen.getAllByTestId('sidebar-section')
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
    const [partly, nothing] = screen.getAllByTestId('sidebar-source')
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      expect.stringContaining('partly: 1 of 3 files skipped'),
      expect.stringContaining('nothing: 1 of 3 files skipped')
    ])
    expect(partly!.getAttribute('aria-disabled')).toBeNull()
    expect(partly!.textContent).toContain('2')
    expect(nothing!.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(nothing!)
    expect(onSelect).not.toHaveBeenCalled()
    fireEvent.click(partly!)
    expect(onSelect).toHaveBeenCalledWith({ source: 'partly', section: null })
    expect(screen.getByRole('button', { name: 'Remove source partly' })).toBeTruthy()
  })

  it('is one Tab stop with arrows inside: a roving tabindex over ARIA treeitems', () => {
    const onSelect = vi.fn()
    const onRemove = vi.fn()
    const added = {
      path: '/notes/fastapi.md',
      name: 'fastapi.md',
      title: 'FastAPI notes',
      builtIn: false,
      kind: 'file' as const,
      status: 'ok' as const,
      itemCount: 4,
      sections: [{ name: 'Routing', ...counts(4) }]
    }
    render(
      <SourceTree
        overview={{ ...overview, sources: [...overview.sources, added] }}
        selection={{ source: null, section: null }}
        onSelect={onSelect}
        onAddSource={() => undefined}
        onRemoveSource={onRemove}
        adding={false}
      />
    )
    const tree = screen.getByRole('tree', { name: 'Sources' })
    const items = () => within(tree).getAllByRole('treeitem')
    const tabStops = () => items().filter((el) => el.tabIndex === 0)
    expect(items().map((el) => el.getAttribute('aria-level'))).toEqual(['1', '2', '2', '1', '2'])
    expect(tabStops()).toEqual([items()[0]])
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('true')
    expect(items()[0]!.getAttribute('aria-selected')).toBe('false')
    // Named by its own text; the progress bar describes it.
    expect(within(tree).getByRole('treeitem', { name: /^Django & Python notes \(000\)\s*5/ })).toBe(
      items()[0]
    )
    expect(items()[0]!.getAttribute('aria-describedby')).toMatch(/-progress$/)

    items()[0]!.focus()
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(items()[1])
    expect(tabStops()).toEqual([items()[1]])
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' })
    expect(onSelect).toHaveBeenLastCalledWith({
      source: '000_a84ab7c9643d8013.txt',
      section: NO_SECTION
    })
    // Left from a section goes to its source; Left again collapses it.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' })
    expect(document.activeElement).toBe(items()[0])
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' })
    expect(items()).toHaveLength(3)
    expect(items()[0]!.getAttribute('aria-expanded')).toBe('false')
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' })
    expect(items()).toHaveLength(5)
    // Type-ahead, then End, then Delete on a source the user added asks to remove it.
    fireEvent.keyDown(document.activeElement!, { key: 'f' })
    expect(document.activeElement).toBe(items()[3])
    fireEvent.keyDown(document.activeElement!, { key: ' ' })
    expect(onSelect).toHaveBeenLastCalledWith({ source: 'fastapi.md', section: null })
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' })
    expect(onRemove).toHaveBeenCalledWith(added)
    fireEvent.keyDown(document.activeElement!, { key: 'End' })
    expect(document.activeElement).toBe(items()[4])
    // The focused row's actions are reachable with Tab; other rows' are not.
    const remove = screen.getByRole('button', { name: 'Remove source FastAPI notes' })
    expect(remove.tabIndex).toBe(-1)
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' })
    expect(remove.tabIndex).toBe(0)
  })
})
