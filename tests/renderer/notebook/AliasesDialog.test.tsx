// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { AliasesDialog } from '@renderer/features/aliases/AliasesDialog'

afterEach(cleanup)

describe('AliasesDialog', () => {
  it('shows the saved groups, names bad lines and saves the parsed groups', () => {
    const saved: string[][][] = []
    let closed = 0
    render(
      <AliasesDialog
        groups={[['tz', 'time zone']]}
        onSave={(groups) => saved.push(groups)}
        onClose={() => closed++}
      />
    )
    const text = screen.getByTestId('aliases-text') as HTMLTextAreaElement
    expect(text.value).toBe('tz = time zone')
    fireEvent.change(text, { target: { value: 'tz = time zone\nlonely' } })
    expect(screen.getByTestId('aliases-problems').textContent).toMatch(/^Line 2 needs two names/)
    expect((screen.getByTestId('aliases-save') as HTMLButtonElement).disabled).toBe(true)
    fireEvent.change(text, { target: { value: 'tz = time zone\nk8s, kubernetes' } })
    fireEvent.click(screen.getByTestId('aliases-save'))
    expect(saved).toEqual([
      [
        ['tz', 'time zone'],
        ['k8s', 'kubernetes']
      ]
    ])
    expect(closed).toBe(1)
  })
})
