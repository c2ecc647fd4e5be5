// @vitest-environment jsdom
/**
 * Live regions without chatter: the result count is announced once results settle and typing
 * pauses; autosave is announced on settled news only (first save, failure, recovery, conflict),
 * never for each Unsaved / Saving… step while the user types.
 */
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ANNOUNCE_AFTER_MS, ResultCount } from '@renderer/features/results/ResultCount'
import { SaveIndicator } from '@renderer/features/answer/SaveIndicator'
import type { AutosaveStatus, SaveState } from '@renderer/features/answer/autosaver'

afterEach(cleanup)

describe('result count announcement', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const announced = (): string => screen.getByTestId('result-count-announcement').textContent ?? ''

  it('is a polite live region separate from the visible count, which is not live', () => {
    render(<ResultCount active={false} loading={false} total={0} catalogTotal={492} />)
    const region = screen.getByTestId('result-count-announcement')
    expect(region.getAttribute('role')).toBe('status')
    expect(region.getAttribute('aria-live')).toBe('polite')
    expect(screen.getByTestId('result-count').hasAttribute('aria-live')).toBe(false)
    expect(screen.getByTestId('result-count').textContent).toBe('492 questions')
    act(() => void vi.advanceTimersByTime(ANNOUNCE_AFTER_MS * 2))
    // The catalog size before any search is no news.
    expect(announced()).toBe('')
  })

  it('says the count once, after a burst of keystrokes has settled', () => {
    const view = render(<ResultCount active loading total={0} catalogTotal={492} />)
    expect(screen.getByTestId('result-count').textContent).toBe('Searching…')
    // Each keystroke brings new results within the pause: none is announced.
    for (const total of [40, 12, 3]) {
      view.rerender(<ResultCount active loading={false} total={total} catalogTotal={492} />)
      act(() => void vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 2))
      expect(announced()).toBe('')
      view.rerender(<ResultCount active loading total={total} catalogTotal={492} />)
      act(() => void vi.advanceTimersByTime(ANNOUNCE_AFTER_MS / 4))
    }
    view.rerender(<ResultCount active loading={false} total={1} catalogTotal={492} />)
    expect(screen.getByTestId('result-count').textContent).toBe('1 result')
    expect(announced()).toBe('')
    act(() => void vi.advanceTimersByTime(ANNOUNCE_AFTER_MS))
    expect(announced()).toBe('1 result')
  })
})

describe('save state announcement', () => {
  const status = (state: SaveState, error: string | null = null): AutosaveStatus => ({
    state,
    savedAt: state === 'saved' ? 1 : null,
    error,
    conflict: null
  })
  const announced = (): string => screen.getByTestId('save-announcement').textContent ?? ''

  /** Renders the indicator through `states`; returns what the live region said at each step. */
  function run(states: AutosaveStatus[]): string[] {
    const view = render(<SaveIndicator status={states[0]!} />)
    const said = [announced()]
    for (const s of states.slice(1)) {
      view.rerender(<SaveIndicator status={s} />)
      said.push(announced())
    }
    return said
  }

  it('keeps the visible state out of the live region', () => {
    render(<SaveIndicator status={status('saving')} />)
    const visible = document.querySelector('.answer-save')!
    expect(visible.textContent).toBe('Saving…')
    expect(visible.hasAttribute('aria-live')).toBe(false)
    expect(visible.getAttribute('role')).toBeNull()
    expect(screen.getByTestId('save-announcement').getAttribute('aria-live')).toBe('polite')
  })

  it('says nothing on opening, "Saved." once for the first save, then stays quiet', () => {
    const typing = [status('unsaved'), status('saving'), status('saved')]
    expect(run([status('saved'), ...typing, ...typing, ...typing])).toEqual([
      '',
      '',
      '',
      'Saved.',
      'Saved.',
      'Saved.',
      'Saved.',
      'Saved.',
      'Saved.',
      'Saved.'
    ])
  })

  it('announces a failure once across retries, and the save that recovers', () => {
    const said = run([
      status('saved'),
      status('unsaved'),
      status('saving'),
      status('error', 'disk full'),
      status('saving'),
      status('error', 'disk full'),
      status('saving'),
      status('saved')
    ])
    const failure = 'Your answer was not saved: disk full. Retrying; your text is still here.'
    expect(said.slice(3, 7)).toEqual([failure, failure, failure, failure])
    expect(said[7]).toBe('Saved.')
    // The failure text was set once: retries did not re-announce it.
    expect(new Set(said.slice(3, 7)).size).toBe(1)
  })
})
