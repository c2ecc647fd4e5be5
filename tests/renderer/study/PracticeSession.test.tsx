// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PracticeSession } from '@renderer/features/study/PracticeSession'
import type { SessionCard } from '@shared/domain/study/types'
import { entryView, installFakeNotebook } from './fakeNotebook'

const card = (id: string): SessionCard => ({
  id,
  prompt: `Prompt ${id}?`,
  sections: ['Python Core'],
  status: 'new',
  due: null
})

const views = {
  gil: entryView('gil', 'The **GIL** lets one thread run bytecode.', 'My own GIL notes'),
  orm: entryView('orm', 'Django ORM maps models to tables.', null)
}

afterEach(cleanup)

function press(key: string, target: Element = document.body): void {
  fireEvent.keyDown(target, { key })
}

describe('PracticeSession keys', () => {
  it('shows the prompt only, reveals on Space, grades on 1-4 and moves on', async () => {
    const calls = installFakeNotebook({ views })
    const onFinish = vi.fn()
    render(<PracticeSession cards={[card('gil'), card('orm')]} title="All" onFinish={onFinish} />)

    expect(screen.getByTestId('practice-prompt').textContent).toBe('Prompt gil?')
    await waitFor(() => expect(calls.some((c) => c.channel === 'catalog:entry')).toBe(true))
    expect(screen.queryByText(/lets one thread/)).toBeNull()
    expect(screen.queryByText('My own GIL notes')).toBeNull()

    // Grades before the reveal do nothing.
    press('3')
    expect(calls.filter((c) => c.channel === 'study:review')).toHaveLength(0)

    press(' ')
    // The reference shows (its missed key points marked, so the text spans several elements),
    // with "Check my answer" above it and the next interval on each grade button.
    await waitFor(() =>
      expect(screen.getByTestId('practice-reveal').textContent).toContain(
        'lets one thread run bytecode'
      )
    )
    expect(screen.getByTestId('answer-check').textContent).toMatch(/covers \d+ of \d+ key points/)
    expect(document.querySelectorAll('mark.md-missed').length).toBeGreaterThan(0)
    expect(screen.getByTestId('interval-1').textContent).toMatch(/^\d+(m|h)$/)
    expect(screen.getByTestId('interval-3').textContent).toMatch(/^\d+(d|mo)$/)
    expect(screen.getByTestId('practice-my-answer').textContent).toContain('My own GIL notes')

    press('3')
    await waitFor(() =>
      expect(screen.getByTestId('practice-prompt').textContent).toBe('Prompt orm?')
    )
    expect(calls.filter((c) => c.channel === 'study:review').map((c) => c.args[0])).toEqual([
      { id: 'gil', grade: 3 }
    ])
    expect(screen.queryByTestId('practice-reveal')).toBeNull()
    expect(onFinish).not.toHaveBeenCalled()
  })

  it('lets the draft hold spaces and digits, keeps it out of My answer, and logs it', async () => {
    const calls = installFakeNotebook({ views })
    render(<PracticeSession cards={[card('orm')]} title="All" onFinish={() => undefined} />)
    const draft = screen.getByTestId('practice-draft') as HTMLTextAreaElement
    draft.focus()
    fireEvent.change(draft, { target: { value: 'ORM 1 2' } })
    press(' ', draft)
    press('1', draft)
    expect(screen.queryByTestId('practice-reveal')).toBeNull()

    // Escape leaves the box; then Space reveals.
    press('Escape', draft)
    expect(document.activeElement).not.toBe(draft)
    press(' ')
    await screen.findByTestId('practice-reveal')
    expect(screen.getByText(/not saved an answer/)).toBeTruthy()
    press('4')
    await waitFor(() => expect(calls.some((c) => c.channel === 'study:review')).toBe(true))
    expect(calls.find((c) => c.channel === 'study:review')!.args[0]).toEqual({
      id: 'orm',
      grade: 4,
      draft: 'ORM 1 2'
    })
    expect(calls.some((c) => c.channel === 'notes:save')).toBe(false)
  })

  it('reveals with Ctrl+Enter from the draft box', async () => {
    installFakeNotebook({ views })
    render(<PracticeSession cards={[card('orm')]} title="All" onFinish={() => undefined} />)
    const draft = screen.getByTestId('practice-draft')
    fireEvent.keyDown(draft, { key: 'Enter', ctrlKey: true })
    expect(await screen.findByTestId('practice-reveal')).toBeTruthy()
  })

  it('brings an Again card back at the end and summarises the session', async () => {
    installFakeNotebook({ views })
    const onFinish = vi.fn()
    render(<PracticeSession cards={[card('gil'), card('orm')]} title="All" onFinish={onFinish} />)
    const prompts: string[] = []
    for (const grade of ['1', '3', '2']) {
      prompts.push(screen.getByTestId('practice-prompt').textContent ?? '')
      press(' ')
      await screen.findByTestId('grade-1')
      await act(async () => press(grade))
      await waitFor(() => expect(screen.queryByTestId('grade-1')).toBeNull())
    }
    expect(prompts).toEqual(['Prompt gil?', 'Prompt orm?', 'Prompt gil?'])
    expect(onFinish).toHaveBeenCalledTimes(1)
    const summary = onFinish.mock.calls[0]![0]
    expect(summary).toMatchObject({ cardsSeen: 2, reviews: 3, grades: { 1: 1, 2: 1, 3: 1, 4: 0 } })
  })

  it('asks before replacing a saved answer with the attempt', async () => {
    const calls = installFakeNotebook({ views })
    render(<PracticeSession cards={[card('gil')]} title="All" onFinish={() => undefined} />)
    fireEvent.change(screen.getByTestId('practice-draft'), { target: { value: 'Better notes' } })
    fireEvent.click(screen.getByTestId('reveal'))
    await screen.findByTestId('practice-my-answer')
    const save = screen.getByTestId('save-attempt')
    fireEvent.click(save)
    expect(save.textContent).toMatch(/Replace my saved answer/)
    expect(calls.some((c) => c.channel === 'notes:save')).toBe(false)
    fireEvent.click(save)
    await screen.findByText('Saved as my answer.')
    expect(calls.find((c) => c.channel === 'notes:save')!.args[0]).toEqual({
      id: 'gil',
      markdown: 'Better notes',
      baseRevision: 'rev-gil'
    })
    expect(screen.getByTestId('practice-my-answer').textContent).toContain('Better notes')
  })
})
