// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DailyGoal } from '@renderer/features/study/DailyGoal'
import { DueForecast } from '@renderer/features/study/DueForecast'

afterEach(cleanup)

const week = (dues: number[]) =>
  dues.map((due, i) => ({ date: `2026-01-${String(15 + i).padStart(2, '0')}`, due }))

describe('DueForecast', () => {
  it('shows a column per day, today first, with its count', () => {
    render(<DueForecast forecast={week([2, 0, 1, 0, 0, 3, 0])} />)
    const days = screen.getAllByTestId('forecast-day')
    expect(days).toHaveLength(7)
    expect(days[0]!.textContent).toBe('2Today')
    expect(days[1]!.textContent).toBe('0Tomorrow')
    expect(days[5]!.textContent?.startsWith('3')).toBe(true)
  })

  it('says so when nothing falls due', () => {
    render(<DueForecast forecast={week([0, 0, 0, 0, 0, 0, 0])} />)
    expect(screen.getByTestId('due-forecast').textContent).toMatch(/Nothing falls due/)
  })
})

describe('DailyGoal', () => {
  it('counts today’s reviews against the goal and saves a new goal', () => {
    const saved: number[] = []
    render(<DailyGoal goal={20} reviewedToday={12} onGoal={(g) => saved.push(g)} />)
    expect(screen.getByTestId('goal-progress').textContent).toBe('12 of 20 reviews today, 8 to go.')
    const input = screen.getByTestId('goal-input')
    fireEvent.change(input, { target: { value: '10' } })
    fireEvent.blur(input)
    expect(saved).toEqual([10])
  })

  it('keeps the goal when the typed one is not a whole number in range', () => {
    const saved: number[] = []
    render(<DailyGoal goal={20} reviewedToday={25} onGoal={(g) => saved.push(g)} />)
    expect(screen.getByTestId('goal-progress').textContent).toBe(
      'Goal met: 25 of 20 reviews today.'
    )
    const input = screen.getByTestId('goal-input') as HTMLInputElement
    fireEvent.change(input, { target: { value: '0' } })
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(saved).toEqual([])
    expect(input.value).toBe('20')
  })
})
