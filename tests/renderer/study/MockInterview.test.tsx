// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PracticeSession } from '@renderer/features/study/PracticeSession'
import { MockSummaryTable } from '@renderer/features/study/MockSummaryTable'
import { summarizeMock, type MockAnswer } from '@shared/domain/study/mockInterview'
import type { SessionCard } from '@shared/domain/study/types'
import { entryView, installFakeNotebook } from './fakeNotebook'

const card = (id: string): SessionCard => ({
  id,
  prompt: `Prompt ${id}?`,
  sections: [],
  status: 'new',
  due: null
})
const views = {
  gil: entryView('gil', 'The **GIL** lets one thread run bytecode.', null),
  orm: entryView('orm', 'Django ORM maps models to tables.', null)
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: false, toFake: ['setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** Lets the fake IPC promises settle. */
async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve()
  })
}

describe('mock interview', () => {
  it('keeps the answer hidden until the countdown ends, then reveals it by itself', async () => {
    const calls = installFakeNotebook({ views })
    const onFinish = vi.fn()
    render(
      <PracticeSession
        cards={[card('gil'), card('orm')]}
        title="Mock"
        mock={{ limitMs: 60_000 }}
        onFinish={onFinish}
      />
    )
    await settle()
    expect(screen.getByTestId('mock-clock').textContent).toBe('1:00')
    fireEvent.change(screen.getByTestId('practice-draft'), {
      target: { value: 'Only one thread runs bytecode' }
    })
    act(() => void vi.advanceTimersByTime(30_000))
    expect(screen.getByTestId('mock-clock').textContent).toBe('0:30')
    expect(screen.queryByTestId('practice-reveal')).toBeNull()
    act(() => void vi.advanceTimersByTime(30_000))
    await settle()
    expect(screen.getByTestId('practice-reveal')).toBeTruthy()
    fireEvent.click(screen.getByTestId('grade-3'))
    await settle()

    // Second card: stopped by hand after 12 s, with nothing written.
    expect(screen.getByTestId('mock-clock').textContent).toBe('1:00')
    act(() => void vi.advanceTimersByTime(12_000))
    fireEvent.click(screen.getByTestId('reveal'))
    await settle()
    fireEvent.click(screen.getByTestId('grade-1'))
    await settle()
    // Again puts the card back at the end; end the session there.
    fireEvent.click(screen.getByRole('button', { name: 'End session' }))
    await settle()

    const reviews = calls.filter((c) => c.channel === 'study:review')
    expect(reviews.map((c) => (c.args[0] as { grade: number }).grade)).toEqual([3, 1])
    const mock = onFinish.mock.calls[0]![1] as MockAnswer[]
    expect(mock.map((a) => [a.id, a.ms, a.grade])).toEqual([
      ['gil', 60_000, 3],
      ['orm', 12_000, 1]
    ])
    expect(mock[0]!.coverage).toBeGreaterThan(0)
    expect(mock[1]!.coverage).toBe(0)
  })

  it('sums up time and coverage per question', () => {
    const answers: MockAnswer[] = [
      { id: 'a', prompt: 'A?', ms: 120_000, limitMs: 120_000, coverage: 0.5, grade: 2 },
      { id: 'b', prompt: 'B?', ms: 45_000, limitMs: 120_000, coverage: 1, grade: 3 },
      { id: 'c', prompt: 'C?', ms: 5_000, limitMs: 120_000, coverage: null, grade: 4 }
    ]
    expect(summarizeMock(answers)).toEqual({
      count: 3,
      totalMs: 170_000,
      averageCoverage: 0.75,
      outOfTime: 1
    })
    render(<MockSummaryTable answers={answers} />)
    expect(screen.getByTestId('mock-totals').textContent).toBe(
      '3 questions in 2:50, average coverage 75%, 1 out of time.'
    )
    expect(screen.getAllByTestId('mock-row')[1]!.textContent).toBe('B?0:45 / 2:00100%Good')
  })
})
