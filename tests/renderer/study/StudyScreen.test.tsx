// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { StudyScreen } from '@renderer/features/study/StudyScreen'
import type { ProgressReport } from '@shared/domain/study/types'
import { entryView, installFakeNotebook } from './fakeNotebook'

const counts = (total: number, n: number, l: number, c: number, due: number) => ({
  total,
  new: n,
  learning: l,
  confident: c,
  dueToday: due
})

const REPORT: ProgressReport = {
  totals: counts(5, 2, 2, 1, 2),
  forecast: [
    { date: '2026-01-15', due: 2 },
    { date: '2026-01-16', due: 0 },
    { date: '2026-01-17', due: 1 },
    { date: '2026-01-18', due: 0 },
    { date: '2026-01-19', due: 0 },
    { date: '2026-01-20', due: 3 },
    { date: '2026-01-21', due: 0 }
  ],
  sources: [
    {
      name: 'python.md',
      ...counts(2, 0, 1, 1, 1),
      sections: [{ name: 'Python Core', ...counts(2, 0, 1, 1, 1) }]
    },
    {
      name: 'django.md',
      ...counts(3, 2, 1, 0, 1),
      sections: [{ name: 'Django ORM', ...counts(1, 0, 1, 0, 1) }]
    }
  ],
  days: [
    { date: '2026-01-13', reviews: 1, again: 0 },
    { date: '2026-01-14', reviews: 2, again: 1 },
    { date: '2026-01-15', reviews: 1, again: 1 }
  ],
  streak: 3,
  reviewedToday: 1,
  totalReviews: 4,
  skippedLogLines: 0
}

afterEach(cleanup)

describe('StudyScreen', () => {
  it('shows progress numbers per source, the streak and the chart', async () => {
    installFakeNotebook({ views: {}, progress: REPORT })
    render(<StudyScreen initialTab="progress" />)
    expect((await screen.findByTestId('progress-streak')).textContent).toBe('3')
    expect(screen.getByTestId('progress-due').textContent).toBe('2')
    expect(screen.getByTestId('reviews-chart')).toBeTruthy()
    const rows = screen.getAllByTestId('progress-source')
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent)
          .slice(0, 5)
      )
    ).toEqual([
      ['2', '0', '1', '1', '1'],
      ['3', '2', '1', '0', '1']
    ])
    // The first source starts expanded with its sections.
    expect(screen.getByText('Python Core')).toBeTruthy()
    expect(screen.queryByText('Django ORM')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /django\.md/ }))
    expect(screen.getByText('Django ORM')).toBeTruthy()
  })

  it('says so when a scope has nothing to practise', async () => {
    const calls = installFakeNotebook({ views: {}, progress: REPORT, cards: [] })
    render(<StudyScreen />)
    expect((await screen.findByTestId('due-today-badge')).textContent).toBe('2 today')
    fireEvent.click(screen.getByTestId('start-session'))
    expect((await screen.findByTestId('scope-message')).textContent).toMatch(/Nothing is due/)
    expect(calls.find((c) => c.channel === 'study:startSession')!.args[0]).toEqual({
      scope: { kind: 'due' },
      limit: 20
    })
  })

  it('says when learning cards come back and starts them early on request', async () => {
    const calls = installFakeNotebook({
      views: {},
      progress: REPORT,
      cards: [],
      laterToday: { ids: ['a', 'b', 'c', 'd', 'e'], learning: 5, inMs: 12 * 60_000 }
    })
    render(<StudyScreen />)
    await screen.findByTestId('due-today-badge')
    fireEvent.click(screen.getByTestId('start-session'))
    const message = await screen.findByTestId('scope-message')
    expect(message.textContent).toContain('5 learning cards due in 12 min')
    fireEvent.click(screen.getByTestId('scope-action'))
    await screen.findByText('Prompt a?')
    expect(calls.filter((c) => c.channel === 'study:startSession').at(-1)!.args[0]).toEqual({
      scope: { kind: 'due' },
      limit: 20,
      early: true
    })
  })

  it('starts from all questions when nothing is due, unless the user picks a scope', async () => {
    const calls = installFakeNotebook({
      views: {},
      progress: { ...REPORT, totals: counts(5, 2, 2, 1, 0) },
      cards: []
    })
    render(<StudyScreen />)
    expect((await screen.findByTestId('due-today-badge')).textContent).toBe('0 today')
    await waitFor(() =>
      expect(
        (screen.getByRole('radio', { name: /All questions/ }) as HTMLInputElement).checked
      ).toBe(true)
    )
    fireEvent.click(screen.getByTestId('start-session'))
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'study:startSession')?.args[0]).toEqual({
        scope: { kind: 'all' },
        limit: 20
      })
    )
  })

  it('offers a folder source with a skipped file in "One source"', async () => {
    const source = (name: string, status: string, itemCount: number) => ({
      path: `/notes/${name}`,
      name,
      builtIn: false,
      kind: 'folder',
      status,
      itemCount,
      sections: [],
      totals: { total: itemCount, answered: 0, confident: 0 }
    })
    installFakeNotebook({
      views: {},
      progress: REPORT,
      sources: [source('partly-read', 'error', 3), source('unreadable', 'error', 0)]
    })
    render(<StudyScreen />)
    fireEvent.click(screen.getByRole('radio', { name: /One source/ }))
    await screen.findByRole('option', { name: 'partly-read' })
    expect(screen.queryByRole('option', { name: 'unreadable' })).toBeNull()
  })

  it('runs a session from the picker to the summary', async () => {
    const calls = installFakeNotebook({
      views: { orm: entryView('orm', 'Maps models.', null) },
      cards: ['orm']
    })
    const scope = { kind: 'search', query: 'orm', filters: { status: ['new'] } } as const
    render(<StudyScreen initialScope={{ ...scope, filters: { status: ['new'] } }} />)
    expect((screen.getByTestId('scope-query') as HTMLInputElement).value).toBe('orm')
    fireEvent.click(screen.getByTestId('start-session'))
    // The notebook's filters travel with its search into the session.
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'study:startSession')?.args[0]).toEqual({
        scope,
        limit: 20
      })
    )
    await screen.findByTestId('practice-session')
    fireEvent.keyDown(document.body, { key: ' ' })
    await screen.findByTestId('grade-3')
    fireEvent.keyDown(document.body, { key: '3' })
    const summary = await screen.findByTestId('session-summary')
    expect(within(summary).getByTestId('summary-seen').textContent).toBe('1')
    expect(within(summary).getByTestId('summary-grade-3').textContent).toBe('1')
    expect(within(summary).getByTestId('summary-row').textContent).toMatch(
      /Prompt orm\?.*Good.*in 3 days/
    )
  })

  it('keeps a running session when Progress is opened and closed again', async () => {
    installFakeNotebook({
      views: { orm: entryView('orm', 'Maps models.', null) },
      cards: ['orm'],
      progress: REPORT
    })
    render(<StudyScreen initialScope={{ kind: 'all' }} />)
    fireEvent.click(await screen.findByTestId('start-session'))
    fireEvent.change(await screen.findByTestId('practice-draft'), { target: { value: 'kept' } })
    fireEvent.click(screen.getByTestId('study-tab-progress'))
    await screen.findByTestId('progress-view')
    // Space does nothing to the hidden session.
    fireEvent.keyDown(document.body, { key: ' ' })
    fireEvent.click(screen.getByTestId('study-tab-practice'))
    await waitFor(() =>
      expect((screen.getByTestId('practice-draft') as HTMLTextAreaElement).value).toBe('kept')
    )
    expect(screen.queryByTestId('practice-reveal')).toBeNull()
  })
})
