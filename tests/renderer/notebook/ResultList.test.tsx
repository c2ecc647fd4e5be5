// @vitest-environment jsdom
import { useState } from 'react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import type { SearchHit } from '@shared/ipc/types'
import { ResultList } from '@renderer/features/results/ResultList'
import { fakeLayout, hit } from './fakeBridge'

beforeAll(() => fakeLayout(800, 400))
afterEach(cleanup)

const HITS: SearchHit[] = [
  hit('a', 'What is the GIL?', { matches: { prompt: [[12, 3]] }, askedIn: 4, favourite: true }),
  hit('b', 'Explain select_related vs prefetch_related', {
    matches: {
      prompt: [
        [8, 14],
        [26, 16]
      ]
    },
    answered: true,
    status: 'learning'
  }),
  hit('c', 'What does __init__ do?', { status: 'confident' }),
  hit('d', 'What are **kwargs?')
]

function Harness({
  hits,
  onOpen
}: {
  hits: Array<SearchHit | undefined>
  onOpen: (h: SearchHit) => void
}) {
  const [active, setActive] = useState(0)
  return (
    <ResultList
      total={hits.length}
      hits={hits}
      activeIndex={active}
      openId={null}
      onActiveChange={setActive}
      onOpen={onOpen}
      ensureRange={() => undefined}
    />
  )
}

const selectedPrompt = (): string | null =>
  screen.getByRole('option', { selected: true }).textContent

describe('ResultList', () => {
  it('renders each hit as an option with its matched words in <mark>', () => {
    render(<Harness hits={HITS} onOpen={() => undefined} />)
    const options = screen.getAllByRole('option')
    expect(options).toHaveLength(4)
    const marks = (i: number): string[] =>
      Array.from(options[i]!.querySelectorAll('mark')).map((m) => m.textContent ?? '')
    expect(marks(0)).toEqual(['GIL'])
    expect(marks(1)).toEqual(['select_related', 'prefetch_related'])
    expect(marks(2)).toEqual([])
    // Badges say what the row is.
    expect(within(options[0]!).getByText('asked in 4')).toBeTruthy()
    expect(within(options[1]!).getByText('answered')).toBeTruthy()
    expect(within(options[1]!).getByText('Learning')).toBeTruthy()
  })

  it('moves with arrows and j/k, jumps with Home/End, opens with Enter', () => {
    const onOpen = vi.fn()
    render(<Harness hits={HITS} onOpen={onOpen} />)
    const list = screen.getByRole('listbox', { name: 'Search results' })
    list.focus()
    expect(selectedPrompt()).toContain('GIL')
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    expect(selectedPrompt()).toContain('select_related')
    fireEvent.keyDown(list, { key: 'j' })
    expect(selectedPrompt()).toContain('__init__')
    fireEvent.keyDown(list, { key: 'k' })
    expect(selectedPrompt()).toContain('select_related')
    expect(list.getAttribute('aria-activedescendant')).toBe('result-1')
    fireEvent.keyDown(list, { key: 'End' })
    expect(selectedPrompt()).toContain('kwargs')
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    expect(selectedPrompt()).toContain('kwargs')
    fireEvent.keyDown(list, { key: 'Home' })
    fireEvent.keyDown(list, { key: 'ArrowUp' })
    expect(selectedPrompt()).toContain('GIL')
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    fireEvent.keyDown(list, { key: 'Enter' })
    expect(onOpen).toHaveBeenCalledTimes(1)
    expect(onOpen.mock.calls[0]![0].id).toBe('b')
  })

  it('opens a result on click', () => {
    const onOpen = vi.fn()
    render(<Harness hits={HITS} onOpen={onOpen} />)
    fireEvent.click(screen.getByText('What does __init__ do?'))
    expect(onOpen.mock.calls[0]![0].id).toBe('c')
    expect(selectedPrompt()).toContain('__init__')
  })

  it('places rows by their measured height, so short prompts leave no gap', () => {
    // jsdom has no layout: give rows a height by prompt length (one or two lines).
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.dataset['index'] === undefined) return offsetHeight.get!.call(this)
        const prompt = this.querySelector('.result-row__prompt')?.textContent ?? ''
        return prompt.length > 30 ? 81 : 62
      }
    })
    try {
      render(<Harness hits={HITS} onOpen={() => undefined} />)
      const tops = screen
        .getAllByRole('option')
        .map((o) => Number(/translateY\((\d+)px\)/.exec(o.style.transform)?.[1]))
      // a is short (62), b is long (81), c is short (62).
      expect(tops).toEqual([0, 62, 62 + 81, 62 + 81 + 62])
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight)
    }
  })

  it("lays out a new result with its rows' new heights in the same render", () => {
    // Rows are keyed by position, so a new result reuses them: their new heights must be read
    // before paint, not a frame later when a ResizeObserver would report them.
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.dataset['index'] === undefined) return offsetHeight.get!.call(this)
        const prompt = this.querySelector('.result-row__prompt')?.textContent ?? ''
        return prompt.length > 30 ? 81 : 62
      }
    })
    try {
      const { rerender } = render(<Harness hits={HITS} onOpen={() => undefined} />)
      // b (long) moves to the top: the rows below it start 81 px down, not 62.
      rerender(<Harness hits={[HITS[1]!, HITS[0]!, HITS[2]!]} onOpen={() => undefined} />)
      const tops = screen
        .getAllByRole('option')
        .map((o) => Number(/translateY\((\d+)px\)/.exec(o.style.transform)?.[1]))
      expect(tops).toEqual([0, 81, 81 + 62])
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight)
    }
  })

  it('does not scroll for an active row that is already in view', () => {
    const scrollTo = vi.fn()
    const had = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTo')
    Object.defineProperty(Element.prototype, 'scrollTo', { configurable: true, value: scrollTo })
    try {
      const { rerender } = render(<Harness hits={HITS} onOpen={() => undefined} />)
      scrollTo.mockClear()
      // A new result of another size keeps row 0 active, and row 0 is on screen.
      rerender(<Harness hits={HITS.slice(0, 3)} onOpen={() => undefined} />)
      expect(screen.getByRole('option', { selected: true }).textContent).toContain('GIL')
      expect(scrollTo).not.toHaveBeenCalled()
    } finally {
      if (had) Object.defineProperty(Element.prototype, 'scrollTo', had)
      else delete (Element.prototype as { scrollTo?: unknown }).scrollTo
    }
  })

  it('keeps only the visible rows in the DOM for 50,000 results', () => {
    const many: Array<SearchHit | undefined> = new Array(50_000)
    for (let i = 0; i < 300; i++) many[i] = hit(`q${i}`, `Question number ${i}`)
    render(<Harness hits={many} onOpen={() => undefined} />)
    const options = screen.getAllByRole('option')
    expect(options.length).toBeGreaterThan(5)
    expect(options.length).toBeLessThan(40)
    expect(options[0]!.getAttribute('aria-setsize')).toBe('50000')
  })
})
